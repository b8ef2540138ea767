/**
 * Sentence boundaries in one linear pass. A sentence ends at a line break, or at . ! ? … (plus closing quotes or
 * brackets) followed by space and a capital letter, digit, quote or bracket, unless the word before the period is
 * a known abbreviation ("Sept.", "U.S.", "Dr."). Very long runs are cut at whitespace so that no sentence exceeds
 * MAX_SENTENCE characters (keeps every per-claim look-up bounded).
 */
import { isUpper, isDigit, isInlineSpace } from "./chars";
import { lookupTable } from "./lookup";

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
  if (/^(?:[A-Z]\.)*[A-Z]$/.test(word)) return true;
  return ABBREVIATIONS[word.toLowerCase()] === true;
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
      let cut = a + MAX_SENTENCE;
      const floor = cut - 200;
      while (cut > floor && !isSpaceAny(text.charCodeAt(cut - 1))) cut--;
      if (cut === floor) cut = a + MAX_SENTENCE;
      // never cut inside a surrogate pair
      const cc = text.charCodeAt(cut - 1);
      if (cc >= 0xd800 && cc <= 0xdbff) cut--;
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
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(segStart, i);
      segStart = i + 1;
      continue;
    }
    // extend over a run of terminators and closers
    let e = i + 1;
    while (e < n) {
      const d = text.charCodeAt(e);
      if (d === 46 || d === 33 || d === 63 || d === 0x2026 || isCloser(d)) e++;
      else break;
    }
    BOUNDARY.lastIndex = e;
    if (e >= n) break;
    if (!isInlineSpace(text.charCodeAt(e)) && text.charCodeAt(e) !== 13) continue;
    let f = e;
    while (f < n && isInlineSpace(text.charCodeAt(f))) f++;
    if (f >= n) break;
    const next = text.charCodeAt(f);
    if (next === 10 || next === 13) continue; // the line break ends it anyway
    if (!isOpenerOrStart(next)) continue;
    if (c === 46 && e === i + 1 && isAbbreviation(text, i)) continue;
    push(segStart, e);
    segStart = e;
  }
  push(segStart, n);
  return { starts, ends };
}

function isSpaceAny(c: number): boolean {
  return isInlineSpace(c) || c === 10 || c === 13 || c === 12 || c === 11;
}
