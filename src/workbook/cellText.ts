/**
 * Article text is data. A string that starts with = + - @, a tab or a carriage return would be read by a
 * spreadsheet as a formula (or a DDE payload) if it were typed in; both writers make sure it lands as text:
 * - ExcelJS writes every string as a shared string (never a formula), and text columns carry the "@" format;
 * - Office.js sets numberFormat "@" on those cells before it writes the values, in the same batch.
 * The text itself is kept exact (no apostrophe or other prefix is added).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** True when `s`, typed into a General cell, would be taken for a formula. */
export function needsTextFormat(s: string): boolean {
  return FORMULA_START.test(s);
}

// Characters XML 1.0 cannot hold at all (an .xlsx with them is corrupt): C0 controls other than tab, LF, CR,
// lone surrogates, U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Excel's limit on the characters in one cell. */
export const CELL_MAX_CHARS = 32767;

/**
 * The text to put in a visible cell: exact, except that characters no spreadsheet file can store are
 * replaced by U+FFFD and text beyond Excel's cell limit is cut (with an ellipsis).
 * It never adds a prefix: a leading = stays a leading =, and the writers make it text.
 */
export function safeCellText(s: string): string {
  let out = s.replace(XML_INVALID, "\uFFFD");
  if (out.length > CELL_MAX_CHARS) out = out.slice(0, CELL_MAX_CHARS - 1) + "…";
  return out;
}

/** Excel's limit on a hyperlink's address: longer ones are refused (or make the file unreadable). */
export const HYPERLINK_MAX_CHARS = 2079;

/**
 * True for an address a hyperlink may point at (http, https, mailto; never javascript: or file:) and that Excel
 * takes (at most HYPERLINK_MAX_CHARS characters). A longer URL is written as plain text, not as a link.
 */
export function isLinkable(url: string): boolean {
  const address = url.trim();
  return address.length <= HYPERLINK_MAX_CHARS && /^(https?:\/\/|mailto:)[^\s"<>]+$/i.test(address);
}
