/** Updating a layout table that is already in the workbook, by stable id (see src/workbook/merge.ts). */
import { GONE_STATUS, TEXT_FORMAT } from "../workbook/layout";
import type { MergePlan } from "../workbook/merge";
import type { TableData } from "../workbook/rows";
import { estimateSize, sliceRows, type WriteOp } from "./batches";
import { blockOps, hyperlinkOps, rangeAddress, resolveSheet, type SheetRef } from "./rangeOps";
import type { TableSnapshot } from "./snapshot";

export function mergeOps(snap: TableSnapshot, data: TableData, plan: MergePlan, chunkBudget: number): WriteOp[] {
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
