import { OfficeWorkbookGateway } from "../../src/excel/officeGateway";
import { WorkbookError } from "../../src/excel/errors";
import { TABLES, tableSpec } from "../../src/workbook/layout";
import type { AuditResult, Claim } from "../../src/core/types";
import { FakeExcel, type Cell } from "./fakes/fakeExcel";
import { INJECTIONS, RESULT } from "../workbook/fixture";

const SETTINGS = { tolerance: 0.01 };

function gatewayOn(fake: FakeExcel, extra: ConstructorParameters<typeof OfficeWorkbookGateway>[0] = {}): OfficeWorkbookGateway {
  return new OfficeWorkbookGateway({ run: fake.run, ...extra });
}

function column(fake: FakeExcel, table: string, header: string): unknown[] {
  const t = fake.tableValues(table);
  const i = t.headers.indexOf(header);
  return t.rows.map((r) => r[i]);
}

function allCells(fake: FakeExcel): Cell[] {
  return fake.sheets.flatMap((s) => [...s.cells.values()]);
}

describe("OfficeWorkbookGateway: first write", () => {
  let fake: FakeExcel;
  beforeAll(async () => {
    fake = new FakeExcel();
    await gatewayOn(fake).write(RESULT, SETTINGS);
  });

  it("creates the layout's tables with their names, sheets and columns", () => {
    expect(fake.tables.map((t) => t.name)).toEqual(TABLES.map((t) => t.name));
    for (const spec of TABLES) {
      const t = fake.table(spec.name);
      expect(t.sheet.name).toBe(spec.sheet);
      expect(fake.tableValues(spec.name).headers).toEqual(spec.columns.map((c) => c.header));
      expect(t.style).toBe("TableStyleMedium2");
      expect(t.sheet.frozenRows).toBe(1);
    }
    expect(column(fake, "Claims", "Claim ID")).toEqual(["c-trade-a", "c-gas-a", "c-trade-b", "c-call-b", "c-call-c"]);
    expect(column(fake, "Claims", "Review")).toEqual(Array(5).fill("Unreviewed"));
    expect(column(fake, "Figures", "Status")).toEqual(["conflicting", "single-source", "corroborated"]);
    expect(column(fake, "Sources", "Claims")).toEqual([2, 2, 1]);
  });

  it("fits rows to wrapped text; without ExcelApi 1.9 it leaves the page setup alone and still writes", () => {
    expect(fake.table("Claims").sheet.autofitRows).toEqual(["A2:U6"]);
    expect(fake.table("Claims").sheet.page).toEqual({});
    expect(fake.table("Figures").sheet.activations).toBe(1); // a first write opens on Figures (ExcelApi 1.1)
  });

  it("with ExcelApi 1.9 prints new sheets landscape, one page wide, header on every page, and opens on Figures", async () => {
    const withLayout = new FakeExcel();
    const gateway = gatewayOn(withLayout, { supports: (set, version) => set === "ExcelApi" && version === "1.9" });
    await gateway.write(RESULT, SETTINGS);
    expect(gateway.lastWrite?.presentation).toBe("applied");
    const page = withLayout.table("Figures").sheet.page;
    expect(page).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "A:I",
      titleRows: "$1:$1",
    });
    expect(withLayout.table("Figures").sheet.activations).toBe(1);
    // A refresh keeps the analyst's own page setup and view.
    withLayout.table("Figures").sheet.page = { orientation: "Portrait" };
    await gateway.write(RESULT, SETTINGS);
    expect(withLayout.table("Figures").sheet.page).toEqual({ orientation: "Portrait" });
    expect(withLayout.table("Figures").sheet.activations).toBe(1);
  });

  it("starts the FX table with the rates typed in the pane, and never overwrites the analyst's table", async () => {
    const fresh = new FakeExcel();
    const gateway = gatewayOn(fresh);
    await gateway.write(RESULT, { tolerance: 0.01, fx: [{ from: "EUR", to: "USD", rate: 1.08 }] });
    expect(fresh.tableValues("FX").rows).toEqual([["EUR", "USD", 1.08]]);
    expect((await gateway.readUserInputs()).fx).toEqual([{ from: "EUR", to: "USD", rate: 1.08 }]);
    await gateway.write(RESULT, { tolerance: 0.01, fx: [{ from: "EUR", to: "USD", rate: 2 }] });
    expect(fresh.tableValues("FX").rows).toEqual([["EUR", "USD", 1.08]]);
  });

  it("reports, and does not fail the write, when the host refuses the page setup", async () => {
    const refusing = new FakeExcel();
    const gateway = gatewayOn(refusing, { supports: () => true });
    // The sync after the data is in (the tables exist by then) meets a sheet it may not format.
    refusing.beforeSync = () => {
      if (refusing.tables.length === 5) refusing.sheet("Figures").protected = true;
    };
    const report = await gateway.write(RESULT, SETTINGS);
    expect(report.claimsWritten).toBe(5);
    expect(gateway.lastWrite?.presentation).toMatch(/^skipped: /);
  });

  it("writes injection-prone text as text: no cell holds a formula, the text is exact", () => {
    expect(allCells(fake).filter((c) => c.formula)).toEqual([]);
    const values = new Set(allCells(fake).map((c) => c.value));
    for (const s of [...INJECTIONS, "=Harbour view", "@Aide speaks", "+Plus Times", "=Gas deliveries"]) expect(values).toContain(s);
    // "-2" (a period) stays the text "-2", not the number -2.
    expect(column(fake, "Claims", "Period")).toContain("-2");
  });

  it("formats from the layout: Text columns, per-unit value formats, status fills, review list, links, widths", () => {
    const claims = fake.table("Claims");
    const spec = tableSpec("Claims");
    const cells = fake.tableCells("Claims");
    const quote = spec.columns.findIndex((c) => c.key === "sentence");
    expect(cells.every((r) => r[quote]?.numberFormat === "@")).toBe(true);
    const value = spec.columns.findIndex((c) => c.key === "value");
    // In the unit the article used: $245 billion as 245 bn (unit USD), 38.8 bcm as 38.8 (unit bcm).
    expect(cells[0][value]?.numberFormat).toBe('#,##0,,," bn"');
    expect(cells[1][value]?.numberFormat).toBe("#,##0.0");
    expect(cells[1][value]?.value).toBe(38.8);
    const cf = claims.sheet.conditionalFormats.map((c) => c.formula1);
    expect(cf).toEqual(['="conflicting"', '="single-source"', '="single-origin"', '="corroborated"', '="gone"']);
    expect(claims.sheet.validations[0].rule).toEqual({ list: { inCellDropDown: true, source: "Unreviewed,Accepted,Rejected" } });
    const url = spec.columns.findIndex((c) => c.key === "url");
    expect(cells[0][url]?.hyperlink).toBe("https://north.example/trade");
    expect(cells[4][url]?.hyperlink).toBeUndefined(); // javascript: is never a link
    expect(claims.sheet.columnWidths.get(quote)).toBeGreaterThan(claims.sheet.columnWidths.get(0) ?? 0);
  });

  it("stores the article texts in the workbook so a new session reads them back", async () => {
    expect(fake.parts.length).toBeGreaterThan(0);
    const sources = await gatewayOn(fake).loadSources();
    expect(sources).toEqual(RESULT.sources);
  });
});

