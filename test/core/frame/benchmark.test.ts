/** The price benchmark a number is quoted on. Sentences of our own. */
import { benchmarkIn, benchmarkOf } from "../../../src/core/frame/benchmark";

const of = (s: string) => benchmarkIn(s, 0, s.length)?.key;

describe("benchmarkIn", () => {
  test.each([
    ["Brent crude settled at $81.20 a barrel.", "brent"],
    ["U.S. West Texas Intermediate futures fell 2%.", "wti"],
    ["WTI traded at $77.10.", "wti"],
    ["Russia's Urals blend sold below the cap.", "urals"],
    ["Henry Hub gas prices rose to $3.10 per MMBtu.", "henry hub"],
    ["The Dutch TTF contract fell to €34 per MWh.", "ttf"],
    ["Asian spot LNG (JKM) rose to $12.", "jkm"],
    ["Dubai crude traded at a premium.", "dubai"],
    ["Brent rose 1% while WTI gained 2%.", "wti"],
    ["Bitcoin rose to a record $126,198.", "bitcoin"],
    ["The price of bitcoin reached $126,080.", "bitcoin"],
    ["Ether gained 3.4% to $4,690.", "ether"],
  ])("%s → %s", (sentence, key) => {
    expect(of(sentence)).toBe(key);
  });

  test.each([
    "Crude oil prices rose 3% on Friday.",
    "Dubai's airport served 92 million passengers.",
    "The brent goose migrates in winter.",
    "Gas prices in Texas rose.",
    "The ethernet cable market grew 4%.",
  ])("no benchmark: %s", (sentence) => {
    expect(of(sentence)).toBeUndefined();
  });
});

describe("benchmarkOf: the benchmark of one number", () => {
  const of2 = (s: string, n: string) => {
    const start = s.indexOf(n);
    return benchmarkOf(s, 0, s.length, start, start + n.length)?.key;
  };
  test("the one named before it, else right after it; never one a later clause names", () => {
    expect(of2("Brent futures settled at $63.18 a barrel, up 1.2%, and WTI closed at $59.35.", "1.2%")).toBe("brent");
    expect(of2("Brent futures settled at $63.18 a barrel, up 1.2%, and WTI closed at $59.35.", "$59.35")).toBe("wti");
    expect(of2("Brent rose 1.3%, while WTI gained 1.1%.", "1.1%")).toBe("wti");
    expect(of2("Buyers paid $74 for Brent in May.", "$74")).toBe("brent");
    expect(of2("Prices rose 2%, and Brent closed higher.", "2%")).toBeUndefined();
  });
});
