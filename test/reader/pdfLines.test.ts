import { pageText, type PdfRun } from "../../src/reader/pdfLines";

const run = (text: string, x: number, y: number, width = text.length * 5): PdfRun => ({ text, x, y, width, height: 10 });

describe("pageText", () => {
  it("orders runs top to bottom and left to right, joins a line's runs with spaces, and marks paragraph gaps", () => {
    const runs = [run("7.7", 300, 680), run("Containers", 50, 680), run("2025", 300, 700), run("Commodity", 50, 700), run("Next part.", 50, 600)];
    expect(pageText(runs)).toBe("Commodity 2025\nContainers 7.7\n\nNext part.");
  });

  it("joins runs that touch without a space, and drops lines that are only a page number", () => {
    const runs = [run("Exp", 50, 700, 15), run("orts rose 4%.", 65, 700), run("Page 3 of 9", 250, 40), run("- 3 -", 250, 30)];
    expect(pageText(runs)).toBe("Exports rose 4%.");
  });
});
