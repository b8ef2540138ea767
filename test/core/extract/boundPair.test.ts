import { brief } from "./helpers";

type Row = [string, number, string, string];
const ranged = (text: string) =>
  brief(text).map(([s, v, u, q]) => [s, Number(v.toPrecision(6)), u, q] as Row);

describe("a range stated as two bounds", () => {
  it.each<[string, Row[]]>([
    ["The survey found more than 10 and less than 40 species per hectare.", [["10 and less than 40", 25, "count", "range"]]],
    ["Shares traded above $5 but below $8 all week.", [["$5 but below $8", 6.5, "USD", "range"]]],
    ["Each crate holds at most 100 and at least 20 melons.", [["100 and at least 20", 60, "count", "range"]]],
    ["Fares will be no less than €20 and no more than €50.", [["€20 and no more than €50", 35, "EUR", "range"]]],
    ["Growth was greater than 2% and less than or equal to 3%.", [["2% and less than or equal to 3%", 2.5, "%", "range"]]],
  ])("%s", (text, want) => expect(ranged(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // two statements, not one range
    ["Exports rose more than 5% and imports fell below 3%.", [["5%", 5, "%", "over"], ["3%", 3, "%", "under"]]],
    // a low that is not below the high
    ["Inflation stayed above 5% and below 3% in different regions.", [["5%", 5, "%", "over"], ["3%", 3, "%", "under"]]],
    // different units
    ["The truck carries more than 10 tonnes and less than 40 pallets.", [["10 tonnes", 10, "t", "over"], ["40", 40, "count", "under"]]],
    // a single bound keeps its qualifier
    ["Turnout was above 60%.", [["60%", 60, "%", "over"]]],
  ])("no range in %s", (text, want) => expect(ranged(text)).toEqual(want));
});

describe("ranges of bare numbers", () => {
  it.each<[string, Row[]]>([
    ["The index moved between 20 and 30 during the session.", [["20 and 30", 25, "count", "range"]]],
    ["Seats 1000–5000 are sold out.", [["1000–5000", 3000, "count", "range"]]],
    ["Bids of 900-1,200 were expected.", [["900-1,200", 1050, "count", "range"]]],
    ["Salaries of 5k-20k are typical.", [["5k-20k", 12500, "count", "range"]]],
    ["Lots 20 through 100 went unsold.", [["20 through 100", 60, "count", "range"]]],
  ])("%s", (text, want) => expect(ranged(text)).toEqual(want));

  it.each<[string, Row[]]>([
    ["The team won 3-1 at home.", []],
    ["Output fell in 2026-2027.", []],
    ["Call 555-1234 for tickets.", [["555", 555, "count", "exact"]]],
    ["Dial 555-123-4567 now.", []],
    ["The vote was 245 to 198.", [["245", 245, "count", "exact"], ["198", 198, "count", "exact"]]],
  ])("no range in %s", (text, want) => expect(ranged(text)).toEqual(want));
});
