/**
 * A story about a country's retail sales (the statistic: "UK retail sales fall 0.8% in October"): its bare "sales",
 * "sales volumes" and "volumes" are the retail sales it reports ("sales were 1.2% higher than a year earlier",
 * "excluding fuel, volumes fell 0.6%"), not a company's revenue. As a budget story's bare "deficit" is the budget's
 * (budget.ts).
 */
import { storyTells } from "./article";
import { RETAIL_SALES, withBareWords, type MeasureHit } from "./measure";

const RETAIL = /\bretail\s+(?:sales|volumes|trade)\b/i;

/** The title, or the first two sentences, name a country's retail sales. */
export function isRetailSalesStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(RETAIL, title, sentences, 3);
}

const BARE_SALES = /\b(?:sales(?:\s+volumes?)?|volumes)\b/gi;

/** The measure words of a sentence of a retail-sales story: its bare sales and volumes are the retail sales. */
export function retailMeasures(sentence: string, hits: readonly MeasureHit[]): MeasureHit[] {
  const out = hits.map((h) => ((h.concept.key === "revenue" || h.concept.key === "unit-sales") && !h.verb && /^sales/i.test(sentence.slice(h.start, h.end)) ? { ...h, concept: RETAIL_SALES } : h));
  return withBareWords(sentence, out, BARE_SALES, RETAIL_SALES);
}
