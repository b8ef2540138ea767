import { brief } from "./helpers";

type Row = [string, number, string, string];
const rows = (text: string) => brief(text).map(([s, v, u, q]) => [s, Number(v.toPrecision(6)), u, q] as Row);

describe("a currency named in words before the amount", () => {
  it.each<[string, Row[]]>([
    ["Bids open at dollar 14.5 million for the tower.", [["dollar 14.5 million", 1.45e7, "USD", "exact"]]],
    ["The council set aside rupees 7,500 per family.", [["rupees 7,500", 7500, "INR", "exact"]]],
    ["Exporters earned euros 2.4bn in the quarter.", [["euros 2.4bn", 2.4e9, "EUR", "exact"]]],
    ["Tokyo approved yen 90 billion in aid.", [["yen 90 billion", 9e10, "JPY", "exact"]]],
    ["Rupees 250 crore went to roads.", [["Rupees 250 crore", 2.5e9, "INR", "exact"]]],
  ])("%s", (text, want) => expect(rows(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // a singular name needs a scale: a tournament, a shop
    ["Euro 96 drew big crowds to Dollar 5 shops.", [["96", 96, "count", "exact"]]],
    // about the currency itself, after "the"
    ["Data sent the dollar 0.8% higher and the euro 3 billion in flows.", [["0.8%", 0.8, "%", "exact"], ["3 billion", 3e9, "count", "exact"]]],
    // the number has its own unit
    ["Priced in dollars 20 kg sacks sold out.", [["20 kg", 0.02, "t", "exact"]]],
    // a minor unit or a name that is also a word ("pounds", "won") is not read before the amount
    ["They counted cents 40 times and pounds 300 million.", [["40 times", 40, "count", "exact"], ["300 million", 3e8, "count", "exact"]]],
  ])("not money before the amount in %s", (text, want) => expect(rows(text)).toEqual(want));
});

describe("currency codes in lower case before the amount", () => {
  it.each<[string, Row[]]>([
    ["Tickets cost rmb 80 or usd 12.", [["rmb 80", 80, "CNY", "exact"], ["usd 12", 12, "USD", "exact"]]],
    ["The deal was worth eur 45 million.", [["eur 45 million", 4.5e7, "EUR", "exact"]]],
    // a code after a number without a currency is that number's unit; after one with its own, it opens the next
    ["The menu listed 45 rmb 7 usd.", [["45 rmb", 45, "CNY", "exact"], ["7 usd", 7, "USD", "exact"]]],
    ["The menu listed rmb 45 usd 7.", [["rmb 45", 45, "CNY", "exact"], ["usd 7", 7, "USD", "exact"]]],
  ])("%s", (text, want) => expect(rows(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // "rub" is a word
    ["Gently rub 10 drops into the wood.", [["10", 10, "count", "exact"]]],
    // a code glued to a longer word is not one
    ["The campus 20 buses ran late.", [["20", 20, "count", "exact"]]],
  ])("no code in %s", (text, want) => expect(rows(text)).toEqual(want));
});
