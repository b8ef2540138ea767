import { formatQuantity, formatRange, numberFormatFor } from "../../src/workbook/numberFormats";

describe("number formats", () => {
  it("shows large money in billions or millions with its currency", () => {
    expect(numberFormatFor("USD", 245e9)).toBe('#,##0.0,,," bn USD"');
    expect(numberFormatFor("EUR", 3.5e6)).toBe('#,##0.0,," mn EUR"');
    expect(numberFormatFor("RUB", 950)).toBe('#,##0.00" RUB"');
    expect(formatQuantity(245e9, "USD")).toBe("245.0 bn USD");
  });

  it("shows volumes in bcm, percentages as stated, prices with their unit", () => {
    expect(numberFormatFor("m3", 38.8e9)).toBe('#,##0.0,,," bcm"');
    expect(formatQuantity(38.8e9, "m3")).toBe("38.8 bcm");
    expect(numberFormatFor("%", 4.5)).toBe('#,##0.0"%"');
    expect(formatQuantity(4.5, "%")).toBe("4.5%");
    expect(numberFormatFor("EUR/kWh", 0.0423)).toBe('#,##0.0000" EUR/kWh"');
    expect(formatQuantity(0.0423, "EUR/kWh")).toBe("0.0423 EUR/kWh");
    expect(formatQuantity(56000, "count")).toBe("56,000");
    expect(formatQuantity(2.5e12, "Wh")).toBe("2.5 TWh");
  });

  it("writes durations the way people say them", () => {
    expect(formatQuantity(5100, "s")).toBe("1 h 25 min");
    expect(formatQuantity(5400, "s")).toBe("1 h 30 min");
    expect(formatQuantity(30 * 86400, "s")).toBe("30 days");
    expect(formatQuantity(90, "s")).toBe("1 min 30 s");
    expect(formatQuantity(45, "s")).toBe("45 s");
    expect(formatRange(5100, 5400, "s")).toBe("1 h 25 min – 1 h 30 min");
  });

  it("never lets a unit break out of the quoted literal", () => {
    expect(numberFormatFor('a"b\\c', 2)).toBe('#,##0" abc"');
  });

  it("writes a range with one shared scale", () => {
    expect(formatRange(200e9, 245e9, "USD")).toBe("200.0 – 245.0 bn USD");
    expect(formatRange(5, 5, "%")).toBe("5.0%");
    expect(formatRange(Number.NaN, 1, "%")).toBe("");
  });
});
