import fc from "fast-check";
import { chunkText, rowsToSources, sourcesToRows, unescapeStoredText } from "../../src/workbook/storedSources";
import type { Source } from "../../src/core/types";

const src = (id: string, text: string): Source => ({ id, title: "=t", outlet: "", url: "", published: "", author: "", text });

describe("stored sources", () => {
  it("cuts text into ASCII chunks no longer than the limit that join back exactly", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.integer({ min: 6, max: 50 }), (text, max) => {
        const chunks = chunkText(text, max);
        for (const c of chunks) {
          expect(c.length).toBeLessThanOrEqual(max);
          expect(/^[\t\n\x20-\x7e]*$/.test(c)).toBe(true);
        }
        expect(chunks.map(unescapeStoredText).join("")).toBe(text);
      }),
    );
  });

  it("round-trips sources with their fields, in order, and reports a truncated text", () => {
    const sources = [src("b", "x".repeat(70_000) + "€"), { ...src("a", "\\r literally \r\n"), file: "a.txt", url: "https://a" }];
    const rows = sourcesToRows(sources);
    expect(rows.filter((r) => r[0] === "b").length).toBe(4);
    expect(rowsToSources(rows)).toEqual(sources);
    const problems: string[] = [];
    const shuffled = [...rows].reverse().filter((r) => !(r[0] === "b" && r[1] === 2));
    const back = rowsToSources(shuffled, problems);
    expect(back.map((s) => s.id)).toEqual(["a", "b"]);
    expect(problems).toEqual([expect.stringContaining("Stored source b")]);
  });

  it("skips rows that are not stored sources", () => {
    expect(rowsToSources([["", 0, "{}"], ["x", "n", "y"], ["x", 0, "not json"]])).toEqual([]);
  });
});
