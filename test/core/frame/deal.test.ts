/** A takeover's numbers: price, enterprise value, offer per share, premium. */
import { dealMeasure, isTakeoverStory } from "../../../src/core/frame/deal";

function read(sentence: string, surface: string, unit: string, current?: string): string {
  const start = sentence.indexOf(surface);
  return dealMeasure(sentence, 0, sentence.length, start, start + surface.length, unit, /^[A-Z]{3}$/.test(unit), current)?.key ?? "-";
}

describe("isTakeoverStory", () => {
  test.each(["Ostra to acquire Velden for $3 billion", "Pellam agrees takeover by rival", "The buyout was approved.", "Fenwick agreed to buy Marlow Foods for $900 million."])("'%s' is about a takeover", (s) => {
    expect(isTakeoverStory(s, [])).toBe(true);
  });
  test.each(["Kenya to buy more wheat", "India bought 2 Mt of coal in May.", "Shares rose 4% on Monday.", "The company will buy back shares."])("'%s' is not", (s) => {
    expect(isTakeoverStory(s, [])).toBe(false);
  });
});

describe("isTakeoverStory: told at the story's opening", () => {
  const later = ["Revenue rose 3.2%.", "Broadcasting fell 6.1%.", "Matchday rose 2.4%.", "The wage bill fell.", "Debt rose.", "Profit fell."];
  test("a takeover told in the first lines makes one; an acquisition told late in a results story does not", () => {
    expect(isTakeoverStory("Club results", ["Ostra agreed to acquire Velden for $3 billion.", ...later])).toBe(true);
    expect(isTakeoverStory("Club results", [...later, "The club spent £215 million on acquiring player registrations."])).toBe(false);
  });
});

describe("dealMeasure", () => {
  test("the price paid, however it is worded", () => {
    expect(read("Fenwick agreed to buy Marlow Foods for $900 million.", "$900 million", "USD", "company-purchases")).toBe("deal-value");
    expect(read("Marlow agreed to be taken over in a deal worth $900 million.", "$900 million", "USD", "n:contract")).toBe("deal-value");
    expect(read("The offer values Marlow at about $900 million.", "$900 million", "USD")).toBe("deal-value");
  });
  test("with the target's debt: the enterprise value", () => {
    expect(read("Including debt, the deal values Marlow at $1.2 billion.", "$1.2 billion", "USD", "debt")).toBe("enterprise-value");
    expect(read("The enterprise value is $1.2 billion.", "$1.2 billion", "USD")).toBe("enterprise-value");
  });
  test("an amount per share is the offer; a percentage over the last close is the premium", () => {
    expect(read("Fenwick will pay $41 a share in cash.", "$41", "USD", "pay")).toBe("offer-per-share");
    expect(read("Holders get $41 in cash for each share they own.", "$41", "USD", "share-price")).toBe("offer-per-share");
    expect(read("The offer is a premium of 22% to Friday's close.", "22%", "%", "price-difference")).toBe("takeover-premium");
    expect(read("That is 22% more than the stock's last close.", "22%", "%", "share-price")).toBe("takeover-premium");
  });
  test("not these: revenue, a profit per share, a move of the shares, money with no price word", () => {
    expect(read("Marlow's revenue rose to $900 million.", "$900 million", "USD", "revenue")).toBe("-");
    expect(read("Marlow earned $1.10 a share.", "$1.10", "USD", "profit")).toBe("-");
    expect(read("Marlow shares jumped 19% to $39.80.", "19%", "%", "share-price")).toBe("-");
    expect(read("Marlow shares jumped 19% to $39.80.", "$39.80", "USD", "share-price")).toBe("-");
  });
});
