/**
 * Turns a new audit and a snapshot of the workbook into the write operations of one write or refresh:
 * tables created from the layout where missing, rows merged by stable id where present (src/workbook/merge.ts),
 * article texts stored. Every range write sets the number format (Text for text columns) before the values,
 * in the same operation, so injection-prone text lands as text. Validation happens here, before any write.
 */
import type { Source } from "../core/types";
import { REVIEW_VALUES } from "../workbook/gateway";
import { isLinkable } from "../workbook/cellText";
import { columnLetter } from "../workbook/address";
import {
  FROZEN_ROWS,
  GONE_STATUS,
  HEADER_STYLE,
  SOURCES_STORE_SHEET,
  STATUS_FILLS,
  TABLES,
  TABLE_STYLE,
  TEXT_FORMAT,
  type ColumnSpec,
  type TableName,
} from "../workbook/layout";
import { planMerge, type MergePlan } from "../workbook/merge";
import type { CellValue, TableData, WorkbookTables } from "../workbook/rows";
import { STORE_HEADER, sourcesToRows, type StoredRow } from "../workbook/storedSources";
import { DEFAULT_CHUNK_BUDGET, estimateSize, jsonLength, sliceRows, type WriteOp } from "./batches";
import { WorkbookError } from "./errors";
import type { TableSnapshot, WorkbookSnapshot } from "./snapshot";
import { packSourceRows } from "./sourceXml";

/** Excel's last row (1-based). */
const MAX_ROW = 1_048_576;

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

export interface WritePlan {
  ops: WriteOp[];
  /** Tables that already exist and are touched (their lookups guard each batch). */
  existingTables: TableName[];
  report: { claimsWritten: number; claimsGone: number; figuresWritten: number };
}

