/**
 * Pure functions turning an AuditResult (plus the analyst's inputs) into the rows of each table of the layout.
 * Both writers render these 2-D arrays; nothing here knows about ExcelJS or Office.js.
 */
import type { AuditResult, Claim, Figure, FigureOverride, FxRate, Metric, Source } from "../core/types";
import { STATUS_ORDER } from "../core/types";
import type { Review } from "./gateway";
import { safeCellText } from "./cellText";
import { sourceName } from "./sourceName";
import { isoDateToSerial } from "./excelDate";
import {
  CLAIMS_TABLE,
  FIGURES_TABLE,
  FX_TABLE,
  METRICS_TABLE,
  SOURCES_TABLE,
  type TableName,
  type TableSpec,
} from "./layout";
import { claimDisplayUnit, figureDisplayUnit } from "./displayUnit";
import { formatShownRange, shownNumberFormat } from "./numberFormats";

export type CellValue = string | number;

export interface TableData {
  spec: TableSpec;
  /** One array per row, in the order of spec.columns. */
  rows: CellValue[][];
  /** For columns with perRowFormat: the number format of each row, by column key. */
  rowFormats: Record<string, string[]>;
}

export interface RowOptions {
  metrics?: Metric[];
  fx?: FxRate[];
  /** Review by claim id (default "Unreviewed"). */
  reviews?: Record<string, Review>;
  /** Note by claim id. */
  notes?: Record<string, string>;
  /** Figure overrides the analyst typed (written into the Claims table's Figure override column). */
  overrides?: FigureOverride[];
}

export type WorkbookTables = Record<TableName, TableData>;

const txt = (s: string | undefined): string => safeCellText(s ?? "");

function toRow(spec: TableSpec, record: Record<string, CellValue>): CellValue[] {
  return spec.columns.map((c) => record[c.key] ?? "");
}

function finite(n: number): CellValue {
  return Number.isFinite(n) ? n : "";
}

export function sourceRows(result: AuditResult): TableData {
  const counts = new Map<string, number>();
  for (const c of result.claims) counts.set(c.sourceId, (counts.get(c.sourceId) ?? 0) + 1);
  const rows = result.sources.map((s) =>
    toRow(SOURCES_TABLE, {
      id: txt(s.id),
      title: txt(s.title),
      outlet: txt(s.outlet),
      url: txt(s.url),
      published: isoDateToSerial(s.published),
      author: txt(s.author),
      file: txt(s.file),
      claimCount: counts.get(s.id) ?? 0,
    }),
  );
  return { spec: SOURCES_TABLE, rows, rowFormats: {} };
}

/** Claims ordered by the order of their sources, then by position in the text. */
export function orderedClaims(result: AuditResult): Claim[] {
  const order = new Map(result.sources.map((s, i) => [s.id, i]));
  return [...result.claims].sort(
    (a, b) =>
      (order.get(a.sourceId) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.sourceId) ?? Number.MAX_SAFE_INTEGER) ||
      a.start - b.start ||
      a.end - b.end ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function claimRows(result: AuditResult, options: RowOptions = {}): TableData {
  const sources = new Map<string, Source>(result.sources.map((s) => [s.id, s]));
  const figureOf = new Map<string, Figure>();
  for (const f of result.figures) for (const id of f.claimIds) figureOf.set(id, f);
  const overrides = new Map((options.overrides ?? []).map((o) => [o.claimId, o.figureKey]));
  const claims = orderedClaims(result);
  const formats: string[] = [];
  const rows = claims.map((c) => {
    const s = sources.get(c.sourceId);
    const f = figureOf.get(c.id);
    const display = claimDisplayUnit(c.surface, c.unit, c.value);
    const shown = c.value / display.factor;
    formats.push(shownNumberFormat(c.unit, [shown]));
    return toRow(CLAIMS_TABLE, {
      id: txt(c.id),
      sourceTitle: txt(s ? sourceName(s) : c.sourceId),
      outlet: txt(s?.outlet),
      url: txt(s?.url),
      subject: txt(c.subject),
      sentence: txt(c.sentence),
      surface: txt(c.surface),
      value: finite(shown),
      unit: txt(display.label),
      canonicalValue: finite(c.value),
      canonicalUnit: txt(c.unit),
      qualifier: txt(c.qualifier),
      period: txt(c.period),
      attribution: txt(c.attribution),
      start: c.start,
      end: c.end,
      figure: txt(f?.label),
      status: f?.status ?? "",
      review: options.reviews?.[c.id] ?? "Unreviewed",
      note: txt(options.notes?.[c.id]),
      figureOverride: txt(overrides.get(c.id)),
    });
  });
  return { spec: CLAIMS_TABLE, rows, rowFormats: { value: formats } };
}

/** Sources that count as independent: distinct outlets (or sources without one); one when all echo one origin. */
export function independentSourceCount(figure: Figure, sources: Map<string, Source>): number {
  if (figure.status === "single-origin") return 1;
  const outlets = new Set(
    figure.sources.map((id) => {
      const outlet = sources.get(id)?.outlet.trim().toLowerCase();
      return outlet ? `outlet:${outlet}` : `id:${id}`;
    }),
  );
  return outlets.size;
}

/** Figures in status order (what needs attention first), then by label. */
export function orderedFigures(figures: Figure[]): Figure[] {
  const rank = (f: Figure): number => {
    const i = STATUS_ORDER.indexOf(f.status);
    return i < 0 ? STATUS_ORDER.length : i;
  };
  return [...figures].sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));
}

