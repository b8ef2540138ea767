import { CLAIMS_TABLE, TABLES, TEXT_FORMAT, isEngineColumn, columnIndex, tableSpec } from "../../src/workbook/layout";

describe("workbook layout", () => {
  it("names the five tables, each on its own sheet", () => {
    expect(TABLES.map((t) => t.name)).toEqual(["Sources", "Claims", "Figures", "Metrics", "FX"]);
    expect(new Set(TABLES.map((t) => t.sheet)).size).toBe(TABLES.length);
  });

  it("has unique headers and keys per table, positive widths and a format on every column", () => {
    for (const t of TABLES) {
      expect(new Set(t.columns.map((c) => c.header)).size).toBe(t.columns.length);
      expect(new Set(t.columns.map((c) => c.key)).size).toBe(t.columns.length);
      for (const c of t.columns) {
        expect(c.width).toBeGreaterThan(0);
        expect(c.numberFormat).toBeTruthy();
        if (c.kind === "text" || c.kind === "url" || c.kind === "status") expect(c.numberFormat).toBe(TEXT_FORMAT);
      }
      if (t.idKey) expect(columnIndex(t, t.idKey)).toBeGreaterThanOrEqual(0);
    }
  });

  it("gives the Claims table the columns the issues ask for, with Review and Note kept as the analyst's", () => {
    const headers = CLAIMS_TABLE.columns.map((c) => c.header);
    for (const h of ["Claim ID", "Source", "Outlet", "URL", "Quote", "Start", "End", "Figure", "Status", "Review", "Note"]) {
      expect(headers).toContain(h);
    }
    const review = CLAIMS_TABLE.columns[columnIndex(CLAIMS_TABLE, "review")];
    const note = CLAIMS_TABLE.columns[columnIndex(CLAIMS_TABLE, "note")];
    expect(isEngineColumn(review)).toBe(false);
    expect(isEngineColumn(note)).toBe(false);
    expect(isEngineColumn(CLAIMS_TABLE.columns[columnIndex(CLAIMS_TABLE, "sentence")])).toBe(true);
  });

  it("gives Figures, Metrics and FX their columns", () => {
    expect(tableSpec("Figures").columns.map((c) => c.header)).toEqual(
      expect.arrayContaining(["Figure", "Value", "Unit", "Claims", "Independent sources", "Sources", "Status", "Flags", "Figure ID"]),
    );
    expect(tableSpec("Metrics").columns.map((c) => c.header)).toEqual(["Key", "Label", "Unit", "Keywords"]);
    expect(tableSpec("FX").columns.map((c) => c.header)).toEqual(["From", "To", "Rate"]);
    expect(() => tableSpec("Nope" as never)).toThrow();
  });
});
