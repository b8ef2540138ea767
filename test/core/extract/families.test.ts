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
    ["Lima will release 150 million soles; La Paz set aside 2 billion bolivianos.", [["150 million soles", 1.5e8, "PEN", "exact"], ["2 billion bolivianos", 2e9, "BOB", "exact"]]],
    ["Royalties came to 42.4 billion pula; Lusaka raised 3 billion kwacha and Yangon 1.2 trillion kyats.", [["42.4 billion pula", 4.24e10, "BWP", "exact"], ["3 billion kwacha", 3e9, "ZMW", "exact"], ["1.2 trillion kyats", 1.2e12, "MMK", "exact"]]],
    // (the cents are per litre: see unitPriceSubject.ts; the stamp's pence are not)
    ["A litre of milk rose 23 cents; a stamp costs 61.5 pence.", [["23 cents", 0.23, "USD/l", "exact"], ["61.5 pence", 0.615, "GBP", "exact"]]],
    ["The loss was $-12.3bn, after minus $2bn a year earlier.", [["$-12.3bn", -12.3e9, "USD", "exact"], ["minus $2bn", -2e9, "USD", "exact"]]],
    ["Tickets cost 10 € at the door.", [["10 €", 10, "EUR", "exact"]]],
    ["It cost 3 dollars 50 cents.", [["3 dollars 50 cents", 3.5, "USD", "exact"]]],
    ["Samsung earned 1.2 trillion won.", [["1.2 trillion won", 1.2e12, "KRW", "exact"]]],
    ["The Toronto deal was worth C $8 billion.", [["C $8 billion", 8e9, "CAD", "exact"]]],
    ["Sales were MSEK 1,250 and costs TEUR 450.", [["MSEK 1,250", 1.25e9, "SEK", "exact"], ["TEUR 450", 4.5e5, "EUR", "exact"]]],
    ["A bowl of noodles costs 15元 in Chengdu.", [["15元", 15, "CNY", "exact"]]],
    ["The estate sold for a quarter million dollars.", [["a quarter million dollars", 2.5e5, "USD", "exact"]]],
  ])("%s", expectClaims);

  it.each<[string, Row[]]>([
    // "A" before a spaced "$" is the article, not the Australian dollar
    ["A $5 fee applies.", [["$5", 5, "USD", "exact"]]],
  ])("no other currency in %s", expectClaims);

  it("reads no currency in a word that only looks like a scaled code", () => {
    expect(claimsOf("The MUSE 5 exhibit and the TUSK 3 tour opened.").filter((c) => c.unit !== "count")).toEqual([]);
  });

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
    // a counted noun joined by "and" or "or" after the "m" makes it millions
    ["Hackers took 2.1m passport and licence numbers.", [["2.1m", 2.1e6, "count", "exact"]]],
    ["Officials sold 3m bus or tram tickets.", [["3m", 3e6, "count", "exact"]]],
    ["The wall is 2m high and the tower 40m and rising.", [["2m", 2, "m", "exact"], ["40m", 40, "m", "exact"]]],
  ])("%s", expectClaims);

  it("reads MT as million tonnes where the article writes tonnages in millions, metric tonnes otherwise", () => {
    expect(brief("Imports reached 242.4 million tonnes, up 9.7 MT.")[1][1]).toBe(9.7e6);
    expect(brief("The ship unloaded 500 MT of rice.")[0][1]).toBe(500);
  });

  it("gives vague quantities as approximate, with the span they allow", () => {
    const [dozens] = claimsOf("Dozens of firms left.");
    expect([dozens.qualifier, dozens.value, dozens.low, dozens.high]).toEqual(["approx", 24, 24, 120]);
    const [fines] = claimsOf("The firm paid tens of thousands of euros in fines.");
    expect([fines.surface, fines.unit, fines.qualifier, fines.low, fines.high]).toEqual(["tens of thousands of euros", "EUR", "approx", 2e4, 1e5]);
    const [oil] = claimsOf("Hundreds of tonnes of oil leaked.");
    expect([oil.unit, oil.low, oil.high]).toEqual(["t", 200, 1000]);
  });

  it("reads no vague quantity without 'of'", () => {
    expect(claimsOf("Tens gathered; millions more watched.")).toEqual([]);
  });

  it("gives an exact figure no span", () => {
    const [c] = claimsOf("The firm hired 24 engineers.");
    expect([c.low, c.high]).toEqual([undefined, undefined]);
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

  it("reads another market's price listed after a price in its own clause as per the same unit, in its own currency", () => {
    expect(brief("New York coffee rose 2% to $4,100 a tonne, and London coffee gained 1% to £3,300.")[3][2]).toBe("GBP/t");
    expect(brief("Gold rose to $2,400 an ounce, while in Mumbai it fetched 2,100 euros.")[1][2]).toBe("EUR/oz");
    // (not: an amount in another currency the price is compared with in the same clause, nor one far off in value)
    expect(brief("Coffee rose to $4,100 a tonne from £3,300.")[1][2]).toBe("GBP");
    expect(brief("Coffee rose to $4,100 a tonne, and the firm earned £33 million.")[1][2]).toBe("GBP");
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
    // crop yields: neither a mass nor an area
    ["Barley yielded 3.1 t/ha, or 3.1 tonnes per hectare, and maize 650 kg/ha.", [["3.1 t/ha", 3.1, "t/ha", "exact"], ["3.1 tonnes per hectare", 3.1, "t/ha", "exact"], ["650 kg/ha", 0.65, "t/ha", "exact"]]],
    ["Iowa soybeans averaged 58 bushels per acre on 9.8 million acres.", [["58 bushels per acre", 58, "bu/acre", "exact"], ["9.8 million acres", 9.8e6 * 4046.8564224, "m2", "exact"]]],
    // (not: tonnes a day, nor hectares alone)
    ["The mill ground 300 tonnes a day on 40 ha.", [["300 tonnes", 300, "t", "exact"], ["40 ha", 4e5, "m2", "exact"]]],
  ])("%s", expectClaims);

  it.each([["Ericsson sells 5G kit."], ["He wrote \"10\" on it."]])("no unit in %s", (text) => {
    expect(claimsOf(text).filter((c) => c.unit !== "count")).toEqual([]);
  });
});

