/**
 * Feet and inches written with marks: `6'2"`, `6′2″`, `5' 11"`, and inches alone with a straight double quote:
 * `a 10" pan`, `a pen 10 " long`. A straight quote after a number is read as inches only where it cannot be a
 * closing quotation mark: no letter or digit glued after it, and no quotation left open before it in the sentence
 * (read from the start of the sentence). Curly quotes are never inch marks.
 */
import * as physicalModule from "./physicalUnits";

const { LENGTH_METRES } = physicalModule;
const { foot: FOOT, inch: INCH } = LENGTH_METRES;

/** How far back a quotation may have been opened (a long sentence). */
const LOOKBACK = 400;

/** Feet then inches after the number of feet, which ends at `end`: `'2"`, `′ 11″`. [value in metres, end]. */
const FEET_INCHES = /['\u2032][ \u00a0]?(\d{1,2}(?:\.\d+)?)(?:"|\u2033|''|\u2032\u2032)(?![\p{L}\p{N}])/uy;

export function feetInchesAfter(text: string, feet: number, end: number): [number, number] | null {
  FEET_INCHES.lastIndex = end;
  const m = FEET_INCHES.exec(text);
  if (!m) return null;
  const inches = Number(m[1]);
  if (!(inches < 12)) return null;
  return [feet * FOOT + inches * INCH, FEET_INCHES.lastIndex];
}

/** Is the straight double quote at `pos` (right after a number, or one space after it) an inch mark? */
export function isInchMark(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== 34) return false;
  if (pos + 1 < text.length && isWordChar(text.charCodeAt(pos + 1))) return false;
  return !quotationOpenBefore(text, pos);
}

/**
 * Is a quotation open at `pos`? Reads the sentence from its start: a straight quote glued to the word after it opens
 * one, a quote after an open one closes it, and a quote after a number with none open is an inch mark.
 */
function quotationOpenBefore(text: string, pos: number): boolean {
  let s = pos;
  while (s > 0 && s > pos - LOOKBACK) {
    const c = text.charCodeAt(s - 1);
    if (c === 10 || c === 13 || ((c === 46 || c === 33 || c === 63) && text.charCodeAt(s) === 32)) break;
    s--;
  }
  let open = false;
  for (let p = s; p < pos; p++) {
    if (text.charCodeAt(p) !== 34) continue;
    if (open) open = false;
    else if (p + 1 < text.length && isWordChar(text.charCodeAt(p + 1))) open = true;
  }
  return open;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
}

/** Inches as a factor into metres. */
export const INCH_METRES = INCH;
