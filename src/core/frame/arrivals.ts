/**
 * Arrivals with no goods named, in a story about no goods, are people arriving: "arrivals climbing 6.9% to 3,807,412",
 * "18.7% of arrivals", "sea arrivals to Italy fell 59%" count people (as "3,807,412 arrivals" does), not a country's
 * imports. "LNG arrivals", "arrivals of Russian crude", and a cocoa story's port arrivals stay imports.
 */
import type { MeasureConcept, MeasureHit } from "./measure";

/** People arriving, counted as "3,807,412 arrivals" counts them (countedNoun.ts): visitors, migrants, whoever the story is about. */
export const VISITOR_ARRIVALS: MeasureConcept = { key: "n:arrival", name: "arrivals" };

/** The measure words of a sentence, with "arrivals" as people where no goods are named (`namesGoods`: in it or in its story). */
export function arrivalsMeasures(sentence: string, hits: readonly MeasureHit[], namesGoods: boolean): MeasureHit[] {
  if (namesGoods || !hits.some((h) => h.concept.key === "flow")) return hits as MeasureHit[];
  return hits.map((h) => (h.concept.key === "flow" && h.concept.side === "importer" && /^arrivals$/i.test(sentence.slice(h.start, h.end)) ? { ...h, concept: VISITOR_ARRIVALS } : h));
}
