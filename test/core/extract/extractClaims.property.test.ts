import fc from "fast-check";
import { extractClaims } from "../../../src/core/extract/extractClaims";
import type { Claim } from "../../../src/core/types";
import { source } from "./helpers";

const PIECES = [
  "$", "US$", "€", "£", "¥", "RMB ", "USD ", "1,234.5", "1.2bn", "3 mln", "1\u2009234", "1\u00a0234", "1.234,5", "1e999",
  "9".repeat(400), "0.", ".5", "%", " percent", " bcm", " per 100 kWh", "/MMBtu", " a barrel", "-", "–", " to ",
  " and ", " between ", "twice", "three times", " lower", "a dozen", "dozens of ", "hour-and-a-half", "1 hour and 25 minutes",
  "fifth", "30th", " anniversary", "February 4, 2026", "G20", "Siberia-2", "http://x.com/1", "a@b.co", "16 Comments",
  "\n", ". ", "The ", "said ", "according to ", "Ushakov", "\ud800", "\udc00", "😀", "one", "two hundred and",
  "half", "million", "billion", "-fold", "x", "+", "(", ")", "  ", "\u2009", "more than ", "up to ", "at least ",
];

const articleLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(""));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 }), articleLike);

function checkInvariants(text: string, claims: Claim[]): void {
  let lastStart = -1;
  let lastEnd = 0;
  for (const c of claims) {
    expect(c.start).toBeLessThan(c.end);
    expect(text.slice(c.start, c.end)).toBe(c.surface);
    expect(Number.isFinite(c.value)).toBe(true);
    expect(c.start).toBeGreaterThanOrEqual(lastStart);
    expect(c.start).toBeGreaterThanOrEqual(lastEnd);
    expect(text.slice(c.sentenceStart, c.sentenceStart + c.sentence.length)).toBe(c.sentence);
    if (c.qualifier === "range") {
      expect(Number.isFinite(c.low)).toBe(true);
      expect(Number.isFinite(c.high)).toBe(true);
    }
    lastStart = c.start;
    lastEnd = c.end;
  }
}

describe("extractClaims properties", () => {
  it("never throws; offsets slice to the surface; values finite; sorted and non-overlapping", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const claims = extractClaims(source(text));
        checkInvariants(text, claims);
      }),
      { numRuns: 600 },
    );
  });

  it("gives the same ids on two runs", () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        const a = extractClaims(source(text)).map((c) => c.id);
        const b = extractClaims(source(text)).map((c) => c.id);
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it("survives hostile inputs", () => {
    const cases = ["1e999", "9".repeat(5000), "$".repeat(1000) + "1", "1,".repeat(3000), "one ".repeat(3000),
      "\ud800".repeat(100) + "5%", "5".repeat(20) + "%", "-".repeat(2000) + "3", "a".repeat(10000) + " 5 bcm", ""];
    for (const text of cases) checkInvariants(text, extractClaims(source(text)));
  });

  it("handles a non-string text as empty", () => {
    expect(extractClaims(source(undefined as unknown as string))).toEqual([]);
  });
});
