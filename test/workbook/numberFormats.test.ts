import { formatShown, formatShownRange, shownNumberFormat } from "../../src/workbook/numberFormats";

const as = (label: string, factor = 1) => ({ label, factor });

describe("shown values as text", () => {
  it("writes money in millions or billions with its currency after, counts bare, percent and multipliers attached", () => {
    expect(formatShown(245e9, "USD", as("USD"))).toBe("245 bn USD");
    expect(formatShownRange(2.4e9, 2.407e9, "EUR", as("EUR"))).toBe("2.400 – 2.407 bn EUR");
    expect(formatShown(56000, "count", as("count"))).toBe("56,000");
    expect(formatShown(2e6, "count", as("count"))).toBe("2 mn");
    expect(formatShown(4.5, "%", as("%"))).toBe("4.5%");
    expect(formatShown(3, "x", as("x"))).toBe("3×");
  });

  it("divides by the display unit's factor: hours, years, TWh, a price per MWh", () => {
    expect(formatShownRange(7200, 18000, "s", as("hours", 3600))).toBe("2 – 5 hours");
    expect(formatShown(126230400, "s", as("years", 365.25 * 86400))).toBe("4 years");
    expect(formatShown(8e12, "Wh", as("TWh", 1e12))).toBe("8 TWh");
    expect(formatShown(0.07, "EUR/kWh", as("EUR/MWh", 1e-3))).toBe("70 EUR/MWh");
    expect(formatShown(0.0423, "EUR/kWh", as("EUR/kWh"))).toBe("0.0423 EUR/kWh");
  });

  it("gives both ends of a range the same decimals, and nothing for a value that is not finite", () => {
    expect(formatShownRange(85 * 60, 90 * 60, "s", as("minutes", 60))).toBe("85 – 90 minutes");
    expect(formatShownRange(1.5, 2, "%", as("%"))).toBe("1.5 – 2.0%");
    expect(formatShownRange(Number.NaN, 1, "%", as("%"))).toBe("");
  });
});

describe("number formats of shown values", () => {
  it("scales money and counts by Excel's thousands commas, with the word and no unit (the unit has its column)", () => {
    expect(shownNumberFormat("USD", [245e9])).toBe('#,##0,,," bn"');
    expect(shownNumberFormat("EUR", [2.4e9, 2.407e9])).toBe('#,##0.000,,," bn"');
    expect(shownNumberFormat("count", [3.2e6])).toBe('#,##0.0,," mn"');
    expect(shownNumberFormat("count", [56000])).toBe("#,##0");
  });

  it("shows as many decimals as the value needs, never base-unit noise", () => {
    expect(shownNumberFormat("s", [2, 5])).toBe("#,##0");
    expect(shownNumberFormat("m3", [38.8])).toBe("#,##0.0");
    expect(shownNumberFormat("EUR/kWh", [0.0423])).toBe("#,##0.0000");
    expect(shownNumberFormat("s", [1 / 3])).toBe("#,##0.0000");
  });
});
