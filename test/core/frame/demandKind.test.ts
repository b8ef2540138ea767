/** The kind of demand a number measures: one use of a market, not the market. Sentences of our own. */
import { demandKind } from "../../../src/core/frame/demandKind";

/** The kind read at the word `word` of `sentence`; `named` words are a product or a place the frame knows. */
function kindOf(sentence: string, word: string, named: readonly string[] = []): string | undefined {
  const start = sentence.indexOf(word);
  return demandKind(sentence, start, start + word.length, (a, b) => named.some((n) => { const at = sentence.indexOf(n); return at >= 0 && at < b && a < at + n.length; }));
}

describe("demandKind", () => {
  test.each([
    ["Jewellery demand fell 14% to 357 tonnes.", "demand", "jewellery"],
    ["Strong jewellery demand helped sales.", "demand", "jewellery"],
    ["Demand for bars and coins rose 11 per cent.", "Demand", "bar and coin"],
    ["Bar and coin demand rose 11%.", "demand", "bar and coin"],
    ["Industrial demand for silver fell 2%.", "demand", "industrial"],
    ["Jewellery consumption fell 14%.", "consumption", "jewellery"],
    // one kind told two ways
    ["Household consumption rose 0.2% on the quarter.", "consumption", "private"],
    ["Private consumption rose 0.2%.", "consumption", "private"],
  ])("%s → %s", (sentence, word, kind) => expect(kindOf(sentence, word, ["silver"])).toBe(kind));

  test.each([
    ["Total demand rose 3% to 1,286 tonnes.", "demand"],
    ["Chinese demand rose 4%.", "demand"],
    ["Oil demand rose 1.1 million barrels a day.", "demand"],
    ["Demand for the metal rose 3%.", "Demand"],
    ["Demand for gold rose 3%.", "Demand"],
    ["Global demand for copper rose.", "demand"],
    ["India's demand fell 5%.", "demand"],
  ])("none: %s", (sentence, word) => expect(kindOf(sentence, word, ["Chinese", "Oil", "gold", "copper", "India"])).toBeUndefined());
});
