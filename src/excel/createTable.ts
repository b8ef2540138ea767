import { columnLetter } from "../workbook/address";
import { FROZEN_ROWS, HEADER_STYLE, TABLE_STYLE, TEXT_FORMAT } from "../workbook/layout";
import type { TableData } from "../workbook/rows";
import { estimateSize, type WriteOp } from "./batches";
import { MAX_ROW, blockOps, hyperlinkOps, rangeAddress, resolveSheet, type SheetRef } from "./rangeOps";
import { reviewValidation, statusFormatting } from "./tableFormats";

/** Creating a table of the layout on its sheet (created too when missing), with every format of the layout. */
export function createTableOps(data: TableData, sheetExists: boolean, chunkBudget: number): WriteOp[] {
  const { spec } = data;
  const ref: SheetRef = { sheet: spec.sheet };
  const width = spec.columns.length;
  const bodyRows = Math.max(1, data.rows.length);
  const headers = spec.columns.map((c) => c.header);
  const tableAddress = rangeAddress(0, 0, bodyRows + 1, width);
  const ops: WriteOp[] = [
    {
      size: estimateSize(headers, 12 + width * 2),
      label: `create table ${spec.name}`,
      apply(context) {
        if (!sheetExists) context.workbook.worksheets.add(spec.sheet);
        const ws = resolveSheet(context, ref);
        const header = ws.getRange(rangeAddress(0, 0, 1, width));
        header.numberFormat = [headers.map(() => TEXT_FORMAT)];
        header.values = [headers];
        const table = ws.tables.add(tableAddress, true);
        table.name = spec.name;
        table.style = TABLE_STYLE;
        header.format.font.bold = HEADER_STYLE.bold;
        header.format.font.color = HEADER_STYLE.fontColor;
        header.format.fill.color = HEADER_STYLE.fill;
        ws.freezePanes.freezeRows(FROZEN_ROWS);
        spec.columns.forEach((c, i) => {
          const column = ws.getRange(`${columnLetter(i)}:${columnLetter(i)}`);
          column.format.columnWidth = Math.round((c.width * 7 + 5) * 0.75);
          if (c.wrap) ws.getRange(rangeAddress(1, i, bodyRows, 1)).format.wrapText = true;
          // Formats and rules cover the whole column below the header, so rows the analyst adds get them too.
          const below = ws.getRange(`${columnLetter(i)}2:${columnLetter(i)}${MAX_ROW}`);
          if (c.kind === "status") statusFormatting(below);
          if (c.kind === "review") reviewValidation(below);
        });
      },
    },
  ];
  const all = data.rows.map((_, i) => i);
  if (all.length > 0) {
    ops.push(...blockOps(ref, `${spec.name} rows`, data, all, 1, 0, spec.columns.map((_, i) => i), chunkBudget));
    spec.columns.forEach((c, i) => {
      if (c.kind !== "url") return;
      ops.push(...hyperlinkOps(ref, spec.name, all.map((r) => ({ row: r + 1, col: i, url: String(data.rows[r][i]) }))));
    });
  }
  return ops;
}
