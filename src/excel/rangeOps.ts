/**
 * Range writes as batched operations: blocks of values with their number formats set first (Text for text
 * columns, so injection-prone text lands as text), cut into chunks under a size budget; hyperlinks.
 */
import { isLinkable } from "../workbook/cellText";
import { columnLetter } from "../workbook/address";
import type { ColumnSpec, TableName } from "../workbook/layout";
import type { CellValue, TableData } from "../workbook/rows";
import { estimateSize, jsonLength, sliceRows, type WriteOp } from "./batches";

/** Excel's last row (1-based). */
export const MAX_ROW = 1_048_576;

/** How an operation finds its sheet: through its table (robust to renamed sheets) or by name (sheets we create). */
export type SheetRef = { table: TableName } | { sheet: string };

export function resolveSheet(context: Excel.RequestContext, ref: SheetRef): Excel.Worksheet {
  return "table" in ref ? context.workbook.tables.getItem(ref.table).worksheet : context.workbook.worksheets.getItem(ref.sheet);
}

/** "B2:D4" from 0-based top/left and a size. */
export function rangeAddress(top: number, left: number, rows: number, cols: number): string {
  const a = `${columnLetter(left)}${top + 1}`;
  if (rows === 1 && cols === 1) return a;
  return `${a}:${columnLetter(left + cols - 1)}${top + rows}`;
}

function columnFormat(col: ColumnSpec, data: TableData, row: number): string {
  if (col.perRowFormat) return data.rowFormats[col.key]?.[row] ?? col.numberFormat;
  return col.numberFormat;
}

/**
 * Range writes for `rows` (indices into data.rows) into consecutive sheet rows starting at `top`, for the layout
 * columns `specColumns` placed at consecutive sheet columns from `left`. Cut into chunks under the chunk budget;
 * each chunk sets its number formats, then its values.
 */
export function blockOps(
  ref: SheetRef,
  label: string,
  data: TableData,
  rows: number[],
  top: number,
  left: number,
  specColumns: number[],
  chunkBudget: number,
): WriteOp[] {
  const cols = specColumns.map((c) => data.spec.columns[c]);
  const rowSize = (k: number): number => {
    let n = 4;
    for (const c of specColumns) n += jsonLength(data.rows[rows[k]][c]) + 1;
    return n * 1 + cols.length * 8;
  };
  return sliceRows(rows.length, rowSize, chunkBudget).map(([from, to]) => {
    const slice = rows.slice(from, to);
    const values: CellValue[][] = slice.map((r) => specColumns.map((c) => data.rows[r][c]));
    const formats: string[][] = slice.map((r) => cols.map((col) => columnFormat(col, data, r)));
    const address = rangeAddress(top + from, left, slice.length, specColumns.length);
    return {
      size: estimateSize(values) + estimateSize(formats),
      label: `${label} ${address}`,
      apply(context) {
        const range = resolveSheet(context, ref).getRange(address);
        range.numberFormat = formats;
        range.values = values as unknown[][];
      },
    };
  });
}

export function hyperlinkOps(ref: SheetRef, label: string, cells: { row: number; col: number; url: string }[]): WriteOp[] {
  const links = cells.filter((c) => isLinkable(c.url));
  const ops: WriteOp[] = [];
  // Many small actions: group them so one op stays a reasonable size.
  for (let i = 0; i < links.length; i += 500) {
    const group = links.slice(i, i + 500);
    ops.push({
      size: group.reduce((n, l) => n + estimateSize({ a: rangeAddress(l.row, l.col, 1, 1), u: l.url, t: l.url }), 0),
      label: `${label} hyperlinks`,
      apply(context) {
        const ws = resolveSheet(context, ref);
        for (const l of group) {
          ws.getRange(rangeAddress(l.row, l.col, 1, 1)).hyperlink = { address: l.url.trim(), textToDisplay: l.url };
        }
      },
    });
  }
  return ops;
}
