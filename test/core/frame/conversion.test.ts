/** A number in parentheses that restates the one before it. */
import { isConversion } from "../../../src/core/frame/conversion";
import type { Claim } from "../../../src/core/types";
import { claimRecord } from "../../helpers/claim";

function pair(text: string, a: [string, number, string], b: [string, number, string]): [Claim, Claim] {
  const make = ([surface, value, unit]: [string, number, string], id: string) =>
    claimRecord({ id, sourceId: "s", start: text.indexOf(surface), surface, value, unit, sentence: text, sentenceStart: 0 });
  return [make(a, "a"), make(b, "b")];
}

describe("conversion", () => {
  test("another currency in parentheses is a conversion", () => {
    const text = "The deal is worth 4.1 billion pounds ($5.2 billion).";
    const [a, b] = pair(text, ["4.1 billion pounds", 4.1e9, "GBP"], ["$5.2 billion", 5.2e9, "USD"]);
    expect(isConversion(a, b, text)).toBe(true);
  });

  test("the same quantity in another unit is a conversion", () => {
    const text = "The pipeline runs 120 km (75 miles) inland.";
    const [a, b] = pair(text, ["120 km", 120000, "m"], ["75 miles", 120700, "m"]);
    expect(isConversion(a, b, text)).toBe(true);
  });

  test("not conversions: a second measure in parentheses, a list, the same currency", () => {
    const share = "Exports rose 4% (0.5 Mt) last year.";
    expect(isConversion(...pair(share, ["4%", 4, "%"], ["0.5 Mt", 5e5, "t"]), share)).toBe(false);
    const list = "Sales were $3 billion and $4 billion.";
    expect(isConversion(...pair(list, ["$3 billion", 3e9, "USD"], ["$4 billion", 4e9, "USD"]), list)).toBe(false);
    const same = "Costs hit $3 billion ($2.9 billion after tax).";
    expect(isConversion(...pair(same, ["$3 billion", 3e9, "USD"], ["$2.9 billion", 2.9e9, "USD"]), same)).toBe(false);
  });
});
