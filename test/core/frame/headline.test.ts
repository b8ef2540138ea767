/** A headline's number takes the frame of the body number it restates. */
import { analyse } from "../../../src/core/analyse";
import { createSource } from "../../../src/core/source/createSource";
import { extractClaims } from "../../../src/core/extract/extractClaims";
import { frameClaims } from "../../../src/core/frame/frameClaims";
import { headlineTwins, matchRank, titleEnd } from "../../../src/core/frame/headline";
import type { Claim } from "../../../src/core/types";
import type { ClaimFrame } from "../../../src/core/frame/types";

const claim = (id: string, surface: string, value: number, unit = "USD", qualifier: Claim["qualifier"] = "exact"): Claim => ({
  id, sourceId: "s", start: 0, end: surface.length, surface, value, unit, qualifier, period: "", subject: "", attribution: "", sentence: surface, sentenceStart: 0,
});

describe("titleEnd", () => {
  test("the title line at the top of the text", () => {
    expect(titleEnd("Copper exports top $5 billion\n\nBody text.", "Copper exports top $5 billion")).toBe(29);
  });
  test("no title line: a title the text does not open with, or none", () => {
    expect(titleEnd("Body text that mentions Copper exports top $5 billion.", "Copper exports top $5 billion")).toBe(0);
    expect(titleEnd("Body text.", "")).toBe(0);
  });
});

describe("matchRank", () => {
  test("the same value, the same at the headline's precision, a bound the body meets", () => {
    expect(matchRank(claim("t", "$25 billion", 25e9), claim("b", "$25 billion", 25e9))).toBe(0);
    expect(matchRank(claim("t", "$25 billion", 25e9), claim("b", "$25.1 billion", 25.1e9))).toBe(1);
    expect(matchRank(claim("t", "€6 billion", 6e9, "EUR", "over"), claim("b", "€6.3 billion", 6.3e9, "EUR"))).toBe(1);
    expect(matchRank(claim("t", "€6 billion", 6e9, "EUR", "over"), claim("b", "€6.8 billion", 6.8e9, "EUR"))).toBe(2);
  });
  test("no match: another unit, a value outside the precision, a bound the body breaks", () => {
    expect(matchRank(claim("t", "$25 billion", 25e9), claim("b", "€25 billion", 25e9, "EUR"))).toBeUndefined();
    expect(matchRank(claim("t", "$25.0 billion", 25e9), claim("b", "$25.1 billion", 25.1e9))).toBeUndefined();
    expect(matchRank(claim("t", "€6 billion", 6e9, "EUR", "over"), claim("b", "€5.8 billion", 5.8e9, "EUR"))).toBeUndefined();
    expect(matchRank(claim("t", "€6 billion", 6e9, "EUR", "over"), claim("b", "€9 billion", 9e9, "EUR"))).toBeUndefined();
  });
});

describe("headlineTwins", () => {
  const frame = (key: string, period?: string): ClaimFrame => ({
    measure: { key, name: key, how: "clause" }, places: [], scopeKey: "", periodHow: "none", kind: "level", origin: "", originName: "", originHow: "none", eventDate: "",
    ...(period ? { period: { from: `${period}-01`, to: `${period}-12`, label: period } } : {}),
  });
  test("the exact value wins over a value that only rounds to it", () => {
    const t = claim("t", "$25 Billion", 25e9);
    const near = claim("b1", "$25.1 billion", 25.1e9);
    const exact = claim("b2", "$25 billion", 25e9, "USD", "over");
    const frames = new Map([["t", frame("flow")], ["b1", frame("imports-value", "2024")], ["b2", frame("savings", "2024")]]);
    expect(headlineTwins([t], [near, exact], frames).get("t")?.id).toBe("b2");
  });
  test("a headline dated to one year never takes a body number of another", () => {
    const t = claim("t", "$4 billion", 4e9);
    const b = claim("b", "$4 billion", 4e9);
    const frames = new Map([["t", frame("exports", "2023")], ["b", frame("exports", "2022")]]);
    expect(headlineTwins([t], [b], frames).size).toBe(0);
  });
});

describe("frameClaims: a headline's number", () => {
  const text = [
    "Cobalt sales abroad top $3 billion",
    "Date: 2025-08-02",
    "",
    "Between January and June, Zambia earned $3.2 billion from exports of cobalt to China, the mines ministry said.",
    "The country also sold 40,000 tonnes of copper to Europe.",
  ].join("\n");
  const source = createSource(text, { file: "cobalt.txt" });
  const claims = extractClaims(source);
  const frames = frameClaims(claims, new Map([[source.id, source]]));
  const byText = (s: string) => frames.get(claims.find((c) => c.surface === s)?.id ?? "") as ClaimFrame;

  test("takes the period, places and credit of the body number it restates", () => {
    const title = byText("$3 billion");
    const body = byText("$3.2 billion");
    expect(title.restates).toBe(claims.find((c) => c.surface === "$3.2 billion")?.id);
    expect(title.period).toEqual(body.period);
    expect(title.scopeKey).toBe(body.scopeKey);
    expect(title.measure?.key).toBe(body.measure?.key);
  });
  test("a body number is not a headline", () => {
    expect(byText("40,000 tonnes").restates).toBeUndefined();
  });
});

describe("the audit says when a headline was read with its body's frame", () => {
  test("one figure for the headline and the body number, and the reason says why", () => {
    const text = "Cobalt sales abroad top $3 billion\nDate: 2025-08-02\n\nBetween January and June, Zambia earned $3.2 billion from exports of cobalt to China, the mines ministry said.\n";
    const result = analyse([createSource(text, { file: "cobalt.txt" })]);
    const figure = result.figures.find((f) => f.claimIds.length === 2);
    expect(figure?.reason).toMatch(/1 headline number read with the frame of the body number it restates/);
  });
});
