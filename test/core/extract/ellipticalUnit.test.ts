/** An amount told without its unit takes the unit of the amount it is compared with or listed beside. Our own sentences. */
import { brief } from "./helpers";

type Row = [string, number, string, string];

describe("a scaled amount without its unit takes the unit of the amount before it", () => {
  it.each<[string, Row[]]>([
    ["Turnover climbed to $7.4 billion from 6.9 billion a year before.", [["$7.4 billion", 7.4e9, "USD", "exact"], ["6.9 billion", 6.9e9, "USD", "exact"]]],
    ["The mine produced 2.2 million tonnes, against 1.8 million in 2023.", [["2.2 million tonnes", 2.2e6, "t", "exact"], ["1.8 million", 1.8e6, "t", "exact"]]],
    ["Chile sold 3.5 million euros of wine, Peru 1.1 million and Argentina 0.6 million.", [["3.5 million euros", 3.5e6, "EUR", "exact"], ["1.1 million", 1.1e6, "EUR", "exact"], ["0.6 million", 0.6e6, "EUR", "exact"]]],
    ["Profit was €410 million, compared with 380 million.", [["€410 million", 4.1e8, "EUR", "exact"], ["380 million", 3.8e8, "EUR", "exact"]]],
    ["The club paid 60 million euros plus 12 million in bonuses.", [["60 million euros", 6e7, "EUR", "exact"], ["12 million", 1.2e7, "EUR", "exact"]]],
    // a list's entries after "the", a hedge, "followed by … at"
    ["Japan produced 6.9 million tonnes, the US 6.8 million and Russia 5.5 million.", [["6.9 million tonnes", 6.9e6, "t", "exact"], ["6.8 million", 6.8e6, "t", "exact"], ["5.5 million", 5.5e6, "t", "exact"]]],
    ["Brazil shipped 2.1 million tonnes, Ghana some 1.9 million and Peru nearly 1.2 million.", [["2.1 million tonnes", 2.1e6, "t", "exact"], ["1.9 million", 1.9e6, "t", "approx"], ["1.2 million", 1.2e6, "t", "approx"]]],
    ["Texas lost 9.8 million dollars, followed by Ohio at 7.4 million.", [["9.8 million dollars", 9.8e6, "USD", "exact"], ["7.4 million", 7.4e6, "USD", "exact"]]],
    // a list's entry written out in digits, and one after a capitalised name ("Ohio 740,000" names no model)
    ["Texas milled 1.2 million tonnes, Ohio 740,000 and Utah 310,000.", [["1.2 million tonnes", 1.2e6, "t", "exact"], ["740,000", 740000, "t", "exact"], ["310,000", 310000, "t", "exact"]]],
  ])("%s", (text, want) => expect(brief(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // a number of its own in digits, not a list's entry
    ["Texas milled 1.2 million tonnes; crews saved 740,000 homes.", [["1.2 million tonnes", 1.2e6, "t", "exact"], ["740,000", 740000, "count", "exact"]]],
    // a count with its own noun
    ["The bank lent $5 billion to 2 million customers.", [["$5 billion", 5e9, "USD", "exact"], ["2 million", 2e6, "count", "exact"]]],
    // far apart in value: a city's people, not dollars
    ["A $3 billion fund was set up for the city and its 2 million.", [["$3 billion", 3e9, "USD", "exact"], ["2 million", 2e6, "count", "exact"]]],
    // nothing compares or lists them
    ["The club paid $60 million plus 2 million shirts.", [["$60 million", 6e7, "USD", "exact"], ["2 million", 2e6, "count", "exact"]]],
    ["The plan costs $4 billion; officials expect 3 million.", [["$4 billion", 4e9, "USD", "exact"], ["3 million", 3e6, "count", "exact"]]],
    // a clause of its own with a verb, not a list's entry
    ["The port handled 4.1 million tonnes, officials say some 2.2 million.", [["4.1 million tonnes", 4.1e6, "t", "exact"], ["2.2 million", 2.2e6, "count", "approx"]]],
    // the first amount is a count itself, or a percentage
    ["Visits rose 4% to 2.1 million, from 1.9 million.", [["4%", 4, "%", "exact"], ["2.1 million", 2.1e6, "count", "exact"], ["1.9 million", 1.9e6, "count", "exact"]]],
  ])("not: %s", (text, want) => expect(brief(text)).toEqual(want));
});

describe("a level after the move to it takes the move's price unit, however far apart their values", () => {
  it.each<[string, Row[]]>([
    ["Petrol was up by 2.1 pence a litre to 139.4p.", [["2.1 pence a litre", 0.021, "GBP/l", "exact"], ["139.4p", 1.394, "GBP/l", "exact"]]],
    ["Nickel rose $300 a tonne in May to $15,200.", [["$300 a tonne", 300, "USD/t", "exact"], ["$15,200", 15200, "USD/t", "exact"]]],
  ])("%s", (text, want) => expect(brief(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // not a move: the amount after is another sum
    ["It rose $300 a tonne, lifting revenue to $15,200.", [["$300 a tonne", 300, "USD/t", "exact"], ["$15,200", 15200, "USD", "exact"]]],
  ])("not: %s", (text, want) => expect(brief(text)).toEqual(want));
});
