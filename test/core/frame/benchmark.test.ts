/** The price benchmark a number is quoted on. Sentences of our own. */
import { benchmarkIn } from "../../../src/core/frame/benchmark";

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
  ])("%s → %s", (sentence, key) => {
    expect(of(sentence)).toBe(key);
  });

  test.each([
    "Crude oil prices rose 3% on Friday.",
    "Dubai's airport served 92 million passengers.",
    "The brent goose migrates in winter.",
    "Gas prices in Texas rose.",
  ])("no benchmark: %s", (sentence) => {
    expect(of(sentence)).toBeUndefined();
  });
});
