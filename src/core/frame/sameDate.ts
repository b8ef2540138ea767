/**
 * A date told by pointing back: "Iowa had 38.4 million hens on that date", "By the same day, 41 flights had been
 * cancelled", "that same day" — the day or month the sentence before named ("on March 1", "on 18 February 2025").
 * Without it the number took the year the text is about, and a count on a day met no other outlet's count of it.
 * Only a day or a month is pointed back to this way ("that year" and "the same period" are read in period.ts).
 */
import { monthsIn, type PeriodMention } from "./period";

const SAME_DATE = /\b(?:(?:on|by|as\s+(?:of|at)|at)\s+)?(?:that|the\s+same)\s+(?:date|day)\b|\bthat\s+same\s+day\b/gi;

/** Right before a date, a word that makes it what something is compared with or counted from: "up 2% from June 1, 2024". */
const COMPARED_BEFORE = /\b(?:from|than|against|versus|vs\.?|since|compared\s+(?:with|to)|relative\s+to)\s+(?:(?:on|in|at)\s+)?$/i;

/**
 * The mentions of `text` that point back to the date of the sentence before, `previous` (its last mention of a day or
 * a month, `before`, that is not what something was compared with); none when that sentence named none.
 */
export function sameDateMentions(text: string, previous: string, before: readonly PeriodMention[]): PeriodMention[] {
  if (!/\b(?:date|day)\b/i.test(text)) return [];
  const date = [...before].reverse().find((m) => m.span && m.role !== "base" && m.role !== "since" && m.role !== "by" && monthsIn(m.span) <= 1 && !COMPARED_BEFORE.test(previous.slice(Math.max(0, m.start - 30), m.start)));
  if (!date?.span) return [];
  const out: PeriodMention[] = [];
  for (const m of text.matchAll(SAME_DATE)) {
    // ("the same day last year": a day a year before, not this one)
    if (/^\s+(?:a\s+year\s+(?:earlier|before|ago)|last\s+year|in\s+(?:19|20)\d{2})\b/i.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, span: date.span, role: "point" });
  }
  return out;
}
