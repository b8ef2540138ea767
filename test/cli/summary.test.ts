import { ANSI, PLAIN, wantColor } from "../../src/cli/color";
import { nameList, renderSummary } from "../../src/cli/summary";
import type { AuditResult, Figure, FigureStatus, Source } from "../../src/core/types";

function source(id: string, outlet: string): Source {
  return { id, title: `Title ${id}`, outlet, url: "", published: "", author: "", text: "" };
}

function figure(id: string, status: FigureStatus, min: number, max: number, sources: string[], extra: Partial<Figure> = {}): Figure {
  return {
    id, label: `Figure ${id}`, unit: "USD", period: "2025", status, claimIds: sources.map((s) => `${id}-${s}`),
    min, max, spread: max === min ? 0 : (max - min) / max, sources, flags: [], reason: "same subject", ...extra,
  };
}

const result: AuditResult = {
  sources: [source("s1", "Daily One"), source("s2", "Globe Two"), source("s3", "")],
  claims: [],
  figures: [
    figure("agree", "corroborated", 245e9, 245e9, ["s1", "s2"]),
    figure("alone", "single-source", 5e6, 5e6, ["s1"], { flags: [{ kind: "ratio-mismatch", message: "11.43 / 4.23 = 2.70, text says three times", claimIds: [] }] }),
    figure("clash", "conflicting", 200e9, 250e9, ["s1", "s2"], {
      sides: [{ value: 200e9, sourceIds: ["s1"], claimIds: [] }, { value: 250e9, sourceIds: ["s2"], claimIds: [] }],
    }),
    figure("echo", "single-origin", 3200, 3200, ["s1", "s2", "s3"], { unit: "count" }),
  ],
};

describe("renderSummary", () => {
  const text = renderSummary(result, PLAIN);

  it("counts each status and lists conflicting, single-source, single-origin, then corroborated", () => {
    expect(text.split("\n")[0]).toBe("figure-audit: 3 sources, 0 claims, 4 figures");
    expect(text).toContain("1 conflicting · 1 single-source · 1 single-origin · 1 corroborated");
    const order = ["Figure clash", "Figure alone", "Figure echo", "Figure agree"].map((l) => text.indexOf(l));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("shows values, spread, sources, sides and flags", () => {
    expect(text).toMatch(/USD 200 bn – USD 250 bn\s+spread 20\.0% · 2 claims · Daily One, Globe Two/);
    expect(text).toMatch(/sides: USD 200 bn ← Daily One {2}\| {2}USD 250 bn ← Globe Two/);
    expect(text).toContain("! ratio-mismatch: 11.43 / 4.23 = 2.70, text says three times");
    // a source without an outlet is named by its title
    expect(text).toContain("Daily One, Globe Two, Title s3");
  });

  it("has no escape codes without colour, and colours status headings with it", () => {
    expect(text).not.toContain("\u001b[");
    const coloured = renderSummary(result, ANSI);
    expect(coloured).toContain("\u001b[1;31mCONFLICTING");
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(text);
  });
});

describe("wantColor", () => {
  it("colours only a terminal without NO_COLOR, unless forced", () => {
    expect(wantColor(undefined, true, {})).toBe(true);
    expect(wantColor(undefined, false, {})).toBe(false);
    expect(wantColor(undefined, true, { NO_COLOR: "1" })).toBe(false);
    expect(wantColor(undefined, true, { TERM: "dumb" })).toBe(false);
    expect(wantColor(false, true, {})).toBe(false);
    expect(wantColor(true, false, { NO_COLOR: "1" })).toBe(true);
  });
});

describe("nameList", () => {
  it("names at most a few sources and counts the rest", () => {
    const ids = Array.from({ length: 9 }, (_, i) => `s${i}`);
    expect(nameList(ids, (id) => id.toUpperCase())).toBe("S0, S1, S2, S3, S4, S5 and 3 more");
    expect(nameList(ids.slice(0, 2), (id) => id)).toBe("s0, s1");
  });
});

describe("renderSummary on very many figures", () => {
  it("shows at most maxPerStatus figures of a status, most sources first, then how many more", () => {
    const many: AuditResult = {
      sources: result.sources,
      claims: [],
      figures: Array.from({ length: 2500 }, (_, i) => figure(`n${i}`, "single-source", i, i, i === 1234 ? ["s1", "s2"] : ["s1"])),
    };
    const text = renderSummary(many, PLAIN, 10);
    expect(text).toContain("SINGLE-SOURCE: stated by one source only (2500)");
    expect(text.match(/^ {2}Figure n/gm)).toHaveLength(10);
    expect(text).toContain("  Figure n1234\n");
    expect(text).toContain("  … and 2,490 more single-source figures (all of them are in the JSON and the workbook)\n");
  });
});
