import { CodeUnitBuilder } from "./codeUnits";

/** Windows-1252's 0x80–0x9F (the rest of the byte range is Latin-1, i.e. the same code point). */
const HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes Windows-1252, which the web uses for every page labelled ISO-8859-1, Latin-1 or US-ASCII. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const out = new CodeUnitBuilder();
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out.push(b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : b);
  }
  return out.toString();
}

const LATIN_LABELS = new Set([
  "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "ascii", "us-ascii",
  "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100",
]);

/**
 * The character set an HTML page declares in its first 1,024 bytes (<meta charset=…> or
 * <meta http-equiv="Content-Type" content="…; charset=…">), lower-cased, or "".
 */
export function declaredHtmlCharset(bytes: Uint8Array): string {
  let head = "";
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]);
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : "";
}

/** True when a declared charset means Windows-1252 on the web. */
export function isWindows1252Label(label: string): boolean {
  return LATIN_LABELS.has(label);
}
