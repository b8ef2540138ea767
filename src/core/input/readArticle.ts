import { decodeText } from "./decodeText";
import type { HtmlMeta } from "./htmlMeta";
import { parseHtml } from "./htmlToText";
import { markdownToText } from "./markdownToText";
import { declaredHtmlCharset, isWindows1252Label } from "./htmlCharset";

/**
 * Largest article accepted: 16 MB. A news article is a few kB and a saved page a few MB; a file far larger is
 * a dump or a mistake, and is refused with a clear message instead of tying up memory (a JavaScript string
 * takes up to twice the bytes, and the claims and workbook grow with it).
 */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

export type ArticleFormat = "text" | "markdown" | "html";

export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

export type ArticleResult =
  | { ok: true; text: string; format: ArticleFormat; warnings: string[]; meta: Partial<HtmlMeta> }
  | { ok: false; error: string };

export function extensionOf(name: string): string {
  const base = name.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** The format a file name asks for, or null when it is not an article file. */
export function articleFormat(name: string): ArticleFormat | null {
  return ARTICLE_EXTENSIONS[extensionOf(name)] ?? null;
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1);
}

/**
 * Error message for an input above the size limit (also used before reading, from the file's size). When the size
 * and the limit round to the same megabytes ("16 MB, limit 16 MB" for one byte too many), both are given in bytes.
 */
export function tooLargeMessage(bytes: number, limit = MAX_ARTICLE_BYTES): string {
  const size = megabytes(bytes);
  const max = megabytes(limit);
  if (size !== max) return `too large (${size} MB, limit ${max} MB)`;
  const exact = (n: number): string => n.toLocaleString("en-US");
  return `too large (${exact(bytes)} bytes, limit ${exact(limit)} bytes)`;
}

/** Reads a decoded HTML page: its text and what it says about the article. */
export type HtmlReader = (html: string) => { text: string; meta: Partial<HtmlMeta> | HtmlMeta };

/**
 * Reads one article file's bytes as text, choosing the reader by extension: .txt (verbatim, so offsets match
 * the file), .md (markdown lightly stripped) and .html/.htm (by default tags stripped, scripts dropped, head
 * metadata read; the CLI and the pane pass a reader-mode `readHtml` that keeps only the article).
 */
export function readArticle(name: string, bytes: Uint8Array, limit = MAX_ARTICLE_BYTES, readHtml: HtmlReader = parseHtml): ArticleResult {
  const format = articleFormat(name);
  if (!format) {
    const ext = extensionOf(name) || "no extension";
    return { ok: false, error: `unsupported file type (${ext}); expected .txt, .md, .html or .htm` };
  }
  if (bytes.length > limit) return { ok: false, error: tooLargeMessage(bytes.length, limit) };
  const latin = format === "html" && isWindows1252Label(declaredHtmlCharset(bytes));
  const decoded = decodeText(bytes, name, latin ? { encoding: "windows-1252" } : {});
  if (!decoded.ok) return decoded;
  if (format === "text") return { ok: true, text: decoded.text, format, warnings: decoded.warnings, meta: {} };
  if (format === "markdown") {
    const text = markdownToText(decoded.text);
    if (!text.trim()) return { ok: false, error: "no text (only markup)" };
    return { ok: true, text, format, warnings: decoded.warnings, meta: {} };
  }
  const page = readHtml(decoded.text);
  if (!page.text.trim()) return { ok: false, error: "no text after removing the HTML markup" };
  const meta: Partial<HtmlMeta> = {};
  for (const [key, value] of Object.entries(page.meta) as [keyof HtmlMeta, string | undefined][]) if (value) meta[key] = value;
  return { ok: true, text: page.text, format, warnings: decoded.warnings, meta };
}
