import { ordinalWordValue, ordinalSuffixAt } from "../../../src/core/text/ordinals";

describe("ordinals", () => {
  it.each([["fifth", 5], ["Sixth", 6], ["twentieth", 20], ["twenty-first", 21], ["thirtieth", 30], ["fifteen", 0], ["constructor", 0]])(
    "%s → %s",
    (word, value) => expect(ordinalWordValue(word)).toBe(value),
  );

  it("reads digit suffixes only when the word ends there", () => {
    expect(ordinalSuffixAt("30th anniversary", 2)).toBe("th");
    expect(ordinalSuffixAt("2nd", 1)).toBe("nd");
    expect(ordinalSuffixAt("5three", 1)).toBe("");
    expect(ordinalSuffixAt("4thly", 1)).toBe("");
  });
});
