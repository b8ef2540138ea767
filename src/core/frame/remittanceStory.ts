/**
 * A story about remittances, the money migrants send home ("Remittances to developing countries slow", "India received
 * $120 billion in remittances"): its money flowing to places is remittances, however a sentence names it ("Inflows to
 * India rose 7.5%", "China, which received $50 billion", "Overall flows to developing economies grew 3.8% to $656
 * billion"), not a country's imports of goods. As a GDP story's bare "output" is the economy's (gdpStory.ts).
 */
import { storyTells } from "./article";
import { REMITTANCES, type MeasureHit } from "./measure";

const REMITTANCE_WORDS = /\bremittances?\b/i;

/** The title, or one of the first three sentences, speaks of remittances. */
export function isRemittanceStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(REMITTANCE_WORDS, title, sentences, 3);
}

/** "flows to", "inflows", "money sent": a flow of money that no measure word of the lexicon names. */
const BARE_FLOWS = /\b(?:in)?flows\b(?!\s+of\s+(?:goods|oil|gas|crude|LNG|coal|grain))/gi;

/**
 * The measure words of a sentence of a remittance story: `hits` with a flow of goods into a place ("inflows",
 * "received") as remittances where no goods are named in the sentence, and a bare "flows" added as remittances.
 */
export function remittanceMeasures(sentence: string, hits: readonly MeasureHit[], namesGoods: boolean): MeasureHit[] {
  if (namesGoods) return hits as MeasureHit[];
  const out = hits.map((h) => (h.concept.key === "flow" && h.concept.side === "importer" ? { ...h, concept: REMITTANCES } : h));
  BARE_FLOWS.lastIndex = 0;
  for (let m = BARE_FLOWS.exec(sentence); m; m = BARE_FLOWS.exec(sentence)) {
    const start = m.index;
    if (out.some((h) => h.start <= start && start < h.end)) continue;
    out.push({ concept: REMITTANCES, start, end: start + m[0].length, verb: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
