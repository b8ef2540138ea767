import { appendedValues, planMerge, runValues } from "../../src/workbook/merge";
import { claimRows } from "../../src/workbook/rows";
import { CLAIMS_TABLE } from "../../src/workbook/layout";
import { RESULT } from "./fixture";

const headers = CLAIMS_TABLE.columns.map((c) => c.header);

describe("planMerge", () => {
  const data = claimRows(RESULT);

  it("updates rows in place by id, whatever their order, marks missing ids gone, keeps rows without id, appends new", () => {
    const ids = ["c-call-c", "", "c-old", "c-trade-a", "c-old2", "c-gas-a"];
    const plan = planMerge({ headers, ids }, data);
    expect(plan.missing).toEqual([]);
    expect(plan.counts).toEqual({ updated: 3, gone: 2, appended: 2, untouched: 1 });
    expect(plan.updates).toEqual([
      { start: 0, sources: [4] },
      { start: 3, sources: [0] },
      { start: 5, sources: [1] },
    ]);
    expect(plan.gone).toEqual([
      { start: 2, sources: [-1] },
      { start: 4, sources: [-1] },
    ]);
    expect(plan.appended).toEqual([2, 3]);
  });

  it("rewrites only the engine's columns, in runs of adjacent table columns, and finds moved columns by header", () => {
    const moved = ["My column", ...headers.slice(0, 5), "Review", ...headers.slice(5).filter((h) => h !== "Review")];
    const plan = planMerge({ headers: moved, ids: [] }, data);
    expect(plan.engineColumns.map((r) => r.start)).toEqual([1, 7, 11, 19]);
    const written = plan.engineColumns.flatMap((r) => r.specColumns.map((c) => CLAIMS_TABLE.columns[c].header));
    expect(written).not.toContain("Review");
    expect(written).not.toContain("Note");
    expect(written).toContain("Quote");
    expect(runValues(data, plan.engineColumns[0], [0])[0][0]).toBe("Trade hits record");
    expect(runValues(data, plan.engineColumns[3], [0])[0]).toEqual([245e9, "USD", "c-trade-a"]);
    const rows = appendedValues(plan, data);
    expect(rows[0][0]).toBe(""); // the analyst's own column stays empty
    expect(rows[0][6]).toBe("Unreviewed");
    expect(rows[0][1]).toBe("Trade hits record");
    expect(rows[0][moved.indexOf("Claim ID")]).toBe("c-trade-a");
  });

  it("does not ask an older table for the columns added since (canonical values): it writes the others", () => {
    const older = headers.filter((h) => !h.startsWith("Canonical"));
    const plan = planMerge({ headers: older, ids: ["c-trade-a"] }, data);
    expect(plan.missing).toEqual([]);
    const written = plan.engineColumns.flatMap((r) => r.specColumns.map((c) => CLAIMS_TABLE.columns[c].header));
    expect(written).toContain("Value");
    expect(written).not.toContain("Canonical value");
  });

  it("reports layout columns the table lost", () => {
    const plan = planMerge({ headers: headers.filter((h) => h !== "Quote"), ids: [] }, data);
    expect(plan.missing).toEqual(["Quote"]);
  });
});
