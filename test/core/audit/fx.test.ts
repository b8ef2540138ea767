import { FxTable, fxDisagreements } from "../../../src/core/audit/fx";

describe("FxTable", () => {
  it("uses a typed rate over the inverse of another typed rate, whatever the order of the rows", () => {
    const rows = [
      { from: "EUR", to: "USD", rate: 1.08 },
      { from: "USD", to: "EUR", rate: 0.5 },
    ];
    for (const table of [new FxTable(rows), new FxTable([...rows].reverse())]) {
      expect(table.rate("USD", "EUR")).toBe(0.5);
      expect(table.rate("EUR", "USD")).toBe(1.08);
    }
  });

  it("derives the inverse and one-hop rates only where nothing was typed", () => {
    const table = new FxTable([
      { from: "EUR", to: "USD", rate: 1.25 },
      { from: "gbp ", to: "usd", rate: 1.6 },
    ]);
    expect(table.rate("USD", "EUR")).toBeCloseTo(0.8, 12);
    expect(table.rate("GBP", "EUR")).toBeCloseTo(1.6 * 0.8, 12);
    expect(table.rate("EUR", "JPY")).toBeUndefined();
    expect(table.rate("JPY", "JPY")).toBe(1);
  });

  it("ignores unusable rows", () => {
    const table = new FxTable([
      { from: "EUR", to: "USD", rate: 0 },
      { from: "EUR", to: "USD", rate: Number.NaN },
      { from: "", to: "USD", rate: 2 },
      { from: "EUR", to: "EUR", rate: 3 },
    ]);
    expect(table.rate("EUR", "USD")).toBeUndefined();
    expect(table.rate("EUR", "EUR")).toBe(1);
  });
});

describe("fxDisagreements", () => {
  it("reports both directions typed with rates that are not each other's inverse", () => {
    const found = fxDisagreements([
      { from: "EUR", to: "USD", rate: 1.08 },
      { from: "USD", to: "EUR", rate: 0.5 },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ from: "EUR", to: "USD", used: [1.08, 0.5] });
    expect(found[0].message).toBe("FX rates for EUR/USD disagree by more than 1%: EUR→USD 1.08, USD→EUR 0.5; used EUR→USD 1.08, USD→EUR 0.5");
  });

  it("reports one pair typed twice with different rates", () => {
    const found = fxDisagreements([
      { from: "GBP", to: "CHF", rate: 1.12 },
      { from: "GBP", to: "CHF", rate: 1.19 },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("GBP→CHF 1.12, GBP→CHF 1.19");
  });

  it("accepts rates that agree up to rounding, and pairs typed once", () => {
    expect(
      fxDisagreements([
        { from: "EUR", to: "USD", rate: 1.08 },
        { from: "USD", to: "EUR", rate: 0.93 },
        { from: "USD", to: "JPY", rate: 149.5 },
        { from: "JPY", to: "USD", rate: 0.00669 },
        { from: "EUR", to: "GBP", rate: 0.86 },
        { from: "EUR", to: "GBP", rate: 0.86 },
        { from: "CNY", to: "RUB", rate: 12.4 },
      ]),
    ).toEqual([]);
  });
});
