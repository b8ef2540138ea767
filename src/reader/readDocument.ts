import { ARTICLE_EXTENSIONS, extensionOf, MAX_ARTICLE_BYTES, readArticle, tooLargeMessage, type ArticleFormat } from "../core/input/readArticle";
import type { SourceOverrides } from "../core/types";
import { readDocx } from "./docx";
import { readPdf } from "./pdf";
import { readSavedPage, type ParseDocument } from "./savedPage";

export type DocumentFormat = ArticleFormat | "pdf" | "docx";

/** Every file the CLI and the pane read, by extension. */
export const DOCUMENT_EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  ...ARTICLE_EXTENSIONS,
  ".pdf": "pdf",
  ".docx": "docx",
};

export const DOCUMENT_EXTENSION_LIST = ".txt, .md, .html, .htm, .pdf or .docx";

export type DocumentResult =
  | { ok: true; text: string; format: DocumentFormat; warnings: string[]; overrides: SourceOverrides }
  | { ok: false; error: string };

/** The format a file name asks for, or null when it is not a file the reader takes. */
export function documentFormat(name: string): DocumentFormat | null {
  return DOCUMENT_EXTENSIONS[extensionOf(name)] ?? null;
}

export interface ReadOptions {
  /** How HTML becomes a DOM document: linkedom in the CLI, DOMParser in the pane. */
  parseDocument: ParseDocument;
  limit?: number;
}

/**
 * Reads one document's bytes into article text and what it says about itself (title, author, outlet, date, for a
 * PDF where its pages start): plain text and Markdown by the engine's reader, saved web pages in reader mode,
 * PDF and Word files by their libraries. Same size limit and one-line errors for all.
 */
export async function readDocument(name: string, bytes: Uint8Array, options: ReadOptions): Promise<DocumentResult> {
  const limit = options.limit ?? MAX_ARTICLE_BYTES;
  const format = documentFormat(name);
  if (!format) {
    const ext = extensionOf(name) || "no extension";
    return { ok: false, error: `unsupported file type (${ext}); expected ${DOCUMENT_EXTENSION_LIST}` };
  }
  if (bytes.length > limit) return { ok: false, error: tooLargeMessage(bytes.length, limit) };
  if (bytes.length === 0) return { ok: false, error: "empty file" };
  if (format === "pdf") {
    const pdf = await readPdf(bytes);
    if (!pdf.ok) return pdf;
    return { ok: true, text: pdf.text, format, warnings: [], overrides: { ...pdf.meta, pageStarts: pdf.pageStarts } };
  }
  if (format === "docx") {
    const docx = await readDocx(bytes);
    if (!docx.ok) return docx;
    return { ok: true, text: docx.text, format, warnings: docx.warnings, overrides: {} };
  }
  const read = readArticle(name, bytes, limit, (html) => readSavedPage(html, options.parseDocument));
  if (!read.ok) return read;
  return { ok: true, text: read.text, format: read.format, warnings: read.warnings, overrides: { ...read.meta } };
}
