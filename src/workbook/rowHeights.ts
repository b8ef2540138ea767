/**
 * Row heights that hold wrapped text: a row is as tall as the most lines any of its wrapped cells needs, so a
 * long quote neither hides behind the next row nor prints over it. Lines are counted by wrapping words at the
 * column's width (in Excel character units; average text is narrower than the "0" that unit measures, so this
 * errs towards a little too much room).
 */
import type { TableSpec } from "./layout";
import type { CellValue } from "./rows";

/** Points per line of the default 11 pt font, and Excel's tallest row. */
export const LINE_POINTS = 15;
export const MAX_ROW_POINTS = 409;

/** Lines `text` takes when words wrap at `width` characters (a word longer than the width is broken). */
export function wrappedLines(text: string, width: number): number {
  const chars = Math.max(1, Math.floor(width));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/[ \t]+/)) {
      if (!word) continue;
      let len = word.length;
      const need = used === 0 ? len : used + 1 + len;
      if (need <= chars) {
        used = need;
        continue;
      }
      if (used > 0) count++;
      while (len > chars) {
        count++;
        len -= chars;
      }
      used = len;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Height in points of one body row of `spec`; undefined when no cell wraps to more than one line. */
export function rowHeight(spec: TableSpec, row: readonly CellValue[]): number | undefined {
  let lines = 1;
  spec.columns.forEach((c, i) => {
    if (!c.wrap) return;
    const v = row[i];
    if (typeof v !== "string" || v === "") return;
    lines = Math.max(lines, wrappedLines(v, c.width));
  });
  return lines > 1 ? Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 2) : undefined;
}
