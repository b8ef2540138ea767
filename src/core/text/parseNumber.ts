/**
 * Digit numerals: "1,234.5", "56,000", "38.8", "1 234" with thin / narrow / non-breaking space separators,
 * and European "1.234,5" (only when both separators make it unambiguous).
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

function tryAt(re: RegExp, text: string, pos: number): string | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** Parse the numeral starting at pos (text[pos] must be a digit). */
export function parseNumeral(text: string, pos: number): Numeral | null {
  // fast path: digits not followed by a separator that could continue the number
  let e = pos;
  const n = text.length;
  while (e < n) {
    const c = text.charCodeAt(e);
    if (c >= 48 && c <= 57) e++;
    else break;
  }
  if (e === pos) return null;
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
  if (raw !== null) {
    const cleaned = raw.replace(/\./g, "").replace(",", ".");
    return build(cleaned, pos, raw.length, false);
  }
  raw = grouped && next === 44 ? tryAt(ENGLISH_GROUPED, text, pos) : null;
  if (raw !== null) return fastDecimal(text, pos, pos + raw.length, false) ?? build(raw.replace(/,/g, ""), pos, raw.length, false);
  raw = grouped && next !== 44 && next !== 46 ? tryAt(SPACE_GROUPED, text, pos) : null;
  if (raw !== null) return build(raw.replace(/[\u00a0\u2009\u202f\u2007]/g, ""), pos, raw.length, false);
  // PLAIN (/\d+(?:\.\d+)?/) read by hand: the digits, then "." and more digits if there are any
  let end = e;
  if (next === 46 && e + 1 < n && isDigit(text.charCodeAt(e + 1))) {
    end = e + 2;
    while (end < n && isDigit(text.charCodeAt(end))) end++;
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