/** The surfaces of a figure's claims stated in its own unit (a claim in another currency says nothing of it). */
export function figureSurfaces(figure: Figure, claims: Map<string, Claim>): string[] {
  const out: string[] = [];
  for (const id of figure.claimIds) {
    const c = claims.get(id);
    if (c && c.unit === figure.unit) out.push(c.surface);
  }
  return out;
}

export function figureRows(result: AuditResult): TableData {
  const sources = new Map<string, Source>(result.sources.map((s) => [s.id, s]));
  const claims = new Map<string, Claim>(result.claims.map((c) => [c.id, c]));
  const minFormats: string[] = [];
  const maxFormats: string[] = [];
  const rows = orderedFigures(result.figures).map((f) => {
    const display = figureDisplayUnit(figureSurfaces(f, claims), f.unit, Math.max(Math.abs(f.min), Math.abs(f.max)));
    const format = shownNumberFormat(f.unit, [f.min / display.factor, f.max / display.factor]);
    minFormats.push(format);
    maxFormats.push(format);
    return toRow(FIGURES_TABLE, {
      label: txt(f.label),
      valueText: formatShownRange(f.min, f.max, f.unit, display),
      min: finite(f.min / display.factor),
      max: finite(f.max / display.factor),
      unit: txt(display.label),
      canonicalMin: finite(f.min),
      canonicalMax: finite(f.max),
      canonicalUnit: txt(f.unit),
      period: txt(f.period),
      claimCount: f.claimIds.length,
      independentSources: independentSourceCount(f, sources),
      sourceList: txt(
        f.sources
          .map((id) => {
            const s = sources.get(id);
            return s ? s.outlet || sourceName(s) : id;
          })
          .join("; "),
      ),
      status: f.status,
      spread: finite(f.spread),
      flags: txt(f.flags.map((fl) => fl.message).join("\n")),
      reason: txt(f.reason),
      id: txt(f.id),
    });
  });
  return { spec: FIGURES_TABLE, rows, rowFormats: { min: minFormats, max: maxFormats } };
}

export function metricRows(metrics: Metric[]): TableData {
  const rows = metrics.map((m) =>
    toRow(METRICS_TABLE, { key: txt(m.key), label: txt(m.label), unit: txt(m.unit), keywords: txt(m.keywords.join(", ")) }),
  );
  return { spec: METRICS_TABLE, rows, rowFormats: {} };
}

export function fxRows(fx: FxRate[]): TableData {
  const rows = fx.map((r) => toRow(FX_TABLE, { from: txt(r.from), to: txt(r.to), rate: finite(r.rate) }));
  return { spec: FX_TABLE, rows, rowFormats: {} };
}

/** Every table of the layout, filled from the result and the analyst's inputs. */
export function buildTables(result: AuditResult, options: RowOptions = {}): WorkbookTables {
  return {
    Sources: sourceRows(result),
    Claims: claimRows(result, options),
    Figures: figureRows(result),
    Metrics: metricRows(options.metrics ?? []),
    FX: fxRows(options.fx ?? []),
  };
}
