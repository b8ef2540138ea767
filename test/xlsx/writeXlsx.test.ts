import ExcelJS from "exceljs";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { readXlsxSources, readXlsxTables } from "../../src/xlsx/readXlsx";
import { TABLES, SOURCES_STORE_SHEET, tableSpec } from "../../src/workbook/layout";
import type { AuditResult, Source } from "../../src/core/types";
import { INJECTIONS, RESULT } from "../workbook/fixture";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

describe("writeXlsx", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeXlsx(RESULT, {
      metrics: [{ key: "trade", label: "Bilateral trade", unit: "USD", keywords: ["trade", "turnover"] }],
      fx: [{ from: "EUR", to: "USD", rate: 1.08 }],
      reviews: { "c-call-c": "Rejected" },
      notes: { "c-call-c": "aide rounds up" },
    });
  });

  it("writes every table of the layout under its name with the layout's columns", async () => {
    const tables = await readXlsxTables(bytes);
    expect(tables.map((t) => t.name).sort()).toEqual(TABLES.map((t) => t.name).sort());
    for (const t of tables) {
      const spec = tableSpec(t.name as never);
      expect(t.sheet).toBe(spec.sheet);
      expect(t.headers).toEqual(spec.columns.map((c) => c.header));
    }
  });

  it("fills Sources and Claims from the result, with reviews, notes and figure status", async () => {
    const tables = await readXlsxTables(bytes);
    const sources = tables.find((t) => t.name === "Sources")!;
    const sh = (name: string): number => sources.headers.indexOf(name);
    expect(sources.rows.map((r) => r[sh("Source ID")])).toEqual(["src-a", "src-b", "src-c"]);
    expect(["Title", "Outlet", "URL"].map((n) => sources.rows[0][sh(n)])).toEqual(["Trade hits record", "Northern Wire", "https://north.example/trade"]);
    expect(sources.rows[0][sh("Claims")]).toBe(2);
    const claims = tables.find((t) => t.name === "Claims")!;
    const h = (name: string): number => claims.headers.indexOf(name);
    expect(claims.rows).toHaveLength(5);
    const call = claims.rows.find((r) => r[h("Claim ID")] === "c-call-c")!;
    expect(call[h("Review")]).toBe("Rejected");
    expect(call[h("Note")]).toBe("aide rounds up");
    expect(call[h("Status")]).toBe("conflicting");
    expect(call[h("Figure")]).toBe("Call duration");
    expect(call[h("Start")]).toBe(21);
    expect(claims.rows.find((r) => r[h("Claim ID")] === "c-trade-a")![h("Review")]).toBe("Unreviewed");
    const figures = tables.find((t) => t.name === "Figures")!;
    expect(figures.rows.map((r) => r[figures.headers.indexOf("Status")])).toEqual([
      "conflicting",
      "single-source",
      "corroborated",
    ]);
    const metrics = tables.find((t) => t.name === "Metrics")!;
    expect(metrics.rows).toEqual([["trade", "Bilateral trade", "USD", "trade, turnover"]]);
    expect(tables.find((t) => t.name === "FX")!.rows).toEqual([["EUR", "USD", 1.08]]);
  });

  it("keeps injection-prone text exact and writes no formula anywhere", async () => {
    const wb = await load(bytes);
    const texts = new Set<string>();
    let formulas = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas++;
          if (typeof cell.value === "string") texts.add(cell.value);
        }),
      ),
    );
    expect(formulas).toBe(0);
    for (const s of [INJECTIONS[0], "+1", "-2", "@SUM(A1)", "=Harbour view", "@Aide speaks", "+Plus Times", "=Gas deliveries"]) {
      expect(texts).toContain(s);
    }
    // Text columns carry the Text format so a retyped value stays text too.
    const claims = wb.getWorksheet("Claims")!;
    const quoteCol = tableSpec("Claims").columns.findIndex((c) => c.key === "sentence") + 1;
    expect(claims.getCell(3, quoteCol).numFmt).toBe("@");
  });

  it("prints landscape one page wide with the header repeated, on the readable columns; rows hold wrapped text; opens on Figures", async () => {
    const wb = await load(bytes);
    const figures = wb.getWorksheet("Figures")!;
    expect(figures.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    expect(figures.pageSetup.printArea).toBe("A1:I4");
    const claims = wb.getWorksheet("Claims")!;
    const quote = tableSpec("Claims").columns.findIndex((c) => c.key === "sentence") + 1;
    const long = [2, 3, 4, 5, 6].filter((r) => String(claims.getCell(r, quote).value).length > 60);
    expect(long.length).toBeGreaterThan(0);
    for (const r of long) expect(claims.getRow(r).height).toBeGreaterThanOrEqual(30);
    expect(wb.worksheets[(wb.views[0] as { activeTab: number }).activeTab].name).toBe("Figures");
  });

  it("applies formats, hyperlinks, frozen header, validation and status fills from the layout", async () => {
    const wb = await load(bytes);
    const claims = wb.getWorksheet("Claims")!;
    const spec = tableSpec("Claims");
    const valueCol = spec.columns.findIndex((c) => c.key === "value") + 1;
    expect(claims.getCell(2, valueCol).numFmt).toBe('#,##0,,," bn"');
    expect(claims.getCell(3, valueCol).numFmt).toBe("#,##0.0");
    expect(claims.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const urlCol = spec.columns.findIndex((c) => c.key === "url") + 1;
    expect(claims.getCell(2, urlCol).value).toMatchObject({ hyperlink: "https://north.example/trade" });
    // a javascript: address is never a link
    const sources = wb.getWorksheet("Sources")!;
    expect(sources.getCell(4, tableSpec("Sources").columns.findIndex((c) => c.key === "url") + 1).value).toBe("javascript:alert(1)");
    expect(claims.getColumn(valueCol).width).toBe(spec.columns[valueCol - 1].width);
    const reviewCol = spec.columns.findIndex((c) => c.key === "review") + 1;
    const dv = (claims as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(
      claims.getCell(2, reviewCol).address,
    );
    expect(dv).toMatchObject({ type: "list", formulae: ['"Unreviewed,Accepted,Rejected"'] });
    const cf = (claims as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf.flatMap((c) => c.rules.map((r) => r.formulae[0]))).toEqual(
      expect.arrayContaining(['"conflicting"', '"single-source"', '"single-origin"', '"corroborated"']),
    );
  });

  it("stores the article texts in a hidden sheet and reads them back exactly, even 100,000 characters", async () => {
    const long = Array.from({ length: 100_000 }, (_, i) => "ab =\\\r\n\t€😀"[i % 12]).join("").slice(0, 100_000);
    const odd: Source = {
      id: "src-long",
      title: "=1+1",
      outlet: "",
      url: "",
      published: "",
      author: "",
      text: " " + long.slice(1, 99_000) + "\u0001\u000b\uFFFF  ",
    };
    const result: AuditResult = { sources: [...RESULT.sources, odd], claims: RESULT.claims, figures: RESULT.figures };
    const b = await writeXlsx(result);
    const wb = await load(b);
    expect(wb.getWorksheet(SOURCES_STORE_SHEET)!.state).toBe("hidden");
    let longest = 0;
    wb.getWorksheet(SOURCES_STORE_SHEET)!.eachRow((row) => {
      const v = row.getCell(3).value;
      if (typeof v === "string") longest = Math.max(longest, v.length);
    });
    expect(longest).toBeLessThanOrEqual(32000);
    const problems: string[] = [];
    const back = await readXlsxSources(b, problems);
    expect(problems).toEqual([]);
    expect(back).toEqual(result.sources);
  });

  it("writes an empty result as valid tables", async () => {
    const b = await writeXlsx({ sources: [], claims: [], figures: [] });
    const tables = await readXlsxTables(b);
    expect(tables.map((t) => t.name)).toEqual(TABLES.map((t) => t.name));
    expect(await readXlsxSources(b)).toEqual([]);
  });

  it("writes a URL longer than Excel's hyperlink limit as text, not as a link", async () => {
    const long = `https://long.example/${"q".repeat(2997)}`; // 3,018 characters
    const linkable = `https://ok.example/${"q".repeat(2079 - 19)}`; // exactly 2,079
    const result: AuditResult = {
      sources: [long, linkable].map((url, i) => ({ id: `s${i}`, title: "t", outlet: "o", url, published: "", author: "", text: "x" })),
      claims: [],
      figures: [],
    };
    const sheet = (await load(await writeXlsx(result))).getWorksheet("Sources")!;
    const urlCol = tableSpec("Sources").columns.findIndex((c) => c.key === "url") + 1;
    expect(sheet.getCell(2, urlCol).value).toBe(long);
    expect(sheet.getCell(3, urlCol).value).toMatchObject({ hyperlink: linkable });
  });
});
