/**
 * When an ordinal is a claim: it ranks something ("ranks fifth among", "the fifth-largest", "their sixth chat in a
 * row", "the 30th anniversary"). Not when it is a discourse or time marker ("First, ...", "the first half of 2026",
 * "the first day", "third countries") or part of a date ("February 4th").
 */
import * as chars from "../text/chars";
import * as monthsModule from "../text/months";
import * as lookupModule from "../text/lookup";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { monthEndingAt, monthFollows } = monthsModule;
const { lookupTable } = lookupModule;
const { isInlineSpace, isHyphen, isLetter, lowerWord } = chars;

const TIME_NOUNS = lookupTable<boolean>({
  half: true, quarter: true, day: true, days: true, week: true, weeks: true, month: true, months: true,
  year: true, years: true, century: true, centuries: true, decade: true, millennium: true, hour: true,
  minute: true, second: true, semester: true, term: true, morning: true, night: true, evening: true,
  person: true, hand: true, glance: true, sight: true, time: true, step: true, stage: true, phase: true,
});

const RANK_COMPOUND = /-(?:largest|biggest|highest|lowest|smallest|most|least|best|worst|ranked|placed|richest|poorest|busiest|strongest|fastest|oldest|largest-ever)\b/iy;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|its|their|his|her|our|this|that|a|an|whose|my|your)[ \u00a0]+$|['’]s[ \u00a0]+$/iu;
const RANK_VERB_BEFORE = /(?:^|[^\p{L}])(?:ranks?|ranked|ranking|placed|places|came|comes|finished|finishes|stands?|stood|sits?|sat|remains?|remained|became|becomes|slipped[ \u00a0]+to|rose[ \u00a0]+to|fell[ \u00a0]+to|climbed[ \u00a0]+to|dropped[ \u00a0]+to|moved[ \u00a0]+up[ \u00a0]+to)[ \u00a0]+$/iu;

function nextWord(text: string, end: number): string {
  let p = end;
  while (p < text.length && p < end + 3 && isInlineSpace(text.charCodeAt(p))) p++;
  if (p === end) return "";
  let e = p;
  while (e < text.length && e < p + 20 && isLetter(text.charCodeAt(e))) e++;
  return text.slice(p, e);
}

const ONE_BEFORE = /(?:^|[^\p{L}])(?:a|an|one)[ \u00a0]+$/iu;

export function acceptOrdinal(text: string, start: number, end: number, value: number): boolean {
  if (monthEndingAt(text, start) >= 0 || monthFollows(text, end)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  RANK_COMPOUND.lastIndex = end;
  if (isHyphen(text.charCodeAt(end)) && RANK_COMPOUND.test(text)) return true;
  if (RANK_VERB_BEFORE.test(before)) return true;
  const next = nextWord(text, end);
  const nextLower = lowerWord(next);
  if (value === 1) return nextLower === "place" || nextLower === "position";
  // "a third of the budget" is a fraction
  if (nextLower === "of" && ONE_BEFORE.test(before)) return false;
  if (!next || TIME_NOUNS[nextLower]) return false;
  return DETERMINER_BEFORE.test(before);
}
