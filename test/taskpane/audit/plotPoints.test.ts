import { MAX_POINTS, plotPoints } from "../../../src/taskpane/audit/plotPoints";
import { FIGURES, CLAIMS, largeResult } from "../fixtures";

describe("plotPoints", () => {
  it("gives each side of a conflict its own mark", () => {
    const figure = FIGURES.find((f) => f.id === "f-dur")!;
    const points = plotPoints(figure, CLAIMS.filter((c) => figure.claimIds.includes(c.id)));
    expect(points.map((p) => [p.value, p.side, p.sourceIds])).toEqual([
      [7800, 0, ["src-a"]],
      [10800, 1, ["src-b"]],
    ]);
  });

  it("draws a figure stated ten thousand times with a bounded number of marks, keeping every claim", () => {
    const result = largeResult(1, 10_000);
    const figure = result.figures[0];
    const points = plotPoints(figure, result.claims);
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(points.reduce((n, p) => n + p.claimIds.length, 0)).toBe(10_000);
  });

  it("merges neighbours when there are more distinct values than marks", () => {
    const result = largeResult(1, 500);
    const claims = result.claims.map((c, i) => ({ ...c, value: i }));
    const points = plotPoints({ ...result.figures[0], min: 0, max: 499 }, claims);
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(points[0].low).toBe(0);
    expect(points.at(-1)!.high).toBe(499);
  });
});
