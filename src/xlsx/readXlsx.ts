/**
 * Reading back what writeXlsx stored: the article texts (hidden "_sources" sheet) and any table's values.
 */
import ExcelJS from "exceljs";
import type { Source } from "../core/types";
import { SOURCES_STORE_SHEET } from "../workbook/layout";
import { rowsToSources } from "../workbook/storedSources";
import { decodeXstring } from "./xstring";

async function load(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // ExcelJS takes an ArrayBuffer (browser) or a Buffer (Node); a copy of exactly these bytes works in both.
  await workbook.xlsx.load(view.slice().buffer as ArrayBuffer);
  return workbook;
}

/** A cell's value as plain data: hyperlinks give their text, rich text its plain text. */
export function plainCellValue(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return decodeXstring(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    if ("richText" in value) return decodeXstring(value.richText.map((r) => r.text).join(""));
    if ("hyperlink" in value) return decodeXstring(String((value as ExcelJS.CellHyperlinkValue).text ?? ""));
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || result === null || typeof result === "object" ? null : (result as string | number | boolean);
    }
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

/** The sources stored in an .xlsx written by writeXlsx; [] when it holds none. */
export async function readXlsxSources(bytes: Uint8Array | ArrayBuffer, problems: string[] = []): Promise<Source[]> {
  const workbook = await load(bytes);
  const ws = workbook.getWorksheet(SOURCES_STORE_SHEET);
  if (!ws) return [];
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    rows.push([1, 2, 3].map((c) => plainCellValue(row.getCell(c).value)));
  });
  return rowsToSources(rows, problems);
}

export interface XlsxTable {
  name: string;
  sheet: string;
  headers: string[];
  rows: (string | number | boolean | null)[][];
}

/** Every Excel table in the file, with its header and body values. */
export async function readXlsxTables(bytes: Uint8Array | ArrayBuffer): Promise<XlsxTable[]> {
  const workbook = await load(bytes);
  const tables: XlsxTable[] = [];
  workbook.eachSheet((ws) => {
    const sheetTables = (ws as unknown as { tables: Record<string, { table: { name: string; tableRef?: string; ref?: string } }> }).tables;
    for (const t of Object.values(sheetTables ?? {})) {
      const ref = t.table.tableRef ?? t.table.ref ?? "";
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
      if (!m) continue;
      const top = Number(m[2]);
      const bottom = Number(m[4] ?? m[2]);
      const left = ws.getColumn(m[1]).number;
      const right = ws.getColumn(m[3] ?? m[1]).number;
      const read = (r: number): (string | number | boolean | null)[] => {
        const out: (string | number | boolean | null)[] = [];
        for (let c = left; c <= right; c++) out.push(plainCellValue(ws.getCell(r, c).value));
        return out;
      };
      const headers = read(top).map((h) => String(h ?? ""));
      const rows: (string | number | boolean | null)[][] = [];
      for (let r = top + 1; r <= bottom; r++) rows.push(read(r));
      tables.push({ name: t.table.name, sheet: ws.name, headers, rows });
    }
  });
  return tables;
}
