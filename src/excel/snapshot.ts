/**
 * One read of everything Figure Audit needs from the live workbook, in a constant three context.sync() calls:
 *   1. which sheets, tables and custom XML parts exist;
 *   2. each layout table's place, header and sheet protection, the stored XML, the hidden store sheet;
 *   3. the columns that matter: ids, the analyst's Review / Note / Figure override, the Metrics and FX tables.
 * Only the columns needed are read, so the response stays small for 10,000 claims.
 */
import { SOURCES_STORE_SHEET, TABLES, type TableName, type TableSpec } from "../workbook/layout";
import type { StoredRow } from "../workbook/storedSources";
import { SOURCES_NAMESPACE, parseSourceXml } from "./sourceXml";

export interface TableSnapshot {
  name: TableName;
  /** The sheet the table is on now (the analyst may have renamed it). */
  sheet: string;
  sheetProtected: boolean;
  /** 0-based sheet row of the header and column of the first table column. */
  top: number;
  left: number;
  /** Number of body rows. */
  rowCount: number;
  headers: string[];
  /** Body values of the columns read, by layout column key (ids, user columns; all columns for user tables). */
  columns: Record<string, unknown[]>;
}

export interface SheetSnapshot {
  name: string;
  protected: boolean;
}

export interface WorkbookSnapshot {
  takenAt: number;
  tables: Partial<Record<TableName, TableSnapshot>>;
  /** Sheets named like a layout sheet that hold no layout table (e.g. the analyst deleted the table). */
  layoutSheetsWithoutTable: SheetSnapshot[];
  sheetNames: string[];
  xmlPartIds: string[];
  storeSheet?: SheetSnapshot & { rowCount: number };
  /** The stored article rows, from the XML parts then the store sheet. */
  storedRows: StoredRow[];
}

/** The layout columns read in pass 3 for a table. */
function columnsToRead(spec: TableSpec): string[] {
  if (spec.owner === "user") return spec.columns.map((c) => c.key);
  const keys = spec.columns.filter((c) => c.key === spec.idKey || c.kind === "review" || c.kind === "user").map((c) => c.key);
  return keys;
}

function headerPositions(spec: TableSpec, headers: string[]): Map<string, number> {
  const at = new Map<string, number>();
  const norm = headers.map((h) => h.trim().toLowerCase());
  for (const c of spec.columns) {
    const i = norm.indexOf(c.header.toLowerCase());
    if (i >= 0) at.set(c.key, i);
  }
  return at;
}

export async function readSnapshot(context: Excel.RequestContext, now: number): Promise<WorkbookSnapshot> {
  const wb = context.workbook;
  // Pass 1: what exists.
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const tables = wb.tables;
  tables.load("items/name");
  const parts = wb.customXmlParts.getByNamespace(SOURCES_NAMESPACE);
  parts.load("items/id");
  await context.sync();

  const sheetNames = sheets.items.map((s) => s.name);
  const tableNames = new Set(tables.items.map((t) => t.name));
  const xmlPartIds = parts.items.map((p) => p.id);

  // Pass 2: where the layout tables are, their headers, protection; stored XML; store sheet.
  const found = TABLES.filter((spec) => tableNames.has(spec.name)).map((spec) => {
    const table = wb.tables.getItem(spec.name);
    const sheet = table.worksheet;
    sheet.load("name");
    sheet.protection.load("protected");
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount");
    const header = table.getHeaderRowRange();
    header.load("values");
    return { spec, table, sheet, range, header };
  });
  const lowerSheets = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const orphanSheets = TABLES.filter((spec) => !tableNames.has(spec.name) && lowerSheets.has(spec.sheet.toLowerCase())).map(
    (spec) => {
      const ws = wb.worksheets.getItem(lowerSheets.get(spec.sheet.toLowerCase()) as string);
      ws.load("name");
      ws.protection.load("protected");
      return ws;
    },
  );
  const xmls = xmlPartIds.map((id) => wb.customXmlParts.getItem(id).getXml());
  const storeName = lowerSheets.get(SOURCES_STORE_SHEET.toLowerCase());
  let storeRange: Excel.Range | undefined;
  let storeWs: Excel.Worksheet | undefined;
  if (storeName) {
    storeWs = wb.worksheets.getItem(storeName);
    storeWs.load("name");
    storeWs.protection.load("protected");
    storeRange = storeWs.getUsedRange(true);
    storeRange.load("values,rowIndex,rowCount");
  }
  await context.sync();

  // Pass 3: the columns that matter.
  const reads = found.map((f) => {
    const headers = (f.header.values[0] ?? []).map((h) => String(h ?? ""));
    const bodyRows = Math.max(0, f.range.rowCount - 1);
    const at = headerPositions(f.spec, headers);
    const ranges: { key: string; range: Excel.Range }[] = [];
    if (bodyRows > 0) {
      const body = f.table.getDataBodyRange();
      for (const key of columnsToRead(f.spec)) {
        const i = at.get(key);
        if (i === undefined) continue;
        const r = body.getColumn(i);
        r.load("values");
        ranges.push({ key, range: r });
      }
    }
    return { f, headers, bodyRows, ranges };
  });
  if (reads.some((r) => r.ranges.length > 0)) await context.sync();

  const snapshot: WorkbookSnapshot = {
    takenAt: now,
    tables: {},
    layoutSheetsWithoutTable: orphanSheets.map((ws) => ({ name: ws.name, protected: ws.protection.protected })),
    sheetNames,
    xmlPartIds,
    storedRows: [],
  };
  for (const r of reads) {
    const columns: Record<string, unknown[]> = {};
    for (const { key, range } of r.ranges) columns[key] = range.values.map((row) => row[0]);
    snapshot.tables[r.f.spec.name] = {
      name: r.f.spec.name,
      sheet: r.f.sheet.name,
      sheetProtected: r.f.sheet.protection.protected,
      top: r.f.range.rowIndex,
      left: r.f.range.columnIndex,
      rowCount: r.bodyRows,
      headers: r.headers,
      columns,
    };
  }
  for (const x of xmls) snapshot.storedRows.push(...parseSourceXml(x.value));
  if (storeWs && storeRange) {
    snapshot.storeSheet = { name: storeWs.name, protected: storeWs.protection.protected, rowCount: storeRange.rowIndex + storeRange.rowCount };
    const values = storeRange.values;
    // Row 0 of the store sheet is its header; the used range may start lower when the top is empty.
    for (let i = 0; i < values.length; i++) {
      if (storeRange.rowIndex + i === 0) continue;
      const [id, part, data] = values[i];
      if (id === "" || id === null || id === undefined) continue;
      snapshot.storedRows.push([String(id), Number(part), String(data ?? "")]);
    }
  }
  return snapshot;
}
