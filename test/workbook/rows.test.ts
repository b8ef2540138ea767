import { buildTables, claimRows, figureRows, sourceRows } from "../../src/workbook/rows";
import { columnIndex, CLAIMS_TABLE, FIGURES_TABLE, SOURCES_TABLE } from "../../src/workbook/layout";
import { INJECTIONS, RESULT } from "./fixture";

describe("table rows from an audit result", () => {
  it("builds one Sources row per source with its claim count and published date as an Excel serial", () => {
    const t = sourceRows(RESULT);
    expect(t.rows.map((r) => r[columnIndex(SOURCES_TABLE, "id")])).toEqual(["src-a", "src-b", "src-c"]);
    expect(t.rows.map((r) => r[columnIndex(SOURCES_TABLE, "claimCount")])).toEqual([2, 2, 1]);
    expect(t.rows[0][columnIndex(SOURCES_TABLE, "published")]).toBe(45785);
    expect(t.rows[1][columnIndex(SOURCES_TABLE, "published")]).toBe("");
    for (const r of t.rows) expect(r).toHaveLength(SOURCES_TABLE.columns.length);
  });

  it("orders claims by source then offset and fills figure, status, review, note and override", () => {
    const t = claimRows(
      { ...RESULT, claims: [...RESULT.claims].reverse() },
      { reviews: { "c-gas-a": "Accepted" }, notes: { "c-gas-a": "ok" }, overrides: [{ claimId: "c-gas-a", figureKey: "gas" }] },
    );
    const col = (k: string): number => columnIndex(CLAIMS_TABLE, k);
    expect(t.rows.map((r) => r[col("id")])).toEqual(["c-trade-a", "c-gas-a", "c-trade-b", "c-call-b", "c-call-c"]);
    const gas = t.rows[1];
    expect(gas[col("review")]).toBe("Accepted");
    expect(gas[col("note")]).toBe("ok");
    expect(gas[col("figureOverride")]).toBe("gas");
    expect(gas[col("figure")]).toBe("=Gas deliveries");
    expect(gas[col("status")]).toBe("single-source");
    expect(gas[col("sentence")]).toBe(INJECTIONS[0]);
    expect(t.rows[0][col("review")]).toBe("Unreviewed");
    // Each value in the unit its own words use; the canonical value beside it.
    expect(t.rows.map((r) => [r[col("value")], r[col("unit")]])).toEqual([
      [245e9, "USD"],
      [38.8, "bcm"],
      [200e9, "USD"],
      [85, "minutes"],
      [1.5, "hours"],
    ]);
    expect(t.rowFormats.value).toEqual(['#,##0,,," bn"', "#,##0.0", '#,##0,,," bn"', "#,##0", "#,##0.0"]);
    expect(t.rows.map((r) => [r[col("canonicalValue")], r[col("canonicalUnit")]])[4]).toEqual([5400, "s"]);
  });

  it("lists figures conflicting first, with counts, sources and a readable value", () => {
    const t = figureRows(RESULT);
    const col = (k: string): number => columnIndex(FIGURES_TABLE, k);
    expect(t.rows.map((r) => r[col("id")])).toEqual(["f-call", "f-gas", "f-trade"]);
    const trade = t.rows[2];
    expect(trade[col("valueText")]).toBe("200 – 245 bn USD");
    const call = t.rows[0];
    expect([call[col("valueText")], call[col("min")], call[col("max")], call[col("unit")]]).toEqual(["85 – 90 minutes", 85, 90, "minutes"]);
    expect([call[col("canonicalMin")], call[col("canonicalMax")], call[col("canonicalUnit")]]).toEqual([5100, 5400, "s"]);
    expect(t.rows[1][col("valueText")]).toBe("38.8 bcm");
    expect(trade[col("claimCount")]).toBe(2);
    expect(trade[col("independentSources")]).toBe(2);
    expect(trade[col("sourceList")]).toBe("Northern Wire; Harbour Daily");
    expect(t.rows[0][col("flags")]).toBe("1 h 25 min against 1 h 30 min");
  });

  it("counts one independent source for an echo (single-origin) and for one outlet", () => {
    const echo = { ...RESULT.figures[0], status: "single-origin" as const };
    expect(figureRows({ ...RESULT, figures: [echo] }).rows[0][columnIndex(FIGURES_TABLE, "independentSources")]).toBe(1);
    const sameOutlet = { ...RESULT, sources: RESULT.sources.map((s) => ({ ...s, outlet: "One Wire" })) };
    expect(figureRows(sameOutlet).rows[2][columnIndex(FIGURES_TABLE, "independentSources")]).toBe(1);
  });

  it("fills Metrics and FX from the analyst's inputs", () => {
    const t = buildTables(RESULT, {
      metrics: [{ key: "gas", label: "Gas", unit: "m3", keywords: ["gas", "pipeline"] }],
      fx: [{ from: "EUR", to: "USD", rate: 1.1 }],
    });
    expect(t.Metrics.rows).toEqual([["gas", "Gas", "m3", "gas, pipeline"]]);
    expect(t.FX.rows).toEqual([["EUR", "USD", 1.1]]);
  });
});
