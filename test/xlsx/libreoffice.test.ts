/**
 * Opens the ExcelJS workbook in a real spreadsheet program: LibreOffice headless converts every sheet to CSV
 * (computed values) and the whole file to flat ODS (to see any formula). Runs only when `soffice` is on PATH.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { TABLES } from "../../src/workbook/layout";
import { INJECTIONS, RESULT } from "../workbook/fixture";
import { describeUnless } from "../helpers/skip";
import { hasSoffice, openInLibreOffice } from "./support/libreoffice";

const maybe = describeUnless(hasSoffice ? null : "soffice is not on PATH (apt-get install libreoffice-calc-nogui)", "the LibreOffice check of the workbook writer");

maybe("the xlsx opened by LibreOffice", () => {
  let dir: string;
  let csv: Record<string, string[][]> = {};
  let fods = "";

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "fa-lo-"));
    const file = path.join(dir, "figures.xlsx");
    const result = { ...RESULT, sources: RESULT.sources.map((s, i) => (i === 0 ? { ...s, title: "Literal _x0041_ stays" } : s)) };
    writeFileSync(file, await writeXlsx(result, { fx: [{ from: "EUR", to: "USD", rate: 1.08 }] }));
    ({ csv, fods } = openInLibreOffice(dir, file));
    console.log(`LibreOffice wrote sheets: ${Object.keys(csv).join(", ")}`);
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("shows every table's sheet with the layout's header", () => {
    for (const spec of TABLES) {
      expect(csv[spec.sheet]?.[0]).toEqual(spec.columns.map((c) => c.header));
    }
  });

  it("shows the claims and figures from the result", () => {
    const claims = csv.Claims;
    const header = claims[0];
    const byId = new Map(claims.slice(1).map((r) => [r[header.indexOf("Claim ID")], r]));
    expect([...byId.keys()].sort()).toEqual(RESULT.claims.map((c) => c.id).sort());
    const call = byId.get("c-call-c")!;
    expect(call[header.indexOf("Status")]).toBe("conflicting");
    expect(call[header.indexOf("Start")]).toBe("21");
    expect(call[header.indexOf("Review")]).toBe("Unreviewed");
    const figures = csv.Figures;
    expect(figures.slice(1).map((r) => r[figures[0].indexOf("Figure ID")])).toEqual(["f-call", "f-gas", "f-trade"]);
    expect(csv.Sources.slice(1).map((r) => r[csv.Sources[0].indexOf("Source ID")])).toEqual(["src-a", "src-b", "src-c"]);
    expect(csv.FX[1]).toEqual(["EUR", "USD", "1.08"]);
  });

  it("shows text exactly: a leading tab or carriage return, a literal _x0041_", () => {
    const sources = csv.Sources;
    expect(sources[1][sources[0].indexOf("Title")]).toBe("Literal _x0041_ stays");
    expect(sources[3][sources[0].indexOf("Author")]).toBe("\rCarriage");
    expect(csv.Claims.find((r) => r[csv.Claims[0].indexOf("Claim ID")] === "c-trade-b")![csv.Claims[0].indexOf("Subject")]).toBe("\tTabbed");
  });

  it("keeps article text that looks like a formula as text, and holds no formula at all", () => {
    const cells = new Set(Object.values(csv).flat(2));
    for (const s of [INJECTIONS[0], "+1", "-2", "@SUM(A1)", "=Harbour view", "@Aide speaks", "+Plus Times", "=Gas deliveries"]) {
      expect(cells).toContain(s);
    }
    expect(cells).not.toContain("click"); // what =HYPERLINK(...) would show if it had run
    const formulaCells = fods.match(/table:formula="[^"]*"/g) ?? [];
    console.log(`LibreOffice: ${formulaCells.length} formula cells in the converted workbook`);
    expect(formulaCells).toEqual([]);
  });
});
