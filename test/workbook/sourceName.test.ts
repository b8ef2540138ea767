import { fullSourceName, shorten, sourceName } from "../../src/workbook/sourceName";

const src = (title: string, text: string, file?: string) => ({ id: "s-1", title, text, ...(file ? { file } : {}) });

describe("a source's name", () => {
  it("is its title when the article has a title line of its own", () => {
    expect(sourceName(src("Port traffic doubles", "Port traffic doubles\nThe harbour handled 2 million boxes."))).toBe("Port traffic doubles");
    expect(sourceName(src("Typed by the analyst", "The harbour handled 2 million boxes."))).toBe("Typed by the analyst");
  });

  it("is the file name when the title was only the opening sentence, else that sentence shortened", () => {
    const text = "The harbour handled 2 million boxes last year, its busiest season since the new quay opened. More follows.";
    const title = "The harbour handled 2 million boxes last year, its busiest season since the new quay opened.";
    expect(sourceName(src(title, text, "harbour-report.txt"))).toBe("harbour-report.txt");
    const pasted = sourceName(src(title, text));
    expect(pasted.length).toBeLessThanOrEqual(60);
    expect(pasted.endsWith("…")).toBe(true);
    expect(fullSourceName(src(title, text))).toBe(title);
  });

  it("falls back to the id, and shortens at a word", () => {
    expect(sourceName(src("", "", undefined))).toBe("s-1");
    expect(shorten("alpha beta gamma delta", 12)).toBe("alpha beta…");
    expect(shorten("short", 12)).toBe("short");
  });
});
