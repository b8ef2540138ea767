import { readFx, readMetrics, readNotes, readOverrides, readReviewValues } from "../../src/workbook/userInputs";

describe("reading the analyst's inputs from table values", () => {
  it("reads metrics with keywords split on commas or semicolons, skipping rows without a key", () => {
    const table = {
      headers: ["Keywords", "Key", "Label", "Unit"],
      rows: [
        ["trade, turnover; exchange", "trade", "Bilateral trade", "USD"],
        ["x", "", "no key", ""],
        ["gas", "gas", "", "m3"],
      ],
    };
    expect(readMetrics(table)).toEqual([
      { key: "trade", label: "Bilateral trade", unit: "USD", keywords: ["trade", "turnover", "exchange"] },
      { key: "gas", label: "gas", unit: "m3", keywords: ["gas"] },
    ]);
  });

  it("reads FX rates, upper-casing codes and skipping bad rates", () => {
    const table = { headers: ["From", "To", "Rate"], rows: [["eur", "usd", 1.08], ["GBP", "USD", "1,27"], ["RUB", "USD", 0], ["", "USD", 2]] };
    expect(readFx(table)).toEqual([
      { from: "EUR", to: "USD", rate: 1.08 },
      { from: "GBP", to: "USD", rate: 127 },
    ]);
  });

  it("reads overrides, reviews and notes from the Claims table", () => {
    const claims = {
      headers: ["Claim ID", "Review", "Note", "Figure override"],
      rows: [
        ["a", "accepted", "checked", ""],
        ["b", "maybe", "", "fig-1"],
        ["", "Rejected", "orphan", "x"],
      ],
    };
    expect(readReviewValues(claims)).toEqual({ a: "Accepted", b: "Unreviewed" });
    expect(readOverrides(claims)).toEqual([{ claimId: "b", figureKey: "fig-1" }]);
    expect(readNotes(claims)).toEqual({ a: "checked" });
    expect(readMetrics(undefined)).toEqual([]);
  });
});
