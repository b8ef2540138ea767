/**
 * The article texts stored inside the workbook, as rows of a hidden sheet: [source id, part, data].
 * Part 0 holds the source's fields as JSON; parts 1..n hold the text in chunks of at most STORE_CHUNK_CHARS
 * characters (Excel's cell limit is 32,767), so a saved workbook can be refreshed with no files beside it.
 *
 * Chunks are escaped so the text survives XML exactly: a backslash becomes \\, a carriage return \r (XML
 * parsers turn CR LF into LF), and every character outside printable ASCII \uXXXX. The last rule keeps the
 * stored XML pure ASCII: ExcelJS's reader decodes each stream chunk on its own and turns a multi-byte UTF-8
 * character split across two chunks into U+FFFD; ASCII cannot be split. An underscore that would start an OOXML
 * `_xHHHH_` escape is written \u005f, so a spreadsheet reading the file never decodes one. Chunks never split a
 * surrogate pair.
 */
import type { Source } from "../core/types";
import { STORE_CHUNK_CHARS } from "./layout";

export type StoredRow = [string, number, string];

export const STORE_HEADER: readonly string[] = ["Source ID", "Part", "Data"];

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\\\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

export function escapeStoredText(s: string): string {
  return s.replace(NEEDS_ESCAPE, (ch) => {
    if (ch === "\\") return "\\\\";
    if (ch === "\r") return "\\r";
    return "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0");
  });
}

export function unescapeStoredText(s: string): string {
  return s.replace(/\\(\\|r|u[0-9a-fA-F]{4})/g, (_m, e: string) => {
    if (e === "\\") return "\\";
    if (e === "r") return "\r";
    return String.fromCharCode(parseInt(e.slice(1), 16));
  });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The text cut into escaped chunks, each at most `max` characters long. */
export function chunkText(text: string, max = STORE_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  let i = 0;
  while (i < text.length) {
    let span = Math.min(max, text.length - i);
    for (;;) {
      let end = i + span;
      if (end < text.length && end - i > 1 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      const encoded = escapeStoredText(text.slice(i, end));
      if (encoded.length <= max || span === 1) {
        chunks.push(encoded);
        i = end;
        break;
      }
      span = Math.max(1, Math.min(span - 1, Math.floor((span * max) / encoded.length)));
    }
  }
  return chunks;
}

type SourceMeta = Omit<Source, "text"> & { length: number };

/** The rows that store these sources. */
export function sourcesToRows(sources: Source[], max = STORE_CHUNK_CHARS): StoredRow[] {
  const rows: StoredRow[] = [];
  for (const s of sources) {
    const { text, ...fields } = s;
    const meta: SourceMeta = { ...fields, length: text.length };
    rows.push([s.id, 0, escapeStoredText(JSON.stringify(meta))]);
    chunkText(text, max).forEach((chunk, i) => rows.push([s.id, i + 1, chunk]));
  }
  return rows;
}

function str(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

/**
 * Sources read back from stored rows (in the order their part 0 rows appear). Rows that do not parse are
 * skipped; a source whose text does not have the stored length is reported through `problems`.
 */
export function rowsToSources(rows: readonly (readonly unknown[])[], problems: string[] = []): Source[] {
  const metas = new Map<string, SourceMeta>();
  const parts = new Map<string, { part: number; data: string }[]>();
  const order: string[] = [];
  for (const row of rows) {
    const id = str(row[0]);
    const part = Number(row[1]);
    const data = str(row[2]);
    if (!id || !Number.isInteger(part) || part < 0) continue;
    if (part === 0) {
      try {
        const meta = JSON.parse(unescapeStoredText(data)) as SourceMeta;
        if (!metas.has(id)) order.push(id);
        metas.set(id, meta);
      } catch {
        problems.push(`Stored source ${id}: its fields could not be read`);
      }
    } else {
      const list = parts.get(id) ?? [];
      list.push({ part, data });
      parts.set(id, list);
    }
  }
  const sources: Source[] = [];
  for (const id of order) {
    const meta = metas.get(id) as SourceMeta;
    const chunks = (parts.get(id) ?? []).sort((a, b) => a.part - b.part);
    const text = chunks.map((c) => unescapeStoredText(c.data)).join("");
    if (typeof meta.length === "number" && meta.length !== text.length) {
      problems.push(`Stored source ${id}: text is ${text.length} characters, expected ${meta.length}`);
    }
    const source: Source = {
      id,
      title: str(meta.title),
      outlet: str(meta.outlet),
      url: str(meta.url),
      published: str(meta.published),
      author: str(meta.author),
      text,
    };
    if (meta.file !== undefined && meta.file !== "") source.file = str(meta.file);
    sources.push(source);
  }
  return sources;
}
