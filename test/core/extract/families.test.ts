import { brief, claimsOf } from "./helpers";

type Row = [string, number, string, string];

/** Expect exactly these claims (surface, value, unit, qualifier); values to 6 significant places. */
function expectClaims(text: string, expected: Row[]): void {
  const got = brief(text);
  expect(got.map(([s, , u, q]) => [s, u, q])).toEqual(expected.map(([s, , u, q]) => [s, u, q]));
  got.forEach(([, v], i) => expect(v / expected[i][1]).toBeCloseTo(1, 6));
}

describe("currencies", () => {
  it.each<[string, Row[]]>([
    ["The fund holds USD 12.4 million and CHF 3m in cash.", [["USD 12.4 million", 12.4e6, "USD", "exact"], ["CHF 3m", 3e6, "CHF", "exact"]]],
    ["Sales reached 12.4mn USD in March.", [["12.4mn USD", 12.4e6, "USD", "exact"]]],
    ["The port cost HK $4.2 billion and crude US $61.10 a barrel.", [["HK $4.2 billion", 4.2e9, "HKD", "exact"], ["US $61.10 a barrel", 61.1, "USD/bbl", "exact"]]],
    ["Australia borrowed $US90 trillion, Canada C$8 and New Zealand NZ$3.5 billion.", [["$US90 trillion", 9e13, "USD", "exact"], ["C$8", 8, "CAD", "exact"], ["NZ$3.5 billion", 3.5e9, "NZD", "exact"]]],
    ["Exports rose to 41 billion Swedish crowns and 2.3 trillion rupiah.", [["41 billion Swedish crowns", 4.1e10, "SEK", "exact"], ["2.3 trillion rupiah", 2.3e12, "IDR", "exact"]]],
    ["The mine will cost R2.1 trillion, or 900 million ringgit.", [["R2.1 trillion", 2.1e12, "ZAR", "exact"], ["900 million ringgit", 9e8, "MYR", "exact"]]],
    ["A litre of milk rose 23 cents; a stamp costs 61.5 pence.", [["23 cents", 0.23, "USD", "exact"], ["61.5 pence", 0.615, "GBP", "exact"]]],
    ["The loss was $-12.3bn, after minus $2bn a year earlier.", [["$-12.3bn", -12.3e9, "USD", "exact"], ["minus $2bn", -2e9, "USD", "exact"]]],
    ["Tickets cost 10 € at the door.", [["10 €", 10, "EUR", "exact"]]],
    ["It cost 3 dollars 50 cents.", [["3 dollars 50 cents", 3.5, "USD", "exact"]]],
    ["Samsung earned 1.2 trillion won.", [["1.2 trillion won", 1.2e12, "KRW", "exact"]]],
  ])("%s", expectClaims);

  it("reads ¥ as the yuan in an article about China and as the yen otherwise", () => {
    expect(brief("Beijing said Chinese banks lent ¥500 billion to Chinese firms.")[0][2]).toBe("CNY");
    expect(brief("Tokyo said Japanese banks lent ¥500 billion to Japanese firms.")[0][2]).toBe("JPY");
  });

  it.each([
    ["Of the 12 races, the 3 won by her were wet."],
    ["He lost 25 pounds of weight."],
    ["The TOP 10 list came out."],
    ["Formula R2 is a class, and so is R 5."],
  ])("no money in %s", (text) => {
    expect(claimsOf(text).filter((c) => /^[A-Z]{3}/.test(c.unit))).toEqual([]);
  });
});

describe("scales and magnitudes", () => {
  it.each<[string, Row[]]>([
    ["Tankers delivered 17.8m tonnes, more than 2m tonnes up.", [["17.8m tonnes", 17.8e6, "t", "exact"], ["2m tonnes", 2e6, "t", "over"]]],
    ["The app has 4.3M users.", [["4.3M", 4.3e6, "count", "exact"]]],
    ["Refiners bought 2,89,000 bpd, worth ₹1.4 lakh crore.", [["2,89,000 bpd", 289000, "bbl/d", "exact"], ["₹1.4 lakh crore", 1.4e12, "INR", "exact"]]],
    ["Bids ranged from $45 to $52 billion.", [["$45 to $52 billion", 48.5e9, "USD", "range"]]],
    ["The crane reaches 48m and the athlete is 1.8m tall.", [["48m", 48, "m", "exact"], ["1.8m", 1.8, "m", "exact"]]],
  ])("%s", expectClaims);

  it("reads MT as million tonnes where the article writes tonnages in millions, metric tonnes otherwise", () => {
    expect(brief("Imports reached 242.4 million tonnes, up 9.7 MT.")[1][1]).toBe(9.7e6);
    expect(brief("The ship unloaded 500 MT of rice.")[0][1]).toBe(500);
  });

  it("gives vague quantities as approximate", () => {
    const [dozens] = claimsOf("Dozens of firms left.");
    expect(dozens.qualifier).toBe("approx");
  });
});

