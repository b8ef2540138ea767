/**
 * A government's public finances: the budget balance and ratios to GDP.
 *
 * - "2.1% of GDP", "42.8% of gross domestic product", "the debt-to-GDP ratio rose to 42.8%": GDP is what the share is
 *   of, not what the number measures; the measure is the deficit, the debt or the spending the clause names.
 * - In a story about a government's budget, a bare "deficit", "surplus" or "shortfall" is the budget's, not a trade
 *   balance (which keeps its own words: "trade deficit", "current account surplus").
 */
import { BUDGET_BALANCE, withBareWords, type MeasureHit } from "./measure";

const GDP_WORDS = "(?:GDP|gross\\s+domestic\\s+product|economic\\s+output|national\\s+output|national\\s+income|the\\s+(?:size\\s+of\\s+the\\s+)?economy)";
/** Right after a percentage: "of GDP", "of the country's gross domestic product", "of national income". */
const OF_GDP = new RegExp(`^\\s*(?:\\([^)]{0,20}\\)\\s*)?of\\s+(?:(?:the\\s+)?(?:country|nation|economy|state)['’]s\\s+|(?:its|their|annual|nominal|projected)\\s+)*${GDP_WORDS}\\b(?!\\s+(?:growth|deflator|data|figures?|forecasts?|estimates?))`, "i");
/** Before a percentage in its clause: "the debt-to-GDP ratio", "debt to GDP", "a deficit-to-GDP ratio of". */
const TO_GDP = /\b([\p{L}]+)[-\s]to[-\s](?:GDP|gross\s+domestic\s+product)\b(?:\s+ratio)?/iu;

/** Is the number at `end` a share of GDP ("2.1% of GDP")? */
export function isShareOfGdp(sentence: string, end: number): boolean {
  return OF_GDP.test(sentence.slice(end, end + 70));
}

/** Is a ratio to GDP named before the number in its clause ("the debt-to-GDP ratio will rise to 42.8%")? */
export function ratioToGdpBefore(sentence: string, from: number, start: number): boolean {
  return TO_GDP.test(sentence.slice(Math.max(from, start - 80), start));
}

/**
 * The measure words the number may take when GDP is only its base: every hit but those of GDP itself ("GDP" after
 * the number in "2.1% of GDP", the "GDP" of "debt-to-GDP").
 */
export function withoutGdp(hits: readonly MeasureHit[]): MeasureHit[] {
  return hits.filter((h) => h.concept.key !== "gdp");
}

/** A story about a government's budget: its title or a sentence names the budget's balance or a budget bill. */
const BUDGET = /\b(?:budget|fiscal|federal|government|public|primary)\s+(?:deficit|surplus|shortfall|gap|balance)s?\b|\bbudget\s+(?:speech|review|day)\b|\b(?:deficit|debt)[-\s]to[-\s](?:GDP|gross\s+domestic\s+product)\b|\b(?:annual|federal|national|state|union|draft|interim)\s+budget\b|\bbudget\s+(?:for|bill|plan|statement|speech|proposal|documents?)\b|\bfinance\s+minister\b[^.]{0,80}\bbudget\b/i;
/** "South Africa budget: what you need to know", "Britain's budget": a place's budget (not a budget airline). */
const PLACE_BUDGET = /\b\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?(?:['’]s)?\s+budget\b(?!\s+(?:airlines?|carriers?|hotels?|smartphones?|phones?|brands?|segment|travel))/u;
/** A trade balance named in its own words: the story's bare "deficit" may be that one. */
const TRADE_BALANCE = /\b(?:trade|current[-\s]account|merchandise|goods)\s+(?:deficit|surplus|balance|gap|imbalance)s?\b/i;

/** Is the story about a government's budget (and not also about a trade balance)? Read once per article. */
export function isBudgetStory(title: string, sentences: readonly string[]): boolean {
  const budget = BUDGET.test(title) || PLACE_BUDGET.test(title) || sentences.some((s) => BUDGET.test(s));
  return budget && !TRADE_BALANCE.test(title) && !sentences.some((s) => TRADE_BALANCE.test(s));
}

/** A balance word that does not say whose balance it is. */
const BARE_BALANCE = /^(?:deficits?|surplus(?:es)?|imbalances?)$/i;
const SHORTFALL = /\bshortfalls?\b/gi;

/**
 * The measure words of a sentence of a budget story: a bare "deficit", "surplus" or "shortfall" is the budget's
 * balance ("the shortfall equals about 2.1% of GDP"), not a trade balance.
 */
export function budgetMeasures(sentence: string, hits: readonly MeasureHit[]): MeasureHit[] {
  // ("in Wednesday's budget": the budget is the occasion, not spending)
  const out = hits.filter((h) => !(h.concept.key === "spending" && /^budget$/i.test(sentence.slice(h.start, h.end)))).map((h) => (h.concept.key === "trade-balance" && BARE_BALANCE.test(sentence.slice(h.start, h.end)) ? { ...h, concept: BUDGET_BALANCE } : h));
  return withBareWords(sentence, out, SHORTFALL, BUDGET_BALANCE);
}
