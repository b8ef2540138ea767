/** Opens an .xlsx (read with ExcelJS) as the fake live workbook: sheets, cells with their formats, tables. */
import ExcelJS from "exceljs";
import { decodeXstring } from "../../../src/xlsx/xstring";
import { FakeExcel, parseAddress, type Value } from "./fakeExcel";

const EPOCH = Date.UTC(1899, 11, 30);

/** What Excel shows for a cell of the file (it decodes OOXML _xHHHH_ escapes). */
function plain(value: ExcelJS.CellValue): Value {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return decodeXstring(value);
  if (value instanceof Date) return Math.round((value.getTime() - EPOCH) / 86_400_000);
  if (typeof value === "object") {
    if ("hyperlink" in value) return decodeXstring(String(value.text ?? ""));
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value) throw new Error("the file holds a formula");
    return String(value);
  }
  return value;
}

export async function loadXlsxIntoFake(bytes: Uint8Array): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const fake = new FakeExcel();
  wb.eachSheet((ws) => {
    const sheet = fake.addSheet(ws.name);
    sheet.visibility = ws.state === "visible" ? "Visible" : "Hidden";
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const value = cell.value;
        sheet.cells.set((r - 1) * 16384 + (c - 1), {
          value: plain(value),
          numberFormat: cell.numFmt || "General",
          ...(value && typeof value === "object" && "hyperlink" in value ? { hyperlink: value.hyperlink } : {}),
        });
      }),
    );
    const tables = (ws as unknown as { tables: Record<string, { table: { name: string; tableRef?: string; ref?: string } }> }).tables;
    for (const t of Object.values(tables ?? {})) {
      const rect = parseAddress(t.table.tableRef ?? t.table.ref ?? "A1");
      fake.tables.push({ name: t.table.name, sheet, top: rect.top, left: rect.left, rows: rect.rows, cols: rect.cols, style: "" });
    }
  });
  return fake;
}
