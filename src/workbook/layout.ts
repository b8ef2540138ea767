/**
 * THE description of the workbook: sheets, tables, columns, formats, styles.
 * Both writers (ExcelJS in src/xlsx, Office.js in src/excel) render this and nothing else,
 * so the CLI's file and the live workbook cannot drift apart.
 */

export type TableName = "Sources" | "Claims" | "Figures" | "Metrics" | "FX";

/**
 * What a column holds and who owns it.
 * - text / number / date / url / status: written by the engine on every write and refresh.
 * - review / user: typed by the analyst; written only when a row is new, kept on refresh.
 */
export type ColumnKind = "text" | "number" | "date" | "url" | "status" | "review" | "user";

export interface ColumnSpec {
  /** Header text shown in the table (and the table column's name). */
  header: string;
  /** Key used by the row builders. */
  key: string;
  /** Column width in Excel character units. */
  width: number;
  kind: ColumnKind;
  /**
   * Number format of the whole column. Text columns use "@" (Text) so a value that starts with
   * = + - @ is never read as a formula, even when the analyst retypes it.
   * Columns whose format depends on the row's unit get it per row (see numberFormats.ts).
   */
  numberFormat: string;
  /** True when the format depends on the unit of the row (value columns). */
  perRowFormat?: boolean;
  /** Wrap text in the cell (long quotes); rows are made tall enough to show it (rowHeights.ts). */
  wrap?: boolean;
  /**
   * Added after the first release: a table written by an older version lacks it, and a refresh writes the other
   * columns without complaint instead of asking for it to be restored.
   */
  optional?: boolean;
}

export interface TableSpec {
  name: TableName;
  /** Sheet the table lives on; the table's header is at A1 and the header row is frozen. */
  sheet: string;
  columns: ColumnSpec[];
  /** Key of the column that identifies a row across refreshes (stable id), when there is one. */
  idKey?: string;
  /**
   * "engine": rebuilt from the audit on every write (merged by id with what is already there).
   * "user": the analyst's table (Metrics, FX): created once with starting rows, never overwritten.
   */
  owner: "engine" | "user";
  /** The first this many columns are the sheet's print area (the rest are ids, offsets and canonical values). */
  printColumns?: number;
}

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
export const DATE_FORMAT = "yyyy-mm-dd";
export const INTEGER_FORMAT = "#,##0";
export const PERCENT_FORMAT = "0.0%";

/** Value written into Claims/Figures Status for rows whose claim or figure is no longer found. */
export const GONE_STATUS = "gone";

/** The hidden sheet that holds the article texts (for the ExcelJS file, and as the Office.js fallback). */
export const SOURCES_STORE_SHEET = "_sources";
/** Excel's cell limit is 32,767 characters; chunks stay safely below it. */
export const STORE_CHUNK_CHARS = 32000;

const text = (header: string, key: string, width: number, wrap = false): ColumnSpec => ({
  header,
  key,
  width,
  kind: "text",
  numberFormat: TEXT_FORMAT,
  ...(wrap ? { wrap } : {}),
});
const int = (header: string, key: string, width: number): ColumnSpec => ({
  header,
  key,
  width,
  kind: "number",
  numberFormat: INTEGER_FORMAT,
});
/** A stated value: its number format follows the row's unit (money, percent, …). */
const measure = (header: string, key: string, width: number): ColumnSpec => ({
  header,
  key,
  width,
  kind: "number",
  numberFormat: GENERAL_FORMAT,
  perRowFormat: true,
});
const status = (): ColumnSpec => ({ header: "Status", key: "status", width: 14, kind: "status", numberFormat: TEXT_FORMAT });

/** The value in its canonical unit (core/types.ts), for sorting and formulas across rows. */
const canonical = (header: string, key: string): ColumnSpec => ({
  header,
  key,
  width: 16,
  kind: "number",
  numberFormat: GENERAL_FORMAT,
  optional: true,
});
const canonicalUnit = (): ColumnSpec => ({ ...text("Canonical unit", "canonicalUnit", 12), optional: true });

export const SOURCES_TABLE: TableSpec = {
  name: "Sources",
  sheet: "Sources",
  idKey: "id",
  owner: "engine",
  printColumns: 7,
  columns: [
    text("Title", "title", 44, true),
    text("Outlet", "outlet", 20),
    { header: "Published", key: "published", width: 12, kind: "date", numberFormat: DATE_FORMAT },
    text("Author", "author", 18),
    text("File", "file", 22),
    int("Claims", "claimCount", 8),
    { header: "URL", key: "url", width: 36, kind: "url", numberFormat: TEXT_FORMAT },
    text("Source ID", "id", 14),
  ],
};

