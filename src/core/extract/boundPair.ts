/**
 * A range stated as two bounds: "more than 10 and less than 40 people", "above $5 but below $8", "at most 100 and
 * at least 20", "greater than 30 and less than or equal to 40". One bound phrase before the first figure, the
 * opposite one right after "and", "but" or a comma before the second: one claim with low and high (the open or
 * closed ends are not kept). Anything else between the figures ("rose more than 5% and fell below 3%") leaves two
 * claims, and so does a pair whose low is not below its high.
 */
import type { Quantity } from "./quantity";
import * as chars from "../text/chars";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { isAsciiLetter, lowerSlice } = chars;

const SP = "[ \\u00a0]+";
const LOWER_WORDS = [
  `(?:more|greater|larger|bigger|higher)${SP}than(?:${SP}or${SP}equal${SP}to)?`,
  `equal${SP}to${SP}or${SP}(?:more|greater|higher)${SP}than`,
  `no${SP}(?:less|fewer)${SP}than`, `not${SP}(?:less|fewer)${SP}than`, `at${SP}least`, "above", "over", "exceeding",
  `upwards?${SP}of`, `in${SP}excess${SP}of`,
].join("|");
const UPPER_WORDS = [
  `(?:less|fewer|smaller|lower)${SP}than(?:${SP}or${SP}equal${SP}to)?`,
  `equal${SP}to${SP}or${SP}(?:less|fewer|lower)${SP}than`,
  `no${SP}(?:more|greater|higher)${SP}than`, `not${SP}more${SP}than`, `at${SP}most`, "below", "under", `up${SP}to`,
].join("|");

/** The bound phrase that ends right before the first figure. */
const LOWER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${LOWER_WORDS})[ \\u00a0]+$`, "iu");
const UPPER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${UPPER_WORDS})[ \\u00a0]+$`, "iu");
/** The join and the opposite bound phrase after the first figure. */
const JOIN = "[ \\u00a0]*(?:,[ \\u00a0]*)?(?:(?:and|but)[ \\u00a0]+)?";
const UPPER_AFTER = new RegExp(`${JOIN}(?:${UPPER_WORDS})[ \\u00a0]+`, "iuy");
const LOWER_AFTER = new RegExp(`${JOIN}(?:${LOWER_WORDS})[ \\u00a0]+`, "iuy");
const LOOKBACK = 48;

/** The last words of the bound phrases: a cheap test before the regular expressions. */
const LAST_WORDS = new Set(["than", "to", "least", "most", "above", "over", "below", "under", "exceeding", "of"]);

/** Is the word right before `start` (one space apart) the last word of a bound phrase? */
function boundWordBefore(text: string, start: number): boolean {
  let e = start;
  if (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0xa0)) e--;
  else return false;
  let s = e;
  while (s > 0 && e - s < 10 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  return s < e && LAST_WORDS.has(lowerSlice(text, s, e));
}

/**
 * The range that `first` opens with its bound phrase, or `first` unchanged. `parseAt(pos)` reads the second figure
 * (without ranges of its own), or returns null.
 */
export function boundPair(text: string, first: Quantity, parseAt: (pos: number) => Quantity | null): Quantity {
  if (first.qualifier !== undefined || !boundWordBefore(text, first.start)) return first;
  const before = text.slice(Math.max(0, first.start - LOOKBACK), first.start);
  // the longer phrase decides: "no more than" is an upper bound though it ends in "more than"
  const lower = LOWER_BEFORE.exec(before);
  const upper = UPPER_BEFORE.exec(before);
  if (!lower && !upper) return first;
  const opensLow = lower !== null && (upper === null || lower[0].length > upper[0].length);
  const after = opensLow ? UPPER_AFTER : LOWER_AFTER;
  after.lastIndex = first.end;
  if (!after.test(text)) return first;
  const second = parseAt(after.lastIndex);
  if (!second || second.qualifier !== undefined || second.perDivisor !== first.perDivisor) return first;
  // the first figure takes the second's unit when it has none of its own ("more than 10 and less than 40 people")
  const bare = first.unit === "count" && first.nounStart === undefined;
  if (second.unit !== first.unit && !(bare && second.unit === "count")) return first;
  const low = opensLow ? first.value : second.value;
  const high = opensLow ? second.value : first.value;
  if (!(low < high)) return first;
  const noun = second.nounStart !== undefined ? second : first;
  return {
    start: first.start, end: second.end, value: (low + high) / 2, unit: first.unit, qualifier: "range", low, high,
    nounStart: noun.nounStart, nounEnd: noun.nounEnd, perDivisor: first.perDivisor,
  };
}
