/**
 * A currency's exchange rate: "the rupee fell to a record low of 90.21 per U.S. dollar", "touching an all-time low of
 * 90.21 before ending at 90.15", "It settled at 90.15", "has lost about 5% against the dollar this year". A bare
 * number quoted per another currency, or in a clause whose subject is a currency that moved, is that currency's rate
 * against the other (the dollar unless the text names another): the day's close, its record low or high, or a quote
 * of the session; a percentage it lost or gained is its change. The pair is the figure's site (a market's, no
 * country's), and a currency the sentence does not name is the story's (the first the story names).
 */
import { currencyNameAt } from "../extract/currencyNames";
import { storyTells } from "./article";
import type { FrameMeasure } from "./types";

/** A story about a currency's rate: a number per a currency, or a currency's move against another. */
const FX_STORY = /\b(?:against|versus|per|to)\s+the\s+(?:U\.S\.\s+|US\s+)?(?:dollar|euro|greenback)\b|\bper\s+(?:U\.S\.\s+|US\s+)?(?:dollar|euro)\b|-per-dollar\b/i;

/** Is the story about a currency's exchange rate? Read once per article. */
export function isFxStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(FX_STORY, title, sentences);
}

/** Right after a quote: "per U.S. dollar", "to the dollar", "against the euro". */
const QUOTE_AFTER = /^\s*(?:per|a|to\s+the|against\s+the|versus\s+the|vs\.?\s+the)\s+(?:U\.S\.\s+|US\s+|American\s+)?(dollar|euro|greenback|yen|pound)\b/i;
/** Right before a quote in a currency's clause: "fell to", "a record low of", "ending at", "settled at". */
const QUOTE_BEFORE = /\b(?:fell|dropped|slid|slumped|weakened|plunged|sank|tumbled|rose|climbed|gained|strengthened|firmed|recovered|rallied|hit|touched|touching|reached|breached|closed|close|ended|ending|finished|settled|settling|traded|trading|opened|stood|low|high|level)\s+(?:at\s+|to\s+|of\s+|around\s+|about\s+|near\s+|past\s+)?$/i;
/** Before the day's close: "close at", "ended at", "settled at". */
const CLOSE_BEFORE = /\b(?:close|closed|closing|ended|ending|finished|finishing|settled|settling)\s+(?:the\s+day\s+)?(?:at|on)\s+$/i;
/** Before a session's low or high: "a record low of", "an all-time low of", "a new high of", "as low as". */
const EXTREME_BEFORE = /\b(?:(?:record|all-time|lifetime|new|fresh|historic|multi-year|\d+-(?:year|month|week))\s+(low|high)|as\s+(low|high)\s+as)\s+(?:of\s+|at\s+)?$/i;
/** Before a percentage the currency moved: "has lost about 5%", "weakened 5.1%", "gained 2%". */
const CHANGE_BEFORE = /\b(?:lost|losing|shed|fell|dropped|slid|weakened|depreciated|declined|gained|rose|climbed|strengthened|appreciated|firmed|rallied|jumped|tumbled|slumped|plunged)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|roughly\s+)?$/i;
/** A clause whose subject stands for the story's currency: "It", "The currency", "The unit". */
const PRONOUN_SUBJECT = /^\s*(?:[-–—]\s*)?(?:It|The\s+(?:currency|unit|local\s+currency))\b/;

/** The ISO code of the last currency the text [from, to) names (the dollar too when `withDollar`), or "". */
function currencyIn(text: string, from: number, to: number, withDollar: boolean): string {
  let code = "";
  const re = /\b[A-Za-z][a-z]+\b/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const name = currencyNameAt(text, m.index, true);
    // (a name that is also a verb or a weight, "won", "pound", only as a noun: capitalised, or after "the" or a
    // nation's adjective: "The won fell", "the South Korean won")
    const noun = name && (!name.ambiguous || /^\p{Lu}/u.test(m[0]) || /\b(?:[Tt]he|[A-Z][a-z]+an|[A-Z][a-z]+ese|[A-Z][a-z]+ish)\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index)));
    if (name && noun && name.end <= to && (withDollar || name.code !== "USD")) code = name.code;
  }
  return code;
}

/** The currency a story is about: the first one its title or opening names, the dollar aside; "" when none. */
export function storyCurrency(title: string, sentences: readonly string[]): string {
  for (const t of [title, ...sentences.slice(0, 3)]) {
    const code = currencyIn(t, 0, t.length, false);
    if (code) return code;
  }
  return "";
}

export interface FxReading {
  measure: FrameMeasure;
  /** The pair, as the figure's site: "INR/USD". */
  pair: string;
}

const CLOSE: FrameMeasure = { key: "fx-close", name: "exchange rate at the close", how: "clause" };
const QUOTE: FrameMeasure = { key: "fx-rate", name: "exchange rate", how: "clause" };
const LOW: FrameMeasure = { key: "fx-low", name: "record low", how: "clause" };
const HIGH: FrameMeasure = { key: "fx-high", name: "record high", how: "clause" };
const CHANGE: FrameMeasure = { key: "fx-change", name: "exchange rate", how: "clause" };

/**
 * The exchange rate a number at [start, end) of the sentence tells (`[from, to)` its clause; `unit` the claim's), or
 * undefined. `storyCode`: the story's currency.
 */
export function fxReading(sentence: string, from: number, to: number, start: number, end: number, unit: string, storyCode: string): FxReading | undefined {
  const before = sentence.slice(Math.max(from, start - 40), start);
  const after = sentence.slice(end, Math.min(to, end + 30));
  const code = currencyIn(sentence, from, start, false) || (PRONOUN_SUBJECT.test(sentence) ? storyCode : "");
  if (unit === "%") {
    if (!code || !CHANGE_BEFORE.test(before)) return undefined;
    return { measure: CHANGE, pair: `${code}/USD` };
  }
  if (unit !== "count") return undefined;
  const quoted = QUOTE_AFTER.exec(after);
  if (!quoted && !(code && QUOTE_BEFORE.test(before))) return undefined;
  const currency = code || storyCode;
  if (!currency) return undefined;
  const base = quoted ? (currencyIn(after, 0, after.length, true) || "USD") : "USD";
  if (base === currency) return undefined;
  const extreme = EXTREME_BEFORE.exec(before);
  const measure = extreme ? ((extreme[1] ?? extreme[2]).toLowerCase() === "low" ? LOW : HIGH) : CLOSE_BEFORE.test(before) ? CLOSE : QUOTE;
  return { measure, pair: `${currency}/${base}` };
}
