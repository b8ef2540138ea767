import { MAX_ARTICLE_BYTES, tooLargeMessage } from "../../core/input/readArticle";
import type { SourceOverrides } from "../../core/types";
import { parseDocument } from "./parseDocument";

/** The part of a browser File the pane reads (a File, or a stand-in in tests). */
export interface FileLike {
  name: string;
  /** The size the browser states; checked before the file is read. */
  size?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ImportedArticle =
  | { ok: true; name: string; text: string; overrides: SourceOverrides; warnings: string[] }
  | { ok: false; name: string; error: string };

/**
 * Reads a file chosen by the user into article text with what it says about itself: .txt and .md, saved web
 * pages (.html, .htm: the article only, in reader mode, with title, byline, date and site name), .pdf (pages
 * kept) and .docx. The readers are loaded on the first import, in their own chunks (PDF.js and mammoth only when a
 * PDF or Word file comes). The text is only ever shown as text.
 */
export async function readArticleFile(file: FileLike): Promise<ImportedArticle> {
  // Refused from its size before it is read: reading a 2 GB file whole would freeze or crash the pane.
  if (typeof file.size === "number" && file.size > MAX_ARTICLE_BYTES) {
    return { ok: false, name: file.name, error: tooLargeMessage(file.size) };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, name: file.name, error: `could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const { readDocument } = await import(/* webpackChunkName: "reader" */ "../../reader/readDocument");
  const read = await readDocument(file.name, bytes, { parseDocument });
  if (!read.ok) return { ok: false, name: file.name, error: read.error };
  const overrides: SourceOverrides = { ...read.overrides, file: file.name };
  return { ok: true, name: file.name, text: read.text, overrides, warnings: read.warnings };
}
