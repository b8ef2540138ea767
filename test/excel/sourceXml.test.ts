import { packSourceRows, parseSourceXml, SOURCES_NAMESPACE } from "../../src/excel/sourceXml";
import { rowsToSources, sourcesToRows } from "../../src/workbook/storedSources";
import type { Source } from "../../src/core/types";

const src = (id: string, text: string): Source => ({ id, title: '<b>"T" & co</b>', outlet: "", url: "", published: "", author: "", text });

describe("sources in custom XML parts", () => {
  it("round-trips through parts, with markup-looking text kept as text", () => {
    const sources = [src("a", "<script>alert(1)</script> & =1+1"), src("b", "x".repeat(50_000))];
    const packed = packSourceRows(sourcesToRows(sources), 40_000, 1_000_000);
    expect(packed.overflow).toEqual([]);
    expect(packed.parts.length).toBeGreaterThan(1);
    for (const p of packed.parts) {
      expect(p.length).toBeLessThanOrEqual(40_000);
      expect(p).toContain(`xmlns="${SOURCES_NAMESPACE}"`);
      expect(p).not.toContain("<script>");
    }
    expect(rowsToSources(packed.parts.flatMap(parseSourceXml))).toEqual(sources);
  });

  it("sends what does not fit to the hidden-sheet overflow", () => {
    const sources = [src("a", "a".repeat(30_000)), src("b", "b".repeat(60_000))];
    const rows = sourcesToRows(sources);
    const packed = packSourceRows(rows, 40_000, 40_000);
    expect(packed.overflow.length).toBeGreaterThan(0);
    expect(rowsToSources([...packed.parts.flatMap(parseSourceXml), ...packed.overflow])).toEqual(sources);
  });

  it("reads the XML back the way Excel may return it", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<ns0:sources xmlns:ns0="${SOURCES_NAMESPACE}"><ns0:r p='0' i='x'>{&quot;title&quot;:&quot;&#x41;&quot;}</ns0:r><ns0:r i="x" p="1"/></ns0:sources>`;
    expect(parseSourceXml(xml)).toEqual([
      ["x", 0, '{"title":"A"}'],
      ["x", 1, ""],
    ]);
  });
});
