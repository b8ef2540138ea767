/**
 * Turns a new audit and a snapshot of the workbook into the write operations of one write or refresh:
 * tables created from the layout where missing, rows merged by stable id where present (src/workbook/merge.ts),
 * article texts stored. Every range write sets the number format (Text for text columns) before the values,
 * in the same operation, so injection-prone text lands as text. Validation happens here, before any write.
 */
import type { Source } from "../core/types";
import { TABLES, type TableName } from "../workbook/layout";
import { planMerge, type MergePlan } from "../workbook/merge";
import type { TableData, WorkbookTables } from "../workbook/rows";
import { DEFAULT_CHUNK_BUDGET, type WriteOp } from "./batches";
import { createTableOps } from "./createTable";
import { WorkbookError } from "./errors";
import { mergeOps } from "./mergeTable";
import type { TableSnapshot, WorkbookSnapshot } from "./snapshot";
import { storeOps } from "./storeSources";

export { rangeAddress, resolveSheet } from "./rangeOps";

export interface WritePlan {
  ops: WriteOp[];
  /** Tables that already exist and are touched (their lookups guard each batch). */
  existingTables: TableName[];
  /** Tables this write creates. */
  createdTables: TableName[];
  report: { claimsWritten: number; claimsGone: number; figuresWritten: number };
}

export interface PlanOptions {
  chunkBudget?: number;
}

/**
 * Everything one write does, validated first: throws a WorkbookError (nothing written yet) when a sheet is
 * protected, a layout table lost one of its columns, or a layout sheet name is taken by a sheet without its table.
 */
export function planWrite(snapshot: WorkbookSnapshot, tables: WorkbookTables, sources: Source[], options: PlanOptions = {}): WritePlan {
  const chunkBudget = options.chunkBudget ?? DEFAULT_CHUNK_BUDGET;
  const ops: WriteOp[] = [];
  const existingTables: TableName[] = [];
  const createdTables: TableName[] = [];
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

  // The article texts first: they are the truth the tables are derived from, so if a later request fails,
  // the next refresh rebuilds the tables from the texts that were meant to be there.
  ops.push(...storeOps(snapshot, sources, chunkBudget));
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
      createdTables.push(name);
      if (name === "Claims") report.claimsWritten = m.data.rows.length;
      if (name === "Figures") report.figuresWritten = m.data.rows.length;
    }
  }
  return { ops, existingTables, createdTables, report };
}
