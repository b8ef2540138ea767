/**
 * A story about a country's retail sales (the statistic: "UK retail sales fall 0.8% in October"): its bare "sales",
 * "sales volumes" and "volumes" are the retail sales it reports ("sales were 1.2% higher than a year earlier",
 * "excluding fuel, volumes fell 0.6%"), not a company's revenue. As a budget story's bare "deficit" is the budget's
 * (budget.ts).
 */
import { RETAIL_SALES, type MeasureHit } from "./measure";

const RETAIL = /\bretail\s+(?:sales|volumes|trade)\b/i;

/** The title, or the first two sentences, name a country's retail sales. */
export function isRetailSalesStory(title: string, sentences: readonly string[]): boolean {
  return RETAIL.test(title) || sentences.slice(0, 3).some((s) => RETAIL.test(s));
}

const BARE_SALES = /\b(?:sales(?:\s+volumes?)?|volumes)\b/gi;

/** The measure words of a sentence of a retail-sales story: its bare sales and volumes are the retail sales. */
export function retailMeasures(sentence: string, hits: readonly MeasureHit[]): MeasureHit[] {
  const out = hits.map((h) => ((h.concept.key === "revenue" || h.concept.key === "unit-sales") && !h.verb && /^sales/i.test(sentence.slice(h.start, h.end)) ? { ...h, concept: RETAIL_SALES } : h));
  BARE_SALES.lastIndex = 0;
  for (let m = BARE_SALES.exec(sentence); m; m = BARE_SALES.exec(sentence)) {
    const start = m.index;
    if (!out.some((h) => h.start <= start && start < h.end)) out.push({ concept: RETAIL_SALES, start, end: start + m[0].length, verb: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
