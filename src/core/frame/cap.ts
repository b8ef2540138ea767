/**
 * A cap: the most a rule allows ("Canada capped new study permits at 360,000 for 2024", "the 2025 cap stands at
 * 437,000", "the 360,000 cap", "cut the ceiling by a further 10% to 437,000", "an import quota of 2 million tonnes").
 * A cap is a figure of its own, whatever it counts: never the count it limits (280,400 permits approved do not
 * contradict a cap of 360,000), and one figure in every outlet that gives it, named with the noun or without.
 */
import type { FrameMeasure } from "./types";

export const CAP: FrameMeasure = { key: "cap", name: "cap", how: "clause" };

/** The cap before the number in its clause, then a word that links it to the number ("capped … at", "the cap … at"). */
const CAP_BEFORE = /\b(?:caps?|capped|capping|ceilings?|quotas?)\b(?:[^.;,]{0,40}?\s)?(?:at|to|of|by)\s+(?:(?:a\s+further|a\s+maximum\s+of|about|around|some|just|roughly|nearly)\s+)?$/i;
/** The cap right after the number: "the 360,000 cap", "a 437,000-permit ceiling". */
const CAP_AFTER = /^(?:[-\s]+[\p{Ll}-]+)?[-\s]+(?:caps?|ceilings?|quotas?)\b(?!\s+(?:on|of)\s+(?:the\s+)?(?:what|how))/iu;
/** Words of a cap on prices or a company's value, which are no limit on numbers ("market cap", "price cap" stay prices). */
const NOT_A_LIMIT = /\b(?:market|price|energy\s+price)\s+caps?\b/i;

/** Is the number at [start, end) of the sentence a cap? */
export function isCap(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 70), start);
  if (CAP_BEFORE.test(before)) return !NOT_A_LIMIT.test(before.slice(-60));
  const after = sentence.slice(end, end + 30);
  return CAP_AFTER.test(after) && !NOT_A_LIMIT.test(after);
}
