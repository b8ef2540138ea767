import * as fs from "node:fs";
import { describeError } from "./discoverFiles";
import { isWebAddress } from "./fetchPage";

export type UrlList =
  | { ok: true; urls: string[]; problems: { line: number; message: string }[] }
  | { ok: false; error: string };

/** At most this many bytes are read from a list of links (a list of 10,000 links is about 1 MB). */
const MAX_LIST_BYTES = 4 * 1024 * 1024;

/**
 * Reads a file of web addresses, one a line. Blank lines and lines starting with "#" are skipped; a line that is
 * not an http(s) address is reported by its line number, and the others are read.
 */
export function readUrlList(file: string): UrlList {
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_LIST_BYTES) return { ok: false, error: "too large for a list of links (limit 4 MB)" };
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
  const urls: string[] = [];
  const problems: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, "").trim();
    if (!line || line.startsWith("#")) return;
    if (isWebAddress(line) && !/\s/.test(line)) urls.push(line);
    else problems.push({ line: i + 1, message: "not a web address (http:// or https://); line skipped" });
  });
  if (urls.length === 0 && problems.length === 0) return { ok: false, error: "no web addresses in this file" };
  return { ok: true, urls, problems };
}
