/** A price told of one unit of goods named before it ("A litre of diesel now averages 141.3p"). Our own sentences. */
import { brief } from "./helpers";

type Row = [string, number, string, string];

describe("amounts after 'a litre of …', 'the price of a tonne of …' are per that unit", () => {
  it.each<[string, Row[]]>([
    ["A litre of diesel now averages 146.2p, up 1.4p.", [["146.2p", 1.462, "GBP/l", "exact"], ["1.4p", 0.014, "GBP/l", "exact"]]],
    ["The average price of a litre of petrol rose 2.1p to 139.4p.", [["2.1p", 0.021, "GBP/l", "exact"], ["139.4p", 1.394, "GBP/l", "exact"]]],
    ["A tonne of nickel cost $15,200 on Friday.", [["$15,200", 15200, "USD/t", "exact"]]],
  ])("%s", (text, want) => expect(brief(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // a total scaled by a word is no price of one unit
    ["The price of a tonne of nickel rose $300, lifting sales to $2 billion.", [["$300", 300, "USD/t", "exact"], ["$2 billion", 2e9, "USD", "exact"]]],
    // the unit after the amount is what was bought, not what the amount is per
    ["A man paid £300 for a litre of whisky.", [["£300", 300, "GBP", "exact"]]],
    // no unit of goods: "A rise of …"
    ["A rise of $2 would help.", [["$2", 2, "USD", "exact"]]],
  ])("not: %s", (text, want) => expect(brief(text)).toEqual(want));
});

describe("amounts after 'the price per kilo', 'the cost per tonne' are per that unit", () => {
  it.each<[string, Row[]]>([
    ["At the auction the average price per kilo came to $3.12, down from $3.30.", [["$3.12", 3120, "USD/t", "exact"], ["$3.30", 3300, "USD/t", "exact"]]],
    ["The cost per tonne of cement rose to €118.", [["€118", 118, "EUR/t", "exact"]]],
  ])("%s", (text, want) => expect(brief(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // a share is no unit of goods
    ["The price per share rose to $41.", [["$41", 41, "USD", "exact"]]],
    // "per" that is not about the price: "kilometre" is no kilo
    ["The price per kilometre driven fell to $0.40.", [["$0.40", 0.4, "USD", "exact"]]],
  ])("not: %s", (text, want) => expect(brief(text)).toEqual(want));
});
