import { brief } from "./helpers";

type Row = [string, number, string, string];
const rows = (text: string) => brief(text).map(([s, v, u, q]) => [s, Number(v.toPrecision(6)), u, q] as Row);

describe("imperial measures in two units", () => {
  it.each<[string, Row[]]>([
    ["The new centre is 6 ft 9 in tall.", [["6 ft 9 in", 2.0574, "m", "exact"]]],
    ["The record jump was 8 feet and 1 inch.", [["8 feet and 1 inch", 2.4638, "m", "exact"]]],
    ["The cod weighed 21 lb 6 oz.", [["21 lb 6 oz", 0.00969554, "t", "exact"]]],
    ["Her twins weighed 5 pounds 2 ounces each.", [["5 pounds 2 ounces", 0.00232466, "t", "exact"]]],
  ])("%s", (text, want) => expect(rows(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // "in" is a preposition here
    ["He stood 6 ft 2 in the queue.", [["6 ft", 1.8288, "m", "exact"], ["2", 2, "count", "exact"]]],
    // twelve inches or more is not the smaller part of a foot
    ["The pipe is 3 ft 14 inches from the wall.", [["3 ft", 0.9144, "m", "exact"], ["14 inches", 0.3556, "m", "exact"]]],
    // two lengths in the same unit are two figures
    ["Boards of 6 ft, 3 ft and 2 ft.", [["6 ft", 1.8288, "m", "exact"], ["3 ft", 0.9144, "m", "exact"], ["2 ft", 0.6096, "m", "exact"]]],
  ])("not one measure in %s", (text, want) => expect(rows(text)).toEqual(want));
});

describe("pounds as a weight", () => {
  it.each<[string, Row[]]>([
    ["He lost 25 pounds over the summer.", [["25 pounds", 0.0113398, "t", "exact"]]],
    ["Buy two pounds of apples.", [["two pounds", 0.000907185, "t", "exact"]]],
  ])("%s", (text, want) => expect(rows(text)).toEqual(want));

  it("keeps pounds as money elsewhere", () => {
    expect(rows("The ticket cost 25 pounds.")).toEqual([["25 pounds", 25, "GBP", "exact"]]);
  });
});
