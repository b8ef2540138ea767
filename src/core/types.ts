/**
 * The data model shared by the engine, the workbook writers, the task pane and the CLI.
 * Pure TypeScript: nothing here may import Office, DOM or Node APIs.
 */

/** One article. Fields the text does not state are empty strings, never undefined. */
export interface Source {
  /** Stable id: from the article's stated address, else its text (never the file name); see source/sourceId.ts. */
  id: string;
  title: string;
  outlet: string;
  url: string;
  /** ISO date (YYYY-MM-DD) when known, else "". */
  published: string;
  author: string;
  text: string;
  /** Base name of the file the source was read from, when it was read from a file. */
  file?: string;
  /**
   * For a paged document (PDF): the offset in `text` where each page starts, page 1 first (at 0). A claim's page is
   * the last page starting at or before its offset (see source/pageOf.ts).
   */
  pageStarts?: number[];
}

/** Caller overrides for what is read from the text. */
export type SourceOverrides = Partial<Omit<Source, "text">>;

export type Qualifier = "exact" | "approx" | "over" | "under" | "up-to" | "at-least" | "range";

/**
 * Canonical units. Money is an ISO 4217 code (value in whole units: 200000000000 USD).
 * Prices are "<ISO>/<unit>" (EUR/kWh, USD/bbl, USD/MMBtu, USD/m3, USD/t).
 * Other units: m3 (volume), s (duration), count, ordinal, x (multiplier), % (percent), pp (percentage points),
 * t (tonnes), bbl (barrels), bbl/d (barrels per day), Wh (energy), m (length; km are stored as m).
 */
export type Unit = string;

/** One numeric statement found in a source. */
export interface Claim {
  /** Stable: same source and same place (offsets + surface) give the same id across runs. */
  id: string;
  sourceId: string;
  /** UTF-16 offsets of the quantity's surface text in Source.text: text.slice(start, end) === surface. */
  start: number;
  end: number;
  surface: string;
  /** Normalised value in the canonical unit (for a range: the midpoint). Always finite. */
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** Present for qualifier "range"; may be set for over/under (the open bound) and for approx (a vague quantity's span: "dozens of" is 24–120). */
  low?: number;
  high?: number;
  /** The period the sentence says the figure refers to ("2025", "annually", "since 2022"), or "". */
  period: string;
  /** What is measured ("bilateral trade", "Chinese students in Russia"), or "" when it cannot be told. */
  subject: string;
  /** Who the text attributes the figure to ("Yury Ushakov", "Gazprom"), or "". */
  attribution: string;
  /** The sentence the claim stands in, and where that sentence starts in Source.text. */
  sentence: string;
  sentenceStart: number;
}

export type FigureStatus = "conflicting" | "single-source" | "single-origin" | "corroborated";

/** Display and summary order: what needs attention first. */
export const STATUS_ORDER: readonly FigureStatus[] = ["conflicting", "single-source", "single-origin", "corroborated"];

export interface Flag {
  /** Machine-readable kind, e.g. "conflict", "ratio-mismatch", "total-mismatch", "fx-missing". */
  kind: string;
  /** One readable line. */
  message: string;
  claimIds: string[];
}

/** One fact in the world, reconciled from the claims that state it. */
export interface Figure {
  id: string;
  label: string;
  unit: Unit;
  period: string;
  status: FigureStatus;
  claimIds: string[];
  /** Smallest and largest value stated (in `unit`); spread = (max - min) / max(|max|, |min|), 0 when they agree. */
  min: number;
  max: number;
  spread: number;
  /** Ids of the sources whose claims are in this figure. */
  sources: string[];
  flags: Flag[];
  /** Why these claims were grouped (readable). */
  reason: string;
  /** Key of the catalogue metric that caught it, when one did. */
  metric?: string;
  /** For a conflicting figure: which sources stand on which value. */
  sides?: { value: number; sourceIds: string[]; claimIds: string[] }[];
}

export interface AuditResult {
  sources: Source[];
  claims: Claim[];
  figures: Figure[];
}

/** A named metric of the user's catalogue (the workbook's Metrics table, or the CLI's --metrics FILE). */
export interface Metric {
  key: string;
  label: string;
  /** Canonical unit or unit dimension the metric is measured in ("USD", "m3", "%", ...); "" for any. */
  unit: string;
  /** Words that catch a claim for this metric when found in its subject or sentence. */
  keywords: string[];
}

/** One exchange rate the user supplies: 1 `from` = `rate` `to`. */
export interface FxRate {
  from: string;
  to: string;
  rate: number;
}

/** A user's hand assignment of a claim to a figure; survives re-runs because claim ids are stable. */
export interface FigureOverride {
  claimId: string;
  /** The figure key to put the claim in (any string; claims sharing it form one figure). */
  figureKey: string;
}

export interface AuditOptions {
  /** Relative tolerance for exact figures (default 0.01). */
  tolerance?: number;
  fx?: FxRate[];
  metrics?: Metric[];
  overrides?: FigureOverride[];
}
