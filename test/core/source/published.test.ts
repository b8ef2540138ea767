import { findDatelineDay, findPublished } from "../../../src/core/source/published";

describe("findDatelineDay: a wire's date line that names the day but no year", () => {
  test.each([
    ["SANTIAGO, Nov 30 (Wire) - Copper output fell.", 11, 30],
    ["Headline\n\nOct 14 (AP) — The regulator said.", 10, 14],
    ["Lisbon, Feb 10: Ministers met.", 2, 10],
    ["NEW DELHI, Sept 3rd (Agency) - Imports rose.", 9, 3],
  ])("%s", (text, month, day) => {
    expect(findDatelineDay(text)).toEqual({ month, day });
  });

  test.each([
    ["Output rose in Nov 30 days after the strike - a rebound."],
    ["SANTIAGO (Wire) - Copper output fell."],
    ["The vote on May 5 was close."],
    ["Feb 31 (Wire) - no such day is still read as a day, but day 0 is not: Feb 0 (Wire) -".slice(60)],
  ])("no day: %s", (text) => {
    expect(findDatelineDay(text)).toBeUndefined();
  });

  test("a date line with a year is findPublished's, and both agree on it", () => {
    expect(findPublished("MOSCOW, Feb 4, 2026 (Wire) - Gas flows rose.")).toBe("2026-02-04");
    expect(findPublished("SANTIAGO, Nov 30 (Wire) - Copper output fell.")).toBe("");
  });
});
