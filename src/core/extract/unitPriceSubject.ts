/**
 * A price told of one unit of goods named before it: "A litre of diesel now averages 141.3p", "The average price of a
 * litre of unleaded rose 2.3p to 137.6p", "the cost of a kilo of coffee climbed to €12.40". The amounts after that
 * subject, in its sentence, are per that unit (GBP/l, EUR/t), as "137.6p a litre" would be: without it they read as
 * sums of money, and one outlet's "137.6p a litre" could neither confirm nor contradict another's "137.6p".
 */
import { perUnit, PLAIN_MONEY, SCALED_SURFACE } from "./ellipticalUnit";
import { matchPer, type PerMatch } from "./units";
import type { Quantity } from "./quantity";

/**
 * "price of a", "cost of one", a sentence that opens with "A" or "One", or "price per" ("the average price per kilo came
 * to $2.41", "the cost per tonne"): the unit follows, matchPer reads it.
 */
const UNIT_SUBJECT = /\b(?:price|cost)\s+of(?=\s+(?:a|an|one)\s)|^(?=(?:A|An|One)\s)|\b(?:price|cost)(?=\s+per\s)/g;
/** How far after the unit the amounts may be, in characters. */
const REACH = 120;

export interface UnitSubject extends PerMatch {
  /** Offset in the sentence where the unit's words end. */
  at: number;
}

/** The unit a sentence's price is told of, or null ("A litre of diesel …" → per litre). */
export function unitSubjectOf(sentence: string): UnitSubject | null {
  UNIT_SUBJECT.lastIndex = 0;
  for (let m = UNIT_SUBJECT.exec(sentence); m; m = UNIT_SUBJECT.exec(sentence)) {
    const per = matchPer(sentence, m.index + m[0].length);
    // ("of" must follow the unit: "a litre of diesel", not "A tonne" alone; "price per kilo" needs none)
    if (per && (/^\s+per\s/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 5)) || /^\s+of\s/i.test(sentence.slice(per.end, per.end + 5)))) return { ...per, at: per.end };
    if (m[0] === "") UNIT_SUBJECT.lastIndex++;
  }
  return null;
}

/** `q` (at `offset` of the text, its sentence starting at `sentenceStart`) as a price per the subject's unit, or `q`. */
export function pricedBySubject(text: string, q: Quantity, subject: UnitSubject, sentenceStart: number): Quantity {
  if (!PLAIN_MONEY.test(q.unit) || q.perDivisor !== undefined) return q;
  const from = sentenceStart + subject.at;
  if (q.start < from || q.start - from > REACH || SCALED_SURFACE.test(text.slice(q.start, q.end))) return q;
  // (in the subject's clause: "A litre of milk rose 23 cents; a stamp costs 61.5 pence")
  if (text.slice(from, q.start).includes(";")) return q;
  return perUnit(q, `${q.unit}/${subject.per}`, subject.divisor);
}
