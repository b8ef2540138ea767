/**
 * What an investment earned on its holdings, told as its return: "the fund made a return of 4.6%", "Equities returned
 * 5.7%", "a 9.4% return on technology stocks", "The return amounted to 870 billion crowns", "returns of 9.4%". Read
 * only right at the number: "return" has other senses a measure word list would catch ("returned to growth", "return
 * to work", "tax returns", "returning migrants"), so the word is no measure elsewhere.
 */
import type { FrameMeasure } from "./types";

/** The measure, as the noun "return" counted makes it ("Its return for the half year was 4.6%"). */
export const INVESTMENT_RETURN: FrameMeasure = { key: "n:return", name: "return", how: "noun" };

const QUALIFIER = String.raw`(?:(?:about|around|roughly|some|nearly|almost|just\s+(?:over|under)|more\s+than|less\s+than|minus|negative)\s+)?`;
/**
 * Before the number: "returned", "made/posted/earned/delivered a return of", "a return of", "the return was /
 * amounted to / came to / stood at", "returns of", "a return on equities of". Not "returned to …" (a state regained),
 * nor "returned from …".
 */
const RETURN_BEFORE = new RegExp(String.raw`(?:\breturned|\b(?:a|an|the|its|their|overall|total|annual|annualised|annualized)\s+(?:[\p{L}-]+\s+){0,2}?returns?(?:\s+(?:on|for|in|over)(?:\s+[\p{L}-]+){1,3}?)?\s+(?:of|was|were|is|amounted\s+to|came\s+to|stood\s+at|reached)|\breturns\s+of)\s+${QUALIFIER}[$€£¥]?$`, "iu");
/** After the number: "a 4.6% return", "a 9.4 per cent return on technology stocks", "an 870 billion crown return". */
const RETURN_AFTER = /^\s+(?:(?:annual|annualised|annualized|overall|total|investment|real|nominal|negative|positive)\s+)?returns?\b(?!\s+(?:to|from|flights?|trips?|journeys?)\b)/i;

/** Money handed back to owners: "returned $2 billion to shareholders" is a payout, not what an investment earned. */
const TO_OWNERS_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?to\s+(?:its\s+|their\s+)?(?:shareholders|investors|owners|members|taxpayers|customers)\b/iu;

/** The return the number [start, end) tells, if its sentence tells it as one. */
export function investmentReturnOf(sentence: string, start: number, end: number): FrameMeasure | undefined {
  if (TO_OWNERS_AFTER.test(sentence.slice(end, end + 40))) return undefined;
  const before = sentence.slice(Math.max(0, start - 80), start);
  const article = /\b(?:a|an)\s+$/i.test(sentence.slice(Math.max(0, start - 4), start));
  return RETURN_BEFORE.test(before) || (article && RETURN_AFTER.test(sentence.slice(end, end + 30))) ? INVESTMENT_RETURN : undefined;
}
