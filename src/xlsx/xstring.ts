/**
 * OOXML string escaping (ST_Xstring): a spreadsheet reading an .xlsx turns `_xHHHH_` into the character HHHH.
 * ExcelJS writes strings as they are, so a carriage return (which XML parsers turn into a line feed) and a
 * literal `_x000D_` in article text would both come back changed. These escape them the way Excel itself does.
 */

export function encodeXstring(s: string): string {
  // one pass: an underscore that would open an escape once written, before "_" or before a carriage return that
  // becomes "_x000D_" ("_x0040\r" would read back as "@x000D_"), is itself escaped
  return s.replace(/_(?=x[0-9A-Fa-f]{4}[_\r])|\r/g, (c) => (c === "\r" ? "_x000D_" : "_x005F_"));
}

export function decodeXstring(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
