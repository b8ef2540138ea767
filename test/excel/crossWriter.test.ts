/**
 * One layout, two writers: the live workbook (Office.js) and the file (ExcelJS) hold the same tables, and a file
 * written by the CLI, opened in Excel, refreshes in place with the article texts it stores.
 */
import { OfficeWorkbookGateway } from "../../src/excel/officeGateway";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { readXlsxTables } from "../../src/xlsx/readXlsx";
import { refresh } from "../../src/workbook/refresh";
import { serialToIsoDate } from "../../src/workbook/excelDate";
import { TABLES } from "../../src/workbook/layout";
import { FakeExcel } from "./fakes/fakeExcel";
import { loadXlsxIntoFake } from "./fakes/loadXlsx";
import { RESULT } from "../workbook/fixture";

describe("the two writers", () => {
  it("write the same tables, headers and values", async () => {
    const fake = new FakeExcel();
    await new OfficeWorkbookGateway({ run: fake.run }).write(RESULT, { tolerance: 0.01 });
    const file = await readXlsxTables(await writeXlsx(RESULT));
    for (const spec of TABLES) {
      const live = fake.tableValues(spec.name);
      const saved = file.find((t) => t.name === spec.name)!;
      expect(live.headers).toEqual(saved.headers);
      const published = spec.columns.findIndex((c) => c.key === "published");
      const norm = (rows: unknown[][], fromFile: boolean): unknown[][] =>
        rows.map((r) =>
          r.map((v, i) => {
            if (v === null || v === "") return "";
            if (i === published && !fromFile && typeof v === "number") return `${serialToIsoDate(v)}T00:00:00.000Z`;
            return v;
          }),
        );
      expect(norm(live.rows, false)).toEqual(norm(saved.rows, true));
    }
  });

  it("a CLI workbook opened in Excel refreshes in place from the texts it stores, keeping reviews", async () => {
    const fake = await loadXlsxIntoFake(await writeXlsx(RESULT));
    const before = fake.tableValues("Claims");
    const ids = before.rows.map((r) => r[before.headers.indexOf("Claim ID")]);
    fake.typeInTable("Claims", ids.indexOf("c-call-b"), "Review", "Accepted");
    const gateway = new OfficeWorkbookGateway({ run: fake.run });
    const outcome = await refresh(gateway, { tolerance: 0.01 }, (sources) => {
      expect(sources).toEqual(RESULT.sources);
      return { ...RESULT, claims: RESULT.claims.filter((c) => c.id !== "c-trade-a") };
    });
    expect(outcome.report.claimsGone).toBe(1);
    const t = fake.tableValues("Claims");
    const row = (id: string): unknown[] => t.rows.find((r) => r[t.headers.indexOf("Claim ID")] === id)!;
    expect(row("c-call-b")[t.headers.indexOf("Review")]).toBe("Accepted");
    expect(row("c-trade-a")[t.headers.indexOf("Status")]).toBe("gone");
    // The stored texts did not change, so they were not rewritten: they stay in the file's hidden sheet.
    expect(fake.parts.length).toBe(0);
    expect(fake.sheet("_sources").visibility).toBe("Hidden");
    expect(await new OfficeWorkbookGateway({ run: fake.run }).loadSources()).toEqual(RESULT.sources);
  });
});
