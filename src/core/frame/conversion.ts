/**
 * Conversions: a number in parentheses right after another that restates it in another currency ("7.32 billion
 * euros ($7.5 billion)", and after "or": "6.2 billion crowns, or $590 million,") or the same quantity in another unit
 * ("1.5C (2.7F)"). It belongs to the figure of the number it restates and never confirms or contradicts anything on
 * its own. A second measure in parentheses ("4% (0.5
 * Bcf/d)") is not a conversion: it is another dimension. So is a sentence that only restates the amount before it in
 * another currency ("… a fine of 1.84 billion euros. The amount equals about $2.14 billion.").
 */
import type { Claim } from "../types";

const OPEN = /^\s*\(\s*(?:(?:about|around|approximately|roughly|some|nearly|almost|over|more\s+than|~|≈|c\.)\s*)?$/i;
const CLOSE = /^\s*\)/;
/** Between an amount and its restatement in another currency: ", or", ", or about". */
const OR_RESTATED = /^\s*,\s*or\s+(?:(?:about|around|approximately|roughly|some|nearly|almost|over|more\s+than|just\s+(?:over|under))\s+)?$/i;

function currencyOf(unit: string): string {
  const m = /^([A-Z]{3})(?:\/|$)/.exec(unit);
  return m ? m[1] : "";
}

/**
 * A sentence that opens by saying it restates the amount before ("The amount equals about", "That is equivalent to
 * roughly", "The sum amounts to some"), up to the number.
 */
const RESTATED = /^\s*(?:(?:The|That|This)\s+(?:amount|sum|figure|total|fine|penalty|payment)|That|This|It)\s+(?:equals|is\s+equal\s+to|is\s+equivalent\s+to|equates\s+to|amounts\s+to|converts\s+to|is\s+worth|is\s+about|is\s+roughly|is\s+around)\s+(?:(?:about|around|approximately|roughly|some|nearly|almost|just\s+(?:over|under))\s+)?$/;

/** Does `second` open a sentence that restates `first`, the last number of the sentence before? */
function restatedNext(first: Claim, second: Claim, text: string): boolean {
  const firstEnd = first.sentenceStart + first.sentence.length;
  const secondEnd = second.sentenceStart + second.sentence.length;
  if (second.sentenceStart < firstEnd || !/^\s*$/.test(text.slice(firstEnd, second.sentenceStart))) return false;
  if (!/^[^\d]*$/.test(text.slice(first.end, firstEnd))) return false;
  if (!RESTATED.test(text.slice(second.sentenceStart, second.start))) return false;
  return /^\s*[.!]?\s*$/.test(text.slice(second.end, secondEnd));
}

/** True when `second` restates `first` (see the module comment); `text` is the article text both are in. */
export function isConversion(first: Claim, second: Claim, text: string): boolean {
  if (second.start < first.end) return false;
  const a = currencyOf(first.unit);
  const b = currencyOf(second.unit);
  // (the same amount in another currency, per the same unit if any)
  const otherCurrency = !!a && !!b && a !== b && first.unit.slice(3) === second.unit.slice(3);
  const parenthesised = OPEN.test(text.slice(first.end, second.start)) && CLOSE.test(text.slice(second.end, second.end + 3));
  // ("6.2 billion crowns, or $590 million, in its offering": the same amount in another currency after "or")
  if (!parenthesised) return otherCurrency && (OR_RESTATED.test(text.slice(first.end, second.start)) || restatedNext(first, second, text));
  if (a && b) return otherCurrency;
  if (a || b) return false;
  // The same canonical unit: a restatement in another unit of the article (miles for km, °F for °C).
  return first.unit === second.unit && Math.abs(first.value - second.value) <= 0.02 * Math.max(Math.abs(first.value), Math.abs(second.value));
}
