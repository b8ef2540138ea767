/**
 * A natural region a number is of, inside its country: a rainforest, a savanna, a desert, a mountain range
 * ("deforestation in the Amazon", "clearing in the Cerrado", "rainfall across the Sahel"). The Amazon's forest loss
 * and the Cerrado's are two facts of one country, and neither is the country's total: the region is the number's
 * site (site.ts). A region is named by a word of its own, known here, with "the" or a word that describes it before
 * it ("the Amazon", "the Brazilian Amazon", "the Legal Amazon", "Brazil's Amazon"), or before a noun of its kind
 * ("Amazon rainforest", "Congo Basin", "Niger Delta": site.ts reads those by their noun). "Amazon said" is a company.
 */
import { isCapitalAt } from "../text/chars";
import type { Words } from "./phrases";
import type { SiteMention } from "./site";

/** Natural regions named by one word, as news names them. */
const NATURAL_REGIONS = new Set([
  "amazon", "amazonia", "cerrado", "pantanal", "chaco", "caatinga", "sahel", "sahara", "kalahari", "gobi", "outback", "arctic", "antarctic",
  "himalayas", "alps", "andes", "rockies", "patagonia", "midwest",
]);

/** Nouns of a natural region after its name ("Amazon rainforest", "Cerrado savanna", "Congo Basin"). */
export const REGION_NOUNS = ["rainforest", "forest", "savanna", "savannah", "basin", "biome", "delta", "plateau", "desert", "wetlands", "steppe", "state"];

/** Is word `k` of the sentence a natural region named alone (with "the", a describing word or a possessive place before it)? */
function namedAlone(sentence: string, words: Words, k: number): number {
  const { starts, ends, lower } = words;
  if (!NATURAL_REGIONS.has(lower[k]) || !isCapitalAt(sentence, starts[k])) return -1;
  // (not before a noun of its own kind: "Amazon rainforest" is read by site.ts)
  if (k + 1 < lower.length && REGION_NOUNS.includes(lower[k + 1])) return -1;
  if (k >= 1 && lower[k - 1] === "the") return k - 1;
  // "the Brazilian Amazon", "the Legal Amazon", "the western Sahel"
  if (k >= 2 && lower[k - 2] === "the" && /^\p{L}+$/u.test(sentence.slice(starts[k - 1], ends[k - 1])) && sentence.slice(ends[k - 1], starts[k]) === " ") return k - 2;
  // "Brazil's Amazon"
  if (k >= 2 && lower[k - 1] === "s" && /^['’]$/.test(sentence.slice(ends[k - 2], starts[k - 1])) && isCapitalAt(sentence, starts[k - 2])) return k;
  return -1;
}

/** The natural regions the sentence names alone, as sites keyed by the region's word ("amazon"). */
export function findRegions(sentence: string, words: Words): SiteMention[] {
  const out: SiteMention[] = [];
  const { starts, ends, lower } = words;
  for (let k = 0; k < lower.length; k++) {
    const from = namedAlone(sentence, words, k);
    if (from < 0) continue;
    out.push({ start: starts[from], end: ends[k], key: lower[k], name: sentence.slice(starts[k], ends[k]) });
  }
  return out;
}

/**
 * Are words first…last of the sentence a natural region's name (no organisation's): a region named alone ("the
 * Amazon"), or any name before a noun of a region ("Cerrado savanna", "Mato Grosso state")?
 */
export function isRegionAt(sentence: string, words: Words, first: number, last: number): boolean {
  if (last + 1 < words.lower.length && REGION_NOUNS.includes(words.lower[last + 1]) && !isCapitalAt(sentence, words.starts[last + 1])) return true;
  // (with the word that describes it: "the Brazilian Amazon")
  const opens = namedAlone(sentence, words, last);
  return opens >= 0 && (first === last || opens <= first);
}