export const CLAIMS_TABLE: TableSpec = {
  name: "Claims",
  sheet: "Claims",
  idKey: "id",
  owner: "engine",
  printColumns: 9,
  columns: [
    text("Source", "sourceTitle", 22, true),
    text("Quote", "sentence", 56, true),
    measure("Value", "value", 11),
    text("Unit", "unit", 9),
    text("Qualifier", "qualifier", 9),
    text("Period", "period", 11),
    text("Figure", "figure", 28, true),
    status(),
    { header: "Review", key: "review", width: 12, kind: "review", numberFormat: TEXT_FORMAT },
    { header: "Note", key: "note", width: 30, kind: "user", numberFormat: GENERAL_FORMAT },
    text("Subject", "subject", 24),
    text("Attribution", "attribution", 20),
    text("Outlet", "outlet", 18),
    { header: "URL", key: "url", width: 30, kind: "url", numberFormat: TEXT_FORMAT },
    text("Surface", "surface", 20),
    int("Start", "start", 8),
    int("End", "end", 8),
    { header: "Figure override", key: "figureOverride", width: 18, kind: "user", numberFormat: TEXT_FORMAT },
    canonical("Canonical value", "canonicalValue"),
    canonicalUnit(),
    text("Claim ID", "id", 14),
  ],
};

export const FIGURES_TABLE: TableSpec = {
  name: "Figures",
  sheet: "Figures",
  idKey: "id",
  owner: "engine",
  printColumns: 9,
  columns: [
    text("Figure", "label", 34, true),
    text("Value", "valueText", 20, true),
    status(),
    { header: "Spread", key: "spread", width: 8, kind: "number", numberFormat: PERCENT_FORMAT },
    text("Sources", "sourceList", 26, true),
    int("Claims", "claimCount", 7),
    int("Independent sources", "independentSources", 11),
    text("Period", "period", 11),
    text("Flags", "flags", 44, true),
    text("Reason", "reason", 36, true),
    measure("Min", "min", 12),
    measure("Max", "max", 12),
    text("Unit", "unit", 10),
    canonical("Canonical min", "canonicalMin"),
    canonical("Canonical max", "canonicalMax"),
    canonicalUnit(),
    text("Figure ID", "id", 14),
  ],
};

export const METRICS_TABLE: TableSpec = {
  name: "Metrics",
  sheet: "Metrics",
  owner: "user",
  idKey: "key",
  columns: [text("Key", "key", 18), text("Label", "label", 36), text("Unit", "unit", 10), text("Keywords", "keywords", 50)],
};

export const FX_TABLE: TableSpec = {
  name: "FX",
  sheet: "FX",
  owner: "user",
  columns: [
    text("From", "from", 8),
    text("To", "to", 8),
    { header: "Rate", key: "rate", width: 12, kind: "number", numberFormat: "0.000000" },
  ],
};

/** All tables in sheet order. */
export const TABLES: readonly TableSpec[] = [SOURCES_TABLE, CLAIMS_TABLE, FIGURES_TABLE, METRICS_TABLE, FX_TABLE];

export function tableSpec(name: TableName): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`No table named ${name} in the layout`);
  return spec;
}

export function columnIndex(spec: TableSpec, key: string): number {
  const i = spec.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`Table ${spec.name} has no column ${key}`);
  return i;
}

/** Columns the engine owns: rewritten on refresh. Review and user columns are kept. */
export function isEngineColumn(column: ColumnSpec): boolean {
  return column.kind !== "review" && column.kind !== "user";
}

/** Table style both writers apply (a built-in Excel style). */
export const TABLE_STYLE = "TableStyleMedium2";

export const HEADER_STYLE = { bold: true, fontColor: "#FFFFFF", fill: "#1F4E78" } as const;

/** Conditional fills of the Status column, one per status (and grey for gone). */
export const STATUS_FILLS: readonly { status: string; fill: string; fontColor: string }[] = [
  { status: "conflicting", fill: "#F4B6B6", fontColor: "#7F0000" },
  { status: "single-source", fill: "#FFE699", fontColor: "#5C4700" },
  { status: "single-origin", fill: "#F8CBAD", fontColor: "#6B2E00" },
  { status: "corroborated", fill: "#C6EFCE", fontColor: "#006100" },
  { status: GONE_STATUS, fill: "#D9D9D9", fontColor: "#595959" },
];

/** Frozen rows at the top of every table sheet (the header). */
export const FROZEN_ROWS = 1;

/** The sheet the workbook opens on: the audit's summary. */
export const FIRST_SHEET = "Figures";

/** How every table sheet prints: landscape, all print columns on one page width, the header on every page. */
export const PAGE_SETUP = { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, repeatHeaderRow: true } as const;

/** The print area's column count of a table: its printColumns, else all of them. */
export function printColumnCount(spec: TableSpec): number {
  return Math.min(spec.printColumns ?? spec.columns.length, spec.columns.length);
}
