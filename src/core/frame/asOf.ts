/**
 * A running toll is counted by the day it was told. The dead, the injured, the missing, the homeless, the evacuated,
 * the cases of an outbreak: such a count grows from one report to the next ("at least 412 killed" on Tuesday, "the
 * death toll has risen to 917" on Thursday), so two outlets' numbers are the same fact only when told as of the same
 * day. A toll with no period of its own is dated by its article's date line, or by a day the sentence gives right
 * after the number ("up from 412 on Tuesday", "312 yesterday").
 */
import { FULL_NAMES, MONTH_WORD, monthOf } from "./period";
// (a day as a period of its own is period.ts's: one label for "as of November 21" and a quote's day)
export { daySpan } from "./period";

/**
 * The measures that are running tolls: people killed, hurt, missing or made to leave, cases, arrests, aftershocks,
 * homes lost, and a fire's: the area it has burned, how much of it is contained.
 */
const TOLL_CONCEPTS = new Set(["deaths", "injuries", "casualties", "hospitalisations", "area-burned", "containment"]);
// (and the incidents a fault or a hazard is known to have caused so far: crashes, accidents, complaints)
const TOLL_NOUNS = /^[nv]:(?:people:)?(?:home$|death|dead|fatalit|casualt|injur|wounded|missing|homeless|evacuat|evacuee|displac|refugee|rescued|arrest|detain|aftershock|case|infection|hospitali[sz]|crash|collision|accident|incident|complaint)/;

/** Is a measure key one of a running toll? */
export function isRunningToll(measureKey: string | undefined): boolean {
  return !!measureKey && (TOLL_CONCEPTS.has(measureKey) || TOLL_NOUNS.test(measureKey));
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** A day named: "on Tuesday", "by Monday", "yesterday". */
const A_DAY = `\\b(?:(?:on|by|as\\s+of|until)\\s+(${WEEKDAYS.join("|")})\\b|(yesterday)\\b)`;
/** A day told right after the number: "on Tuesday", "by Monday evening", "yesterday". */
const DAY_AFTER = new RegExp(`^[^.;:()\\d]{0,30}?${A_DAY}`, "i");

/** A day named anywhere in a sentence: "on Wednesday", "yesterday". */
const DAY_IN = new RegExp(A_DAY, "i");

/** Does the sentence name a day ("on Wednesday", "yesterday")? */
export function namesDay(sentence: string): boolean {
  return DAY_IN.test(sentence);
}

/**
 * The day ("2026-11-03") a toll at [.., end) of the sentence is counted as of: a weekday or "yesterday" right after
 * it, counted back from the date line (`dateDay`, "2026-11-05"), else the date line's day. "" without a date line.
 */
export function asOfDay(sentence: string, end: number, dateDay: string, anywhere = false): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateDay);
  if (!date) return "";
  const day = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  // (`anywhere`: a day the sentence names before the number counts too — "slid past 90 on Wednesday, touching a low of
  // 90.21" — for a market's quote or a store's level, which one sentence tells of one day)
  const m = DAY_AFTER.exec(sentence.slice(end, end + 60)) ?? (anywhere ? DAY_IN.exec(sentence) : null);
  if (m) {
    // the latest such weekday on or before the date line; "yesterday" the day before it
    const back = m[2] ? 1 : (day.getUTCDay() - WEEKDAYS.indexOf(m[1].toLowerCase()) + 7) % 7;
    day.setUTCDate(day.getUTCDate() - back);
  }
  return day.toISOString().slice(0, 10);
}

/** "as of 3 November 2026" for "2026-11-03". */
export function asOfLabel(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `as of ${Number(m[3])} ${FULL_NAMES[Number(m[2]) - 1]} ${m[1]}` : "";
}

/** A calendar day named with its month: "on Sept. 24", "as of September 24", "on 24 September". */
const MONTH_DAY = new RegExp(`\\b(?:on|as\\s+of|at)\\s+(?:(${MONTH_WORD})\\.?\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4}\\b)|(\\d{1,2})\\s+(${MONTH_WORD})\\b(?!\\s+\\d{4}\\b))`, "i");

/**
 * The day ("2026-09-24") a sentence names by its month and day ("on Sept. 24", "on 24 September"): in the month of
 * `month` ("2026-09") when one is given, else in the year `year` (the article's). Undefined when it names none, or a
 * day of another month.
 */
export function monthDayIn(sentence: string, year: number, month?: string): string | undefined {
  const m = MONTH_DAY.exec(sentence);
  if (!m) return undefined;
  const monthNumber = monthOf(m[1] ?? m[4]);
  const day = Number(m[2] ?? m[3]);
  const [y, mm] = month ? month.split("-").map(Number) : [year, monthNumber];
  if (!y || monthNumber !== mm || day < 1 || day > 31) return undefined;
  return `${y}-${String(mm).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
