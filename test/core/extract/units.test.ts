import { brief, claimsOf } from "./helpers";

describe("units and values (own sentences across domains)", () => {
  it.each<[string, [string, number, string, string][]]>([
    ["Brent crude rose to $82.40 a barrel on Monday.", [["$82.40 a barrel", 82.4, "USD/bbl", "exact"]]],
    ["The country exported 1.2bn barrels of oil last year.", [["1.2bn barrels", 1.2e9, "bbl", "exact"]]],
    ["Output fell to 3 mln barrels per day in March.", [["3 mln barrels per day", 3e6, "bbl/d", "exact"]]],
    ["Qatar shipped 77 million tonnes of LNG in 2024.", [["77 million tonnes", 77e6, "t", "exact"]]],
    // tonnes of carbon dioxide (or its equivalent), written with the gas
    ["Emissions fell to 402MtCO2e, with power at 38.1 MtCO2 and 1.1 GtCO2e worldwide.", [["402MtCO2e", 402e6, "t", "exact"], ["38.1 MtCO2", 38.1e6, "t", "exact"], ["1.1 GtCO2e", 1.1e9, "t", "exact"]]],
    ["LNG spot prices averaged $14.50/MMBtu in Asia.", [["$14.50/MMBtu", 14.5, "USD/MMBtu", "exact"]]],
    ["Gas fell to $2.21 per million British thermal units.", [["$2.21 per million British thermal units", 2.21, "USD/MMBtu", "exact"]]],
    ["Henry Hub settled at $2.21 per mmBtu.", [["$2.21 per mmBtu", 2.21, "USD/MMBtu", "exact"]]],
    // rents and prices of space, per square metre (a square foot its share of one)
    ["Asking rents rose to €32 per square metre a month.", [["€32 per square metre", 32, "EUR/m2", "exact"]]],
    ["Rents averaged $75.40 a square foot.", [["$75.40 a square foot", 75.4 / 0.09290304, "USD/m2", "exact"]]],
    ["Prime space costs £120/sq ft.", [["£120/sq ft", 120 / 0.09290304, "GBP/m2", "exact"]]],
    ["Ukraine harvested about 59 million tonnes of grain.", [["59 million tonnes", 59e6, "t", "approx"]]],
    ["Wheat exports could reach 40 Mt by 2030.", [["40 Mt", 40e6, "t", "exact"]]],
    ["Pipeline flows reached 38.8 bcm, short of the 44 billion cubic metres planned.", [["38.8 bcm", 3.88e10, "m3", "exact"], ["44 billion cubic metres", 4.4e10, "m3", "exact"]]],
    ["Reserves are put at 1.5 tcf.", [["1.5 tcf", 1.5 * 2.8316846592e10, "m3", "exact"]]],
    // water in reservoirs: cubic hectometres (a million m³) and cubic kilometres
    ["The reservoirs hold 26,412 hm³, down 318 hm3 in a week.", [["26,412 hm³", 26412e6, "m3", "exact"], ["318 hm3", 318e6, "m3", "exact"]]],
    ["Lake Mead held 9.3 cubic kilometres, against 2.1 cubic hectometres released.", [["9.3 cubic kilometres", 9.3e9, "m3", "exact"], ["2.1 cubic hectometres", 2.1e6, "m3", "exact"]]],
    ["Unemployment dropped 0.4 percentage points to 5.1% in May.", [["0.4 percentage points", 0.4, "pp", "exact"], ["5.1%", 5.1, "%", "exact"]]],
    ["Shares jumped 12 percent after the results.", [["12 percent", 12, "%", "exact"]]],
    ["The plant cost €4.5 billion and will supply 9 TWh a year.", [["€4.5 billion", 4.5e9, "EUR", "exact"], ["9 TWh", 9e12, "Wh", "exact"]]],
    ["The new line is 1\u2009200 km long and cost £2.3bn.", [["1\u2009200 km", 1.2e6, "m", "exact"], ["£2.3bn", 2.3e9, "GBP", "exact"]]],
    ["Revenue reached ¥3.2 trillion, while profit rose to 450 billion yen.", [["¥3.2 trillion", 3.2e12, "JPY", "exact"], ["450 billion yen", 4.5e11, "JPY", "exact"]]],
    ["Imports hit RMB 1.5 trillion, including ¥200 billion of soybeans paid in yuan.", [["RMB 1.5 trillion", 1.5e12, "CNY", "exact"], ["¥200 billion", 2e11, "CNY", "exact"]]],
    ["Russia earned 8.2 trillion roubles from oil and gas.", [["8.2 trillion roubles", 8.2e12, "RUB", "exact"]]],
    ["Sales topped 300 million dollars and 12\u00a0500 euros went to charity.", [["300 million dollars", 3e8, "USD", "over"], ["12\u00a0500 euros", 12500, "EUR", "exact"]]],
    ["Gas from Norway costs about $300 per 1,000 cubic metres.", [["$300 per 1,000 cubic metres", 0.3, "USD/m3", "approx"]]],
    ["Wholesale power traded at €85/MWh, while households paid €0.25 per kWh.", [["€85/MWh", 0.085, "EUR/kWh", "exact"], ["€0.25 per kWh", 0.25, "EUR/kWh", "exact"]]],
    ["Steel sold for $650 per tonne.", [["$650 per tonne", 650, "USD/t", "exact"]]],
    ["The reactor will produce 1,100 MW.", [["1,100 MW", 1.1e9, "W", "exact"]]],
    ["The firm employs over 56,000 people.", [["56,000", 56000, "count", "over"]]],
    // headline verbs of passing a mark
    ["Dengue cases top 70,000", [["70,000", 70000, "count", "over"]]],
    ["Deaths pass 300 as hospitals fill", [["300", 300, "count", "over"]]],
    ["Exports cross $400 billion", [["$400 billion", 4e11, "USD", "over"]]],
    ["The top 10 exporters shipped more.", [["10", 10, "count", "exact"]]],
    ["Revenue of 632 billion zlotys and 4 billion Canadian dollars was forecast.", [["632 billion zlotys", 6.32e11, "PLN", "exact"], ["4 billion Canadian dollars", 4e9, "CAD", "exact"]]],
    ["Lawmakers voted 245 to 198, and sales fell from $5 billion to $3 billion.", [["245", 245, "count", "exact"], ["198", 198, "count", "exact"], ["$5 billion", 5e9, "USD", "exact"], ["$3 billion", 3e9, "USD", "exact"]]],
    ["GDP growth was -0.5% in the quarter and the balance swung to −$3 billion.", [["-0.5%", -0.5, "%", "exact"], ["−$3 billion", -3e9, "USD", "exact"]]],
    ["Between 3-5% of firms, and the 2025-26 season.", [["3-5%", 4, "%", "range"]]],
  ])("%s", (text, expected) => {
    const got = brief(text);
    expect(got.map(([s, , u, q]) => [s, u, q])).toEqual(expected.map(([s, , u, q]) => [s, u, q]));
    got.forEach(([, v], i) => expect(v).toBeCloseTo(expected[i][1], 6));
  });
});