describe("percentages", () => {
  it.each<[string, Row[]]>([
    ["Margins were minus five percent, and the index fell 4.2 pct.", [["minus five percent", -5, "%", "exact"], ["4.2 pct", 4.2, "%", "exact"]]],
    ["A negative 3% return.", [["negative 3%", -3, "%", "exact"]]],
  ])("%s", expectClaims);

  it("keeps a spelled number after 'negative' unsigned when its unit has no sign (a duration)", () => {
    expect(brief("Analysts kept a negative two-year outlook.").map(([s, v]) => [s, v > 0])).toEqual([["two-year", true]]);
  });
});

describe("multipliers", () => {
  it.each<[string, Row[]]>([
    ["Trade grew fivefold, and the deficit ninefold.", [["fivefold", 5, "x", "exact"], ["ninefold", 9, "x", "exact"]]],
    ["Output rose more than five-fold.", [["five-fold", 5, "x", "over"]]],
    ["Solar capacity grew nine times in a decade.", [["nine times", 9, "x", "exact"]]],
    ["Revenue increased by more than 20 times.", [["20 times", 20, "x", "over"]]],
  ])("%s", expectClaims);

  it.each<[string, Row[]]>([
    ["The reactor was shut nine times last year.", [["nine times", 9, "count", "exact"]]],
    ["She has visited Kyiv five times.", [["five times", 5, "count", "exact"]]],
  ])("a count of occasions in %s", expectClaims);
});

describe("ages", () => {
  const YEAR = 365.25 * 86400;
  it.each<[string, Row[]]>([
    ["The driver, aged 61, was unhurt.", [["61", 61 * YEAR, "s", "exact"]]],
    ["She retired at the age of 58.", [["58", 58 * YEAR, "s", "exact"]]],
    ["A 34 yo man was arrested.", [["34 yo", 34 * YEAR, "s", "exact"]]],
    ["The scheme covers people aged 18 to 24.", [["18 to 24", 21 * YEAR, "s", "range"]]],
    ["Voters between the ages of 18 and 29 swung left.", [["18 and 29", 23.5 * YEAR, "s", "range"]]],
  ])("%s", expectClaims);

  it.each<[string, Row[]]>([
    ["The club signed Tomas Reyes, 19, from a rival.", [["19", 19 * YEAR, "s", "exact"]]],
    ["Lindqvist, 71, was taken to hospital.", [["71", 71 * YEAR, "s", "exact"]]],
  ])("an age set off by commas after a name: %s", expectClaims);

  it.each<[string, Row[]]>([
    ["Norway, 14, Sweden, 11 and Finland, 6 sent teams.", [["14", 14, "count", "exact"], ["11", 11, "count", "exact"], ["6", 6, "count", "exact"]]],
    ["The office at Rue Berg, 14, in Geneva closed.", [["14", 14, "count", "exact"]]],
    ["Output peaked in March, 24, then fell.", [["24", 24, "count", "exact"]]],
  ])("no age after a place, an address or a month: %s", expectClaims);

  it.each<[string, Row[]]>([
    ["The Bronze Age 4 gallery reopened.", []],
    ["Rocks aged 1.5 billion years lie here.", [["1.5 billion years", 1.5e9 * YEAR, "s", "exact"]]],
  ])("no age after the word in %s", expectClaims);
});

describe("counts and measures after a determiner", () => {
  it.each<[string, Row[]]>([
    ["All flights left from the nine U.S. airports in the plan.", [["nine", 9, "count", "exact"]]],
    ["The five new reactors in service supply the grid.", [["five", 5, "count", "exact"]]],
    ["The ferry made the six-mile crossing each morning.", [["six-mile", 6 * 1609.344, "m", "exact"]]],
    ["Its four-ton rover landed.", [["four-ton", 4, "t", "exact"]]],
  ])("%s", expectClaims);

  it.each([
    ["The two ministers spoke and its two plants closed."],
    ["Those two firms merged."],
  ])("no count in %s", (text) => expect(claimsOf(text)).toEqual([]));
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
