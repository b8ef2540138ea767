/**
 * What the analyst typed into the workbook, read from table values (header + body rows): the Metrics and FX
 * tables, figure overrides and Review values of the Claims table. Pure, so every gateway shares it.
 */
import type { FigureOverride, FxRate, Metric } from "../core/types";
import { REVIEW_VALUES, type Review } from "./gateway";
import { CLAIMS_TABLE, FX_TABLE, METRICS_TABLE, type TableSpec } from "./layout";

export interface TableValues {
  headers: unknown[];
  rows: unknown[][];
}

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v)).trim();

/** Reads the columns of `spec` by header (case-insensitive), whatever order the analyst put them in. */
function byKey(spec: TableSpec, table: TableValues): Record<string, unknown>[] {
  const at = new Map<string, number>();
  table.headers.forEach((h, i) => {
    const k = str(h).toLowerCase();
    if (!at.has(k)) at.set(k, i);
  });
  return table.rows.map((row) => {
    const rec: Record<string, unknown> = {};
    for (const c of spec.columns) {
      const i = at.get(c.header.toLowerCase());
      rec[c.key] = i === undefined ? "" : row[i];
    }
    return rec;
  });
}

export function readMetrics(table: TableValues | undefined): Metric[] {
  if (!table) return [];
  return byKey(METRICS_TABLE, table)
    .filter((r) => str(r.key))
    .map((r) => ({
      key: str(r.key),
      label: str(r.label) || str(r.key),
      unit: str(r.unit),
      keywords: str(r.keywords)
        .split(/[,;\n]/)
        .map((k) => k.trim())
        .filter(Boolean),
    }));
}

export function readFx(table: TableValues | undefined): FxRate[] {
  if (!table) return [];
  const out: FxRate[] = [];
  for (const r of byKey(FX_TABLE, table)) {
    const from = str(r.from).toUpperCase();
    const to = str(r.to).toUpperCase();
    const rate = typeof r.rate === "number" ? r.rate : Number(str(r.rate).replace(/,/g, ""));
    if (from && to && Number.isFinite(rate) && rate > 0) out.push({ from, to, rate });
  }
  return out;
}

export function readOverrides(claims: TableValues | undefined): FigureOverride[] {
  if (!claims) return [];
  return byKey(CLAIMS_TABLE, claims)
    .filter((r) => str(r.id) && str(r.figureOverride))
    .map((r) => ({ claimId: str(r.id), figureKey: str(r.figureOverride) }));
}

export function readReviewValues(claims: TableValues | undefined): Record<string, Review> {
  const out: Record<string, Review> = {};
  if (!claims) return out;
  for (const r of byKey(CLAIMS_TABLE, claims)) {
    const id = str(r.id);
    const review = REVIEW_VALUES.find((v) => v.toLowerCase() === str(r.review).toLowerCase());
    if (id) out[id] = review ?? "Unreviewed";
  }
  return out;
}

export function readNotes(claims: TableValues | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!claims) return out;
  for (const r of byKey(CLAIMS_TABLE, claims)) {
    const id = str(r.id);
    const note = r.note === null || r.note === undefined ? "" : String(r.note);
    if (id && note) out[id] = note;
  }
  return out;
}
