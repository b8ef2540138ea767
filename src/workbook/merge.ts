/**
 * Refresh keyed by stable id: how the rows of a new audit land in a table that is already in the workbook.
 * Pure (2-D arrays in, a plan out), so the Office.js writer and any in-memory workbook share it.
 *
 * - A row whose id is found again gets the engine's columns rewritten in place (the analyst's sort order stays).
 * - A row whose id is no longer found is kept, its Status set to "gone" (never deleted).
 * - A row without an id is the analyst's own row: untouched.
 * - Review/Note/user columns and columns the analyst added are never rewritten for existing rows.
 * - New ids are appended at the bottom.
 */
import type { CellValue, TableData } from "./rows";
import { GONE_STATUS, isEngineColumn, type TableSpec } from "./layout";

export interface ExistingTable {
  /** The table's header row as it is now (the analyst may have moved or added columns). */
  headers: string[];
  /** The id cell of every body row ("" when the row has none). */
  ids: string[];
}

/** A run of consecutive body rows that get the same kind of write. */
export interface RowRun {
  /** First body row (0-based) of the run. */
  start: number;
  /** For an update run: the index into data.rows of each row of the run. */
  sources: number[];
}

export interface ColumnRun {
  /** First table column (0-based, in the table as it is now). */
  start: number;
  /** Layout column index of each column of the run. */
  specColumns: number[];
}

export interface MergePlan {
  spec: TableSpec;
  /** Where each layout column is in the table now (-1 when it is missing). */
  positions: number[];
  /** Layout headers the table no longer has (columns marked optional are not asked for). */
  missing: string[];
  /** Body rows to rewrite (engine columns only), in runs of consecutive rows. */
  updates: RowRun[];
  /** Body rows whose id is gone, in runs of consecutive rows (only Status is written). */
  gone: RowRun[];
  /** Indices into data.rows of the rows to append, in order. */
  appended: number[];
  /** Engine columns in runs of consecutive table columns. */
  engineColumns: ColumnRun[];
  /** Width of the table now. */
  width: number;
  counts: { updated: number; gone: number; appended: number; untouched: number };
}

function norm(h: unknown): string {
  return String(h ?? "").trim().toLowerCase();
}

function runs(indices: number[]): number[][] {
  const out: number[][] = [];
  for (const i of indices) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else out.push([i]);
  }
  return out;
}

export function planMerge(existing: ExistingTable, data: TableData): MergePlan {
  const spec = data.spec;
  const headerIndex = new Map<string, number>();
  existing.headers.forEach((h, i) => {
    if (!headerIndex.has(norm(h))) headerIndex.set(norm(h), i);
  });
  const positions = spec.columns.map((c) => headerIndex.get(norm(c.header)) ?? -1);
  // A column added after the first release is simply not written into an older table that lacks it.
  const missing = spec.columns.filter((c, i) => positions[i] < 0 && !c.optional).map((c) => c.header);

  const idColumn = spec.idKey ? spec.columns.findIndex((c) => c.key === spec.idKey) : -1;
  const newIndex = new Map<string, number>();
  if (idColumn >= 0) {
    data.rows.forEach((r, i) => {
      const id = String(r[idColumn] ?? "");
      if (id && !newIndex.has(id)) newIndex.set(id, i);
    });
  }

  const updateRows: number[] = [];
  const updateSource = new Map<number, number>();
  const goneRows: number[] = [];
  const seen = new Set<string>();
  let untouched = 0;
  existing.ids.forEach((raw, row) => {
    const id = String(raw ?? "").trim();
    if (!id) {
      untouched++;
      return;
    }
    const i = newIndex.get(id);
    if (i === undefined) goneRows.push(row);
    else {
      updateRows.push(row);
      updateSource.set(row, i);
      seen.add(id);
    }
  });
  const appended: number[] = [];
  newIndex.forEach((i, id) => {
    if (!seen.has(id)) appended.push(i);
  });
  appended.sort((a, b) => a - b);

  const engine = spec.columns
    .map((c, i) => ({ c, i, at: positions[i] }))
    .filter((x) => isEngineColumn(x.c) && x.at >= 0)
    .sort((a, b) => a.at - b.at);
  const engineColumns: ColumnRun[] = [];
  for (const x of engine) {
    const last = engineColumns[engineColumns.length - 1];
    if (last && last.start + last.specColumns.length === x.at) last.specColumns.push(x.i);
    else engineColumns.push({ start: x.at, specColumns: [x.i] });
  }

  return {
    spec,
    positions,
    missing,
    updates: runs(updateRows).map((r) => ({ start: r[0], sources: r.map((row) => updateSource.get(row) as number) })),
    gone: runs(goneRows).map((r) => ({ start: r[0], sources: r.map(() => -1) })),
    appended,
    engineColumns,
    width: existing.headers.length,
    counts: { updated: updateRows.length, gone: goneRows.length, appended: appended.length, untouched },
  };
}

/** The values of one column run for the given new rows. */
export function runValues(data: TableData, run: ColumnRun, sources: number[]): CellValue[][] {
  return sources.map((i) => run.specColumns.map((c) => data.rows[i][c]));
}

/** Full rows (in the table's column order now) for appended rows; columns the layout does not know stay empty. */
export function appendedValues(plan: MergePlan, data: TableData): CellValue[][] {
  return plan.appended.map((i) => {
    const row: CellValue[] = new Array<CellValue>(plan.width).fill("");
    plan.positions.forEach((at, c) => {
      if (at >= 0) row[at] = data.rows[i][c];
    });
    return row;
  });
}

/** The Status column's position, where gone rows are marked. */
export function statusPosition(plan: MergePlan): number {
  const c = plan.spec.columns.findIndex((col) => col.kind === "status");
  return c < 0 ? -1 : plan.positions[c];
}

export { GONE_STATUS };
