/**
 * A currency named in words right before the amount, as some outlets write it: "dollar 22.5 million", "rupees
 * 5,000", "euros 3.2bn", "yen 400 billion". The name must be a main unit (not "cents 5"), one space before the
 * digits, not after "the" ("the dollar 1.5% higher" is about the currency) nor after a number (whose unit it is), and
 * either plural or followed by a scale
 * word: "Euro 96" (a tournament) and "Dollar 5" (a name) stay as they are. The caller also checks that no unit of
 * its own follows the number.
 */
import * as chars from "../text/chars";
import * as currencyNamesModule from "./currencyNames";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { isAsciiLetter, isDigit, isInlineSpace, lowerSlice } = chars;
const { currencyNameAt } = currencyNamesModule;

export interface NameBefore {
  code: string;
  /** Where the name starts. */
  start: number;
  /** Is the name a plural ("rupees", "dollars")? A singular needs a scale after the number. */
  plural: boolean;
}

/** The longest name looked back over (e.g. "renminbi", "hryvnias"). */
const MAX_NAME = 10;

/** The currency name that ends one space before the digits at `idx`, or null. */
export function currencyNameBefore(text: string, idx: number): NameBefore | null {
  if (idx < 2 || !isInlineSpace(text.charCodeAt(idx - 1))) return null;
  const e = idx - 1;
  let s = e;
  while (s > 0 && e - s <= MAX_NAME && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  if (s === e || e - s > MAX_NAME || (s > 0 && isAsciiLetter(text.charCodeAt(s - 1)))) return null;
  // (the codes, "USD 5", "rmb 10", are read as prefixes elsewhere)
  const name = currencyNameAt(text, s, true);
  if (!name || name.end !== e || name.factor !== 1 || name.ambiguous) return null;
  // after "the", or after a number whose unit it is ("5 dollars 20 cents", "10 euros 20")
  if (theBefore(text, s) || digitBefore(text, s)) return null;
  return { code: name.code, start: s, plural: text.charCodeAt(e - 1) === 115 };
}

/** Is there a digit right before `s`, or one space before it? */
function digitBefore(text: string, s: number): boolean {
  const p = s > 0 && isInlineSpace(text.charCodeAt(s - 1)) ? s - 1 : s;
  return p > 0 && isDigit(text.charCodeAt(p - 1));
}

/** Is the word before `s` (one space apart) "the"? */
function theBefore(text: string, s: number): boolean {
  if (s < 4 || !isInlineSpace(text.charCodeAt(s - 1))) return false;
  return lowerSlice(text, s - 4, s - 1) === "the" && (s === 4 || !isAsciiLetter(text.charCodeAt(s - 5)));
}