function withClaims(result: AuditResult, drop: string[], add: Claim[]): AuditResult {
  const claims = result.claims.filter((c) => !drop.includes(c.id)).concat(add);
  const figures = result.figures.map((f) => ({ ...f, claimIds: f.claimIds.filter((id) => !drop.includes(id)) }));
  return { ...result, claims, figures };
}

describe("OfficeWorkbookGateway: refresh keeps the analyst's work", () => {
  it("keeps Review, Note, override and own columns with their claims after a re-sort; marks gone; appends new", async () => {
    const fake = new FakeExcel();
    await gatewayOn(fake).write(RESULT, SETTINGS);
    // The analyst reviews, notes, sorts and adds a column of their own.
    const ids = column(fake, "Claims", "Claim ID");
    fake.typeInTable("Claims", ids.indexOf("c-call-c"), "Review", "Rejected");
    fake.typeInTable("Claims", ids.indexOf("c-call-c"), "Note", "aide rounds up");
    fake.typeInTable("Claims", ids.indexOf("c-trade-b"), "Review", "Accepted");
    fake.typeInTable("Claims", ids.indexOf("c-gas-a"), "Figure override", "gas-2025");
    fake.sortTable("Claims", "Quote", true);
    fake.addOwnColumn("Claims", "My flag", (row) => {
      const t = fake.tableValues("Claims");
      return `mine-${String(t.rows[row][t.headers.indexOf("Claim ID")])}`;
    });
    fake.addOwnRow("Claims", { Quote: "my own note row", Note: "kept" });
    const orderBefore = column(fake, "Claims", "Claim ID");

    const extra: Claim = { ...RESULT.claims[0], id: "c-new", start: 0, end: 5, surface: "Trade", value: 1, unit: "count" };
    const next = withClaims(RESULT, ["c-gas-a"], [extra]);
    next.claims = next.claims.map((c) => (c.id === "c-call-c" ? { ...c, sentence: "=changed sentence" } : c));
    const gateway = gatewayOn(fake);
    expect(await gateway.readReviews()).toMatchObject({ "c-call-c": "Rejected", "c-trade-b": "Accepted", "c-gas-a": "Unreviewed" });
    const report = await gateway.write(next, SETTINGS);
    expect(report).toEqual({ claimsWritten: 5, claimsGone: 1, figuresWritten: 3 });

    const t = fake.tableValues("Claims");
    const h = (name: string): number => t.headers.indexOf(name);
    const byId = new Map(t.rows.map((r) => [r[h("Claim ID")], r]));
    expect(orderBefore[orderBefore.length - 1]).toBe("");
    expect(t.rows.map((r) => r[h("Claim ID")])).toEqual([...orderBefore, "c-new"]); // sort kept, own row kept, new row at the bottom
    const own = t.rows[orderBefore.length - 1];
    expect([own[h("Quote")], own[h("Note")], own[h("Status")]]).toEqual(["my own note row", "kept", ""]);
    expect(byId.get("c-call-c")![h("Review")]).toBe("Rejected");
    expect(byId.get("c-call-c")![h("Note")]).toBe("aide rounds up");
    expect(byId.get("c-call-c")![h("Quote")]).toBe("=changed sentence");
    expect(byId.get("c-trade-b")![h("Review")]).toBe("Accepted");
    expect(byId.get("c-gas-a")![h("Status")]).toBe("gone");
    expect(byId.get("c-gas-a")![h("Figure override")]).toBe("gas-2025");
    expect(byId.get("c-new")![h("Review")]).toBe("Unreviewed");
    for (const [id, row] of byId) if (id !== "c-new" && id !== "") expect(row[h("My flag")]).toBe(`mine-${String(id)}`);
    expect(allCells(fake).filter((c) => c.formula)).toEqual([]);
  });

  it("outside a session every call reads afresh, so a sort between two calls is seen", async () => {
    const fake = new FakeExcel();
    const gateway = gatewayOn(fake);
    await gateway.write(RESULT, SETTINGS);
    await gateway.readReviews();
    fake.typeInTable("Claims", 0, "Note", "first row before the sort");
    fake.sortTable("Claims", "Claim ID", true);
    const syncs = fake.syncs;
    await gateway.write(withClaims(RESULT, [], []), SETTINGS);
    expect(fake.syncs - syncs).toBe(5); // 3 to read, 1 to write, 1 to fit rows
    const t = fake.tableValues("Claims");
    const first = t.rows.find((r) => r[t.headers.indexOf("Claim ID")] === "c-trade-a")!;
    expect(first[t.headers.indexOf("Note")]).toBe("first row before the sort");
    expect(first[t.headers.indexOf("Surface")]).toBe("$245 billion");
  });

  it("reads the analyst's metrics, FX rates and overrides", async () => {
    const fake = new FakeExcel();
    await gatewayOn(fake).write(RESULT, SETTINGS);
    fake.typeInTable("Metrics", 0, "Key", "trade");
    fake.typeInTable("Metrics", 0, "Label", "Bilateral trade");
    fake.typeInTable("Metrics", 0, "Unit", "USD");
    fake.typeInTable("Metrics", 0, "Keywords", "trade; turnover");
    fake.typeInTable("FX", 0, "From", "eur");
    fake.typeInTable("FX", 0, "To", "USD");
    fake.typeInTable("FX", 0, "Rate", 1.08);
    fake.typeInTable("Claims", 1, "Figure override", "gas");
    const inputs = await gatewayOn(fake).readUserInputs();
    expect(inputs.metrics).toEqual([{ key: "trade", label: "Bilateral trade", unit: "USD", keywords: ["trade", "turnover"] }]);
    expect(inputs.fx).toEqual([{ from: "EUR", to: "USD", rate: 1.08 }]);
    expect(inputs.overrides).toEqual([{ claimId: "c-gas-a", figureKey: "gas" }]);
  });

  it("sets a review (as text) and selects a claim's row", async () => {
    const fake = new FakeExcel();
    const gateway = gatewayOn(fake);
    await gateway.write(RESULT, SETTINGS);
    await gateway.setReview("c-call-b", "Accepted");
    expect((await gateway.readReviews())["c-call-b"]).toBe("Accepted");
    await gateway.selectClaim("c-call-b");
    expect(fake.selected).toEqual({ sheet: "Claims", address: "A5:U5" });
    await expect(gateway.selectClaim("nope")).rejects.toBeInstanceOf(WorkbookError);
  });
});

