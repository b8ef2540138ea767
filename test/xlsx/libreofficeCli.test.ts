/**
 * The CLI's workbook (built from samples/ in-process, as `npm run demo` builds out/figures.xlsx) opened by
 * LibreOffice headless: the tables hold what the JSON says, and no cell holds a formula. Runs only with `soffice`.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { TABLES } from "../../src/workbook/layout";
import { describeUnless } from "../helpers/skip";
import { hasSoffice, openInLibreOffice } from "./support/libreoffice";

const maybe = describeUnless(hasSoffice ? null : "soffice is not on PATH (apt-get install libreoffice-calc-nogui)", "the LibreOffice check of the CLI's workbook");

interface CliJson {
  claims: { id: string; sourceId: string; sentenceStart: number; sentenceEnd: number }[];
  figures: { id: string; status: string }[];
  sources: { id: string; text: string }[];
}

maybe("the CLI's workbook opened by LibreOffice", () => {
  let dir: string;
  let json: CliJson;
  let csv: Record<string, string[][]> = {};
  let fods = "";

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "fa-lo-cli-"));
    const root = path.resolve(__dirname, "..", "..");
    const out: string[] = [];
    const status = await main(["--xlsx", path.join(dir, "figures.xlsx"), "--json", path.join(dir, "out.json"), "--with-text", path.join(root, "samples")], {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => out.push(t) },
      cwd: root,
      env: {},
    });
    expect(status).toBe(0);
    json = JSON.parse(readFileSync(path.join(dir, "out.json"), "utf8")) as CliJson;
    ({ csv, fods } = openInLibreOffice(dir, path.join(dir, "figures.xlsx")));
    console.log(
      `LibreOffice opened the CLI workbook: ${json.sources.length} sources, ${json.claims.length} claims, ${json.figures.length} figures; ` +
        `${(fods.match(/table:formula=/g) ?? []).length} formula cells`,
    );
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds every table with the layout's header and the rows the JSON lists", () => {
    for (const spec of TABLES) expect(csv[spec.sheet]?.[0]).toEqual(spec.columns.map((c) => c.header));
    const claimIdAt = csv.Claims[0].indexOf("Claim ID");
    expect(csv.Claims.slice(1).map((r) => r[claimIdAt]).sort()).toEqual(json.claims.map((c) => c.id).sort());
    const sourceIdAt = csv.Sources[0].indexOf("Source ID");
    expect(csv.Sources.slice(1).map((r) => r[sourceIdAt]).sort()).toEqual(json.sources.map((s) => s.id).sort());
    const figures = csv.Figures;
    const idAt = figures[0].indexOf("Figure ID");
    const statusAt = figures[0].indexOf("Status");
    const status = new Map(figures.slice(1).map((r) => [r[idAt], r[statusAt]]));
    for (const f of json.figures) expect(status.get(f.id)).toBe(f.status);
  });

  it("shows every quote as the text the article holds, and no cell holds a formula", () => {
    const quoteAt = csv.Claims[0].indexOf("Quote");
    const idAt = csv.Claims[0].indexOf("Claim ID");
    const shown = new Map(csv.Claims.slice(1).map((r) => [r[idAt], r[quoteAt]]));
    const text = new Map(json.sources.map((s) => [s.id, s.text]));
    for (const c of json.claims) {
      const sentence = text.get(c.sourceId)!.slice(c.sentenceStart, c.sentenceEnd);
      expect(shown.get(c.id)).toBe(sentence.replace(/\r\n?/g, "\n"));
    }
    expect(fods.match(/table:formula="[^"]*"/g) ?? []).toEqual([]);
  });
});
