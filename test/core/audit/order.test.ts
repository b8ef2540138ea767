/** A figure's status never depends on the order of claims or sources (property test: shuffled input, same result). */
import fc from "fast-check";
import { reconcile } from "../../../src/core/audit/reconcile";
import type { Claim, Source } from "../../../src/core/types";
import { claim, source } from "./builder";

function corpus(): { claims: Claim[]; sources: Source[] } {
  const sources = [source("A", "Wire A"), source("B", "Paper B"), source("C", "Site C"), source("D", "Wire A"), source("E", "")];
  const claims: Claim[] = [];
  const add = (src: string, sentence: string, surface: string, value: number, unit: string, extra: Partial<Parameters<typeof claim>[0]> = {}) =>
    claims.push(claim({ source: src, sentence, surface, value, unit, sentenceStart: claims.length * 300, ...extra }));
  add("A", "The conversation lasted 1 hour and 25 minutes.", "1 hour and 25 minutes", 5100, "s", { attribution: "Yuri Ushakov" });
  add("B", "The hour-and-a-half discussion covered energy.", "hour-and-a-half", 5400, "s");
  add("C", "Their talks lasted 1.5 hours, Ushakov said.", "1.5 hours", 5400, "s", { attribution: "Ushakov" });
  add("A", "Russia-China trade topped $200 billion in 2025.", "$200 billion", 200e9, "USD", { qualifier: "over", subject: "trade", period: "2025" });
  add("B", "Russia-China trade hit $245 billion in 2025.", "$245 billion", 245e9, "USD", { subject: "trade", period: "2025" });
  add("E", "Russia-China trade was €226 billion in 2025.", "€226 billion", 226e9, "EUR", { subject: "trade", period: "2025" });
  add("D", "Russia-China trade was $244 billion in 2025.", "$244 billion", 244e9, "USD", { subject: "trade", period: "2025" });
  add("A", "Over 56,000 Chinese students study in Russia in 2025.", "56,000", 56000, "count", { qualifier: "over", subject: "students" });
  add("C", "Some 55,000 Chinese students study in Russia in 2025.", "55,000", 55000, "count", { subject: "students" });
  add("B", "Some 21,000 Russian students study in China, the ministry said.", "21,000", 21000, "count", { subject: "students", attribution: "Chinese Education Ministry" });
  add("C", "There are 21,000 Russian students in China, the ministry said.", "21,000", 21000, "count", { subject: "students", attribution: "Chinese Education Ministry" });
  add("E", "Trade reached $245 billion.", "$245 billion", 245e9, "USD", { subject: "trade" });
  add("A", "The figure was 12.", "12", 12, "count", { subject: "the figure" });
  add("B", "The figure was 12.", "12", 12, "count", { subject: "the figure" });
  return { claims, sources };
}

describe("order independence", () => {
  const { claims, sources } = corpus();
  const reference = JSON.stringify(reconcile(claims, sources, { fx: [{ from: "EUR", to: "USD", rate: 1.08 }] }));

  test("the reference corpus has every status", () => {
    const statuses = new Set(JSON.parse(reference).map((f: { status: string }) => f.status));
    expect([...statuses].sort()).toEqual(["conflicting", "corroborated", "single-origin", "single-source"]);
  });

  test("shuffling claims, sources and the FX table gives the same figures", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(claims, { minLength: claims.length }), fc.shuffledSubarray(sources, { minLength: sources.length }), (cs, ss) => {
        const out = JSON.stringify(reconcile(cs, ss, { fx: [{ from: "EUR", to: "USD", rate: 1.08 }] }));
        expect(out).toBe(reference);
      }),
      { numRuns: 200 },
    );
  });

  test("any subset, shuffled, gives the same result as that subset sorted", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(claims), (cs) => {
        const sorted = [...cs].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(JSON.stringify(reconcile(cs, sources))).toBe(JSON.stringify(reconcile(sorted, sources)));
      }),
      { numRuns: 200 },
    );
  });
});
