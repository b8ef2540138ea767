/** One run of text on a PDF page, in page units (origin at the bottom left). */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font's height on the page. */
  height: number;
}

interface Line {
  y: number;
  height: number;
  runs: PdfRun[];
}

/** "3", "Page 3", "Page 3 of 12", "3 / 12", "- 3 -": a running page number, never a claim of the text. */
const PAGE_NUMBER = /^\s*[-–—]?\s*(?:page|p\.)?\s*\d{1,4}\s*(?:(?:of|\/)\s*\d{1,4})?\s*[-–—]?\s*$/i;

/**
 * Puts a page's runs in reading order: runs whose baselines lie within half a line's height are one line, lines go
 * from the top of the page down, runs on a line from left to right (so a table written column by column reads row
 * by row). A gap wider than a fifth of the font's height is a space; a gap between lines 1.4 times the page's usual
 * line gap (its median) or more is a paragraph break. Lines that are only a page number are dropped. Sorting costs n log n in the page's runs.
 */
export function pageText(runs: readonly PdfRun[]): string {
  const sorted = runs.filter((r) => r.text.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - run.y) <= 0.5 * Math.max(last.height, run.height, 1)) last.runs.push(run);
    else lines.push({ y: run.y, height: run.height, runs: [run] });
  }
  const gaps = lines.slice(1).map((line, i) => lines[i].y - line.y).sort((a, b) => a - b);
  const usualGap = gaps.length ? gaps[(gaps.length - 1) >> 1] : 0;
  const out: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const run of line.runs) {
      if (text && run.x - end > 0.2 * Math.max(run.height, 1) && !/\s$/.test(text) && !/^\s/.test(run.text)) text += " ";
      text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    text = text.replace(/\s+/g, " ").trim();
    if (PAGE_NUMBER.test(text)) continue;
    if (previous && previous.y - line.y >= Math.max(1.4 * usualGap, 1.2 * line.height)) out.push("");
    out.push(text);
    previous = line;
  }
  return out.join("\n");
}
