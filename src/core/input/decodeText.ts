import { checkBinary } from "./binary";
import type { TextResult } from "./result";
import { decodeUtf16, sniffUtf16 } from "./utf16";
import { decodeUtf8 } from "./utf8";
import { decodeWindows1252 } from "./windows1252";

/** Above this share of invalid bytes the input is refused rather than decoded with replacement characters. */
export const MAX_INVALID_UTF8_RATIO = 0.2;

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bytes.length >= bom.length && bom.every((b, i) => bytes[i] === b);
}

function isBlank(text: string): boolean {
  return /^[\s\uFEFF]*$/.test(text);
}

function utf16Result(bytes: Uint8Array, littleEndian: boolean, from: number, name: string): TextResult {
  const { text, invalidUnits } = decodeUtf16(bytes, littleEndian, from);
  if (isBlank(text)) return { ok: false, error: "empty file" };
  const warnings = invalidUnits ? [`invalid UTF-16: ${invalidUnits} code unit(s) replaced with U+FFFD in ${name}`] : [];
  return { ok: true, text, warnings };
}

/**
 * Turns a file's bytes into text. UTF-8 (with or without a byte-order mark, which is dropped) and UTF-16 with
 * a byte-order mark (or recognisably UTF-16 without one) are decoded. Empty and binary inputs are refused;
 * invalid UTF-8 is decoded with U+FFFD and a warning, or refused when most of it is invalid. With
 * `encoding: "windows-1252"` (what the file declares, e.g. an HTML page's meta charset) bytes are read as that.
 * `name` only makes the messages readable.
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
    const text = decodeWindows1252(bytes);
    return isBlank(text) ? { ok: false, error: "empty file" } : { ok: true, text, warnings: [] };
  }
  const { text, invalidSequences, invalidBytes } = decodeUtf8(bytes, from);
  if (isBlank(text)) return { ok: false, error: "empty file" };
  if (invalidBytes > MAX_INVALID_UTF8_RATIO * (bytes.length - from)) {
    const pct = Math.round((100 * invalidBytes) / (bytes.length - from));
    return { ok: false, error: `not UTF-8 text (${pct}% of the bytes are invalid UTF-8)` };
  }
  const warnings =
    invalidSequences > 0
      ? [`invalid UTF-8: ${invalidSequences} byte sequence(s) replaced with U+FFFD in ${name}`]
      : [];
  return { ok: true, text, warnings };
}