describe("durations", () => {
  it.each<[string, string, number]>([
    ["The meeting lasted 2 hours and 40 minutes.", "2 hours and 40 minutes", 9600],
    ["Talks went on for an hour and a half.", "hour and a half", 5400],
    ["It was an hour-and-a-half discussion.", "hour-and-a-half", 5400],
    ["They took a 30-minute break.", "30-minute", 1800],
    ["Visitors may stay for 30 days.", "30 days", 2592000],
    ["The pilot runs for six months.", "six months", 6 * 2629800],
    ["Moscow proposed a one-year extension.", "one-year", 31557600],
    ["The review takes half an hour.", "half an hour", 1800],
    ["Construction will take three weeks.", "three weeks", 3 * 604800],
  ])("%s", (text, surface, seconds) => {
    const c = claimsOf(text);
    expect(c).toHaveLength(1);
    expect(c[0].surface).toBe(surface);
    expect(c[0].unit).toBe("s");
    expect(c[0].value).toBeCloseTo(seconds, 3);
  });
});

describe("counts, multipliers and ordinals", () => {
  it("reads spelled-out counts with their noun, and vague plurals as approximate", () => {
    expect(brief("A dozen ministers attended, and dozens of protesters gathered outside.")).toEqual([
      ["A dozen", 12, "count", "exact"],
      ["dozens", 24, "count", "approx"],
    ]);
    expect(brief("Three new reactors and twenty-five turbines were ordered.")).toEqual([
      ["Three", 3, "count", "exact"],
      ["twenty-five", 25, "count", "exact"],
    ]);
  });

  it("reads a proportion as a percentage", () => {
    expect(brief("The strike cancelled four in five trains.")).toEqual([["four in five", 80, "%", "exact"]]);
    expect(brief("Nearly 1 in 4 adults smoke.")).toEqual([["1 in 4", 25, "%", "approx"]]);
    expect(brief("Nine out of 10 voters backed it.")).toEqual([["Nine out of 10", 90, "%", "exact"]]);
    expect(brief("One in three homes lost power.").map(([s, v, u]) => [s, Math.round(v * 10) / 10, u])).toEqual([["One in three", 33.3, "%"]]);
  });

  it("not a proportion: a count over a stretch of time, a year, 'in a row', a larger first number", () => {
    expect(brief("He scored 3 in 10 games.")).toEqual([["3", 3, "count", "exact"], ["10", 10, "count", "exact"]]);
    expect(brief("They sold 4 in 5 days.").map(([s, , u]) => [s, u])).toEqual([["4", "count"], ["5 days", "s"]]);
    expect(brief("Prices rose 5 in 2024.")).toEqual([["5", 5, "count", "exact"]]);
    expect(brief("The team won 2 in a row.")).toEqual([["2", 2, "count", "exact"]]);
    expect(brief("It has 12 in 10 regions.").map(([s]) => s)).toEqual(["12", "10"]);
  });

  it("tells multipliers from frequencies", () => {
    expect(brief("Prices in Europe were nearly three times higher than in Asia.")).toEqual([["three times", 3, "x", "approx"]]);
    expect(brief("The ministers met three times, and the leader visited twice.")).toEqual([
      ["three times", 3, "count", "exact"],
      ["twice", 2, "count", "exact"],
    ]);
    expect(brief("Prices doubled within a year, and output grew 1.5-fold.")).toEqual([
      ["doubled", 2, "x", "exact"],
      ["1.5-fold", 1.5, "x", "exact"],
    ]);
    expect(brief("Enrolment is twice as high as in 2019.")).toEqual([["twice", 2, "x", "exact"]]);
    // how many times over an offering was wanted is a multiple too
    expect(brief("The share sale was more than ten times oversubscribed.")).toEqual([["ten times", 10, "x", "over"]]);
    expect(brief("Bids covered the bonds 4 times over.")).toEqual([["4 times", 4, "x", "exact"]]);
  });

  it("keeps ordinals that rank something", () => {
    expect(brief("Turkey ranks third among buyers, and Germany is the fifth-largest economy.")).toEqual([
      ["third", 3, "ordinal", "exact"],
      ["fifth", 5, "ordinal", "exact"],
    ]);
    expect(brief("It was the company's 12th consecutive quarter of growth and its 40th anniversary.")).toEqual([
      ["12th", 12, "ordinal", "exact"],
      ["40th", 40, "ordinal", "exact"],
    ]);
  });
});

