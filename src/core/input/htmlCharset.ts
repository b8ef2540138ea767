/** What an HTML page declares its character set to be, and which declared labels mean Windows-1252 on the web. */

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
