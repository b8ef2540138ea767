/**
 * What a source is called wherever it is listed (the pane's lists and filters, the workbook's Source columns):
 * its title when the article has one of its own (a title line, a page title, one the analyst typed), else its
 * file name, else its opening words; shortened at a word to `max` characters with "…". The full title stays
 * in the Sources table and in the pane's hover and focus text.
 */
import type { Source } from "../core/types";

export const SOURCE_NAME_CHARS = 60;

/** True when the title was only the text's first sentence: it opens the text and its paragraph goes on. */
function titleIsOpeningSentence(source: Pick<Source, "title" | "text">): boolean {
  const title = source.title.trim();
  if (!title) return false;
  const text = source.text.trimStart();
  if (!text.startsWith(title)) return false;
  const next = text.charAt(title.length);
  return next !== "" && next !== "\n" && next !== "\r";
}

/** `text` cut at a word boundary to at most `max` characters, "…" added when cut. */
export function shorten(text: string, max: number = SOURCE_NAME_CHARS): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** The full name (title or file name), before shortening. */
export function fullSourceName(source: Pick<Source, "id" | "title" | "text" | "file">): string {
  const title = source.title.trim();
  if (title && !titleIsOpeningSentence(source)) return title;
  return source.file?.trim() || title || source.id;
}

export function sourceName(source: Pick<Source, "id" | "title" | "text" | "file">, max: number = SOURCE_NAME_CHARS): string {
  return shorten(fullSourceName(source), max);
}