export interface PlanOptions {
  chunkBudget?: number;
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
function blockOps(
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

function hyperlinkOps(ref: SheetRef, label: string, cells: { row: number; col: number; url: string }[]): WriteOp[] {
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

function reviewValidation(range: Excel.Range): void {
  range.dataValidation.rule = { list: { inCellDropDown: true, source: REVIEW_VALUES.join(",") } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop" as Excel.DataValidationAlertStyle,
    title: "Review",
    message: `Choose ${REVIEW_VALUES.join(", ")}.`,
  };
}

function statusFormatting(range: Excel.Range): void {
  for (const s of STATUS_FILLS) {
    const cf = range.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
    cf.cellValue.format.fill.color = s.fill;
    cf.cellValue.format.font.color = s.fontColor;
    cf.cellValue.rule = { formula1: `="${s.status}"`, operator: "EqualTo" as Excel.ConditionalCellValueOperator };
  }
}

/** Creating a table of the layout on its sheet (created too when missing), with every format of the layout. */
function createTableOps(data: TableData, sheetExists: boolean, chunkBudget: number): WriteOp[] {
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

function mergeOps(snap: TableSnapshot, data: TableData, plan: MergePlan, chunkBudget: number): WriteOp[] {
  const { spec } = data;
  const ref: SheetRef = { table: spec.name };
  const ops: WriteOp[] = [];
  const bodyTop = snap.top + 1;
  for (const run of plan.updates) {
    for (const cols of plan.engineColumns) {
      ops.push(
        ...blockOps(ref, `${spec.name} update`, data, run.sources, bodyTop + run.start, snap.left + cols.start, cols.specColumns, chunkBudget),
      );
    }
  }
  const statusCol = spec.columns.findIndex((c) => c.kind === "status");
  const statusAt = statusCol >= 0 ? plan.positions[statusCol] : -1;
  if (statusAt >= 0) {
    for (const run of plan.gone) {
      const values = run.sources.map(() => [GONE_STATUS]);
      const address = rangeAddress(bodyTop + run.start, snap.left + statusAt, values.length, 1);
      ops.push({
        size: estimateSize(values) * 2,
        label: `${spec.name} gone ${address}`,
        apply(context) {
          const range = resolveSheet(context, ref).getRange(address);
          range.numberFormat = values.map(() => [TEXT_FORMAT]);
          range.values = values;
        },
      });
    }
  }
  if (plan.appended.length > 0) {
    const width = snap.headers.length;
    const firstNew = bodyTop + snap.rowCount;
    // Blank rows first (one rows.add per chunk, never per row), then formats and values like any other block.
    const blankRow = new Array<string>(width).fill("");
    for (const [from, to] of sliceRows(plan.appended.length, () => width * 3 + 4, chunkBudget)) {
      const blanks = Array.from({ length: to - from }, () => blankRow);
      ops.push({
        size: estimateSize(blanks),
        label: `${spec.name} add ${to - from} rows`,
        apply(context) {
          context.workbook.tables.getItem(spec.name).rows.add(undefined, blanks);
        },
      });
    }
    const layoutCols = spec.columns.map((_, i) => i).filter((i) => plan.positions[i] >= 0).sort((a, b) => plan.positions[a] - plan.positions[b]);
    const colRuns: number[][] = [];
    for (const c of layoutCols) {
      const last = colRuns[colRuns.length - 1];
      if (last && plan.positions[last[last.length - 1]] === plan.positions[c] - 1) last.push(c);
      else colRuns.push([c]);
    }
    for (const cols of colRuns) {
      ops.push(...blockOps(ref, `${spec.name} new rows`, data, plan.appended, firstNew, snap.left + plan.positions[cols[0]], cols, chunkBudget));
    }
    spec.columns.forEach((c, i) => {
      if (c.kind === "url" && plan.positions[i] >= 0) {
        ops.push(
          ...hyperlinkOps(
            ref,
            spec.name,
            plan.appended.map((r, k) => ({ row: firstNew + k, col: snap.left + plan.positions[i], url: String(data.rows[r][i]) })),
          ),
        );
      }
    });
  }
  if (spec.name === "Sources") {
    // Source rows are few: refresh their links too (a corrected URL gets a corrected link).
    const urlCol = spec.columns.findIndex((c) => c.kind === "url");
    const at = plan.positions[urlCol];
    if (at >= 0) {
      const cells = plan.updates.flatMap((run) =>
        run.sources.map((r, k) => ({ row: bodyTop + run.start + k, col: snap.left + at, url: String(data.rows[r][urlCol]) })),
      );
      ops.push(...hyperlinkOps(ref, spec.name, cells));
    }
  }
  return ops;
}

function sameRows(a: StoredRow[], b: StoredRow[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1] || a[i][2] !== b[i][2]) return false;
  return true;
}

function storeOps(snapshot: WorkbookSnapshot, sources: Source[], chunkBudget: number): WriteOp[] {
  const rows = sourcesToRows(sources);
  if (sameRows(rows, snapshot.storedRows)) return [];
  const packed = packSourceRows(rows);
  const ops: WriteOp[] = [];
  ops.push({
    size: estimateSize(snapshot.xmlPartIds, snapshot.xmlPartIds.length + 1),
    label: "remove stored sources",
    apply(context) {
      for (const id of snapshot.xmlPartIds) context.workbook.customXmlParts.getItem(id).delete();
    },
  });
  for (const xml of packed.parts) {
    ops.push({
      size: estimateSize(xml),
      label: "store sources (XML part)",
      apply(context) {
        context.workbook.customXmlParts.add(xml);
      },
    });
  }
  const store = snapshot.storeSheet;
  if (packed.overflow.length > 0 || (store && store.rowCount > 1)) {
    const ref: SheetRef = { sheet: store?.name ?? SOURCES_STORE_SHEET };
    ops.push({
      size: estimateSize(STORE_HEADER, 6),
      label: "prepare the store sheet",
      apply(context) {
        if (!store) {
          const ws = context.workbook.worksheets.add(SOURCES_STORE_SHEET);
          ws.visibility = "Hidden" as Excel.SheetVisibility;
        }
        const ws = resolveSheet(context, ref);
        ws.getRange("A:C").clear("Contents" as Excel.ClearApplyTo);
        const header = ws.getRange("A1:C1");
        header.numberFormat = [STORE_HEADER.map(() => TEXT_FORMAT)];
        header.values = [[...STORE_HEADER]];
      },
    });
    const rowSize = (i: number): number => jsonLength(packed.overflow[i]) + 20;
    for (const [from, to] of sliceRows(packed.overflow.length, rowSize, chunkBudget)) {
      const values = packed.overflow.slice(from, to).map((r) => [r[0], r[1], r[2]]);
      const address = rangeAddress(1 + from, 0, values.length, 3);
      const formats = values.map(() => [TEXT_FORMAT, "0", TEXT_FORMAT]);
      ops.push({
        size: estimateSize(values) + estimateSize(formats),
        label: `store sources (sheet) ${address}`,
        apply(context) {
          const range = resolveSheet(context, ref).getRange(address);
          range.numberFormat = formats;
          range.values = values;
        },
      });
    }
  }
  return ops;
}

/**
 * Everything one write does, validated first: throws a WorkbookError (nothing written yet) when a sheet is
 * protected, a layout table lost one of its columns, or a layout sheet name is taken by a sheet without its table.
 */
export function planWrite(snapshot: WorkbookSnapshot, tables: WorkbookTables, sources: Source[], options: PlanOptions = {}): WritePlan {
  const chunkBudget = options.chunkBudget ?? DEFAULT_CHUNK_BUDGET;
  const ops: WriteOp[] = [];
  const existingTables: TableName[] = [];
  const report = { claimsWritten: 0, claimsGone: 0, figuresWritten: 0 };
  const taken = new Map(snapshot.layoutSheetsWithoutTable.map((s) => [s.name.toLowerCase(), s]));

  // Validate everything before planning a single write.
  const merges: { data: TableData; snap?: TableSnapshot; plan?: MergePlan }[] = [];
  for (const spec of TABLES) {
    const data = tables[spec.name];
    const snap = snapshot.tables[spec.name];
    if (snap) {
      if (spec.owner === "user") continue; // the analyst's table: never rewritten
      if (snap.sheetProtected) {
        throw new WorkbookError(
          "sheet-protected",
          `The sheet "${snap.sheet}" is protected, so the ${spec.name} table cannot be updated. Unprotect it (Review › Unprotect Sheet) and try again. Nothing was changed.`,
        );
      }
      const ids = (snap.columns[spec.idKey ?? ""] ?? []).map((v) => String(v ?? ""));
      const plan = planMerge({ headers: snap.headers, ids: ids.length ? ids : new Array<string>(snap.rowCount).fill("") }, data);
      if (plan.missing.length > 0) {
        throw new WorkbookError(
          "table-changed",
          `The ${spec.name} table no longer has the column${plan.missing.length > 1 ? "s" : ""} ${plan.missing.map((m) => `"${m}"`).join(", ")} (was the table resized or a column deleted?). Restore ${plan.missing.length > 1 ? "them" : "it"}, or delete the table so Figure Audit can rebuild it. Nothing was changed.`,
        );
      }
      existingTables.push(spec.name);
      merges.push({ data, snap, plan });
    } else {
      const sheet = taken.get(spec.sheet.toLowerCase());
      if (sheet) {
        throw new WorkbookError(
          "sheet-taken",
          `A sheet named "${sheet.name}" exists but holds no ${spec.name} table (was the table deleted or renamed?). Rename or delete that sheet, or rename its table back to "${spec.name}". Nothing was changed.`,
        );
      }
      merges.push({ data });
    }
  }
  if (snapshot.storeSheet?.protected) {
    throw new WorkbookError(
      "sheet-protected",
      `The hidden sheet "${snapshot.storeSheet.name}" that stores the articles is protected. Unprotect it and try again. Nothing was changed.`,
    );
  }

  for (const m of merges) {
    const name = m.data.spec.name;
    if (m.snap && m.plan) {
      ops.push(...mergeOps(m.snap, m.data, m.plan, chunkBudget));
      if (name === "Claims") {
        report.claimsWritten = m.plan.counts.updated + m.plan.counts.appended;
        report.claimsGone = m.plan.counts.gone;
      }
      if (name === "Figures") report.figuresWritten = m.plan.counts.updated + m.plan.counts.appended;
    } else {
      const sheetExists = snapshot.sheetNames.some((s) => s.toLowerCase() === m.data.spec.sheet.toLowerCase());
      ops.push(...createTableOps(m.data, sheetExists, chunkBudget));
      if (name === "Claims") report.claimsWritten = m.data.rows.length;
      if (name === "Figures") report.figuresWritten = m.data.rows.length;
    }
  }
  ops.push(...storeOps(snapshot, sources, chunkBudget));
  return { ops, existingTables, report };
}
