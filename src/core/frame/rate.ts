/**
 * A count per a number of something is a rate, another fact than the count: "46 deaths per million inhabitants",
 * "63 corporate insolvencies for every 10,000 enterprises", "118 cases per 10,000 companies" are not 46 deaths, 63
 * insolvencies or 118 cases. The rate is keyed by what it counts, the size of the denominator and what that counts
 * (inhabitants, residents and people are one denominator; enterprises, companies and firms another). The denominator's
 * number ("10,000") is no figure of its own (see countedNoun.ts isNotFigure).
 */

/** Words for the denominator before its number: "per", "for every", "in every", "out of every". */
const RATE_WORDS = String.raw`(?:per|for\s+every|for\s+each|in\s+every|out\s+of\s+every)`;
export const RATE_WORDS_BEFORE = new RegExp(String.raw`\b${RATE_WORDS}\s+$`, "i");

/**
 * After the number and at most three words ("deaths", "corporate insolvencies"): the denominator, with a number or a
 * scale word ("per 100,000 people", "per million inhabitants", "for every 10,000 enterprises", "per million"); "per cent" and a rate
 * per unit of time ("per day") are none.
 */
const RATE_AFTER = new RegExp(String.raw`^(?:\s+[\p{L}-]+){0,3}?\s+${RATE_WORDS}\s+(?:(\d[\d,]*(?:\.\d+)?|one|a|an|ten|a\s+hundred)\s+)?(?:(hundred|thousand|million|billion)\b\s*)?([\p{L}-]+)?`, "iu");

const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const SMALL: Record<string, number> = { one: 1, a: 1, an: 1, ten: 10, "a hundred": 100 };

/** Denominators that count people, and those that count firms: one key each. */
const PEOPLE = /^(?:inhabitants?|residents?|people|persons?|population|citizens?|capita)$/i;
const FIRMS = /^(?:enterprises?|companies|company|firms?|businesses|business)$/i;

export interface Rate {
  /** "1000000:people", "10000:firm" */
  key: string;
  /** "per million inhabitants", "per 10,000 companies" (as written) */
  name: string;
}

/**
 * The rate the number ending at `end` of `text` is, read up to `to` (its clause's end); undefined when the number is
 * no count per a number of something.
 */
export function rateAfter(text: string, end: number, to = text.length): Rate | undefined {
  const rest = text.slice(end, Math.min(to, end + 80));
  const m = RATE_AFTER.exec(rest);
  if (!m || (!m[1] && !m[2]) || /^cent$/i.test(m[3] ?? "")) return undefined;
  const first = m[1] ? (SMALL[m[1].toLowerCase().replace(/\s+/g, " ")] ?? Number(m[1].replace(/,/g, ""))) : 1;
  const size = first * (m[2] ? SCALE[m[2].toLowerCase()] : 1);
  if (!Number.isFinite(size) || size < 100) return undefined;
  // (with no noun, "44 per million", a rate of the population)
  const noun = (m[3] ?? "people").toLowerCase();
  const what = PEOPLE.test(noun) ? "people" : FIRMS.test(noun) ? "firm" : noun.replace(/s$/, "");
  const name = ["per", m[1], m[2], m[3]].filter(Boolean).join(" ").toLowerCase();
  return { key: `${size}:${what}`, name };
}

/** Before a number, "each" or "per" a unit and a verb of yield or amount ("each tonne of cane yielded an average of"). */
const PER_UNIT_BEFORE = /\b(?:each|every|per)\s+(tonne|ton|barrel|hectare|acre|kilogram|kilo|litre|liter|bag|bale|head|unit|vehicle|car|worker|employee|passenger|flight)\s+(?:of\s+[\p{L}-]+\s+)?(?:[\p{L}-]+\s+){0,2}?(?:yielded|yields|produced|produces|contained|contains|gave|gives|returned|returns|earned|earns|used|uses|needed|needs|emitted|emits|averaged|averages|was|were|came\s+to|stood\s+at|reached|(?:rose|fell|climbed|dropped)\s+(?:[\d.]+%?\s+)?to)\s+(?:(?:an\s+average\s+of|on\s+average|about|around|roughly|some|nearly|almost|just\s+over|just\s+under)\s+)?$/iu;

/**
 * Before the number, the unit it is per: "each tonne of cane yielded an average of 141.6 kg", "every hectare produced
 * 3.1 tonnes", "sugar extracted from each tonne of cane averaged 141.6 kilograms" — a yield per unit, another fact than
 * an amount. Undefined when no unit stands before.
 */
export function rateBefore(text: string, start: number): Rate | undefined {
  const m = PER_UNIT_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  if (!m) return undefined;
  const unit = m[1].toLowerCase().replace(/^ton$/, "tonne").replace(/^kilo$/, "kilogram").replace(/^liter$/, "litre");
  return { key: `1:${unit}`, name: `per ${unit}` };
}
