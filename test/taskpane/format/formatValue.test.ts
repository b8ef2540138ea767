import type { Claim, Figure } from "../../../src/core/types";
import { formatClaim, formatFigure } from "../../../src/taskpane/format/formatValue";
import { claimRecord } from "../../helpers/claim";
import { unitDimension } from "../../../src/taskpane/format/unitDimension";

const claim = (surface: string, value: number, unit: string, extra: Partial<Claim> = {}): Claim =>
  claimRecord({ id: "c", sourceId: "s", start: 0, surface, value, unit, sentence: surface, sentenceStart: 0 }, extra);

describe("values as the pane shows them", () => {
  it("shows a claim in its own words' unit, with its qualifier", () => {
    expect(formatClaim(claim("over 56,000", 56000, "count", { qualifier: "over" }))).toBe("over 56,000");
    expect(formatClaim(claim("about 24", 24, "count", { qualifier: "approx" }))).toBe("≈ 24");
    expect(formatClaim(claim("up to 30 days", 30 * 86400, "s", { qualifier: "up-to" }))).toBe("up to 30 days");
    expect(formatClaim(claim("four years", 126230400, "s"))).toBe("4 years");
    expect(formatClaim(claim("€70 per MWh", 0.07, "EUR/kWh"))).toBe("70 EUR/MWh");
    expect(formatClaim(claim("$2.4 billion", 2.4e9, "USD"))).toBe("2.4 bn USD");
    expect(formatClaim(claim("2-3 hours", 9000, "s", { qualifier: "range", low: 7200, high: 10800 }))).toBe("2 – 3 hours");
  });

  it("shows a figure in the unit most of its claims use", () => {
    const a = claim("two hours", 7200, "s");
    const b = claim("five hours", 18000, "s");
    const figure = { min: 7200, max: 18000, unit: "s" } as Figure;
    expect(formatFigure(figure, [a, b])).toBe("2 – 5 hours");
    expect(formatFigure({ ...figure, min: 7200, max: 7200 } as Figure, [a])).toBe("2 hours");
  });
});

describe("unitDimension", () => {
  it.each([
    ["USD", "money"],
    ["RUB", "money"],
    ["EUR/kWh", "price"],
    ["USD/bbl", "price"],
    ["m3", "volume"],
    ["bbl/d", "volume"],
    ["t", "volume"],
    ["%", "share"],
    ["pp", "share"],
    ["x", "share"],
    ["count", "count"],
    ["ordinal", "count"],
    ["s", "time"],
    ["m", "other"],
  ])("%s is %s", (unit, dimension) => {
    expect(unitDimension(unit)).toBe(dimension);
  });
});
