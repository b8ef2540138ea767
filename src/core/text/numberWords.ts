/**
 * Spelled-out cardinal numbers: "three", "twenty-five", "two hundred and fifty thousand", "one and a half million",
 * "a dozen", "half a million".
 */
import * as lookupModule from "./lookup";
import * as chars from "./chars";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
const { isAsciiLetter, lowerSlice } = chars;

export const UNITS: Readonly<Record<string, number>> = lookupTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

export const TENS: Readonly<Record<string, number>> = lookupTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

export const SCALES: Readonly<Record<string, number>> = lookupTable({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

export interface WordNumber {
  value: number;
  /** End offset (exclusive) of the last number word consumed. */
  end: number;
  /** How many number words were consumed. */
  words: number;
}

/** Read one ASCII word starting at pos; returns its end (pos when none). */
export function wordEnd(text: string, pos: number): number {
  let e = pos;
  const lim = Math.min(text.length, pos + 24);
  while (e < lim && isAsciiLetter(text.charCodeAt(e))) e++;
  if (e < text.length && isAsciiLetter(text.charCodeAt(e))) return pos; // over-long word: not a number word
  return e;
}

const SEP = /(?:[ \u00a0\u2009\u202f]+|-)(?:and[ \u00a0]+)?/y;
const AND_A_HALF = /(?:[ \u00a0]+|-)and(?:[ \u00a0]+|-)a(?:[ \u00a0]+|-)half\b/iy;

/**
 * Parse a spelled-out cardinal starting at pos (which must be the start of a word). Returns null when the word
 * there is not a number word. "and" is accepted only inside the number ("two hundred and fifty").
 */
export function parseNumberWords(text: string, pos: number): WordNumber | null {
  let total = 0;
  let current = 0; // the group below the last thousand-scale
  let small = 0; // the part of current below 100
  let words = 0;
  let end = pos;
  let p = pos;
  let lastWasTens = false;
  // the number as it stood after its last scale word: "one thousand and two thousand" is two numbers, so a scale
  // no smaller than the one before it ends the number there
  let lastScale = Infinity;
  let saved = { total: 0, current: 0, end: pos, words: 0 };
  for (;;) {
    const we = wordEnd(text, p);
    if (we === p) break;
    const w = lowerSlice(text, p, we);
    const v = UNITS[w];
    if (v !== undefined) {
      if (small !== 0 && !(lastWasTens && v < 10 && v > 0)) break; // "two three" is two numbers
      current += v;
      small += v;
      lastWasTens = TENS[w] !== undefined;
    } else {
      const s = SCALES[w];
      if (s === undefined || words === 0) break; // a bare scale word is handled by the caller ("a million")
      if (s === 100 ? current >= 100 : s >= lastScale) {
        ({ total, current, end, words } = saved);
        break;
      }
      if (s === 100) {
        current = (current || 1) * 100;
      } else {
        total += (current || 1) * s;
        current = 0;
        lastScale = s;
      }
      small = 0;
      lastWasTens = false;
      saved = { total, current, end: we, words: words + 1 };
    }
    words++;
    end = we;
    SEP.lastIndex = we;
    if (!SEP.test(text)) break;
    p = SEP.lastIndex;
  }
  if (words === 0) return null;
  let value = total + current;
  // "one and a half", "two and a half million"
  AND_A_HALF.lastIndex = end;
  if (total === 0 && current < 100 && AND_A_HALF.test(text)) {
    value += 0.5;
    end = AND_A_HALF.lastIndex;
    words += 3;
    SEP.lastIndex = end;
    if (SEP.test(text)) {
      const sp = SEP.lastIndex;
      const se = wordEnd(text, sp);
      const scale = SCALES[lowerSlice(text, sp, se)];
      if (scale !== undefined && scale > 100) {
        value *= scale;
        end = se;
        words++;
      }
    }
  }
  return { value, end, words };
}
