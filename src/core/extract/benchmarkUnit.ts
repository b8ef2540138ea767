/**
 * A crude oil benchmark's price quoted without its unit is per barrel: "WTI closed at $73.09", "Brent gained $2.41
 * to settle at $77.65", "Urals traded at $58". Only a plain dollar amount (no scale word, between $1 and $400) that a
 * price word leads, in a stretch of its sentence that names a crude benchmark: "$86 a barrel" states its unit, "$500
 * million" is no price, and "Brent's rally added $2 billion to Aramco's value" keeps its billion.
 */
import type { Quantity } from "./quantity";

/** The crude benchmarks, as news writes them. */
const CRUDE_BENCHMARK = /\b(?:Brent|WTI|West\s+Texas\s+Intermediate|Urals|(?:Dubai|Oman)\s+crude|U\.?S\.?\s+crude(?:\s+oil)?\s+futures)\b/;
/** The words right before a price or its move: "at", "to", "settled", "gained", "or", "by". */
const PRICE_WORD_BEFORE = /\b(?:at|to|settled|closed|ended|finished|traded|stood|was|gained|added|lost|shed|rose|fell|jumped|dropped|slipped|climbed|up|down|by|near|above|below|around|about|of)\s+(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?$/i;
const SCALED = /\d[ \u00a0]*(?:[kmbKMB]|bn|mn|mln|tn|million|billion|trillion|thousand)\b/i;

/** The quantity read as a crude benchmark's price per barrel, or the quantity as it was. */
export function crudeBenchmarkPrice(text: string, q: Quantity, sentenceStart: number): Quantity {
  if (q.unit !== "USD" || !(q.value >= 1 && q.value <= 400) || q.low !== undefined) return q;
  if (SCALED.test(text.slice(q.start, q.end))) return q;
  const before = text.slice(Math.max(sentenceStart, q.start - 120), q.start);
  if (!PRICE_WORD_BEFORE.test(before) || !CRUDE_BENCHMARK.test(before)) return q;
  return { ...q, unit: "USD/bbl", perDivisor: 1 };
}
