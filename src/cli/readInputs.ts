import * as fs from "node:fs";
import * as path from "node:path";
import { MAX_ARTICLE_BYTES, megabytes, tooLargeMessage } from "../core/input/readArticle";
import { createSource } from "../core/source/createSource";
import type { Source, SourceOverrides } from "../core/types";
import { readDocument } from "../reader/readDocument";
import { describeError, type InputProblem } from "./discoverFiles";
import { DEFAULT_FETCH_TIMEOUT_MS, fetchPage } from "./fetchPage";
import { parseDocument } from "./parseDocument";

export interface ReadInputs {
  sources: Source[];
  /** Files that could not be read, one readable message each. */
  problems: InputProblem[];
  /** Files that were read, with something to say about them (invalid bytes replaced, ...). */
  warnings: InputProblem[];
}

/**
 * Reads one file's bytes, refusing it from its size before reading when it is over the limit. The size the
 * file system states is not trusted to bound the read: /proc files say 0 bytes and a file may grow while read, so
 * at most `limit` + 1 bytes are read, in chunks, and one byte more than the limit refuses the file.
 */
function readBytes(file: string, limit: number): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  let fd: number | undefined;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, error: "is a folder" };
    // A FIFO or a device would block or never end: only regular files are read.
    if (!stat.isFile()) return { ok: false, error: "not a regular file" };
    if (stat.size > limit) return { ok: false, error: tooLargeMessage(stat.size, limit) };
    fd = fs.openSync(file, "r");
    return readAtMost(fd, limit, stat.size);
  } catch (error) {
    return { ok: false, error: describeError(error) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const CHUNK = 1024 * 1024;

/** Web pages fetched at the same time. */
const PARALLEL_FETCHES = 4;

/** Reads `fd` to its end, or refuses it as too large once more than `limit` bytes came. */
function readAtMost(fd: number, limit: number, expected: number): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  let buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(expected + 1, CHUNK)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const got = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (got === 0) break;
    length += got;
    if (length > limit) return { ok: false, error: `too large (more than the limit of ${megabytes(limit)} MB)` };
  }
  return { ok: true, bytes: buffer.subarray(0, length) };
}
/**
 * Reads each file as an article and turns it into a Source (title, URL, author, outlet and date read from
 * the text, or from what the page, PDF or Word file says of itself). A file that cannot be read becomes a
 * problem; the others go on. `onFile` is told after each file (for the progress line).
 */
export async function readInputs(
  files: readonly string[],
  options: {
    limit?: number;
    displayName?: (file: string) => string;
    /** Told after each file or link is read, with how many are done. */
    onFile?: (done: number) => void;
    /** Web pages to fetch and read after the files; each problem's `path` is its address. */
    urls?: readonly string[];
    timeoutMs?: number;
  } = {},
): Promise<ReadInputs> {
  const limit = options.limit ?? MAX_ARTICLE_BYTES;
  const displayName = options.displayName ?? ((file: string) => file);
  const sources: Source[] = [];
  const problems: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  const seen = new Map<string, { file: string; source: Source }>();
  const add = (file: string, source: Source): void => {
    const first = seen.get(source.id);
    if (first !== undefined) {
      // One article given twice (a copy, a rename, the page and its text saved apart): counting it twice would
      // make it corroborate itself. The id comes from the article's address, else its text.
      const same = first.source.text === source.text ? "same text" : `same address (${source.url})`;
      warnings.push({ path: file, message: `${displayName(file)}: ${same} as ${displayName(first.file)}; read once` });
      return;
    }
    seen.set(source.id, { file, source });
    sources.push(source);
  };
  for (const [index, file] of files.entries()) {
    const read = readBytes(file, limit);
    const article = read.ok ? await readDocument(displayName(file), read.bytes, { parseDocument, limit }) : read;
    if (!article.ok) problems.push({ path: file, message: article.error });
    else {
      for (const warning of article.warnings) warnings.push({ path: file, message: warning });
      const overrides: SourceOverrides = { ...article.overrides, file: path.basename(file) };
      add(file, createSource(article.text, overrides));
    }
    options.onFile?.(index + 1);
  }
  const urls = options.urls ?? [];
  const limits = { timeoutMs: options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS, maxBytes: limit };
  // A few pages are fetched at once (the wait is the network's), then read in the order given.
  for (let from = 0; from < urls.length; from += PARALLEL_FETCHES) {
    const batch = urls.slice(from, from + PARALLEL_FETCHES);
    const fetched = await Promise.all(batch.map((url) => fetchPage(url, limits)));
    for (const [i, url] of batch.entries()) {
      const page = fetched[i];
      const article = page.ok ? await readDocument(page.name, page.bytes, { parseDocument, limit }) : page;
      if (!article.ok) problems.push({ path: url, message: article.error });
      else {
        for (const warning of article.warnings) warnings.push({ path: url, message: warning.replace(page.ok ? page.name : "", url) });
        add(url, createSource(article.text, { ...article.overrides, url }));
      }
      options.onFile?.(files.length + from + i + 1);
    }
  }
  return { sources, problems, warnings };
}
