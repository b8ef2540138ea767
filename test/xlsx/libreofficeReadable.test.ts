/**
 * The workbook as an analyst reads and prints it, checked in LibreOffice: the samples' figures shown in the units
 * the articles use (hours, years, TWh, per MWh; never base-unit seconds where they spoke of hours or years), the
 * canonical values kept in their own columns, the file opening on Figures, and Figures printed landscape with its
 * print columns across one page width. Runs only with `soffice`; the PDF part also needs poppler's pdftotext.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { FIGURES_TABLE, printColumnCount } from "../../src/workbook/layout";
import { hasPdftotext, hasSoffice, pdfPages, printInLibreOffice, shownInLibreOffice } from "./support/libreoffice";

if (!hasSoffice) console.log("libreofficeReadable.test: soffice is not on PATH; skipping the readable-workbook check");
if (hasSoffice && !hasPdftotext) console.log("libreofficeReadable.test: pdftotext/pdfinfo (poppler-utils) missing; skipping the PDF check");
const maybe = hasSoffice ? describe : describe.skip;
const maybePdf = hasSoffice && hasPdftotext ? it : it.skip;

const DURATION_WORDS = /\b(hours?|years?|days?|minutes?|months?|weeks?)\b/i;

maybe("the samples' workbook as LibreOffice shows and prints it", () => {
  let dir: string;
  let file: string;
  let shown: Record<string, string[][]> = {};

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "fa-lo-read-"));
    file = path.join(dir, "figures.xlsx");
    const root = path.resolve(__dirname, "..", "..");
    const sink = { write: () => undefined };
    const status = await main(
      ["--quiet", "--xlsx", file, "--metrics", path.join(root, "samples", "metrics.csv"), "--fx", path.join(root, "samples", "fx.csv"), path.join(root, "samples")],
      { stdout: sink, stderr: sink, cwd: root, env: {} },
    );
    expect(status).toBe(0);
    shown = shownInLibreOffice(dir, file);
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const table = (name: string): Record<string, string>[] => {
    const [header, ...rows] = shown[name];
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  };

  it("shows durations in the articles' hours and years, never as base-unit seconds", () => {
    const durations = table("Figures").filter((f) => f["Canonical unit"] === "s");
    expect(durations.length).toBeGreaterThan(0);
    for (const f of durations) {
      expect(f.Unit).not.toBe("s");
      expect(f.Value).toMatch(DURATION_WORDS);
      for (const shownValue of [f.Min, f.Max]) expect(Number(shownValue.replace(/,/g, ""))).toBeLessThan(1000);
    }
    const talks = durations.find((f) => /talks/i.test(f.Figure));
    expect(talks).toMatchObject({ Value: "2 – 5 hours", Min: "2", Max: "5", Unit: "hours", "Canonical min": "7200" });
    expect(durations.find((f) => /construction/i.test(f.Figure))).toMatchObject({ Value: "4 years", Unit: "years" });
  });

  it("shows each claim's value in its own words' unit, once, with the canonical value beside it", () => {
    const claims = table("Claims");
    const energy = claims.find((c) => c.Surface === "8 TWh");
    expect(energy).toMatchObject({ Value: "8", Unit: "TWh", "Canonical unit": "Wh" });
    const length = claims.find((c) => /^410\s*km$/u.test(c.Surface));
    expect(length).toMatchObject({ Value: "410", Unit: "km" });
    const price = claims.find((c) => c.Surface === "€70 per MWh");
    expect(price).toMatchObject({ Value: "70", Unit: "EUR/MWh", "Canonical unit": "EUR/kWh" });
    for (const c of claims) {
      const named = DURATION_WORDS.exec(c.Surface);
      if (c["Canonical unit"] === "s" && named) expect(c.Unit.slice(0, 3)).toBe(named[1].toLowerCase().slice(0, 3));
    }
  });

  it("opens on Figures", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    const active = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
    expect(wb.worksheets[active]?.name).toBe("Figures");
  });

  maybePdf("prints Figures landscape, its print columns across one page width, the header on every page", () => {
    const pages = pdfPages(printInLibreOffice(dir, file));
    const printed = FIGURES_TABLE.columns.slice(0, printColumnCount(FIGURES_TABLE)).map((c) => c.header);
    const figurePages = pages.filter((p) => p.text.includes("Independent"));
    console.log(`LibreOffice printed ${pages.length} pages, ${figurePages.length} of Figures, ${pages[0]?.width} x ${pages[0]?.height} pt`);
    expect(figurePages.length).toBeGreaterThan(0);
    for (const p of pages) expect(p.width).toBeGreaterThan(p.height);
    for (const p of figurePages) {
      const header = p.text.split("\n").find((l) => l.includes("Independent")) ?? "";
      expect(header).toContain(printed[0]);
      expect(header).toContain(printed[printed.length - 1]);
    }
    // Ids and canonical values are not printed, and no page holds only the columns cut off another's right edge.
    expect(pages.some((p) => p.text.includes("Canonical"))).toBe(false);
    expect(pages.every((p) => !/^\s*(Flags|Reason)\b/.test(p.text.trimStart()))).toBe(true);
  });
});
