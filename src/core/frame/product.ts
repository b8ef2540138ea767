import { PhraseTable, type Words } from "./phrases";

/**
 * The product a flow, output, price or stock is about: a small lexicon of traded goods with their news synonyms
 * ("liquefied natural gas" = LNG, "crude" = "crude oil" = "oil" when not "oil products"), the most specific
 * product winning where several overlap ("pipeline gas" over "gas").
 */

export interface ProductHit {
  key: string;
  start: number;
  end: number;
}

/** key | readable name is the key | words, ";"-separated, most specific first within a line. */
const TABLE: [string, string[]][] = [
  ["LNG", ["liquefied natural gas", "liquefied natural", "LNG", "super-chilled gas", "super-cooled gas"]],
  ["pipeline gas", ["pipeline gas", "piped gas", "gas by pipeline", "pipeline natural gas"]],
  ["gas", ["natural gas", "gas"]],
  ["petroleum products", ["petroleum products", "petroleum product", "oil products", "oil product", "refined products", "refined product", "refined petroleum products", "fuels", "POL products"]],
  ["crude oil", ["crude oil", "crude", "oil", "barrels", "Urals", "Brent", "WTI", "West Texas Intermediate"]],
  ["coal", ["coal", "thermal coal", "coking coal"]],
  ["diesel", ["diesel", "gasoil", "HSD"]],
  ["petrol", ["petrol", "gasoline", "motor spirit", "unleaded", "unleaded petrol", "unleaded gasoline"]],
  ["jet fuel", ["jet fuel", "kerosene", "ATF"]],
  ["ethanol", ["ethanol", "bioethanol", "fuel ethanol", "corn ethanol", "cane ethanol"]],
  ["biodiesel", ["biodiesel", "renewable diesel"]],
  ["LPG", ["LPG", "liquefied petroleum gas"]],
  // the sources of electricity, named as such only where the text speaks of energy (see ENERGY_NEAR)
  ["renewables", ["renewables", "renewable energy", "renewable power", "renewable sources", "renewable energy sources", "renewable electricity"]],
  ["solar power", ["solar", "solar power", "solar energy", "solar plants", "solar panels", "photovoltaics", "solar generation"]],
  ["wind power", ["wind", "wind power", "wind energy", "wind turbines", "wind farms", "onshore wind", "offshore wind", "wind generation"]],
  ["nuclear power", ["nuclear power", "nuclear energy", "nuclear plants", "nuclear reactors", "nuclear generation"]],
  ["hydropower", ["hydropower", "hydroelectric power", "hydroelectricity", "hydro power"]],
  ["electricity", ["electricity", "power"]],
  ["wheat", ["wheat"]],
  ["grain", ["grain", "grains", "cereals"]],
  ["corn", ["corn", "maize"]],
  ["soybeans", ["soybeans", "soybean", "soya", "soy"]],
  ["rice", ["rice"]],
  ["barley", ["barley"]],
  ["canola", ["canola", "rapeseed", "oilseed rape"]],
  ["sorghum", ["sorghum"]],
  ["oats", ["oats"]],
  ["cotton", ["cotton"]],
  ["palm oil", ["palm oil", "crude palm oil"]],
  // (edible oils are no crude: "olive oil output", "extra virgin olive oil")
  ["olive oil", ["olive oil", "virgin olive oil", "extra virgin olive oil", "olive-oil", "virgin oil", "extra virgin oil", "extra-virgin oil", "extra virgin", "extra-virgin"]],
  ["vegetable oil", ["vegetable oil", "vegetable oils", "sunflower oil", "sunflower-seed oil", "soybean oil", "soyoil", "soy oil", "rapeseed oil", "canola oil", "cooking oil", "edible oil", "edible oils"]],
  ["sugar", ["sugar"]],
  ["coffee", ["coffee"]],
  ["cocoa", ["cocoa"]],
  ["fertiliser", ["fertiliser", "fertilizer", "fertilisers", "fertilizers", "urea", "potash"]],
  // ("crude steel" is steel as it leaves the furnace, no oil)
  ["steel", ["crude steel", "steel"]],
  ["iron ore", ["iron ore"]],
  ["aluminium", ["aluminium", "aluminum"]],
  ["copper", ["copper"]],
  ["nickel", ["nickel"]],
  ["lithium", ["lithium"]],
  ["gold", ["gold"]],
  ["silver", ["silver"]],
  ["uranium", ["uranium"]],
  // assets that funds hold and markets quote ("inflows into bitcoin funds")
  ["bitcoin", ["bitcoin", "Bitcoin", "BTC"]],
  ["ether", ["ether", "Ether", "ethereum", "Ethereum", "ETH"]],
  ["crypto", ["crypto", "cryptocurrency", "cryptocurrencies", "digital assets", "crypto assets"]],
  ["timber", ["timber", "lumber", "wood"]],
  // fish, as caught, quoted and traded ("the quota for North Sea cod", "salmon exports")
  ["salmon", ["salmon", "farmed salmon", "Atlantic salmon"]],
  ["cod", ["cod", "Atlantic cod", "Arctic cod", "North Sea cod"]],
  ["haddock", ["haddock"]],
  ["herring", ["herring"]],
  ["mackerel", ["mackerel"]],
  ["saithe", ["saithe", "pollock", "pollack", "coley"]],
  ["whiting", ["whiting"]],
  ["plaice", ["plaice"]],
  ["hake", ["hake"]],
  ["tuna", ["tuna", "skipjack", "bluefin tuna", "yellowfin tuna"]],
  ["sardines", ["sardines", "sardine"]],
  ["anchovy", ["anchovy", "anchovies", "anchoveta"]],
  ["shrimp", ["shrimp", "shrimps", "prawns", "prawn"]],
  // (the singular names the goods before another noun: "smartphone exports", "car sales", "chip output")
  // kinds of car are markets of their own: a carmaker's electric cars are not all its cars
  ["electric cars", ["electric cars", "electric vehicles", "EVs", "electric car", "electric vehicle", "EV", "battery-electric cars", "battery-electric vehicles", "battery electric cars", "battery electric vehicles", "battery-electric car", "battery-electric", "fully electric cars", "all-electric cars", "BEVs", "BEV", "electric models", "fully electric models", "battery electric models", "battery-electric models", "all-electric models"]],
  ["plug-in hybrids", ["plug-in hybrids", "plug-in hybrid cars", "plug-in hybrid", "plug-in hybrid vehicles", "PHEVs", "PHEV", "plug-in hybrid models"]],
  ["hybrid cars", ["hybrid cars", "hybrid-electric cars", "hybrid electric cars", "hybrid vehicles", "hybrids", "full hybrids", "HEVs", "hybrid models", "hybrid electric models", "hybrid-electric models"]],
  ["petrol cars", ["petrol cars", "petrol car", "petrol-powered cars", "petrol models", "gasoline cars", "gasoline-powered cars", "gasoline car", "gas-powered cars"]],
  ["diesel cars", ["diesel cars", "diesel car", "diesel-powered cars", "diesel models", "diesel vehicles"]],
  ["cars", ["cars", "vehicles", "passenger cars", "car", "vehicle", "passenger car"]],
  ["semiconductors", ["semiconductors", "chips", "microchips", "semiconductor", "chip", "microchip"]],
  ["smartphones", ["smartphones", "phones", "handsets", "mobile phones", "smartphone", "handset", "mobile phone"]],
  ["arms", ["arms", "weapons", "military equipment", "weapon"]],
  // drugs, as seized or smuggled
  ["cocaine", ["cocaine"]],
  ["heroin", ["heroin"]],
  ["cannabis", ["cannabis", "marijuana", "hashish"]],
  ["methamphetamine", ["methamphetamine", "crystal meth"]],
  ["fentanyl", ["fentanyl"]],
];

