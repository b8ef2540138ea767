/**
 * A state told in the present is the state of the day the article was written. "Nordlicht, which employs 61,000
 * people", "the group, employing 64,000 people worldwide", "the chain has 3,000 stores": with no period of its own,
 * such a number is not of the year the sentences before were about (their "last year"); it is as of the article's
 * month, and two outlets' counts of that month are one fact. A share a source "accounts for" is left out: it is most
 * often the latest statistic ("Russian LNG accounts for a third of France's imports", of the year the report covers).
 */
import { monthOfDate, type Span } from "./period";

const QUALIFIERS = "(?:(?:about|around|roughly|some|nearly|almost|over|under|just|more\\s+than|less\\s+than|fewer\\s+than|close\\s+to|upwards\\s+of)\\s+)?";

/** A present-tense verb of having, employing or making up, right before the number (its qualifiers between). */
const STATE_BEFORE = new RegExp(`\\b(?:employs|employing|has|having|owns|owning|operates|operating|runs|running|serves|serving|houses|housing|counts|counting|holds|holding|is\\s+home\\s+to)\\s+${QUALIFIERS}$`, "i");

/** Is the number starting at `start` of the sentence a present state ("which employs 61,000")? */
export function isPresentState(sentence: string, start: number): boolean {
  return STATE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start));
}

/** The period of a present state: the article's month ("2026-10"), labelled "as of October 2026". */
export function presentPeriod(dateMonth: string): Span | undefined {
  const month = monthOfDate(dateMonth);
  return month && { ...month, label: `as of ${month.label}` };
}

/** "now", "currently", "today" right before the number, with a verb of standing at most between. */
const NOW_BEFORE = new RegExp(`(?:^|[,(]\\s*|\\b(?:is|are|stands?|totals?|numbers?)\\s+)(?:now|currently|today)\\s+(?:(?:stands?|is|are|totals?|numbers?)\\s+)?(?:at\\s+)?${QUALIFIERS}$|\\b(?:now|currently|today)\\s+(?:stands?|is|are|totals?|numbers?)\\s+(?:at\\s+)?${QUALIFIERS}$`, "i");
/** "today", "now", "at present" right after the number (its noun between: "212 poultry farms currently lie"). */
// (not a time between, nor "now that", a reason: "to ease to about 6.9 million this year now that the Jubilee has closed")
const NOW_AFTER = /^\s*(?:(?!(?:this|last|next|that|year|month|week|season)\b)[\p{Ll}-]+\s+){0,2}(?:today|now(?!\s+that\b)|currently|at\s+present)\b/iu;

/**
 * Is the number at [start, end) told as it stands now ("now 1.41 billion", "8.2 billion today", "currently stands at
 * 8.2 billion")? It is a level of the article's month, whatever forecast follows it ("China's population, now 1.41
 * billion, is projected to shrink to 633 million").
 */
export function isToldAsNow(sentence: string, start: number, end: number): boolean {
  return NOW_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) || NOW_AFTER.test(sentence.slice(end, end + 24));
}
