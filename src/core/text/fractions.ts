/**
 * Fractions written with digits: the vulgar-fraction characters ("½", "¾", glued to a whole number in "2½") and
 * "N/D" with a small denominator ("1/4 mile", "10 1/2 miles"). A slash pair is only a fraction when its numerator is
 * below its denominator, the denominator is at most 16, and no further slash or digit follows ("1/4/2025" is a date).
 */
import * as chars from "./chars";

const { isDigit } = chars;

/** Vulgar-fraction characters by char code. */
export const VULGAR_FRACTIONS: Readonly<Record<number, number>> = {
  0xbd: 1 / 2, 0xbc: 1 / 4, 0xbe: 3 / 4, 0x2153: 1 / 3, 0x2154: 2 / 3, 0x2155: 1 / 5, 0x2156: 2 / 5, 0x2157: 3 / 5,
  0x2158: 4 / 5, 0x2159: 1 / 6, 0x215a: 5 / 6, 0x215b: 1 / 8, 0x215c: 3 / 8, 0x215d: 5 / 8, 0x215e: 7 / 8,
};
/** The same characters as a string, for a character class. */
export const VULGAR_FRACTION_CHARS = Object.keys(VULGAR_FRACTIONS).map((c) => String.fromCharCode(Number(c))).join("");

export function vulgarFractionAt(text: string, pos: number): number | undefined {
  return VULGAR_FRACTIONS[text.charCodeAt(pos)];
}

const SLASH_FRACTION = /(\d{1,2})\/(\d{1,2})(?![\d/])/y;

/** "N/D" at pos (pos on the first digit, not after another digit or slash): its value and end, or null. */
export function slashFractionAt(text: string, pos: number): { value: number; end: number } | null {
  if (pos > 0) {
    const b = text.charCodeAt(pos - 1);
    if (isDigit(b) || b === 47) return null;
  }
  SLASH_FRACTION.lastIndex = pos;
  const m = SLASH_FRACTION.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const d = Number(m[2]);
  if (!(n >= 1 && n < d && d <= 16)) return null;
  return { value: n / d, end: SLASH_FRACTION.lastIndex };
}
