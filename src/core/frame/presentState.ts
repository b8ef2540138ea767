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
