/**
 * A time told by pointing back. "Iowa had 38.4 million hens on that date", "By the same day, 41 flights had been
 * cancelled", "that same day": the day or month the sentence before named ("on March 1", "on 18 February 2025").
 * "The gold price averaged a record $3,281.6 an ounce in the quarter", "Output fell 2% during the month": the last
 * quarter or month a sentence of the story was about, though a half named since ("In the first half, central banks bought 533.6
 * tonnes") left the story on the half. Without it the number took the year or the stretch the text was on, and met
 * no other outlet's figure of that day, month or quarter. ("That year" and "the same period" are read in period.ts.)
 */
import { monthsIn, type PeriodMention, type Span } from "./period";

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

/** "in the quarter", "during the quarter", "for the month", "over the month" (not "the quarter to June", "the month before"). */
const THE_QUARTER_OR_MONTH = /\b(?:in|during|for|over|across)\s+the\s+(quarter|month)\b(?!\s+(?:to|ended|ending|through|before|earlier|after|of|that|which|when)\b|['’]s)/gi;

/**
 * The mentions of `text` that point to the last quarter or month a sentence of the story was about (`quarter`,
 * `month`: spans of three months and of one); none where there was none.
 */
export function storyTimeMentions(text: string, quarter: Span | undefined, month: Span | undefined): PeriodMention[] {
  if (!/\bthe\s+(?:quarter|month)\b/i.test(text)) return [];
  const out: PeriodMention[] = [];
  for (const m of text.matchAll(THE_QUARTER_OR_MONTH)) {
    const span = m[1].toLowerCase() === "quarter" ? quarter : month;
    if (span) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, span, role: "point" });
  }
  return out;
}
