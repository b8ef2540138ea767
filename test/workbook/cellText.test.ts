import { CELL_MAX_CHARS, HYPERLINK_MAX_CHARS, isLinkable, needsTextFormat, safeCellText } from "../../src/workbook/cellText";
import { isoDateToSerial, serialToIsoDate } from "../../src/workbook/excelDate";

describe("cell text", () => {
  it("spots text a spreadsheet would take for a formula", () => {
    for (const s of ['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(needsTextFormat(s)).toBe(true);
    for (const s of ["1+1", "a=b", " =x", ""]) expect(needsTextFormat(s)).toBe(false);
  });

  it("keeps text exact (no prefix) and only replaces what no file can hold", () => {
    expect(safeCellText("=1+1")).toBe("=1+1");
    expect(safeCellText("@x\ty\r\nz")).toBe("@x\ty\r\nz");
    expect(safeCellText("a\u0001b\uD800c😀")).toBe("a\uFFFDb\uFFFDc😀");
    const long = safeCellText("x".repeat(40000));
    expect(long.length).toBe(CELL_MAX_CHARS);
  });

  it("links only http, https and mailto addresses", () => {
    expect(isLinkable("https://a.example/x?y=1")).toBe(true);
    expect(isLinkable("javascript:alert(1)")).toBe(false);
    expect(isLinkable("file:///etc/passwd")).toBe(false);
    expect(isLinkable("")).toBe(false);
    // Excel's limit on a hyperlink address
    expect(isLinkable(`https://a.example/${"x".repeat(HYPERLINK_MAX_CHARS - 18)}`)).toBe(true);
    expect(isLinkable(`https://a.example/${"x".repeat(HYPERLINK_MAX_CHARS - 17)}`)).toBe(false);
  });

  it("converts ISO dates to Excel serials and back", () => {
    expect(isoDateToSerial("1900-03-01")).toBe(61);
    expect(isoDateToSerial("2025-05-08")).toBe(45785);
    expect(serialToIsoDate(45785)).toBe("2025-05-08");
    expect(isoDateToSerial("2025-13-01")).toBe("");
    expect(isoDateToSerial("")).toBe("");
  });
});
