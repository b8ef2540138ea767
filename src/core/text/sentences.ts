/**
 * Sentence boundaries in one linear pass. A sentence ends at a line break, or at . ! ? … (plus closing quotes or
 * brackets) followed by space and a capital letter, digit, quote or bracket, unless the word before the period is
 * a known abbreviation ("Sept.", "U.S.", "Dr."). Very long runs are cut at whitespace so that no sentence exceeds
 * MAX_SENTENCE characters (keeps every per-claim look-up bounded).
 */
import * as chars from "./chars";
import * as lookupModule from "./lookup";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
const { isUpper, isDigit, isInlineSpace, lowerWord } = chars;

export const MAX_SENTENCE = 1500;

export interface SentenceBounds {
  /** starts[i] / ends[i]: the i-th sentence, trimmed; sorted, non-overlapping. */
  starts: number[];
  ends: number[];
}

const ABBREVIATIONS = lookupTable<boolean>({
  mr: true, mrs: true, ms: true, dr: true, prof: true, sr: true, jr: true, st: true, gen: true, col: true, lt: true,
  sgt: true, gov: true, sen: true, rep: true, rev: true, jan: true, feb: true, mar: true, apr: true, jun: true,
  jul: true, aug: true, sep: true, sept: true, oct: true, nov: true, dec: true, no: true, nos: true, vol: true,
  fig: true, inc: true, co: true, corp: true, ltd: true, vs: true, approx: true, est: true, md: true, ph: true,
  "e.g": true, "i.e": true, cf: true, al: true, op: true, pp: true, ca: true,
});

const BOUNDARY = /[.!?\u2026\n]/g;

function isCloser(c: number): boolean {
  // " ' ” ’ ) ] »
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
}

function isOpenerOrStart(c: number): boolean {
  // capital, digit, quotes, bracket, or a non-ASCII letter/symbol (other scripts have no case)
  return isUpper(c) || isDigit(c) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91 ||
    c === 0xab || c > 0x2000 || c === 0x24 || c === 0x20ac || c === 0xa3;
}

const INITIALISM = /^(?:[A-Z]\.)*[A-Z]$/;

/** Is the period at `dot` the end of an abbreviation? */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && s > dot - 12) {
    const c = text.charCodeAt(s - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46) s--;
    else break;
  }
  if (s === dot) return false;
  const word = text.slice(s, dot);
  // single capital letter or dotted initialism: "U.S", "J", "U.N"
  if (INITIALISM.test(word)) return true;
  return ABBREVIATIONS[lowerWord(word)] === true;
}

/**
 * Does a sentence end at the terminator (. ! ? …) at index i? Returns the end of the terminator run (with closing
 * quotes/brackets) when it does, else -1.
 */
function sentenceEndAt(text: string, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  let e = i + 1;
  while (e < n) {
    const d = text.charCodeAt(e);
    if (d === 46 || d === 33 || d === 63 || d === 0x2026 || isCloser(d)) e++;
    else break;
  }
  if (e >= n) return e;
  const after = text.charCodeAt(e);
  if (after === 10 || after === 13) return e;
  if (!isInlineSpace(after)) return -1;
  let f = e;
  while (f < n && isInlineSpace(text.charCodeAt(f))) f++;
  if (f >= n) return e;
  const next = text.charCodeAt(f);
  if (next === 10 || next === 13) return e;
  if (!isOpenerOrStart(next)) return -1;
  if (c === 46 && e === i + 1 && isAbbreviation(text, i)) return -1;
  return e;
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

export function splitSentences(text: string): SentenceBounds {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let segStart = 0;
  const push = (a: number, b: number) => {
    while (a < b && isSpaceAny(text.charCodeAt(a))) a++;
    while (b > a && isSpaceAny(text.charCodeAt(b - 1))) b--;
    if (b <= a) return;
    while (b - a > MAX_SENTENCE) {
      const cut = cutPoint(text, a);
      let e = cut;
      while (e > a && isSpaceAny(text.charCodeAt(e - 1))) e--;
      if (e > a) {
        starts.push(a);
        ends.push(e);
      }
      a = cut;
      while (a < b && isSpaceAny(text.charCodeAt(a))) a++;
    }
    if (b > a) {
      starts.push(a);
      ends.push(b);
    }
  };
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const i = m.index;
    if (text.charCodeAt(i) === 10) {
      push(segStart, i);
      segStart = i + 1;
      continue;
    }
    const e = sentenceEndAt(text, i);
    if (e < 0) {
      // skip the rest of a terminator run
      let k = i + 1;
      while (k < n && isTerminator(text.charCodeAt(k))) k++;
      BOUNDARY.lastIndex = k;
      continue;
    }
    BOUNDARY.lastIndex = Math.max(e, i + 1);
    push(segStart, e);
    segStart = e;
  }
  push(segStart, n);
  return { starts, ends };
}

/** Where to cut an over-long sentence that starts at a: the last whitespace before a + MAX_SENTENCE. */
function cutPoint(text: string, a: number): number {
  let cut = a + MAX_SENTENCE;
  const floor = cut - 200;
  while (cut > floor && !isSpaceAny(text.charCodeAt(cut - 1))) cut--;
  if (cut === floor) cut = a + MAX_SENTENCE;
  const cc = text.charCodeAt(cut - 1);
  if (cc >= 0xd800 && cc <= 0xdbff) cut--;
  return cut;
}

/**
 * The sentence around pos, found by scanning locally (no pass over the whole text): back to the previous
 * boundary and forward to the next, each at most MAX_SENTENCE characters away.
 */
export function sentenceAround(text: string, pos: number): { start: number; end: number } {
  const n = text.length;
  const lo = Math.max(0, pos - MAX_SENTENCE);
  let start = lo;
  for (let i = pos - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      start = i + 1;
      break;
    }
    if (isTerminator(c)) {
      // only the last terminator of a run decides
      const e = sentenceEndAt(text, i);
      if (e >= 0 && e <= pos) {
        start = e;
        break;
      }
    }
  }
  if (start === lo && lo > 0) {
    // cut inside a very long run: start after the next whitespace
    let k = lo;
    while (k < pos && !isSpaceAny(text.charCodeAt(k))) k++;
    start = k < pos ? k : lo;
  }
  const hi = Math.min(n, Math.max(pos, start) + MAX_SENTENCE);
  let end = hi;
  for (let i = pos; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      end = i;
      break;
    }
    if (isTerminator(c)) {
      const e = sentenceEndAt(text, i);
      if (e >= 0) {
        end = e;
        break;
      }
    }
  }
  if (end === hi && hi < n) {
    let k = hi;
    while (k > pos && !isSpaceAny(text.charCodeAt(k - 1))) k--;
    end = k > pos ? k : hi;
    const cc = text.charCodeAt(end - 1);
    if (cc >= 0xd800 && cc <= 0xdbff) end--;
  }
  while (start < end && isSpaceAny(text.charCodeAt(start))) start++;
  while (end > start && isSpaceAny(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpaceAny(c: number): boolean {
  return isInlineSpace(c) || c === 10 || c === 13 || c === 12 || c === 11;
}
