/**
 * The article texts as custom XML parts of the workbook (Office.js `workbook.customXmlParts`).
 * The rows are the same as the hidden sheet's (src/workbook/storedSources.ts: [id, part, escaped data]); they
 * are packed into parts of at most `maxPartChars` characters. Rows that do not fit in `maxTotalChars` go to the
 * hidden sheet instead (the fallback), so reading them back never needs more than one response.
 */
import type { StoredRow } from "../workbook/storedSources";

export const SOURCES_NAMESPACE = "urn:figure-audit:sources:1";

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    switch (e) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

function rowXml(row: StoredRow): string {
  return `<r i="${escapeXml(row[0])}" p="${row[1]}">${escapeXml(row[2])}</r>`;
}

export interface PackedSources {
  /** XML documents, one per custom XML part. */
  parts: string[];
  /** Rows left for the hidden sheet. */
  overflow: StoredRow[];
}

export function packSourceRows(rows: StoredRow[], maxPartChars = 1_000_000, maxTotalChars = 3_000_000): PackedSources {
  const parts: string[] = [];
  const overflow: StoredRow[] = [];
  const open = `<sources xmlns="${SOURCES_NAMESPACE}">`;
  const close = "</sources>";
  let current: string[] = [];
  let size = open.length + close.length;
  let total = 0;
  const flush = (): void => {
    if (current.length) parts.push(open + current.join("") + close);
    current = [];
    size = open.length + close.length;
  };
  for (const row of rows) {
    const xml = rowXml(row);
    if (overflow.length > 0 || total + xml.length > maxTotalChars) {
      overflow.push(row);
      continue;
    }
    if (size + xml.length > maxPartChars) flush();
    current.push(xml);
    size += xml.length;
    total += xml.length;
  }
  flush();
  return { parts, overflow };
}

/** Rows from one part's XML as Excel gives it back (tolerates a declaration, prefixes, either quote style). */
export function parseSourceXml(xml: string): StoredRow[] {
  const rows: StoredRow[] = [];
  const re = /<(?:[\w.-]+:)?r\b([^>]*?)(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?r\s*>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs: Record<string, string> = {};
    const attrRe = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    for (let a = attrRe.exec(m[1]); a; a = attrRe.exec(m[1])) attrs[a[1]] = unescapeXml(a[2] ?? a[3] ?? "");
    const part = Number(attrs.p);
    if (!attrs.i || !Number.isInteger(part)) continue;
    rows.push([attrs.i, part, unescapeXml(m[2] ?? "")]);
  }
  return rows;
}
