import { analyse } from "../../src/core/analyse";

/** Sources whose extraction is made to fail (the real extractor runs for every other source). */
const mockFailFor = new Set<string>();
jest.mock("../../src/core/extract/extractClaims", () => {
  const actual = jest.requireActual("../../src/core/extract/extractClaims");
  return {
    ...actual,
    extractClaims: (source: { id: string }) => {
      if (mockFailFor.has(source.id)) throw new Error(`extractor failed on ${source.id}`);
      return actual.extractClaims(source);
    },
  };
});
import { createSource } from "../../src/core/source/createSource";

const a = createSource(
  "Steel deal agreed\nURL: https://steel-a.example/deal\n\nSteel exports between the two countries reached $12 billion in 2025, officials said.\n",
  { file: "a.txt" },
);
const b = createSource(
  "Steel trade grows\nURL: https://steel-b.example/trade\n\nSteel exports between the two countries reached $12 billion in 2025, customs data showed.\n",
  { file: "b.txt" },
);

describe("analyse", () => {
  it("extracts every source's claims, in source order, and reconciles them into figures", () => {
    const r = analyse([a, b]);
    expect(r.sources).toEqual([a, b]);
    expect(r.claims.length).toBeGreaterThanOrEqual(2);
    const firstB = r.claims.findIndex((c) => c.sourceId === b.id);
    expect(r.claims.slice(0, firstB).every((c) => c.sourceId === a.id)).toBe(true);
    for (const c of r.claims) expect((c.sourceId === a.id ? a : b).text.slice(c.start, c.end)).toBe(c.surface);
    const exports = r.figures.find((f) => f.claimIds.length === 2 && f.unit === "USD");
    expect(exports).toBeDefined();
    expect(exports!.status).toBe("corroborated");
    const ids = new Set(r.claims.map((c) => c.id));
    for (const f of r.figures) for (const id of f.claimIds) expect(ids.has(id)).toBe(true);
  });

  it("passes the options to the audit (tolerance)", () => {
    const c = createSource("Report\n\nSteel exports from Chile to Peru reached $12.34 billion in 2025.\n", { file: "c.txt" });
    const d = createSource("Other report\n\nSteel exports from Chile to Peru reached $12.47 billion in 2025.\n", { file: "d.txt" });
    const strict = analyse([c, d], { tolerance: 0.001 });
    const loose = analyse([c, d], { tolerance: 0.05 });
    const status = (r: ReturnType<typeof analyse>) => r.figures.find((f) => f.unit === "USD" && f.claimIds.length === 2)?.status;
    expect(status(strict)).toBe("conflicting");
    expect(status(loose)).toBe("corroborated");
  });

  it("returns empty lists for no sources", () => {
    expect(analyse([])).toEqual({ sources: [], claims: [], figures: [] });
  });
});

describe("analyse with a failing source", () => {
  it("leaves the source out and goes on when a hook is given, and throws without one", () => {
    const broken = { ...a, id: "s-broken" };
    mockFailFor.add("s-broken");
    try {
      expect(() => analyse([broken, b])).toThrow("extractor failed on s-broken");
      const seen: string[] = [];
      const r = analyse([broken, b], {}, { onExtractError: (s, e) => seen.push(`${s.id}: ${(e as Error).message}`) });
      expect(seen).toEqual(["s-broken: extractor failed on s-broken"]);
      expect(r.sources).toEqual([b]);
      expect(r.claims.length).toBeGreaterThan(0);
      expect(r.claims.every((c) => c.sourceId === b.id)).toBe(true);
    } finally {
      mockFailFor.clear();
    }
  });
});

describe("analyse with a source of too many numbers", () => {
  it("keeps the first claims up to the limit, says so, and keeps every other source whole", () => {
    const dense = { ...a, id: "s-dense", text: "1 ".repeat(500) };
    const seen: string[] = [];
    const r = analyse([dense, b], {}, { maxClaimsPerSource: 40, onClaimLimit: (s, found, kept) => seen.push(`${s.id} ${found} ${kept}`) });
    expect(seen).toEqual(["s-dense 500 40"]);
    expect(r.claims.filter((c) => c.sourceId === "s-dense")).toHaveLength(40);
    expect(r.claims.filter((c) => c.sourceId === b.id).length).toBe(analyse([b]).claims.length);
    expect(r.sources.map((s) => s.id)).toEqual(["s-dense", b.id]);
  });
});
