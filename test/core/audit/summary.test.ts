import { summarizeFigures } from "../../../src/core/audit/summary";
import type { Figure, FigureStatus } from "../../../src/core/types";

const fig = (id: string, status: FigureStatus): Figure => ({ id, label: id, unit: "count", period: "", status, claimIds: [], min: 0, max: 0, spread: 0, sources: [], flags: [], reason: "" });

test("summary lists conflicting first, then single-source, single-origin, corroborated, with counts", () => {
  const s = summarizeFigures([fig("a", "corroborated"), fig("b", "conflicting"), fig("c", "single-source"), fig("d", "conflicting")]);
  expect(s.map((x) => [x.status, x.count])).toEqual([
    ["conflicting", 2],
    ["single-source", 1],
    ["single-origin", 0],
    ["corroborated", 1],
  ]);
  expect(s[0].figures.map((f) => f.id)).toEqual(["b", "d"]);
});

test("within a status, figures are listed by label", () => {
  const a = { ...fig("x1", "single-source"), label: "trade, 2025, USD" };
  const b = { ...fig("x2", "single-source"), label: "call duration" };
  expect(summarizeFigures([a, b])[1].figures.map((f) => f.label)).toEqual(["call duration", "trade, 2025, USD"]);
});
