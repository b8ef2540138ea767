/** reconcile() on odd input: empty, unknown sources, duplicates, non-finite values, random claims. */
import fc from "fast-check";
import { reconcile } from "../../../src/core/audit/reconcile";
import { frameClaims } from "../../../src/core/frame/frameClaims";
import { STATUS_ORDER, type Claim, type Qualifier } from "../../../src/core/types";
import { claim, source } from "./builder";

test("no claims, no figures", () => {
  expect(reconcile([], [])).toEqual([]);
});

test("a claim whose source is unknown still gets a figure; a duplicate id counts once; NaN is skipped", () => {
  const a = claim({ source: "X", sentence: "Exports rose to $5 billion.", surface: "$5 billion", value: 5e9, unit: "USD", subject: "exports" });
  const bad = { ...claim({ source: "X", sentence: "Imports were $3 billion.", surface: "$3 billion", value: 3e9, unit: "USD", subject: "imports" }), value: NaN };
  const figures = reconcile([a, { ...a }, bad], []);
  expect(figures).toHaveLength(1);
  expect(figures[0].claimIds).toEqual([a.id]);
  expect(figures[0].status).toBe("single-source");
});

const UNITS = ["USD", "EUR", "m3", "s", "count", "x", "%", "pp", "ordinal", "EUR/kWh", "t", "Wh", "m", "weird"];
const QUALIFIERS: Qualifier[] = ["exact", "approx", "over", "under", "up-to", "at-least", "range"];
const SUBJECTS = ["trade", "talks", "gas supplies", "Chinese students in Russia", "", "it", "the figure", "prices"];

const arbClaim = fc
  .record({
    src: fc.constantFrom("A", "B", "C", "D"),
    subject: fc.constantFrom(...SUBJECTS),
    unit: fc.constantFrom(...UNITS),
    qualifier: fc.constantFrom(...QUALIFIERS),
    value: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
    period: fc.constantFrom("", "2024", "2025", "annually"),
    attribution: fc.constantFrom("", "Ushakov", "Yuri Ushakov", "officials", "Gazprom"),
    pos: fc.nat(5000),
  })
  .map((r): Claim => {
    const sentence = `Russia and China said ${r.subject || "it"} was 12.5 units in ${r.period || "the period"}.`;
    const c = claim({ source: r.src, sentence, surface: "12.5 units", value: r.value, unit: r.unit, qualifier: r.qualifier, subject: r.subject, period: r.period, attribution: r.attribution, sentenceStart: r.pos });
    if (r.qualifier === "range") {
      c.low = r.value - 1;
      c.high = r.value + 1;
    }
    return c;
  });

test("random claims: never throws, every claim in exactly one figure, statuses valid, numbers finite where stated", () => {
  fc.assert(
    fc.property(fc.array(arbClaim, { maxLength: 40 }), (claims) => {
      const figures = reconcile(claims, [source("A", "One"), source("B", "Two"), source("C", "One"), source("D", "")], {
        fx: [{ from: "EUR", to: "USD", rate: 1.1 }],
      });
      // every claim but those that are no figure (a person's age, "the 30th anniversary": see frame/types notFigure);
      // a claim given twice under one id counts once, so an id one of whose claims is no figure may make none
      const ids = new Set(claims.map((c) => c.id));
      const maybeNone = new Set(claims.filter((c) => frameClaims([c], new Map()).get(c.id)?.notFigure).map((c) => c.id));
      const seen = figures.flatMap((f) => f.claimIds);
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of seen) expect(ids.has(id)).toBe(true);
      for (const id of ids) if (!maybeNone.has(id)) expect(seen).toContain(id);
      for (const f of figures) {
        expect(STATUS_ORDER).toContain(f.status);
        expect(Number.isFinite(f.min) && Number.isFinite(f.max)).toBe(true);
        expect(f.spread).toBeGreaterThanOrEqual(0);
        if (f.status === "conflicting") expect((f.sides ?? []).length).toBeGreaterThanOrEqual(2);
        for (const flag of f.flags) expect(flag.message).not.toMatch(/\n/);
      }
    }),
    { numRuns: 300 },
  );
});

test("random claims: the result does not depend on their order", () => {
  const sources = [source("A", "One"), source("B", "Two"), source("C", "One"), source("D", "")];
  fc.assert(
    fc.property(
      fc.array(arbClaim, { maxLength: 30 }).chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length }))),
      ([cs, shuffled]) => {
        expect(JSON.stringify(reconcile(shuffled, [...sources].reverse()))).toBe(JSON.stringify(reconcile(cs, sources)));
      },
    ),
    { numRuns: 300 },
  );
});

test("two claims with one id: the same one is kept whatever the order", () => {
  const a = claim({ source: "A", sentence: "Exports rose to $5 billion.", surface: "$5 billion", value: 5e9, unit: "USD", subject: "exports" });
  const b = { ...a, value: 6e9 };
  expect(JSON.stringify(reconcile([a, b], []))).toBe(JSON.stringify(reconcile([b, a], [])));
});