/** Each product word with its key and how the table writes it (acronyms in capitals). */
const WORDS = new PhraseTable<{ key: string; written: string }>(TABLE.flatMap(([key, words]) => words.map((w): [string, { key: string; written: string }] => [w, { key, written: w }])));
/** Acronyms only count in capitals ("LNG", "HSD"; "power" in any case). */
const ACRONYM = /^[A-Z]{2,}s?$/;

/** Every product word of a text, in order. "oil" in "oil products" is the longer phrase's. */
export function findProducts(text: string, words?: Words): ProductHit[] {
  const out: ProductHit[] = [];
  for (const hit of WORDS.find(text, words)) {
    const { key, written } = hit.value;
    const m = { 0: text.slice(hit.start, hit.end), index: hit.start };
    // (a plural acronym keeps its small "s": "EVs", "PHEVs")
    if (ACRONYM.test(written) && !ACRONYM.test(m[0])) continue;
    // "the EIA's Natural Gas Monthly": a lower-case product word written with a capital inside a sentence is a name's
    // (the first word after a dateline's dash starts the sentence: "BERLIN, July 1 (Wire) - Renewables supplied")
    if (written === written.toLowerCase() && /^\p{Lu}/u.test(m[0]) && m.index > 0 && !/(?:[.!?:\n]|\)\s*[-–—])\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "power" as a product only before/after words of energy; "gas" in "gas station" still gas.
    if (key === "electricity" && written === "power" && !/\b(?:generation|generated|output|exports?|imports?|supply|supplies|prices?|consumption|demand|capacity|grid|plants?)\b/i.test(text.slice(Math.max(0, m.index - 30), m.index + 40))) continue;
    // ("winds of 110 km/h", "solar eclipse": a source of electricity only in words of energy)
    if (ENERGY_SOURCES.has(key) && !ENERGY_NEAR.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))) continue;
    // (a verb of the idiom, no goods: "rivals chip away at its share", "chipping in", "oiled the wheels")
    if (/^\s+(?:away|in)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)) && /^(?:chip|chips)$/i.test(m[0])) continue;
    out.push({ key, start: hit.start, end: hit.end });
  }
  return out;
}

