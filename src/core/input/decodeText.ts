import { checkBinary } from "./binary";
import type { TextResult } from "./result";
import { sniffUtf16 } from "./sniffUtf16";
import { toWindows1252 } from "./windows1252C1";
import { decodeLenient, decodeStrict, type EncodingLabel } from "./webDecoder";

/** Above this share of invalid bytes the input is refused rather than decoded with replacement characters. */
export const MAX_INVALID_UTF8_RATIO = 0.2;

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bytes.length >= bom.length && bom.every((b, i) => bytes[i] === b);
}

function isBlank(text: string): boolean {
  return /^[\s\uFEFF]*$/.test(text);
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

/** U+FFFD written in the file itself (EF BF BD), which the decoder passes through as a valid character. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1))
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

/** The number of UTF-8 bytes a string takes (U+FFFD counted like any character). */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u < 0x80) n += 1;
    else if (u < 0x800) n += 2;
    else if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function utf16Result(bytes: Uint8Array, littleEndian: boolean, from: number, name: string): TextResult {
  const body = bytes.subarray(from);
  const label: EncodingLabel = littleEndian ? "utf-16le" : "utf-16be";
  const strict = decodeStrict(body, label);
  const text = strict ?? decodeLenient(body, label);
  if (isBlank(text)) return { ok: false, error: "empty file" };
  if (strict !== null) return { ok: true, text, warnings: [] };
  const written = countWrittenUtf16Replacements(body, littleEndian);
  const invalidUnits = countReplacements(text) - written;
  return { ok: true, text, warnings: [`invalid UTF-16: ${invalidUnits} code unit(s) replaced with U+FFFD in ${name}`] };
}

function countWrittenUtf16Replacements(bytes: Uint8Array, littleEndian: boolean): number {
  let n = 0;
  const [lo, hi] = littleEndian ? [0xfd, 0xff] : [0xff, 0xfd];
  for (let i = 0; i + 1 < bytes.length; i += 2) if (bytes[i] === lo && bytes[i + 1] === hi) n++;
  return n;
}

function utf8Result(bytes: Uint8Array, from: number, name: string): TextResult {
  const body = bytes.subarray(from);
  const strict = decodeStrict(body, "utf-8");
  if (strict !== null) return isBlank(strict) ? { ok: false, error: "empty file" } : { ok: true, text: strict, warnings: [] };
  // Not well-formed: decoded with U+FFFD for each ill-formed sequence (the WHATWG "maximal subpart" rule). Every
  // well-formed sequence decodes to a character of the same UTF-8 length, so the bytes that were not part of one
  // are the input less what the decoded characters take (each replacement takes 3 bytes it did not have).
  const text = decodeLenient(body, "utf-8");
  if (isBlank(text)) return { ok: false, error: "empty file" };
  const invalidSequences = countReplacements(text) - countEncodedReplacements(body);
  const invalidBytes = body.length - (utf8Length(text) - 3 * invalidSequences);
  if (invalidBytes > MAX_INVALID_UTF8_RATIO * body.length) {
    const pct = Math.round((100 * invalidBytes) / body.length);
    return { ok: false, error: `not UTF-8 text (${pct}% of the bytes are invalid UTF-8)` };
  }
  return { ok: true, text, warnings: [`invalid UTF-8: ${invalidSequences} byte sequence(s) replaced with U+FFFD in ${name}`] };
}

/**
 * Turns a file's bytes into text with the platform's TextDecoder. UTF-8 (with or without a byte-order mark, which
 * is dropped) and UTF-16 with a byte-order mark (or recognisably UTF-16 without one, see sniffUtf16.ts) are
 * decoded. Empty and binary inputs are refused; invalid UTF-8 is decoded with U+FFFD and a warning, or refused
 * when most of it is invalid. With `encoding: "windows-1252"` (what the file declares, e.g. an HTML page's meta
 * charset) bytes are read as that. `name` only makes the messages readable.
 */
export function decodeText(bytes: Uint8Array, name: string, options: { encoding?: "utf-8" | "windows-1252" } = {}): TextResult {
  if (bytes.length === 0) return { ok: false, error: "empty file" };
  if (hasBom(bytes, 0xff, 0xfe)) return utf16Result(bytes, true, 2, name);
  if (hasBom(bytes, 0xfe, 0xff)) return utf16Result(bytes, false, 2, name);
  const sniffed = sniffUtf16(bytes);
  if (sniffed) return utf16Result(bytes, sniffed === "le", 0, name);

  const from = hasBom(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
  if (checkBinary(bytes).binary) return { ok: false, error: "binary file, not text" };
  if (options.encoding === "windows-1252" && from === 0) {
    // Declared by the file itself (an HTML page's meta charset); a UTF-8 byte-order mark overrides it.
    const text = toWindows1252(decodeLenient(bytes, "windows-1252"));
    return isBlank(text) ? { ok: false, error: "empty file" } : { ok: true, text, warnings: [] };
  }
  return utf8Result(bytes, from, name);
}