describe("OfficeWorkbookGateway: errors leave the workbook as it was", () => {
  async function prepared(): Promise<{ fake: FakeExcel; before: string }> {
    const fake = new FakeExcel();
    await gatewayOn(fake).write(RESULT, SETTINGS);
    return { fake, before: fake.dump() };
  }
  const next = withClaims(RESULT, ["c-gas-a"], []);

  async function expectError(p: Promise<unknown>, code: string): Promise<WorkbookError> {
    const e = await p.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(WorkbookError);
    const we = e as WorkbookError;
    expect(we.code).toBe(code);
    expect(we.userMessage.length).toBeGreaterThan(20);
    return we;
  }

  it("a protected sheet", async () => {
    const { fake } = await prepared();
    fake.protect("Claims");
    const before = fake.dump();
    const e = await expectError(gatewayOn(fake).write(next, SETTINGS), "sheet-protected");
    expect(e.workbookUnchanged).toBe(true);
    expect(fake.dump()).toBe(before);
  });

  it("a table resized so a column is gone", async () => {
    const { fake } = await prepared();
    fake.shrinkTable("Claims", 10);
    const before = fake.dump();
    await expectError(gatewayOn(fake).write(next, SETTINGS), "table-changed");
    expect(fake.dump()).toBe(before);
  });

  it("a sheet deleted while the refresh was running", async () => {
    const { fake } = await prepared();
    const gateway = gatewayOn(fake);
    let before = "";
    const e = await expectError(
      gateway.session(async () => {
        await gateway.loadSources(); // the read the refresh works from
        fake.deleteSheet("Figures"); // the analyst deletes a sheet while the engine runs
        before = fake.dump();
        return gateway.write(next, SETTINGS);
      }),
      "sheet-missing",
    );
    expect(e.workbookUnchanged).toBe(true);
    expect(fake.dump()).toBe(before);
  });

  it("a sheet renamed before the refresh is simply followed", async () => {
    const { fake } = await prepared();
    fake.renameSheet("Claims", "My claims");
    await gatewayOn(fake).write(next, SETTINGS);
    expect(fake.table("Claims").sheet.name).toBe("My claims");
    expect(column(fake, "Claims", "Status")[1]).toBe("gone");
  });

  it("a layout sheet that no longer holds its table", async () => {
    const { fake } = await prepared();
    fake.tables = fake.tables.filter((t) => t.name !== "Figures");
    const before = fake.dump();
    await expectError(gatewayOn(fake).write(next, SETTINGS), "sheet-taken");
    expect(fake.dump()).toBe(before);
  });

  it("a request too large for Excel", async () => {
    const { fake, before } = await prepared();
    fake.payloadLimit = 2_000;
    const e = await expectError(gatewayOn(fake).write(next, SETTINGS), "request-too-large");
    expect(e.workbookUnchanged).toBe(true);
    expect(fake.dump()).toBe(before);
  });
});

describe("OfficeWorkbookGateway: article texts that do not fit in the XML parts", () => {
  it("go to a hidden sheet, read back whole, and are replaced when the sources change", async () => {
    const fake = new FakeExcel();
    const big = (i: number): AuditResult["sources"][number] => ({
      ...RESULT.sources[0],
      id: `big-${i}`,
      text: `Article ${i}: ` + "Figures rose to =1+1 percent, said the _x0041_ office. ".repeat(18_000),
    });
    const sources = [0, 1, 2, 3].map(big);
    const result: AuditResult = { sources, claims: [], figures: [] };
    const gateway = gatewayOn(fake);
    await gateway.write(result, SETTINGS);
    const store = fake.sheet("_sources");
    expect(store.visibility).toBe("Hidden");
    expect(fake.parts.length).toBeGreaterThan(0);
    expect(Math.max(...fake.payloads)).toBeLessThan(5 * 1024 * 1024);
    expect(await gatewayOn(fake).loadSources()).toEqual(sources);

    const fewer: AuditResult = { sources: sources.slice(1), claims: [], figures: [] };
    await gateway.write(fewer, SETTINGS);
    expect(await gatewayOn(fake).loadSources()).toEqual(fewer.sources);
  });
});
