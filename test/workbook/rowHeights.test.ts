import { CLAIMS_TABLE, columnIndex } from "../../src/workbook/layout";
import { LINE_POINTS, MAX_ROW_POINTS, rowHeight, wrappedLines } from "../../src/workbook/rowHeights";

describe("row heights that hold wrapped text", () => {
  it("counts the lines words wrap to, breaking a word longer than the width", () => {
    expect(wrappedLines("short", 20)).toBe(1);
    expect(wrappedLines("one two three four five six", 10)).toBe(3);
    expect(wrappedLines("first line\nsecond", 40)).toBe(2);
    expect(wrappedLines("x".repeat(25), 10)).toBe(3);
    expect(wrappedLines("", 10)).toBe(1);
  });

  it("makes a row as tall as its longest wrapped cell, and leaves one-line rows alone", () => {
    const row = CLAIMS_TABLE.columns.map(() => "" as string | number);
    expect(rowHeight(CLAIMS_TABLE, row)).toBeUndefined();
    row[columnIndex(CLAIMS_TABLE, "sentence")] = "word ".repeat(60);
    const height = rowHeight(CLAIMS_TABLE, row)!;
    expect(height).toBeGreaterThanOrEqual(5 * LINE_POINTS);
    row[columnIndex(CLAIMS_TABLE, "surface")] = "word ".repeat(500); // not a wrapped column: no effect
    expect(rowHeight(CLAIMS_TABLE, row)).toBe(height);
    row[columnIndex(CLAIMS_TABLE, "sentence")] = "word ".repeat(5000);
    expect(rowHeight(CLAIMS_TABLE, row)).toBe(MAX_ROW_POINTS);
  });
});
