/** A central bank's buying is its purchases, not its country's imports. Sentences of our own. */
import { centralBankMeasures, isCentralBankBuyingStory } from "../../../src/core/frame/centralBank";
import { extractClaims } from "../../../src/core/extract/extractClaims";
import { findMeasures } from "../../../src/core/frame/measure";
import { frameClaims } from "../../../src/core/frame/frameClaims";
import type { ClaimFrame } from "../../../src/core/frame/types";
import { createSource } from "../../../src/core/source/createSource";

const keys = (s: string, story = false, namesPlace = true) => centralBankMeasures(s, findMeasures(s), story, namesPlace).map((h) => `${s.slice(h.start, h.end)}=${h.concept.key}`);

describe("centralBankMeasures", () => {
  test.each([
    ["Kenya's central bank bought 3 tonnes of silver in March.", "bought=cb-purchases"],
    ["Purchases by the Central Bank of Chile came to 12 tonnes.", "Purchases=cb-purchases"],
    ["The Reserve Bank of Fiji was among the buyers, with 2 tonnes.", "buyers=cb-purchases"],
    ["India's central bank added 8 tonnes.", "added=cb-purchases"],
    ["Official sector buying reached 410 tonnes.", "buying=cb-purchases"],
    ["Central bank demand for silver held above 400 tonnes.", "demand=cb-purchases"],
  ])("%s", (sentence, expected) => {
    expect(keys(sentence)).toContain(expected);
  });

  test("reserves something is added to are the bank's purchases; reserves it holds are its stocks", () => {
    expect(keys("Peru's central bank was the top buyer, adding 9,400 tonnes of copper to its reserves.")).toContain("reserves=cb-purchases");
    expect(keys("Peru's central bank holds 9,400 tonnes of copper in its reserves.")).toContain("reserves=stocks");
  });

  test("not: a country's imports, nor buying where no central bank is named outside a story of their buying", () => {
    expect(keys("Kenya imported 3 tonnes of silver while its central bank sat out.")).toContain("imported=flow");
    expect(keys("Kenya bought 3 tonnes of silver in March.")).toEqual(["bought=flow"]);
    expect(keys("Kenya bought 3 tonnes of silver, while its central bank sat out.")).toEqual(["bought=flow"]);
    expect(keys("Demand for silver rose 4% to 1,200 tonnes.")).toEqual(["Demand=consumption"]);
  });
  test("not: buying a bank only tells of ('…, the Bank of England said', 'Bank of England figures showed'), nor a home's purchase", () => {
    expect(keys("Purchases of gilts by insurers rose to 4 billion pounds, the Bank of England said.")).toEqual(["Purchases=flow"]);
    expect(keys("Bank of England figures showed purchases of gold by jewellers fell.")).toEqual(["purchases=flow"]);
    expect(keys("Approvals for house purchase rose to 67,420, the Bank of England said.")).toEqual([]);
    // (a bank that reports its own purchases still bought: "China's People's Bank reported purchases of 44 tonnes")
    expect(keys("China's People's Bank reported purchases of 44 tonnes.")).toEqual(["purchases=cb-purchases"]);
  });

  test("in a story of central banks' buying, buying in a sentence that names no place is theirs", () => {
    expect(keys("Third-quarter purchases rose 12% to 290 tonnes.", true, false)).toEqual(["purchases=cb-purchases"]);
    expect(keys("Third-quarter purchases rose 12% to 290 tonnes.", false, false)).toEqual(["purchases=flow"]);
    expect(keys("Kenya's purchases rose 12% to 2 tonnes.", true, true)).toEqual(["purchases=flow"]);
  });

  test("a story of central banks' buying: its title or opening says they bought", () => {
    expect(isCentralBankBuyingStory("Central banks keep buying silver", [])).toBe(true);
    expect(isCentralBankBuyingStory("Silver hits a record", ["Buying by central banks slowed in May."])).toBe(true);
    expect(isCentralBankBuyingStory("Central bank holds rates", ["The central bank kept its key rate at 4%."])).toBe(false);
  });
});

describe("a central bank's purchases, framed", () => {
  const text = [
    "Central banks keep buying silver",
    "Date: 2025-05-02",
    "",
    "Central banks added 420 tonnes of silver to their reserves in 2024, an industry group said.",
    "The Reserve Bank of Australia was the largest buyer with 40 tonnes, followed by the Central Bank of the Republic of Chile with 31 tonnes.",
    "Kenya imported 300 tonnes of silver in 2024, while Kenya's central bank added 12 tonnes.",
    "Fourth-quarter purchases rose 9% to 130 tonnes.",
    "",
  ].join("\n");
  const source = createSource(text, { file: "silver.txt" });
  const claims = extractClaims(source);
  const frames = frameClaims(claims, new Map([[source.id, source]]));
  const of = (surface: string) => frames.get(claims.find((c) => c.surface === surface)?.id ?? "") as ClaimFrame;

  test("central banks as a whole are the world's, a level however added", () => {
    expect(of("420 tonnes")).toMatchObject({ measure: { key: "cb-purchases" }, scopeKey: "world", kind: "level" });
    expect(of("130 tonnes")).toMatchObject({ measure: { key: "cb-purchases" }, scopeKey: "world" });
  });

  test("a bank named by its country is its country's", () => {
    expect(of("40 tonnes")).toMatchObject({ measure: { key: "cb-purchases" }, scopeKey: "au" });
    expect(of("31 tonnes")).toMatchObject({ measure: { key: "cb-purchases" }, scopeKey: "cl" });
  });

  test("a country's imports stay imports beside its central bank's purchases", () => {
    expect(of("300 tonnes").measure?.key).toBe("imports");
    expect(of("12 tonnes")).toMatchObject({ measure: { key: "cb-purchases" }, scopeKey: "ke", kind: "level" });
  });
});
