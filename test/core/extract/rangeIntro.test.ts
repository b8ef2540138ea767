import { minusBefore, rangeIntroBefore } from "../../../src/core/extract/rangeIntro";
import { brief } from "./helpers";

type Row = [string, number, string, string];
const rows = (text: string) => brief(text).map(([s, v, u, q]) => [s, Number(v.toPrecision(6)), u, q] as Row);
const introAt = (text: string, number: string) => rangeIntroBefore(text, text.indexOf(number));

describe("the words before a range's first number", () => {
  it("tells a spread from a change", () => {
    expect(introAt("Bids were between 4 and 6.", "4").frame).toBe("between");
    expect(introAt("Estimates vary from 4 to 6.", "4").frame).toBe("spread");
    expect(introAt("Costs were from 4 to 6.", "4").frame).toBe("spread");
    expect(introAt("It could be anywhere from 4 to 6.", "4").frame).toBe("spread");
    expect(introAt("Rates fell from 4 to 6.", "4").frame).toBe("change");
    expect(introAt("It sold 4 to 6.", "4").frame).toBeNull();
    expect(introAt("Stocks rose by 4 to 6.", "4").frame).toBe("move");
    expect(introAt("Stocks were up nearly 4 to 6.", "4").frame).toBe("move");
    expect(introAt("Stocks could rise 4 to 6.", "4").frame).toBeNull();
  });

  it("reads past a minus sign or word, and starts the range there", () => {
    const text = "Growth of between -1.5% and 2%.";
    expect(rangeIntroBefore(text, text.indexOf("1.5"))).toEqual({ start: text.indexOf("-"), negative: true, frame: "between" });
    const words = "between minus six and two";
    expect(rangeIntroBefore(words, words.indexOf("six"))).toEqual({ start: words.indexOf("minus"), negative: true, frame: "between" });
    // a hyphen inside a word is no sign
    expect(minusBefore("the X-5 jet", 6)).toBe(-1);
    expect(minusBefore("a self 5", 7)).toBe(-1);
  });
});

describe("ranges framed by their words", () => {
  it.each<[string, Row[]]>([
    ["Economists see growth of between -1.5% and 2% next year.", [["-1.5% and 2%", 0.25, "%", "range"]]],
    ["Overnight lows will be between minus 8 and 2 degrees Celsius.", [["minus 8 and 2 degrees Celsius", -3, "degC", "range"]]],
    ["Tickets were from $40 to $95.", [["$40 to $95", 67.5, "USD", "range"]]],
    ["The project could employ anywhere from 300 to 12000 workers.", [["300 to 12000", 6150, "count", "range"]]],
    ["Crowds ranged from 150 to 20000.", [["150 to 20000", 10075, "count", "range"]]],
    ["Turnout was put between three thousand and five thousand.", [["three thousand and five thousand", 4000, "count", "range"]]],
    ["Bids came in between eight and twelve.", [["eight and twelve", 10, "count", "range"]]],
    // a move still to come, a dash, or percentages keep their range
    ["Prices could rise $3 to $5 a barrel.", [["$3 to $5 a barrel", 4, "USD/bbl", "range"]]],
    ["Costs will rise by $3 to $5.", [["$3 to $5", 4, "USD", "range"]]],
    ["Fares could go up by $1 to $5 next year.", [["$1 to $5", 3, "USD", "range"]]],
    ["Costs rose $3-$5 a unit.", [["$3-$5", 4, "USD", "range"]]],
    ["Rents rose 3% to 5% across the city.", [["3% to 5%", 4, "%", "range"]]],
    // (counts still to come, and a unit only the second number carries)
    ["The toll could rise by 30 to 50 people.", [["30 to 50", 40, "count", "range"]]],
    ["Exports jumped 40 to 60 tonnes.", [["40 to 60 tonnes", 50, "t", "range"]]],
  ])("%s", (text, want) => expect(rows(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // a change: two figures
    ["The rate was cut from 300 to 250 points.", [["300", 300, "count", "exact"], ["250", 250, "count", "exact"]]],
    ["Losses narrowed from -40% to -15%.", [["-40%", -40, "%", "exact"], ["-15%", -15, "%", "exact"]]],
    // a move told as done, and the level it led to
    ["Reserves rose by $1.2 billion to $640.5 billion.", [["$1.2 billion", 1.2e9, "USD", "exact"], ["$640.5 billion", 6.405e11, "USD", "exact"]]],
    ["The harvest was up 2 million tonnes to 31 million tonnes.", [["2 million tonnes", 2e6, "t", "exact"], ["31 million tonnes", 3.1e7, "t", "exact"]]],
    ["Brent gained $1.10 to $71.40 a barrel.", [["$1.10", 1.1, "USD/bbl", "exact"], ["$71.40 a barrel", 71.4, "USD/bbl", "exact"]]],
    // (counts too: "rose by 3,110 to 67,420")
    ["Approvals rose by 3,110 to 67,420 in October.", [["3,110", 3110, "count", "exact"], ["67,420", 67420, "count", "exact"]]],
    // ... and one still to come, when the level is more than five times the move (a range of a move rarely is)
    ["A typical bill will go up by £35 to £1,755.", [["£35", 35, "GBP", "exact"], ["£1,755", 1755, "GBP", "exact"]]],
    ["The youth rate will go up by £1.40 to £10 an hour.", [["£1.40", 1.4, "GBP", "exact"], ["£10", 10, "GBP", "exact"]]],
    // a dash after a sign is not read as a signed range
    ["The index read -5-3 at the close.", []],
    // a low that is not below the high
    ["Scores were between 9 and -2 points.", [["9", 9, "count", "exact"], ["-2", -2, "count", "exact"]]],
  ])("no range in %s", (text, want) => expect(rows(text)).toEqual(want));
});
