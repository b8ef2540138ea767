import { buildRows } from "../../../src/taskpane/audit/buildRows";
import { filterFigures, NO_FILTER } from "../../../src/taskpane/audit/filterFigures";
import { RESULT } from "../fixtures";

describe("buildRows", () => {
  it("puts status groups in STATUS_ORDER with their counts, and claims after open figures only", () => {
    const { figures, claimsByFigure } = filterFigures(RESULT, NO_FILTER);
    const rows = buildRows(figures, claimsByFigure, (id) => id === "f-grain");
    expect(rows.map((r) => (r.kind === "group" ? `${r.status}:${r.count}` : r.kind === "figure" ? r.figure.id : `  ${r.claim.id}`))).toEqual([
      "conflicting:1",
      "f-dur",
      "single-source:2",
      "f-gas",
      "f-fleet",
      "corroborated:1",
      "f-grain",
      "  c-grain-a",
      "  c-grain-b",
    ]);
  });

  it("gives every row a unique key", () => {
    const { figures, claimsByFigure } = filterFigures(RESULT, NO_FILTER);
    const rows = buildRows(figures, claimsByFigure, () => true);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe("filterFigures", () => {
  it("lists only the matching claims when the search matches quotes, all of them when it matches the label", () => {
    const byQuote = filterFigures(RESULT, { ...NO_FILTER, query: "REACHED" });
    expect(byQuote.figures.map((f) => f.id)).toEqual(["f-grain"]);
    expect(byQuote.claimsByFigure.get("f-grain")?.map((c) => c.id)).toEqual(["c-grain-b"]);
    const byLabel = filterFigures(RESULT, { ...NO_FILTER, query: "grain exports, usd" });
    expect(byLabel.claimsByFigure.get("f-grain")).toHaveLength(2);
  });

  it("combines filters", () => {
    const out = filterFigures(RESULT, { status: "single-source", dimension: "volume", sourceId: "src-b", query: "" });
    expect(out.figures.map((f) => f.id)).toEqual(["f-gas"]);
  });
});
