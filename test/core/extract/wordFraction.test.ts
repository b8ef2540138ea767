import { brief } from "./helpers";

type Row = [string, number, string, string];
const rows = (text: string) => brief(text).map(([s, v, u, q]) => [s, Number(v.toPrecision(6)), u, q] as Row);

describe("fractions in words", () => {
  it.each<[string, Row[]]>([
    ["Two-thirds of the members backed the plan.", [["Two-thirds", 66.6667, "%", "exact"]]],
    ["Nearly a quarter of homes lack heating.", [["a quarter", 25, "%", "approx"]]],
    ["Half of the new hires were engineers.", [["Half", 50, "%", "exact"]]],
    ["One third of the budget goes to defence.", [["One third", 33.3333, "%", "exact"]]],
    ["The flood displaced three-quarters of a million people.", [["three-quarters of a million", 750000, "count", "exact"]]],
    ["The project costs half a billion euros.", [["half a billion euros", 5e8, "EUR", "exact"]]],
    ["Quarter million homes lost power.", [["Quarter million", 250000, "count", "exact"]]],
    // a change by a fraction
    ["Visas issued fell by over a third this year.", [["a third", 33.3333, "%", "over"]]],
    ["The firm cut its workforce by a quarter.", [["a quarter", 25, "%", "exact"]]],
    ["Bookings were down a fifth on last year.", [["a fifth", 20, "%", "exact"]]],
  ])("%s", (text, want) => expect(rows(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // periods, not shares
    ["Profits rose in the first half of 2025.", []],
    ["Sales fell in the second quarter of the year.", []],
    ["He waited a quarter of an hour.", []],
    ["Its third-quarter billion-dollar loss shocked investors.", []],
    // a fraction that states no share or amount
    ["The bill needs a two-thirds majority.", []],
    ["The budget was cut in half.", []],
    // "a third" before a noun is an ordinal, not a share
    ["She won a third term.", []],
    ["Shares rose in the third quarter.", []],
    ["Prices rose for a third month.", []],
  ])("no share in %s", (text, want) => expect(rows(text)).toEqual(want));
});
