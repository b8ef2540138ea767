/**
 * A takeover's numbers: in a sentence about buying a company, the price paid is the deal's value ("agreed to acquire
 * Brenmark for $14.2 billion", "in a deal worth $14.2 billion"), not the buyer's purchases or imports; the same with
 * the target's debt is the enterprise value ("including debt, the deal values it at $16.5 billion"); an amount per
 * share is the offer per share; a percentage over the last price is the premium. Outlets word each of these in many
 * ways; read by these rules, they meet.
 */
import { storyTells } from "./article";
import type { FrameMeasure } from "./types";

/** A sentence about one company buying another. */
const TAKEOVER = /\b(?:acquir(?:e|es|ed|ing)|acquisition|takeover|take\s+over|taken\s+over|took\s+over|taking\s+over|buyout|merger|merge\s+with|(?:buy|buys|buying|bought|purchase|purchased)\s+(?:(?:rival|peer|smaller|larger|its|the)\s+)*\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}\s+(?:for|in)\b|deal\s+(?:values?|valued)|(?:offer|bid)\s+(?:of|for|price)|(?:per|a|each)\s+share\b[^.]{0,40}\bpremium)/u;
const WITH_DEBT = /\b(?:including|includ(?:es|ing)\s+(?:its\s+)?|plus|with)\s+(?:net\s+)?(?:debt|borrowings)\b|\benterprise\s+value\b/i;
const PER_SHARE = /^\s*(?:in\s+cash\s+)?(?:per|a|an|for\s+each|for\s+every)\s+(?:\p{Ll}+\s+)?share\b/u;
/** "a premium of 31%", "a 31% premium", "31% more than the stock's last close", "31% above Friday's closing price". */
const PREMIUM_BEFORE = /\bpremium\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$/i;
const PREMIUM_AFTER = /^\s*(?:premium\b|(?:more\s+than|above|over)\s+(?:the\s+|its\s+|[\p{L}’'-]+['’]s\s+)?(?:stock['’]s\s+|shares['’]\s+|company['’]s\s+)?(?:last\s+|closing\s+|previous\s+|unaffected\s+|average\s+)*(?:close|closing\s+price|share\s+price|price|trading\s+price))/iu;

const DEAL_VALUE: FrameMeasure = { key: "deal-value", name: "deal value", how: "clause" };
const ENTERPRISE_VALUE: FrameMeasure = { key: "enterprise-value", name: "enterprise value", how: "clause" };
const OFFER_PER_SHARE: FrameMeasure = { key: "offer-per-share", name: "offer per share", how: "clause" };
const PREMIUM: FrameMeasure = { key: "takeover-premium", name: "takeover premium", how: "clause" };

/**
 * Is the story about a takeover (its title or one of its first six lines says so; "spent £215 million on
 * acquiring player registrations" late in a club's results is no takeover)? Read once per article.
 */
export function isTakeoverStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(TAKEOVER, title, sentences, 6);
}

/**
 * What the other readers may have taken a deal's number for: a flow or purchase ("buy Brenmark for"), spending or
 * pay ("will pay $58 a share"), debt ("including debt"), the share price ("receive $58 for each share"), a price
 * difference ("a premium"), or a noun ("a deal worth", "an offer of"). A revenue, a profit or a dividend per share
 * stays what it is.
 */
const OVERRIDDEN = /^(?:imports|exports|flow|company-\w+|spending|pay|pay-per-share|debt|share-price|price-difference|valuation|n:.*)$/;

/**
 * The measure of a number in a takeover story (`[from, to)` its clause, `[start, end)` the number), or undefined
 * when the number is none of the deal's. `money`: the number is an amount; `current`: the measure read so far.
 */
export function dealMeasure(sentence: string, from: number, to: number, start: number, end: number, unit: string, money: boolean, current: string | undefined): FrameMeasure | undefined {
  if (current && !OVERRIDDEN.test(current)) return undefined;
  if (money && /\benterprise\s+value\b/i.test(sentence.slice(from, to))) return ENTERPRISE_VALUE;
  if (money) {
    if (PER_SHARE.test(sentence.slice(end, end + 30))) return OFFER_PER_SHARE;
    if (WITH_DEBT.test(sentence.slice(from, to))) return ENTERPRISE_VALUE;
    // the price paid: "for $14.2 billion", "worth $14.2 billion", "valued at", "values X at" right before the amount
    if (/\b(?:for|worth|valued\s+at|values?\s+(?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}at|deal\s+of|price\s+of|price\s+tag\s+of)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+)?$/u.test(sentence.slice(Math.max(from, start - 40), start))) return DEAL_VALUE;
    return undefined;
  }
  if (unit === "%" && (PREMIUM_BEFORE.test(sentence.slice(Math.max(from, start - 30), start)) || PREMIUM_AFTER.test(sentence.slice(end, Math.min(to, end + 60))))) return PREMIUM;
  return undefined;
}
