import { formatRange, formatValue } from "../../../src/taskpane/format/formatValue";
import { unitDimension } from "../../../src/taskpane/format/unitDimension";

describe("formatValue", () => {
  it.each([
    [245e9, "USD", "USD 245 bn"],
    [38.8e9, "m3", "38.8 bcm"],
    [5100, "s", "1 h 25 min"],
    [5400, "s", "1 h 30 min"],
    [7200, "s", "2 h"],
    [30 * 86400, "s", "30 days"],
    [12.5, "%", "12.5%"],
    [2.7, "x", "2.7×"],
    [56000, "count", "56,000"],
    [0.0423, "EUR/kWh", "0.0423 EUR/kWh"],
    [5, "ordinal", "#5"],
  ])("%p %s → %s", (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it("shows a range only when the values differ", () => {
    expect(formatRange(5100, 5400, "s")).toBe("1 h 25 min – 1 h 30 min");
    expect(formatRange(7, 7, "%")).toBe("7%");
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
