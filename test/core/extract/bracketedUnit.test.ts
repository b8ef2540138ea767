import { brief } from "./helpers";

type Row = [string, number, string, string];
const rows = (text: string) => brief(text).map(([s, v, u, q]) => [s, Number(v.toPrecision(6)), u, q] as Row);

describe("a unit in brackets after the number", () => {
  it.each<[string, Row[]]>([
    ["Each crate holds 35 (kg) of fruit.", [["35 (kg)", 0.035, "t", "exact"]]],
    ["The test track measures 1.6 [km] end to end.", [["1.6 [km]", 1600, "m", "exact"]]],
    ["A phone with 256 {GB} of storage.", [["256 {GB}", 2.56e11, "B", "exact"]]],
    ["The limit is 30 <km/h> near schools.", [["30 <km/h>", 30, "km/h", "exact"]]],
  ])("%s", (text, want) => expect(rows(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // a letter or a word in brackets is a label or an aside, not a unit
    ["The fund paid 40 (see below) grants and 12 (b) loans.", [["40", 40, "count", "exact"], ["12", 12, "count", "exact"]]],
    // a one-letter unit in brackets is too often a label
    ["The panel had 7 (m) and 9 (f) members.", [["7", 7, "count", "exact"], ["9", 9, "count", "exact"]]],
    // the bracket must close right after the unit
    ["They planted 15 (kg each) bags.", [["15", 15, "count", "exact"]]],
  ])("not a bracketed unit in %s", (text, want) => expect(rows(text)).toEqual(want));
});
