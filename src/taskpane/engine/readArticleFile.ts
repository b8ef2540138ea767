import { MAX_ARTICLE_BYTES, readArticle, tooLargeMessage } from "../../core/input/readArticle";
import type { SourceOverrides } from "../../core/types";

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
 * Reads a .txt, .md or .html file chosen by the user into article text (HTML tags stripped, scripts dropped) with
 * what the page's head says about title, outlet, URL, author and date. The text is only ever shown as text.
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
  const read = readArticle(file.name, bytes);
  if (!read.ok) return { ok: false, name: file.name, error: read.error };
  const overrides: SourceOverrides = { file: file.name };
  for (const [key, value] of Object.entries(read.meta)) if (value) (overrides as Record<string, string>)[key] = value;
  return { ok: true, name: file.name, text: read.text, overrides, warnings: read.warnings };
}
