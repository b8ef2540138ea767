/**
 * An offering's numbers: in a story about selling shares or raising money (a stock market listing, a share sale, a
 * funding round, a bond sale), the money raised ("raised 6.2 billion crowns", "a $590 million IPO"), the price a
 * share was sold at ("priced at 41 crowns each", "an offer price of $18"), the range it was marketed in, the value
 * the price puts on the company ("valuing it at", "a market value of") and how many times over the shares were
 * wanted ("ten times oversubscribed"). Outlets word each of these in many ways; read by these rules, they meet, and
 * none is taken for a change of the share price or for a price of goods.
 */
import { storyTells } from "./article";
import { monthOfDate, type Span } from "./period";
import type { FrameMeasure } from "./types";

/** A sentence about an offering of shares or a fundraising. */
const OFFERING = /\b(?:IPOs?|initial\s+public\s+offering|(?:stock\s+)?(?:market|trading|share|stock\s+exchange)\s+debut|flotation|(?:share|stock|equity)\s+(?:sale|offering|placement)|listing\s+(?:in|on)\b|(?:funding|financing|fundraising|investment)\s+round|(?:Series\s+[A-H]|seed)\s+(?:round|funding)|rights\s+issue|bond\s+(?:sale|issue)|went\s+public|go\s+public|going\s+public)\b/;

const QUALIFIER = String.raw`(?:(?:up\s+to|about|around|roughly|nearly|almost|some|more\s+than|over|just\s+(?:over|under)|a\s+total\s+of|an\s+additional|another)\s+)?`;
/** Right before the money raised: "raised", "raising up to", "proceeds of", "an IPO of". */
const RAISED_BEFORE = new RegExp(String.raw`\b(?:rais(?:e|es|ed|ing)|(?:gross\s+|net\s+)?proceeds\s+of|(?:IPO|offering|listing|flotation|share\s+sale|round)\s+(?:of|worth))\s+${QUALIFIER}$`, "i");
/** Right after the money raised: "a $590 million IPO", "a 6.2 billion crown listing", "a $40 million Series B round". */
const OFFER_AFTER = /^\s*(?:-|\s)?(?:IPO|initial\s+public\s+offering|listing|flotation|float|(?:share|stock|bond|equity)\s+(?:sale|offering|issue)|offering|rights\s+issue|(?:(?:Series\s+[A-H]|seed|funding|financing|fundraising)\s+)+round)\b/i;
/** A price per share: "41 crowns each", "$18 a share", "SEK 41 per share". */
const PER_SHARE_AFTER = /^\s*(?:each|(?:per|a|an)\s+(?:\p{Ll}+\s+)?share)\b/u;
/** The price the shares were sold at: "priced at", "priced its shares at", "an offer price of", "the IPO price of". */
const PRICED_BEFORE = new RegExp(String.raw`\b(?:priced\s+(?:(?:its|the|their|\p{Lu}[\p{L}'’]*(?:['’]s)?)\s+)?(?:shares|stock|offering|IPO)?\s*at|(?:offer|offering|IPO|issue|listing|subscription)\s+price\s+(?:of|was|is|at)|price\s+of)\s+${QUALIFIER}$`, "iu");
/** What a share did in the market, not what it was sold at: "opened at", "closed at", "rose to". */
const TRADED_BEFORE = /\b(?:opened|opening|closed|closing|ended|finished|traded|trading|rose|jumped|climbed|soared|fell|dropped|slid|hit|touched|reached)\s+(?:\p{L}+\s+){0,2}(?:at|to)\s+$/iu;
/** The range the shares were marketed in: "a range of 36 to 41 crowns", "between 36 and 41 crowns a share". */
const RANGE_BEFORE = /\b(?:range\s+of|range\s+(?:was|is|at)|between)\s+$/i;
/** The value the price puts on the company: "valuing the company at", "valued at", "a market value of". */
const VALUE_BEFORE = new RegExp(String.raw`\b(?:valu(?:ing|ed|es|e)\s+(?:(?:the|its|it|them|company|group|firm|business|start-?up|\p{Lu}[\p{L}&.'’-]*)\s+){0,3}at|valuation\s+(?:of|at)|(?:market\s+)?value\s+(?:of|at)|market\s+(?:capitali[sz]ation|cap)\s+(?:of|at))\s+${QUALIFIER}$`, "iu");
/** How many times over the shares on offer were wanted: "ten times oversubscribed", "covered 10 times". */
const OVERSUBSCRIBED_AFTER = /^\s*(?:times?\s+)?(?:over\s*)?(?:oversubscribed|covered)\b/i;
const OVERSUBSCRIBED_BEFORE = /\b(?:oversubscribed|covered)\s+(?:by\s+)?(?:more\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/i;
/** "demand exceeded the shares on offer ten times over" */
const EXCEEDED_BEFORE = /\b(?:exceeded|outstripped|outstrips|exceeds)\s+[^.,;]{0,60}?\s+$/i;
const TIMES_OVER_AFTER = /^\s*(?:times\s+)?over\b/i;

const RAISED: FrameMeasure = { key: "amount-raised", name: "amount raised", how: "clause" };
const OFFER_PRICE: FrameMeasure = { key: "offer-price-per-share", name: "offer price per share", how: "clause" };
const PRICE_RANGE: FrameMeasure = { key: "offer-price-range", name: "offer price range", how: "clause" };
const VALUATION: FrameMeasure = { key: "valuation", name: "valuation", how: "clause" };
const OVERSUBSCRIPTION: FrameMeasure = { key: "oversubscription", name: "times oversubscribed", how: "clause" };

/** Is the story about an offering (its title or one of its sentences says so)? Read once per article. */
export function isOfferingStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(OFFERING, title, sentences);
}

/**
 * The measure of a number in an offering story (`[from, to)` its clause, `[start, end)` the number), or undefined
 * when the number is none of the offering's. `money`: the number is an amount; `times`: it says how many times over
 * ("ten times", "10x").
 */
export function offeringMeasure(sentence: string, from: number, to: number, start: number, end: number, money: boolean, times: boolean): FrameMeasure | undefined {
  const before = sentence.slice(Math.max(from, start - 60), start);
  const after = sentence.slice(end, Math.min(to, end + 40));
  if (money) {
    if (RAISED_BEFORE.test(before) || OFFER_AFTER.test(after)) return RAISED;
    if (RANGE_BEFORE.test(before)) return PRICE_RANGE;
    if (VALUE_BEFORE.test(before)) return VALUATION;
    if (TRADED_BEFORE.test(before)) return undefined;
    if (PRICED_BEFORE.test(before) || PER_SHARE_AFTER.test(after)) return OFFER_PRICE;
    return undefined;
  }
  if (times && (OVERSUBSCRIBED_AFTER.test(after) || OVERSUBSCRIBED_BEFORE.test(before) || (EXCEEDED_BEFORE.test(before) && TIMES_OVER_AFTER.test(after)))) return OVERSUBSCRIPTION;
  return undefined;
}

/**
 * The period of an offering's or a takeover's number told with none (and of a poll's or a labour dispute's: see
 * frameClaims): the month of the article's date line ("2025-11"). A company lists once and a deal is agreed once: two
 * outlets of that month that give its price tell one fact, and may contradict each other; another month's number may
 * be another deal or round.
 */
export function dealPeriod(dateMonth: string): Span | undefined {
  return monthOfDate(dateMonth);
}
