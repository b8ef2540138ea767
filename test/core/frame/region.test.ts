/** The region stage: natural regions named alone are a number's site, and no organisation. Sentences of our own. */
import { findHolders } from "../../../src/core/frame/holder";
import { wordsOf } from "../../../src/core/frame/phrases";
import { scanPlaces } from "../../../src/core/frame/places";
import { findRegions } from "../../../src/core/frame/region";
import { findSites } from "../../../src/core/frame/site";

const regions = (sentence: string) => findRegions(sentence, wordsOf(sentence)).map((r) => r.key);
const sites = (sentence: string) => findSites(sentence, scanPlaces(sentence), wordsOf(sentence)).map((s) => s.key);
// (names, not a lone capitalised word that only starts the sentence: "Deforestation fell")
const holders = (sentence: string) => findHolders(sentence, scanPlaces(sentence), new Set()).filter((h) => !h.initial).map((h) => h.key);

describe("findRegions: a natural region named alone", () => {
  test.each([
    ["Clearing in the Cerrado fell 12%.", ["cerrado"]],
    ["Forest loss in the Brazilian Amazon fell to 5,100 sq km.", ["amazon"]],
    ["Peru recorded 1,200 km² of deforestation in the Legal Amazon.", ["amazon"]],
    ["Colombia's Amazon lost 900 sq km of forest.", ["amazon"]],
    ["Rainfall across the western Sahel was 20% below normal.", ["sahel"]],
  ])("%s", (sentence, expected) => {
    expect(regions(sentence)).toEqual(expected);
  });

  test.each([
    ["Amazon said it would hire 10,000 workers.", "the company, with no article"],
    ["Shares of Amazon rose 2%.", "after a preposition without 'the'"],
    ["Amazon rainforest clearing fell.", "a name before its noun is site.ts's"],
    ["Output in the Ruhr fell 3%.", "a region this stage does not know"],
  ])("not: %s (%s)", (sentence) => {
    expect(regions(sentence)).toEqual([]);
  });
});

describe("regions as sites, not holders", () => {
  test("a name before a noun of a region is a site keyed by its name, the same as the name alone", () => {
    expect(sites("Deforestation in the Amazon rainforest fell 30%.")).toEqual(["amazon"]);
    expect(sites("In the Cerrado savanna, clearing fell 25.7%.")).toEqual(["cerrado"]);
    expect(sites("In the Cerrado, clearing fell 25.7%.")).toEqual(["cerrado"]);
    expect(sites("Losses were highest in Mato Grosso state.")).toEqual(["mato grosso"]);
  });

  test("a region is no organisation; the company named alone still is one", () => {
    expect(holders("Deforestation in the Brazilian Amazon fell 30%.")).toEqual([]);
    expect(holders("In the Cerrado savanna, clearing fell 25.7%.")).toEqual([]);
    expect(holders("Shares of Amazon rose 2% after Amazon said sales grew.")).toEqual(["amazon", "amazon"]);
  });
});
