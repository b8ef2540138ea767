/**
 * The ExcelJS writer: renders the workbook layout (src/workbook/layout.ts) into an .xlsx file.
 * Works in Node and in the browser bundle (no fs): it returns the file's bytes.
 */
import ExcelJS from "exceljs";
import type { AuditResult } from "../core/types";
import { REVIEW_VALUES } from "../workbook/gateway";
import { isLinkable } from "../workbook/cellText";
import {
  FIRST_SHEET,
  FROZEN_ROWS,
  PAGE_SETUP,
  HEADER_STYLE,
  SOURCES_STORE_SHEET,
  STATUS_FILLS,
  TABLES,
  TABLE_STYLE,
  TEXT_FORMAT,
  printColumnCount,
} from "../workbook/layout";
import { rowHeight } from "../workbook/rowHeights";
import { buildTables, type CellValue, type RowOptions, type TableData } from "../workbook/rows";
import { STORE_HEADER, sourcesToRows } from "../workbook/storedSources";
import { columnLetter } from "../workbook/address";
import { encodeXstring } from "./xstring";

/** What the tables are built with besides the audit: the options of buildTables. */
export type WriteXlsxOptions = RowOptions;

const argb = (hex: string): string => "FF" + hex.replace("#", "").toUpperCase();

interface DataValidationsLike {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function cellValue(v: CellValue): ExcelJS.CellValue {
  if (v === "") return null;
  return typeof v === "string" ? encodeXstring(v) : v;
}

function renderTable(workbook: ExcelJS.Workbook, data: TableData): void {
  const { spec, rows } = data;
  const ws = workbook.addWorksheet(spec.sheet, { views: [{ state: "frozen", xSplit: 0, ySplit: FROZEN_ROWS }] });
  // An Excel table needs at least one data row; an empty table gets one blank row.
  const bodyRows = rows.length > 0 ? rows : [spec.columns.map(() => "" as CellValue)];
  ws.addTable({
    name: spec.name,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: bodyRows.map((r) => r.map(cellValue)),
  });
  const lastRow = bodyRows.length + 1;
  ws.pageSetup = {
    orientation: PAGE_SETUP.orientation,
    fitToPage: true,
    fitToWidth: PAGE_SETUP.fitToWidth,
    fitToHeight: PAGE_SETUP.fitToHeight,
    // ExcelJS puts a "$" before each end; the row's "$" makes the reference fully absolute ($A$1:$I$53).
    printArea: `A$1:${columnLetter(printColumnCount(spec) - 1)}$${lastRow}`,
    ...(PAGE_SETUP.repeatHeaderRow ? { printTitlesRow: "1:1" } : {}),
  };
  for (let r = 0; r < bodyRows.length; r++) {
    const height = rowHeight(spec, bodyRows[r]);
    if (height !== undefined) ws.getRow(r + 2).height = height;
  }

  spec.columns.forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    column.width = col.width;
    const header = ws.getCell(1, i + 1);
    header.font = { bold: HEADER_STYLE.bold, color: { argb: argb(HEADER_STYLE.fontColor) } };
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(HEADER_STYLE.fill) } };
    const perRow = col.perRowFormat ? data.rowFormats[col.key] : undefined;
    for (let r = 0; r < bodyRows.length; r++) {
      const cell = ws.getCell(r + 2, i + 1);
      cell.numFmt = perRow?.[r] ?? col.numberFormat;
      cell.alignment = col.wrap ? { wrapText: true, vertical: "top" } : { vertical: "top" };
      if (col.kind === "url") {
        const url = bodyRows[r][i];
        if (typeof url === "string" && isLinkable(url)) cell.value = { text: encodeXstring(url), hyperlink: url.trim() };
      }
    }
    const range = `${columnLetter(i)}2:${columnLetter(i)}${lastRow}`;
    if (col.kind === "status") {
      ws.addConditionalFormatting({
        ref: range,
        rules: STATUS_FILLS.map((s, priority) => ({
          type: "cellIs",
          operator: "equal",
          priority: priority + 1,
          formulae: [`"${s.status}"`],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } },
            font: { color: { argb: argb(s.fontColor) } },
          },
        })),
      });
    }
    if (col.kind === "review") {
      (ws as unknown as { dataValidations: DataValidationsLike }).dataValidations.add(range, {
        type: "list",
        allowBlank: true,
        formulae: [`"${REVIEW_VALUES.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "Review",
        error: `Choose ${REVIEW_VALUES.join(", ")}`,
      });
    }
  });
}

function renderStore(workbook: ExcelJS.Workbook, result: AuditResult): void {
  const ws = workbook.addWorksheet(SOURCES_STORE_SHEET, { state: "hidden" });
  ws.addRow([...STORE_HEADER]);
  ws.getColumn(1).numFmt = TEXT_FORMAT;
  ws.getColumn(3).numFmt = TEXT_FORMAT;
  for (const row of sourcesToRows(result.sources)) {
    // Stored chunks are ASCII with no \r and no _xHHHH_ pattern (see storedSources.ts): nothing to encode.
    const added = ws.addRow(row);
    added.getCell(1).numFmt = TEXT_FORMAT;
    added.getCell(3).numFmt = TEXT_FORMAT;
  }
}

/** The workbook as .xlsx bytes: Sources, Claims, Figures, Metrics and FX tables, and the stored article texts. */
export async function writeXlsx(result: AuditResult, options: WriteXlsxOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Figure Audit";
  const tables = buildTables(result, options);
  for (const spec of TABLES) renderTable(workbook, tables[spec.name]);
  renderStore(workbook, result);
  // Open on the audit's summary.
  const first = TABLES.findIndex((t) => t.sheet === FIRST_SHEET);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: first, visibility: "visible" }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
