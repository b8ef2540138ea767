/**
 * An amount told without its unit takes the unit of the amount just before it that it is compared with or listed
 * beside: news states the unit once and leaves it off the next number ("revenue rose to $5.2 billion from 4.8
 * billion a year earlier", "3.1 million tonnes, against 2.9 million in 2024", "Norway 1.2 million euros, Sweden 0.9
 * million and Denmark 0.4 million", "90 million euros plus 15 million in bonuses"). Without it the second number reads as a bare count, and it can neither
 * confirm nor contradict another outlet's "$4.8 billion".
 */
import { unitFactorOf, type Quantity } from "./quantity";

export const PLAIN_MONEY = /^[A-Z]{3}$/;
/** Amounts scaled by a word are totals, not prices of one unit ("lifting revenue to $5 billion"). */
export const SCALED_SURFACE = /\d[ \u00a0]*(?:[kmbKMB]|bn|mn|mln|tn|million|billion|trillion|thousand|crore|lakh)\b/i;
const COMPARED = /(?:^|[^\p{L}])(?:compared|from|to|versus|vs|against|than|and|while|whereas|plus|including|excluding)(?:[^\p{L}]|$)/iu;

/** A move's amount before its level: "up by", "rose", "fell". */
const MOVE_BEFORE = /\b(?:up|down|rose|fell|rises|falls|increased|decreased|climbed|dropped|gained|lost|jumped|slipped|by)\s+$/i;
/** Between a move and its level: "to", after the move's time at most ("in May to"). */
const MOVED_TO = /^\s+(?:(?:in|on|last|this)\s+[\p{L}]+\s+)?to\s+$/u;

/** Between a price and another market's in another currency: ", and London cocoa rose 3.2 per cent to ", "; in London, ". */
const LISTED_PRICE = /^[^;]{0,20}(?:,\s*(?:and|while|whereas)\s|;\s)[^;]{0,80}$/;

/**
 * A bare amount after a price in the same sentence and currency, compared with it, is a price of the same unit
 * (in another currency, a price listed after it in a clause of its own: another market's, per the same unit):
 * "Brent averaged $64.22 a barrel in May, compared with $67.79 in April", "from $84.49 per barrel ... slid to
 * $77.33". Only close amounts (within a factor of three of the price's own amount, no scale word, within 150
 * characters) are read so: "$80 a barrel lifted revenue to $500 million" keeps its million.
 */
export function inheritPrice(text: string, q: Quantity, price: Quantity): Quantity {
  if (!PLAIN_MONEY.test(q.unit) || price.perDivisor === undefined || !/^[A-Z]{3}\//.test(price.unit)) return q;
  // ("$10,640 per tonne, and London cocoa rose 3.2 per cent to £7,980": another market's price of the same goods, listed
  // after it, in its own currency and per the same unit)
  const listed = !price.unit.startsWith(`${q.unit}/`);
  if (listed && !LISTED_PRICE.test(text.slice(price.end, q.start))) return q;
  if (q.start - price.end > 150 || q.start < price.end) return q;
  if (SCALED_SURFACE.test(text.slice(q.start, q.end))) return q;
  const stated = price.value * price.perDivisor;
  const ratio = q.value / stated;
  // (a level after the move to it, "up by 2.3 pence a litre to 137.6p", is of the move's unit, however far apart)
  const movedTo = !listed && MOVED_TO.test(text.slice(price.end, q.start)) && MOVE_BEFORE.test(text.slice(Math.max(0, price.start - 20), price.start));
  if (!(ratio >= 1 / 3 && ratio <= 3) && !movedTo) return q;
  if (!COMPARED.test(text.slice(price.end, q.start))) return q;
  return perUnit(q, listed ? `${q.unit}${price.unit.slice(3)}` : price.unit, price.perDivisor);
}

/** `q`, a sum of money, as a price in `unit` ("GBP/l"), for `divisor` of the unit: its value and its bounds divided. */
export function perUnit(q: Quantity, unit: string, divisor: number): Quantity {
  const out: Quantity = { ...q, unit, value: q.value / divisor, perDivisor: divisor };
  if (q.low !== undefined) out.low = q.low / divisor;
  if (q.high !== undefined) out.high = q.high / divisor;
  return out;
}

/**
 * Between the two amounts, a list's next entry named before its number: ", Sweden 0.9", " and South Korea 1.1", ", the
 * US some 6.8", ", followed by Indiana at 7.4", " and Iowa about 6.1".
 */
const LIST_ENTRY_BETWEEN = /(?:,|\band)\s+(?:followed\s+by\s+|then\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:at|with|on)\s+)?(?:(?:some|about|around|nearly|almost|roughly|approximately|just|over|under|more\s+than|less\s+than|close\s+to|an\s+estimated)\s+){0,2}$/u;
/**
 * After the bare amount, no noun of its own: the end of a clause, or a word that cannot be a counted noun ("a year
 * earlier", "in 2024", "last year", "and Denmark …").
 */
const NO_NOUN_AFTER =
  /^(?:\s*(?:[,.;:!?)\]\u2014\u2013]|$)|\s+(?:a|an|in|on|at|by|for|during|last|the|this|that|previously|earlier|before|ago|and|or|but|while|whereas|compared|versus|vs|against|respectively|apiece|each)\b)/i;
/** An amount written out in digits grouped by thousands: "740,000". */
const DIGITS_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
/** How far apart the two amounts may be, in characters. */
const REACH = 150;

/**
 * A scaled count with no counted noun ("4.8 billion", "0.9 million") right after an amount with a unit in the same
 * sentence (money or a physical unit, scaled too; no price, no percentage) takes that unit when the words between
 * compare them or list them ("from", "against", "compared with", "and", ", Sweden") and the values are within a
 * factor of ten. Not: a count with its noun ("$5 billion from 2 million customers"), an amount far from the other
 * ("$3 billion … a city of 2 million": a factor of 1,500), an amount in a unit whose word holds a scale ("28 bcm":
 * its bare neighbour's scale would count twice).
 */
export function inheritUnit(text: string, q: Quantity, before: Quantity): Quantity {
  if (q.unit !== "count" || q.nounStart !== undefined || q.perDivisor !== undefined) return q;
  if (before.unit === "count" || before.unit === "%" || before.perDivisor !== undefined) return q;
  if (q.start < before.end || q.start - before.end > REACH) return q;
  // (a list's next entry may write the amount out in digits: "Manitoba accounted for 1.18 million, British Columbia
  // 910,000 and Alberta 640,000")
  const between = text.slice(before.end, q.start);
  const listed = LIST_ENTRY_BETWEEN.test(between);
  const inDigits = (x: Quantity) => listed && DIGITS_GROUPED.test(text.slice(x.start, x.end));
  if ((!SCALED_SURFACE.test(text.slice(q.start, q.end)) && !inDigits(q)) || (!SCALED_SURFACE.test(text.slice(before.start, before.end)) && !inDigits(before))) return q;
  if (!NO_NOUN_AFTER.test(text.slice(q.end, q.end + 16))) return q;
  if (!COMPARED.test(between) && !listed) return q;
  const ratio = q.value / before.value;
  if (!(ratio >= 0.1 && ratio <= 10)) return q;
  if (unitFactorOf(text, before) !== 1) return q;
  return { ...q, unit: before.unit };
}
