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

  test("another currency after ', or' is a conversion", () => {
    const text = "The group raised 6.2 billion crowns, or about $590 million, in its listing.";
    expect(isConversion(...pair(text, ["6.2 billion crowns", 6.2e9, "SEK"], ["$590 million", 5.9e8, "USD"]), text)).toBe(true);
  });

  test("not: ', or' before the same currency, another measure or a second amount that is no restatement", () => {
    const same = "The fund lost $3 billion, or $2.9 billion after fees.";
    expect(isConversion(...pair(same, ["$3 billion", 3e9, "USD"], ["$2.9 billion", 2.9e9, "USD"]), same)).toBe(false);
    const share = "The state spent 40 billion rand, or 6% of its budget.";
    expect(isConversion(...pair(share, ["40 billion rand", 4e10, "ZAR"], ["6%", 6, "%"]), share)).toBe(false);
    const and = "It raised 2 billion crowns and $300 million in bonds.";
    expect(isConversion(...pair(and, ["2 billion crowns", 2e9, "SEK"], ["$300 million", 3e8, "USD"]), and)).toBe(false);
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

describe("a sentence that restates the amount before it in another currency", () => {
  function twoSentences(first: string, second: string, a: [string, number, string], b: [string, number, string]): [Claim, Claim, string] {
    const text = `${first} ${second}`;
    const at = first.length + 1;
    const one = claimRecord({ id: "a", sourceId: "s", start: text.indexOf(a[0]), surface: a[0], value: a[1], unit: a[2], sentence: first, sentenceStart: 0 });
    const two = claimRecord({ id: "b", sourceId: "s", start: text.indexOf(b[0], at), surface: b[0], value: b[1], unit: b[2], sentence: second, sentenceStart: at });
    return [one, two, text];
  }

  test("'The amount equals about $2.14 billion.' after a fine in euros is its conversion", () => {
    const [a, b, text] = twoSentences("The group must pay a fine of 1.84 billion euros, the regulator decided.", "The amount equals about $2.14 billion.", ["1.84 billion euros", 1.84e9, "EUR"], ["$2.14 billion", 2.14e9, "USD"]);
    expect(isConversion(a, b, text)).toBe(true);
    const [c, d, text2] = twoSentences("Its revenue was 40 billion euros.", "That is equivalent to roughly $46 billion.", ["40 billion euros", 4e10, "EUR"], ["$46 billion", 4.6e10, "USD"]);
    expect(isConversion(c, d, text2)).toBe(true);
  });

  test("not: the same currency, a sentence that goes on, or one that says something else", () => {
    expect(isConversion(...twoSentences("The fine is $1.8 billion.", "The amount equals about $2.1 billion.", ["$1.8 billion", 1.8e9, "USD"], ["$2.1 billion", 2.1e9, "USD"]))).toBe(false);
    expect(isConversion(...twoSentences("The fine is 1.8 billion euros.", "The amount equals about $2.1 billion, a record.", ["1.8 billion euros", 1.8e9, "EUR"], ["$2.1 billion", 2.1e9, "USD"]))).toBe(false);
    expect(isConversion(...twoSentences("The fine is 1.8 billion euros.", "Profit reached $2.1 billion.", ["1.8 billion euros", 1.8e9, "EUR"], ["$2.1 billion", 2.1e9, "USD"]))).toBe(false);
  });
});
