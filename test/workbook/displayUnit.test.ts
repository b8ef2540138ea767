import { claimDisplayUnit, figureDisplayUnit, unitByMagnitude, unitNamedIn } from "../../src/workbook/displayUnit";

const YEAR = 365.25 * 86400;

describe("the unit a claim's own words use", () => {
  it("reads durations, energy, lengths and volumes from the surface", () => {
    expect(unitNamedIn("six years", "s")).toEqual({ label: "years", factor: YEAR });
    expect(unitNamedIn("a 12-month", "s")?.label).toBe("months");
    expect(unitNamedIn("three hours", "s")).toEqual({ label: "hours", factor: 3600 });
    expect(unitNamedIn("45 s", "s")?.label).toBe("seconds");
    expect(unitNamedIn("3.5 GWh", "Wh")).toEqual({ label: "GWh", factor: 1e9 });
    expect(unitNamedIn("95 kilometres", "m")).toEqual({ label: "km", factor: 1000 });
    expect(unitNamedIn("26 miles", "m")?.label).toBe("miles");
    expect(unitNamedIn("7.5 bcm", "m3")).toEqual({ label: "bcm", factor: 1e9 });
  });

  it("takes the smallest unit of a compound duration, so the value stays exact", () => {
    expect(unitNamedIn("2 hours and 10 minutes", "s")?.label).toBe("minutes");
  });

  it("reads what a price is per, with its amount", () => {
    expect(unitNamedIn("$90 per megawatt-hour", "USD/kWh")).toEqual({ label: "USD/MWh", factor: 1e-3 });
    expect(unitNamedIn("€6.10 per 100 kWh", "EUR/kWh")).toEqual({ label: "EUR/100 kWh", factor: 0.01 });
    expect(unitNamedIn("$410 per 1,000 cubic metres", "USD/m3")).toEqual({ label: "USD/1,000 m³", factor: 1e-3 });
  });

  it("says nothing when the words name no unit of the family, or the canonical one", () => {
    expect(unitNamedIn("hour-long", "Wh")).toBeNull();
    expect(unitNamedIn("€0.30 per kWh", "EUR/kWh")).toBeNull();
    expect(unitNamedIn("$3 billion", "USD")).toBeNull();
    expect(unitNamedIn("Tmas", "s")).toBeNull();
  });
});

describe("a readable unit when the words do not tell", () => {
  it("takes the largest unit of the family that keeps the value at 1 or more", () => {
    expect(unitByMagnitude("s", 7200).label).toBe("hours");
    expect(unitByMagnitude("s", 3 * YEAR).label).toBe("years");
    expect(unitByMagnitude("s", 40).label).toBe("seconds");
    expect(unitByMagnitude("Wh", 2.5e12).label).toBe("TWh");
    expect(unitByMagnitude("m", 410000).label).toBe("km");
    expect(unitByMagnitude("USD", 3e9)).toEqual({ label: "USD", factor: 1 });
  });

  it("prefers the claim's words over its size", () => {
    expect(claimDisplayUnit("ninety minutes", "s", 5400).label).toBe("minutes");
    expect(claimDisplayUnit("", "s", 5400).label).toBe("hours");
  });
});

describe("a figure's unit", () => {
  it("is the one most of its claims use, ties going to the smaller unit", () => {
    expect(figureDisplayUnit(["two hours", "5 hours"], "s", 18000).label).toBe("hours");
    expect(figureDisplayUnit(["1 hour and 25 minutes", "an hour and a half"], "s", 5400).label).toBe("minutes");
    expect(figureDisplayUnit(["3 years", "36 months", "three years"], "s", 3 * YEAR).label).toBe("years");
    expect(figureDisplayUnit([], "s", 4 * YEAR).label).toBe("years");
  });
});