const ENERGY_SOURCES = new Set(["renewables", "solar power", "wind power", "nuclear power", "hydropower"]);
/** Words of energy around a source's name: "solar plants generated", "wind output", "62.7% of power generation". */
const ENERGY_NEAR = /\b(?:generat\w*|output|electricity|power|energy|[TGMk]Wh|[TGM]W|gigawatts?|megawatts?|capacity|turbines?|plants?|farms?|panels?|produc\w*|mix|supplied|grid)\b/i;

/**
 * The product of the stretch [from, to) nearest to the number at `at`, else undefined. Two products joined by "and"
 * ("crude and petroleum products", "oil and gas") are one combined product: their total is another figure than
 * either alone. `text` is the text the hits were found in.
 */
export function productNear(hits: readonly ProductHit[], from: number, to: number, at: number, text = ""): string | undefined {
  let best = -1;
  let bestDistance = Infinity;
  hits.forEach((h, i) => {
    if (h.start < from || h.end > to) return;
    const d = h.end <= at ? at - h.end : h.start - at;
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  if (best < 0) return undefined;
  const joined = (a: ProductHit | undefined, b: ProductHit | undefined) => !!a && !!b && a.key !== b.key && /^\s+(?:and|&|plus)\s+$/i.test(text.slice(a.end, b.start));
  const keys = [hits[best].key];
  if (joined(hits[best - 1], hits[best])) keys.push(hits[best - 1].key);
  if (joined(hits[best], hits[best + 1])) keys.push(hits[best + 1].key);
  return keys.sort().join(" + ");
}

/** Is the word (as written) a product word ("LNG", "oil", "Gas")? An acronym counts only in capitals. */
export function isProductWord(word: string): boolean {
  const hits = WORDS.find(word.toLowerCase());
  if (hits.length !== 1 || hits[0].start !== 0 || hits[0].end !== word.length) return false;
  return !ACRONYM.test(hits[0].value.written) || word === word.toUpperCase();
}
