/**
 * OOXML string escaping (ST_Xstring): a spreadsheet reading an .xlsx turns `_xHHHH_` into the character HHHH.
 * ExcelJS writes strings as they are, so a carriage return (which XML parsers turn into a line feed) and a
 * literal `_x000D_` in article text would both come back changed. These escape them the way Excel itself does.
 */

export function encodeXstring(s: string): string {
  return s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(/\r/g, "_x000D_");
}

export function decodeXstring(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