describe("flows and rates", () => {
  it.each<[string, Row[]]>([
    ["Exports averaged 11.9 billion cubic feet per day, or 11.9 Bcf/d.", [["11.9 billion cubic feet per day", 11.9e9 * 0.028316846592, "m3/d", "exact"], ["11.9 Bcf/d", 11.9e9 * 0.028316846592, "m3/d", "exact"]]],
    ["Russia supplied 1.88 Mbd, Iraq 0.9 mb/d and Norway 450 kb/d.", [["1.88 Mbd", 1.88e6, "bbl/d", "exact"], ["0.9 mb/d", 9e5, "bbl/d", "exact"], ["450 kb/d", 4.5e5, "bbl/d", "exact"]]],
    ["The field pumps 5 mcm/d and ships 36,113 MMSCM a season.", [["5 mcm/d", 5e6, "m3/d", "exact"], ["36,113 MMSCM", 3.6113e10, "m3", "exact"]]],
    ["Output ranged from 10.1 Bcf/d to 10.5 Bcf/d.", [["10.1 Bcf/d to 10.5 Bcf/d", 10.3e9 * 0.028316846592, "m3/d", "range"]]],
    ["Grades sold $3–8 per barrel cheaper, or $3-8/bbl.", [["$3–8 per barrel", 5.5, "USD/bbl", "range"], ["$3-8/bbl", 5.5, "USD/bbl", "range"]]],
    ["Brent averaged $64.22 a barrel in May, compared with $67.79 in April.", [["$64.22 a barrel", 64.22, "USD/bbl", "exact"], ["$67.79", 67.79, "USD/bbl", "exact"]]],
  ])("%s", expectClaims);

  it("keeps an amount far from the price as money", () => {
    expect(brief("Brent hit $80 a barrel, lifting revenue to $500 million.")[1][2]).toBe("USD");
  });
});

describe("physical units", () => {
  it.each<[string, Row[]]>([
    ["The bridge is 300 feet long and 12 inches thick.", [["300 feet", 91.44, "m", "exact"], ["12 inches", 0.3048, "m", "exact"]]],
    ["The farm covers 45 acres, or 18 hectares, and the flat 60 sq m.", [["45 acres", 45 * 4046.8564224, "m2", "exact"], ["18 hectares", 1.8e5, "m2", "exact"], ["60 sq m", 60, "m2", "exact"]]],
    ["Temperatures hit -45C in Yakutia and 104 degrees Fahrenheit in Texas.", [["-45C", -45, "degC", "exact"], ["104 degrees Fahrenheit", 104, "degF", "exact"]]],
    ["Winds reached 120 mph, or 193 km/h.", [["120 mph", 193.12128, "km/h", "exact"], ["193 km/h", 193, "km/h", "exact"]]],
    ["The engine makes 300 hp and the phone has 256 GB.", [["300 hp", 300 * 745.69987158227, "W", "exact"], ["256 GB", 2.56e11, "B", "exact"]]],
    ["The chip runs at 3.2 GHz on a 100 Mbps line.", [["3.2 GHz", 3.2e9, "Hz", "exact"], ["100 Mbps", 1e8, "bit/s", "exact"]]],
    ["The parcel weighs 2.5 kg and the ring 12 grams.", [["2.5 kg", 2.5e-3, "t", "exact"], ["12 grams", 1.2e-5, "t", "exact"]]],
  ])("%s", expectClaims);

  it.each([["Ericsson sells 5G kit."], ["He wrote \"10\" on it."]])("no unit in %s", (text) => {
    expect(claimsOf(text).filter((c) => c.unit !== "count")).toEqual([]);
  });
});

describe("multipliers", () => {
  it.each<[string, Row[]]>([
    ["Trade grew fivefold, and the deficit ninefold.", [["fivefold", 5, "x", "exact"], ["ninefold", 9, "x", "exact"]]],
    ["Output rose more than five-fold.", [["five-fold", 5, "x", "over"]]],
  ])("%s", expectClaims);
});

describe("not claims", () => {
  it.each([
    ["Novatek's project, Arctic LNG 2, has started shipping."],
    ["Exports rose in 2023. [1] That puts them ahead."],
    ["Production was 234.3 MT in FY 24 against FY 25."],
    ["The meeting starts at 10:30 and ends at 5 pm on March 4."],
    ["The G20 met after COVID-19."],
  ])("%s", (text) => {
    const got = claimsOf(text).filter((c) => !(c.unit === "t"));
    expect(got).toEqual([]);
  });
});
