/**
 * Storing the article texts in the workbook: custom XML parts, and the hidden sheet for what does not fit.
 * Nothing is written when the stored rows are already the same.
 */
import type { Source } from "../core/types";
import { SOURCES_STORE_SHEET, TEXT_FORMAT } from "../workbook/layout";
import { STORE_HEADER, sourcesToRows, type StoredRow } from "../workbook/storedSources";
import { estimateSize, jsonLength, sliceRows, type WriteOp } from "./batches";
import { rangeAddress, resolveSheet, type SheetRef } from "./rangeOps";
import type { WorkbookSnapshot } from "./snapshot";
import { packSourceRows } from "./sourceXml";

function sameRows(a: StoredRow[], b: StoredRow[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1] || a[i][2] !== b[i][2]) return false;
  return true;
}

export function storeOps(snapshot: WorkbookSnapshot, sources: Source[], chunkBudget: number): WriteOp[] {
  const rows = sourcesToRows(sources);
  if (sameRows(rows, snapshot.storedRows)) return [];
  const packed = packSourceRows(rows);
  const ops: WriteOp[] = [];
  // One operation (so one request): the new parts are added and the old ones removed together, never one
  // without the other (both together would read back as doubled texts, neither as lost ones).
  ops.push({
    size: packed.parts.reduce((n, xml) => n + estimateSize(xml), estimateSize(snapshot.xmlPartIds, snapshot.xmlPartIds.length + 1)),
    label: "replace stored sources (XML parts)",
    apply(context) {
      for (const xml of packed.parts) context.workbook.customXmlParts.add(xml);
      for (const id of snapshot.xmlPartIds) context.workbook.customXmlParts.getItem(id).delete();
    },
  });
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
