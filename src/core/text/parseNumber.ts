/**
 * Digit numerals: "1,234.5", "56,000", "38.8", "1 234" with thin / narrow / non-breaking space separators,
 * Indian grouping "2,89,000" and "12,34,567.89" (groups of two before the last three digits), and European
 * "1.234,5" (only when both separators make it unambiguous).
 *
 * Reads at most MAX_NUMERAL characters from its start: a numeral longer than that (more than 40 digits) is not a
 * number, and stopping there keeps a scan over an unbroken run of digits linear (each candidate inside the run costs
 * a bounded amount, instead of re-reading the rest of the run).
 */
import * as chars from "./chars";
import * as lookupModule from "./lookup";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
const { isDigit } = chars;

export interface Numeral {
  value: number;
  start: number;
  end: number;
  /** Number of digits after the decimal point (for rounding-aware comparisons). */
  decimals: number;
  /** Digits with no separators at all ("2025"), which can be years or ids. */
  plainDigits: boolean;
}

// Alternatives in priority order. Each must be followed by a non-digit.
const EUROPEAN = /\d{1,3}(?:\.\d{3})+,\d+(?![\d,.]\d)/y;
const ENGLISH_GROUPED = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)/y;
const SPACE_GROUPED = /\d{1,3}(?:[\u00a0\u2009\u202f\u2007]\d{3})+(?:\.\d+)?(?!\d)/y;
const INDIAN_GROUPED = /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,]\d)/y;

/** The most characters a numeral is read over (a longer one has more than 40 digits, which is not a figure). */
export const MAX_NUMERAL = 64;
const MAX_DIGITS = 40;

const TOO_LONG = 0;

/**
 * The match of a sticky form at pos, read inside a window of MAX_NUMERAL characters. A match that reaches the last
 * two characters of a cut window may be longer (or fail its look-ahead) in the whole text: it is over-long either way,
 * and "too long" is returned.
 */
function tryAt(re: RegExp, text: string, pos: number): string | null | typeof TOO_LONG {
  const cut = pos + MAX_NUMERAL < text.length;
  const window = cut ? text.slice(pos, pos + MAX_NUMERAL) : text;
  re.lastIndex = cut ? 0 : pos;
  const m = re.exec(window);
  if (!m) return null;
  if (cut && m[0].length >= MAX_NUMERAL - 2) return TOO_LONG;
  return m[0];
}


/** Parse the numeral starting at pos (text[pos] must be a digit). */
export function parseNumeral(text: string, pos: number): Numeral | null {
  // fast path: digits not followed by a separator that could continue the number
  let e = pos;
  const n = text.length;
  const limit = Math.min(n, pos + MAX_DIGITS + 1);
  while (e < limit) {
    const c = text.charCodeAt(e);
    if (c >= 48 && c <= 57) e++;
    else break;
  }
  if (e === pos || e - pos > MAX_DIGITS) return null;
  const next = e < n ? text.charCodeAt(e) : 0;
  if (next !== 44 && next !== 46 && next !== 0xa0 && next !== 0x2009 && next !== 0x202f && next !== 0x2007) {
    if (e - pos <= 15) {
      // up to 15 digits the value is exact in a double: read it off the codes (same as Number of the digits)
      let value = 0;
      for (let i = pos; i < e; i++) value = value * 10 + (text.charCodeAt(i) - 48);
      return { value, start: pos, end: e, decimals: 0, plainDigits: true };
    }
    return build(text.slice(pos, e), pos, e - pos, true);
  }
  // The grouped forms open with 1-3 digits and then their separator: with a longer first run of digits, or another
  // character after it, they cannot match (and are not tried).
  const grouped = e - pos <= 3;
  let raw = grouped && next === 46 ? tryAt(EUROPEAN, text, pos) : null;
  if (raw === TOO_LONG) return null;
  if (raw !== null) {
    const cleaned = raw.replace(/\./g, "").replace(",", ".");
    return build(cleaned, pos, raw.length, false);
  }
  raw = grouped && next === 44 ? tryAt(ENGLISH_GROUPED, text, pos) : null;
  if (raw === TOO_LONG) return null;
  if (raw !== null) return fastDecimal(text, pos, pos + raw.length, false) ?? build(raw.replace(/,/g, ""), pos, raw.length, false);
  raw = e - pos <= 2 && next === 44 ? tryAt(INDIAN_GROUPED, text, pos) : null;
  if (raw === TOO_LONG) return null;
  if (raw !== null) return fastDecimal(text, pos, pos + raw.length, false) ?? build(raw.replace(/,/g, ""), pos, raw.length, false);
  raw = grouped && next !== 44 && next !== 46 ? tryAt(SPACE_GROUPED, text, pos) : null;
  if (raw === TOO_LONG) return null;
  if (raw !== null) return build(raw.replace(/[\u00a0\u2009\u202f\u2007]/g, ""), pos, raw.length, false);
  // PLAIN (/\d+(?:\.\d+)?/) read by hand: the digits, then "." and more digits if there are any
  let end = e;
  if (next === 46 && e + 1 < n && isDigit(text.charCodeAt(e + 1))) {
    end = e + 2;
    const max = Math.min(n, pos + MAX_DIGITS + 1);
    while (end < max && isDigit(text.charCodeAt(end))) end++;
    if (end === max && end < n && isDigit(text.charCodeAt(end))) return null;
  }
  const fast = fastDecimal(text, pos, end, end === e);
  if (fast !== null) return fast;
  raw = text.slice(pos, end);
  return build(raw, pos, raw.length, end === e);
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The numeral text[start, end) made of digits, group commas and at most one decimal point, with at most 15
 * digits: its digits as an integer (exact in a double) divided by a power of ten (exact too) — one correctly
 * rounded division, which is exactly what Number() of the same digits gives. null for anything longer.
 */
function fastDecimal(text: string, start: number, end: number, plainDigits: boolean): Numeral | null {
  let digits = 0;
  let value = 0;
  let dot = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 46) dot = i;
    else if (c !== 44) return null;
  }
  if (digits > 15) return null;
  const decimals = dot < 0 ? 0 : end - dot - 1;
  return { value: decimals === 0 ? value : value / POW10[decimals], start, end, decimals, plainDigits };
}

function build(cleaned: string, start: number, length: number, plainDigits: boolean): Numeral | null {
  if (cleaned.length > 40) return null;
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return null;
  const dot = cleaned.indexOf(".");
  return { value, start, end: start + length, decimals: dot < 0 ? 0 : cleaned.length - dot - 1, plainDigits };
}

/** Parse a whole string as a number ("1,234.5", "1.2bn", "3 mln", "1 234"); NaN when it is not one. */
export function parseNumberString(input: string): number {
  const s = input.trim();
  if (!s || s.charCodeAt(0) < 48 || s.charCodeAt(0) > 57) return NaN;
  const n = parseNumeral(s, 0);
  if (!n) return NaN;
  const rest = s.slice(n.end).trim().toLowerCase();
  if (!rest) return n.value;
  const scale = SCALE_SUFFIX[rest];
  return scale ? n.value * scale : NaN;
}

/** Scale words and abbreviations after a numeral. */
export const SCALE_SUFFIX: Readonly<Record<string, number>> = lookupTable({
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, million: 1e6, b: 1e9, bn: 1e9, bln: 1e9,
  billion: 1e9, t: 1e12, tn: 1e12, trn: 1e12, trillion: 1e12,
});
