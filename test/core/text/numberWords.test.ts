import { parseNumberWords } from "../../../src/core/text/numberWords";

const value = (s: string) => parseNumberWords(s, 0)?.value;

describe("parseNumberWords", () => {
  it.each([
    ["one", 1], ["seven", 7], ["twelve", 12], ["ninety-nine", 99], ["twenty five", 25], ["hundred", undefined],
    ["two hundred", 200], ["two hundred and fifty", 250], ["three thousand", 3000], ["four million", 4e6],
    ["two hundred fifty thousand", 250000], ["one and a half", 1.5], ["two and a half million", 2.5e6],
    ["sixty-three billion", 63e9],
  ])("%s → %s", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("stops at the first word that is not part of the number", () => {
    const r = parseNumberWords("three major platforms", 0);
    expect(r).toEqual({ value: 3, end: 5, words: 1 });
  });

  it("does not join two separate numbers", () => {
    expect(parseNumberWords("two three", 0)?.value).toBe(2);
  });

  it("ends a number before a scale no smaller than the one before it", () => {
    // two numbers joined by "and", not 3,000
    expect(parseNumberWords("one thousand and two thousand", 0)).toEqual({ value: 1000, end: 12, words: 2 });
    expect(parseNumberWords("one hundred and two hundred", 0)).toEqual({ value: 100, end: 11, words: 2 });
    // falling scales stay one number
    expect(value("two million three hundred thousand")).toBe(2.3e6);
    expect(value("one thousand and five hundred")).toBe(1500);
  });

  it("ignores words that only look like object keys", () => {
    expect(parseNumberWords("constructor", 0)).toBeNull();
    expect(parseNumberWords("__proto__", 0)).toBeNull();
  });

  it("keeps a hyphenated unit out of the number", () => {
    const r = parseNumberWords("one-year extension", 0);
    expect(r?.value).toBe(1);
    expect(r?.end).toBe(3);
  });
});