describe("ranges", () => {
  it.each<[string, string, number, number, string]>([
    ["The deal is worth $3 billion to $5 billion.", "$3 billion to $5 billion", 3e9, 5e9, "USD"],
    ["The deal is worth between $3 billion and $5 billion.", "$3 billion and $5 billion", 3e9, 5e9, "USD"],
    ["Growth is expected at 3-5% next year.", "3-5%", 3, 5, "%"],
    ["Growth will be 3 to 5 percent.", "3 to 5 percent", 3, 5, "%"],
    ["The field holds 10–12 bcm.", "10–12 bcm", 1e10, 1.2e10, "m3"],
    ["The firm plans to hire 10 to 15 engineers.", "10 to 15", 10, 15, "count"],
    ["The bill is $3-5 billion.", "$3-5 billion", 3e9, 5e9, "USD"],
  ])("%s", (text, surface, low, high, unit) => {
    const c = claimsOf(text);
    expect(c).toHaveLength(1);
    expect(c[0].surface).toBe(surface);
    expect(c[0].qualifier).toBe("range");
    expect(c[0].unit).toBe(unit);
    expect(c[0].low).toBeCloseTo(low, 3);
    expect(c[0].high).toBeCloseTo(high, 3);
    expect(c[0].value).toBeCloseTo((low + high) / 2, 3);
  });

  it("does not join a change from one value to another", () => {
    expect(brief("Inflation rose from 3% to 5%.")).toEqual([["3%", 3, "%", "exact"], ["5%", 5, "%", "exact"]]);
  });
});

describe("bare crowns", () => {
  test("are the crowns of the country the article names; with none named, a count", () => {
    expect(claimsOf("Swedish truckmaker Hallvik will book a charge of 2.2 billion crowns in the quarter.").map((c) => c.unit)).toEqual(["SEK"]);
    expect(claimsOf("The club has won 3 crowns and 40 games.").map((c) => c.unit)).not.toContain("SEK");
  });
});

describe("'7.48m' in an article that writes '7.48 million' is millions, not metres", () => {
  it.each<[string, [string, number, string, string][]]>([
    ["List at 6.12m. The list fell to 6.12 million in May.", [["6.12m", 6.12e6, "count", "exact"], ["6.12 million", 6.12e6, "count", "exact"]]],
    // (not a length, nor an amount the article writes in millions nowhere)
    ["The wall is 2.5m high, and 2.5 million people.", [["2.5m", 2.5, "m", "exact"], ["2.5 million", 2.5e6, "count", "exact"]]],
    ["The river rose 2.5m.", [["2.5m", 2.5, "m", "exact"]]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
