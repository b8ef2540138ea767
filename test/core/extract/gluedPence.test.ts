/** Pence glued to the amount ("137.6p", "143.1ppl"): money, per litre for "ppl". Our own sentences. */
import { brief } from "./helpers";

type Row = [string, number, string, string];

describe("pence written as a 'p' glued to the amount", () => {
  it.each<[string, Row[]]>([
    ["Petrol rose 2.1p in March to 139.4p.", [["2.1p", 0.021, "GBP", "exact"], ["139.4p", 1.394, "GBP", "exact"]]],
    ["Diesel stood at 146.2ppl.", [["146.2ppl", 1.462, "GBP/l", "exact"]]],
    ["Diesel fell to 146.2p a litre.", [["146.2p a litre", 1.462, "GBP/l", "exact"]]],
    ["Shares closed 6p lower at 318p.", [["6p", 0.06, "GBP", "exact"], ["318p", 3.18, "GBP", "exact"]]],
  ])("%s", (text, want) => expect(brief(text)).toEqual(want));

  it.each<[string, string]>([
    ["The trailer streams in 1080p and 720p.", "a video's lines"],
    ["The shop shuts at 5pm.", "a time"],
    ["The side scored 3pts in the half.", "a letter that starts a word"],
  ])("not: %s (%s)", (text) => expect(brief(text).filter((r) => r[2].startsWith("GBP"))).toEqual([]));
});
