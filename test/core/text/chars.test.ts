import fc from "fast-check";
import { isWhiteSpace, lowerSlice, lowerWord } from "../../../src/core/text/chars";

describe("lowerSlice / lowerWord: exactly slice + toLowerCase, without the conversion call where it can", () => {
  it.each([
    ["the", "the"], ["The", "the"], ["GDP", "gdp"], ["McKinsey", "mckinsey"], ["aBC", "abc"], ["", ""],
    ["Échelle", "échelle"], ["İstanbul", "İstanbul".toLowerCase()], ["\u212Aelvin", "\u212Aelvin".toLowerCase()], ["Z", "z"], ["A1b", "a1b"],
  ])("%s", (word, lower) => {
    expect(lowerWord(word)).toBe(lower);
  });

  it("slices within a longer (two-byte) text", () => {
    const text = "€70 per MWh in February";
    expect(lowerSlice(text, 8, 11)).toBe("mwh");
    expect(lowerSlice(text, 15, 23)).toBe("february");
    expect(lowerSlice(text, 0, 3)).toBe("€70");
  });

  it("agrees with toLowerCase on any string and any range", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }), fc.stringMatching(/^[A-Za-z]{0,12}$/)), fc.nat(), fc.nat(), (s, a, b) => {
        const start = s.length === 0 ? 0 : a % (s.length + 1);
        const end = start + (s.length === 0 ? 0 : b % (s.length - start + 1));
        expect(lowerSlice(s, start, end)).toBe(s.slice(start, end).toLowerCase());
        expect(lowerWord(s)).toBe(s.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });
});

test("isWhiteSpace is exactly the white space of /\\s/ and String.prototype.trim, over every UTF-16 code unit", () => {
  const differ: number[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    if (isWhiteSpace(c) !== /\s/.test(ch) || isWhiteSpace(c) !== (ch.trim() === "")) differ.push(c);
  }
  expect(differ).toEqual([]);
});
