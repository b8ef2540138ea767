/**
 * Conversions: a number in parentheses right after another that restates it in another currency ("7.32 billion
 * euros ($7.5 billion)") or the same quantity in another unit ("1.5C (2.7F)"). It belongs to the figure of the number
 * it restates and never confirms or contradicts anything on its own. A second measure in parentheses ("4% (0.5
 * Bcf/d)") is not a conversion: it is another dimension.
 */
import type { Claim } from "../types";

const OPEN = /^\s*\(\s*(?:(?:about|around|approximately|roughly|some|nearly|almost|over|more\s+than|~|≈|c\.)\s*)?$/i;
const CLOSE = /^\s*\)/;

function currencyOf(unit: string): string {
  const m = /^([A-Z]{3})(?:\/|$)/.exec(unit);
  return m ? m[1] : "";
}

/** True when `second` restates `first` (see the module comment); `text` is the article text both are in. */
export function isConversion(first: Claim, second: Claim, text: string): boolean {
  if (second.start < first.end) return false;
  if (!OPEN.test(text.slice(first.end, second.start)) || !CLOSE.test(text.slice(second.end, second.end + 3))) return false;
  const a = currencyOf(first.unit);
  const b = currencyOf(second.unit);
  if (a && b) return a !== b && first.unit.slice(3) === second.unit.slice(3);
  if (a || b) return false;
  // The same canonical unit: a restatement in another unit of the article (miles for km, °F for °C).
  return first.unit === second.unit && Math.abs(first.value - second.value) <= 0.02 * Math.max(Math.abs(first.value), Math.abs(second.value));
}
