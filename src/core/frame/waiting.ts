/**
 * Waiting lists and waiting times, as health and public-service news tells them: "The waiting list fell to 7.48
 * million cases", "7.48 million treatments were waiting to be carried out", "The number of people waiting more than a
 * year dropped to 196,000", "Waits of more than 52 weeks fell to 169,000", "59.1% were treated within 18 weeks".
 * - The people waiting longer than a limit are a measure of their own, by the limit (52 weeks and a year are one).
 * - The limit itself ("more than a year", "within 18 weeks", "within four hours") is no figure: it says what the
 *   number counts.
 * - The cases, treatments or pathways on a waiting list are one count, however a sentence names them.
 */
import type { FrameMeasure } from "./types";

const UNITS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30.4, year: 365 };
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18 };
const DURATION = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\\d{1,3})[\\s-]+(hour|day|week|month|year)s?";
/** Waiting longer than a limit: "waiting more than a year", "waits of more than 52 weeks", "had waited over 18 months". */
const WAITED_OVER = new RegExp(`\\bwait(?:ing|ed|s)?\\s+(?:of\\s+|for\\s+)?(?:(?:more|longer)\\s+than|over|beyond|in\\s+excess\\s+of)\\s+${DURATION}\\b`, "i");
/** A limit after a verb of waiting or being seen: "within 18 weeks", "less than 18 weeks", "more than a year". */
const LIMIT_BEFORE = /\b(?:wait(?:ing|ed|s)?|seen|treated|admitted|discharged|diagnosed|started\s+treatment)\b[^.;]{0,40}?\b(?:within|in\s+under|under|less\s+than|more\s+than|longer\s+than|over|beyond)\s+$/i;
/** A waiting list told in the sentence: "waiting list", "waiting to be carried out", "waiting for treatment". */
const WAITING_LIST = /\bwaiting\s+(?:list|lists|to\s+be\s+(?:carried\s+out|treated|seen)|for\s+(?:treatment|surgery|an?\s+operation))\b/i;
/** The nouns a waiting list counts. */
const LISTED = /^n:(?:case|pathway|treatment|referral)$/;

function days(count: string, unit: string): number {
  const n = COUNTS[count.toLowerCase()] ?? Number(count);
  const d = n * UNITS[unit.toLowerCase()];
  // (52 weeks is a year; so are 12 months)
  return Math.abs(d - 365) <= 5 ? 365 : Math.round(d);
}

function limitName(d: number): string {
  if (d === 365) return "1 year";
  if (d % 7 === 0) return `${d / 7} weeks`;
  return `${d} days`;
}

/** The people (or waits) waiting longer than a limit, counted by the number at [start, end) of its clause [from, to). */
export function waitingOver(sentence: string, from: number, to: number, start: number, end: number): FrameMeasure | undefined {
  const m = WAITED_OVER.exec(sentence.slice(from, to));
  // (the wait is the number's subject, before it, or said of the number right after it: "196,000 people had waited")
  if (!m || (from + m.index + m[0].length > start && from + m.index - end > 30)) return undefined;
  const d = days(m[1], m[2]);
  return { key: `n:waiting>${d}d`, name: `waiting over ${limitName(d)}`, how: "clause" };
}

/** Is the duration at [start, end) the limit of a wait ("waiting more than a year", "seen within four hours")? */
export function isWaitLimit(sentence: string, start: number): boolean {
  return LIMIT_BEFORE.test(sentence.slice(Math.max(0, start - 70), start)) || /\bwaits?\s+of\s+(?:more\s+than|over)\s+$/i.test(sentence.slice(Math.max(0, start - 30), start));
}

/** The cases or treatments of a waiting list, one count however named (`measure`: the number's own noun's). */
export function waitingListMeasure(sentence: string, measure: FrameMeasure | undefined): FrameMeasure | undefined {
  if (!measure || !LISTED.test(measure.key) || !WAITING_LIST.test(sentence)) return undefined;
  return { key: "n:waiting-list", name: "waiting list", how: measure.how };
}
