/**
 * Batching of workbook writes: each write is an operation with an estimated request size; operations are packed,
 * in order, into batches that each stay under the payload budget (Excel on the web refuses requests over 5 MB),
 * and every batch is sent with one context.sync().
 */

/** Excel on the web's request limit. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What a batch may hold by our own estimate: a margin under the limit for Office.js's own framing. */
export const DEFAULT_PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** A single large range write is cut into pieces of about this size so pieces pack well. */
export const DEFAULT_CHUNK_BUDGET = 1024 * 1024;
/** Estimated framing cost of one queued action (object path, method name, ids). */
export const ACTION_OVERHEAD = 160;

export interface WriteOp {
  /** Estimated request bytes. */
  size: number;
  /** What it does, for error messages and tests. */
  label: string;
  /** Queues the operation's actions on the context (no sync). */
  apply(context: Excel.RequestContext): void;
}

/** Estimated request bytes of an argument (its JSON) plus the framing of `actions` queued actions. */
export function estimateSize(argument: unknown, actions = 1): number {
  return jsonLength(argument) + actions * ACTION_OVERHEAD;
}

/** Length of JSON.stringify(value), computed without building one huge string for 2-D arrays. */
export function jsonLength(value: unknown): number {
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += jsonLength(v);
    return n;
  }
  if (typeof value === "string") return utf8Length(JSON.stringify(value));
  if (value === undefined) return 4;
  return utf8Length(JSON.stringify(value) ?? "null");
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && !(c >= 0xd800 && c <= 0xdfff) ? 2 : 1;
  }
  return n;
}

/** Packs operations in order into batches of at most `budget` estimated bytes (an oversized op gets its own batch). */
export function packBatches(ops: WriteOp[], budget = DEFAULT_PAYLOAD_BUDGET): WriteOp[][] {
  const batches: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.size > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.size;
  }
  if (current.length) batches.push(current);
  return batches;
}

/**
 * Splits `rowCount` rows into consecutive slices whose estimated size stays under `chunkBudget`.
 * `rowSize(i)` is the estimated size of row i.
 */
export function sliceRows(rowCount: number, rowSize: (i: number) => number, chunkBudget = DEFAULT_CHUNK_BUDGET): [number, number][] {
  const slices: [number, number][] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < rowCount; i++) {
    const s = rowSize(i);
    if (i > start && size + s > chunkBudget) {
      slices.push([start, i]);
      start = i;
      size = 0;
    }
    size += s;
  }
  if (rowCount > start) slices.push([start, rowCount]);
  return slices;
}
