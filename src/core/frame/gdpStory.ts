/**
 * A story about an economy's growth (the statistic: "German economy returns to growth in third quarter"): its bare
 * "output" is the economy's ("From a year earlier, output rose 0.7%", "revised second-quarter output to a 0.1%
 * contraction"), and its bare "growth" is the economy's growth ("the government forecasts growth of 0.4% for 2026"),
 * not the measure of the sentence before. A modified word keeps its own measure: "industrial output", "oil output",
 * "wage growth", "export growth". As a retail-sales story's bare "sales" are the retail sales (retailStory.ts).
 */
import { storyTells } from "./article";
import { GDP, type MeasureHit } from "./measure";

/** An economy told as growing or shrinking: "GDP rose", "the economy contracted", "gross domestic product grew". */
const ECONOMY_MOVES = /\b(?:GDP|gross\s+domestic\s+product|economy|economic\s+output)\s+(?:\w+\s+){0,3}?(?:grew|grows|growing|grown|expanded|expands|expanding|contracted|contracts|contracting|shrank|shrunk|shrinks|shrinking|rose|fell|increased|decreased|declined|rebounded|stagnated|returns?\s+to\s+growth|returned\s+to\s+growth|slowed|slipped|edged\s+(?:up|down))\b|\b(?:GDP|economic)\s+growth\b|\b(?:growth|contraction|expansion)\s+(?:of|in)\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:economy|GDP|gross\s+domestic\s+product)\b/iu;

/** The title, or one of the first three sentences, tells an economy's growth. */
export function isGdpStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(ECONOMY_MOVES, title, sentences, 3);
}

/** What may stand right before a bare "output": a determiner, a possessive, a verb of revising, a quarter, a clause's start. */
const BARE_OUTPUT_BEFORE = /(?:^|[,;:(]\s*|\b(?:the|its|their|this|that|economic|total|overall|national|domestic|revised|and|while|as|but)\s+|\p{L}['’]s\s+)(?:(?:first|second|third|fourth)[-\s]quarter\s+|quarterly\s+|annual\s+)?$/iu;
/** Nouns that make a "growth" their own ("job growth", "productivity growth") besides the measure words. */
const GROWTH_OF_NOUN = /\b(?:jobs?|employment|payrolls?|productivity|volumes?|traffic|users?|subscribers?|membership|passengers?|demand|supply|capacity|income|rents?|deposits?|money|assets?|premiums?|orders?|headcount|tourism|visitor|production|output|investment|consumption|export|import)s?\s+$/i;

/**
 * The measure words of a sentence of a GDP story: `hits` (the sentence's measure words, in order) with its bare
 * "output" and its bare "growth" as the economy's.
 */
export function gdpMeasures(sentence: string, hits: readonly MeasureHit[]): MeasureHit[] {
  const out = hits.map((h) => (isBareOutput(sentence, h) ? { ...h, concept: GDP } : h));
  const growth = /\bgrowth\b/gi;
  for (let m = growth.exec(sentence); m; m = growth.exec(sentence)) {
    const start = m.index;
    // part of a measure's phrase ("economic growth"), or the growth of the word before ("export growth", "job growth")
    if (out.some((h) => h.start <= start && start < h.end)) continue;
    if (out.some((h) => h.end < start && start - h.end <= 2) || GROWTH_OF_NOUN.test(sentence.slice(Math.max(0, start - 20), start))) continue;
    out.push({ concept: GDP, start, end: start + m[0].length, verb: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

function isBareOutput(sentence: string, h: MeasureHit): boolean {
  return h.concept.key === "production" && !h.verb && /^output$/i.test(sentence.slice(h.start, h.end)) && BARE_OUTPUT_BEFORE.test(sentence.slice(Math.max(0, h.start - 40), h.start));
}
