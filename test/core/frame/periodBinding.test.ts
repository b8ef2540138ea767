/** Which period each number of a sentence takes. */
import { findPeriods, spanKey, yearSpan, type PeriodContext } from "../../../src/core/frame/period";
import { asideAround, bindPeriods, carriedPeriod, isComparisonBase, isSessionMove, type QuantitySlot } from "../../../src/core/frame/periodBinding";

const CTX: PeriodContext = { year: 2025, month: 6, fiscalStart: 4 };
const quarterOf2026 = { from: "2026-01", to: "2026-03", label: "Q1 2026" };

/** Binds the periods of `sentence` to the given number surfaces (changes marked with a leading "~"). */
function bind(sentence: string, numbers: string[], context: Parameters<typeof bindPeriods>[3] = yearSpan(2024), ctx = CTX): string[] {
  const slots: QuantitySlot[] = numbers.map((n) => {
    const surface = n.replace(/^~/, "");
    const start = sentence.indexOf(surface);
    return { start, end: start + surface.length, base: isComparisonBase(sentence, start), change: n.startsWith("~"), clauseStart: 0 };
  });
  return bindPeriods(sentence, findPeriods(sentence, ctx), slots, context).bound.map((b) => (b.span ? `${spanKey(b.span)} ${b.how}` : b.how));
}

describe("bindPeriods", () => {
  test("a phrase right after a number is its own", () => {
    expect(bind("Output rose from 3.1 Mt in 2021 to 4.4 Mt in 2023.", ["3.1 Mt", "4.4 Mt"])).toEqual(["2021-01/2021-12 own", "2023-01/2023-12 own"]);
  });

  test("a period before the noun a number is 'of' dates that number, not the one before ('its 2021 peak of 15.1 million')", () => {
    expect(bind("Volumes are seen close to 15 million TEU, within reach of its 2021 peak of just over 15.1 million.", ["15 million TEU", "15.1 million"])).toEqual(["2024-01/2024-12 context", "2021-01/2021-12 own"]);
    expect(bind("Volumes reached 14 million TEU, short of the 2019 record of 16.2 million.", ["14 million", "16.2 million"])).toEqual(["2024-01/2024-12 context", "2019-01/2019-12 own"]);
    // (not: a period right after the number, with no noun "of" the next: "14 million TEU in 2019, a level of 16.2 million")
    expect(bind("Volumes reached 14 million TEU in 2019, above a level of 16.2 million.", ["14 million", "16.2 million"])[0]).toBe("2019-01/2019-12 own");
  });

  test("an earlier time's figure told with a noun ('last year's full-season bill of C$1.3 billion'): its own period, a base; the number before keeps the text's", () => {
    const ctx = { year: 2025, month: 7, fiscalStart: 4 };
    expect(bind("Spending reached C$1.94 billion, well above last year's full-season bill of C$1.3 billion.", ["C$1.94 billion", "C$1.3 billion"], yearSpan(2025), ctx)).toEqual(["2025-01/2025-12 context", "2024-01/2024-12 own"]);
    expect(bind("The harvest was 4.1 million tonnes, down from 2023's harvest of 4.5 million tonnes.", ["4.1 million", "4.5 million"], yearSpan(2024))).toEqual(["2024-01/2024-12 context", "2023-01/2023-12 own"]);
    expect(isComparisonBase("Sales were below 2023's total of 3.1 million.", "Sales were below 2023's total of ".length)).toBe(true);
    // (not: a bound on a level, with no earlier time)
    expect(isComparisonBase("Brent stayed above $80 a barrel.", "Brent stayed above ".length)).toBe(false);
  });

  test("a when-clause after a relative phrase is that time's: 'than in the same month last year, when producers turned out 155.8 million tonnes'", () => {
    const oct = { from: "2024-10", to: "2024-10", label: "October 2024" };
    expect(bind("Output was 2.8% lower than in the same month last year, when producers turned out 155.8 million tonnes.", ["~2.8%", "155.8 million"], oct)).toEqual(["2024-10 context", "2023-10 relative"]);
    expect(bind("Exports rose 5% from a year earlier, when they totalled NOK 122.3 billion.", ["~5%", "NOK 122.3 billion"], oct)).toEqual(["2024-10 context", "2023-10 relative"]);
    // (a when-clause with no number leaves the relative phrase to the number before it)
    expect(bind("It fell short of the 7.9% it earned a year earlier, when tech stocks soared.", ["7.9%"], oct)).toEqual(["2023-10 relative"]);
  });

  test("the time of a reason after the number is not the number's ('after a calm first quarter', 'due to weak winds in …')", () => {
    expect(bind("Wind output fell ~9% to 64.8 TWh after a calm first quarter.", ["~9%", "64.8 TWh"])).toEqual(["2024-01/2024-12 context", "2024-01/2024-12 context"]);
    expect(bind("Wind output fell to 64.8 TWh, due to weak winds in the first quarter.", ["64.8 TWh"])).toEqual(["2024-01/2024-12 context"]);
    expect(bind("London cocoa gained ~3.2% to 7,890 pounds, as arrivals lagged last year's pace.", ["~3.2%", "7,890 pounds"])).toEqual(["2024-01/2024-12 context", "2024-01/2024-12 context"]);
    // (not: a plain period after the number, nor ", as much as")
    expect(bind("Wind output fell to 64.8 TWh in the first quarter.", ["64.8 TWh"])).toEqual(["2025-01/2025-03 own"]);
  });

  test("what people did, told in a clause about them ('…, who were exempt last year'), dates nothing of the number", () => {
    expect(bind("The quota stands at 12,500, including nurses, who were exempt last year.", ["12,500"])).toEqual(["2024-01/2024-12 context"]);
    // (not: a period in the number's own stretch)
    expect(bind("The quota stood at 12,500 last year.", ["12,500"])).toEqual(["2024-01/2024-12 own"]);
  });

  test("the time of an event after the number ('after the last coal plant closed in September') is not the number's", () => {
    expect(bind("Power emissions fell ~12% to 38.1 MtCO2e after the last coal plant, Kingsnorth, closed in September.", ["~12%", "38.1 MtCO2e"])).toEqual(["2024-01/2024-12 context", "2024-01/2024-12 context"]);
    // (not: a plain period after the number)
    expect(bind("Power emissions fell to 38.1 MtCO2e in September.", ["38.1 MtCO2e"])).toEqual(["2024-09 own"]);
  });

  test("', after 3.5% in September' is the value before, a base; ', and accumulated inflation for January-October reached' opens another number's stretch", () => {
    expect(bind("Peru's CPI rose 0.3% in October, after 0.5% in September.", ["0.3%", "0.5%"])).toEqual(["2024-10 own", "2024-09 own"]);
    expect(isComparisonBase("Peru's CPI rose 0.3% in October, after 0.5% in September.", "Peru's CPI rose 0.3% in October, after ".length)).toBe(true);
    expect(isComparisonBase("It fell after 10 years of growth.", "It fell after ".length)).toBe(false);
    // "exceeded the 653.9 million passengers … in 2019": what the number is compared with
    expect(isComparisonBase("The total exceeded the 653.9 million passengers of 2019.", "The total exceeded the ".length)).toBe(true);
    // "a 3.1% gain on the 434.8 million tonnes": what a change is measured on
    expect(isComparisonBase("The crush reached 448.3 Mt, a 3.1% gain on the 434.8 Mt of last season.", "The crush reached 448.3 Mt, a 3.1% gain on the ".length)).toBe(true);
    expect(isComparisonBase("Mills worked on 434.8 Mt of cane.", "Mills worked on ".length)).toBe(false);
    expect(isComparisonBase("That compares with roughly 9,000 deaths in 2023.", "That compares with roughly ".length)).toBe(true);
    expect(bind("Inflation slowed to 41% y/y, and accumulated inflation for January-October reached 22%.", ["41%", "22%"])).toEqual(["2024-01/2024-12 context", "2024-01/2024-10 opening"]);
  });

  test("an opening phrase covers the numbers after it", () => {
    expect(bind("In March 2025, the refinery ran at 410,000 bpd and exported 90,000 bpd.", ["410,000 bpd", "90,000 bpd"])).toEqual(["2025-03 opening", "2025-03 opening"]);
  });

  test("a comparison base keeps its own period and does not set the sentence's", () => {
    expect(bind("Copper sales reached 812,000 tonnes, against 790,000 tonnes in FY24.", ["812,000 tonnes", "790,000 tonnes"])).toEqual(["2024-01/2024-12 context", "2023-04/2024-03 own"]);
  });

  test("'a year earlier' resolves against the sentence's period for a level, not for a change", () => {
    expect(bind("Sales rose ~6% in FY25 to $41 billion, compared with $38.7 billion a year earlier.", ["~6%", "$41 billion", "$38.7 billion"])).toEqual([
      "2024-04/2025-03 own",
      "2024-04/2025-03 sentence",
      "2023-04/2024-03 relative",
    ]);
  });

  test("a relative phrase after a number with its own period is that number's comparison, not an opening", () => {
    // "from a year earlier" says what the 22.5% is measured against; the level after it is September's
    expect(bind("Registrations rose ~22.5% in September from a year earlier to 201,412 units.", ["~22.5%", "201,412 units"])).toEqual(["2024-09 own", "2024-09 sentence"]);
    // without a period of its own before it, the relative phrase still dates the level before it
    expect(bind("Sales reached $38.7 billion a year earlier.", ["$38.7 billion"], { from: "2025-03", to: "2025-03", label: "March 2025" })).toEqual(["2024-03 relative"]);
  });

  test("the numbers of a when-clause after a period phrase are that time's", () => {
    expect(bind("It was the strongest since 1983, when a quake killed 1,100 people.", ["1,100"])).toEqual(["1983-01/1983-12 own"]);
    expect(bind("Prices are the highest since March 2020, when they hit $9.40.", ["$9.40"])).toEqual(["2020-03 own"]);
    // the recalled time is not the sentence's, nor handed on to the text after it
    const s = "It was the strongest since 1983, when a quake killed 1,100 people.";
    const slots = [{ start: s.indexOf("1,100"), end: s.indexOf("1,100") + 5, base: false, change: false, clauseStart: 0 }];
    expect(bindPeriods(s, findPeriods(s, CTX), slots, yearSpan(2024)).main).toEqual(yearSpan(2024));
    // (the when-clause ends at a dash: what follows is the sentence's again)
    expect(bind("The aim is to halve deaths by 2030 compared with 2019, when about 3,100 people died — a goal of roughly 1,550 by 2030.", ["3,100", "1,550"])).toEqual(["2019-01/2019-12 own", "2030-01/2030-12 own"]);
    // no when-clause: "since" opens a stretch as before
    expect(bind("Output has doubled since 2020 to 4 Mt.", ["4 Mt"])[0]).not.toBe("2020-01/2020-12 own");
  });

  test("a base after 'from the record' keeps its time to itself", () => {
    expect(bind("Sales slipped 1.8% from the record $209.2bn of the final quarter of 2025.", ["1.8%", "$209.2bn"], quarterOf2026)).toEqual(["2026-01/2026-03 context", "2025-10/2025-12 own"]);
  });

  test("a level 'well down on last year' is the context's, in a sentence naming no time of its own", () => {
    expect(bind("The average price of about $512 a tonne is well down on last year.", ["$512"], yearSpan(2026))).toEqual(["2026-01/2026-12 context"]);
    // (a level the sentence dates itself keeps its own)
    expect(bind("Prices averaged $512 a tonne in 2025.", ["$512"], yearSpan(2026))).toEqual(["2025-01/2025-12 own"]);
  });

  test("a period in a participle's clause dates nothing else of the sentence", () => {
    expect(bind("Skoda's registrations fell ~9.4% to about 31,200, extending a slide that began last year.", ["~9.4%", "31,200"])).toEqual(["2024-01/2024-12 context", "2024-01/2024-12 context"]);
    // a number inside the participle's clause keeps the phrase
    expect(bind("Exports rose, reaching 5 Mt last year.", ["5 Mt"], yearSpan(2025))).toEqual(["2024-01/2024-12 own"]);
    // nor does one in a time clause after a comma
    expect(bind("GDP grew 0.4%, after an April-June quarter that was revised to 0.1%.", ["~0.4%", "0.1%"])[0]).toBe("2024-01/2024-12 context");
    // "including" is no participle's clause
    expect(bind("Imports were 10 Mt, including coal, in 2023.", ["10 Mt"])).toEqual(["2023-01/2023-12 own"]);
  });

  test("where a move started has no period unless the sentence gives it one", () => {
    expect(bind("The share of diesel cars fell to 6.3% from 9.9%.", ["6.3%", "9.9%"])).toEqual(["2024-01/2024-12 context", "none"]);
    expect(bind("The deficit rose from $6.6 billion to $58.9 billion.", ["$6.6 billion", "$58.9 billion"])).toEqual(["none", "2024-01/2024-12 context"]);
    expect(bind("The share fell to 6.3% from 9.9% in 2023.", ["6.3%", "9.9%"])).toEqual(["2024-01/2024-12 context", "2023-01/2023-12 own"]);
    // a comparison with another place at the same time keeps the sentence's period
    expect(bind("In 2025, gas cost €4.23 in China, compared to €11.43 in the EU.", ["€4.23", "€11.43"])).toEqual(["2025-01/2025-12 opening", "2025-01/2025-12 opening"]);
    // "more than 87%" is a bound, not a comparison base
    expect(isComparisonBase("More than 87% of the crude was paid for in dollars.", 10)).toBe(false);
    // a record or a peak it moved from
    expect(isComparisonBase("It edged up to 0.75 from a record low of 0.72.", "It edged up to 0.75 from a record low of ".length)).toBe(true);
    expect(isComparisonBase("Output was higher than 87% of forecasts.", "Output was higher than ".length)).toBe(false);
    expect(isComparisonBase("Exports rose to 5 Mt from 4 Mt.", "Exports rose to 5 Mt from ".length)).toBe(true);
  });

  test("the year a change is measured against is not its period", () => {
    expect(bind("Freight volumes grew 9% from 2023.", ["~9%"])).toEqual(["2024-01/2024-12 context"]);
  });

  test("'respectively' pairs the listed periods with the numbers in order", () => {
    // July and August before the June 2025 date line: last year's
    expect(bind("Highs came in July and August, when the index hit 112 and 118, respectively.", ["112", "118"])).toEqual(["2024-07 own", "2024-08 own"]);
  });

  test("a month inside the year the text is about does not narrow what later sentences inherit", () => {
    const year = yearSpan(2024);
    const july = { from: "2024-07", to: "2024-07", label: "July 2024" };
    expect(carriedPeriod(year, july)).toBe(year);
    expect(carriedPeriod(year, yearSpan(2025))?.label).toBe("2025");
  });
});

describe("carriedPeriod: a vague part of a year", () => {
  test("'late in 2023' hands the year on", () => {
    const late = { from: "2023-09", to: "2023-12", label: "late 2023" };
    expect(carriedPeriod({ from: "2020-01", to: "2023-12", label: "2020–2023" }, late)?.label).toBe("2023");
  });
});

describe("a comparison base's 'last year'", () => {
  test("is the sentence's month a year back when the sentence is about a month", () => {
    expect(bind("Sales jumped to 289 units in March 2025, compared with 113 units last year.", ["289 units", "113 units"])).toEqual(["2025-03 own", "2024-03 relative"]);
  });
});

describe("a period inside an aside about another subject", () => {
  const main = (sentence: string, context = yearSpan(2024)) => {
    const m = bindPeriods(sentence, findPeriods(sentence, CTX), [], context).main;
    return m ? spanKey(m) : "-";
  };
  test("dates the aside only: the text stays in the year it was about", () => {
    expect(main("The port overtook its rival, which had been the busiest in 2021, with volumes falling.")).toBe("2024-01/2024-12");
    expect(main("Output recovered at the smelter, which was shut after a fire in June 2022.")).toBe("2024-01/2024-12");
  });
  test("a period outside an aside, or an aside holding the number, still counts", () => {
    expect(main("In 2022, the port, which is the region's largest, handled more ships.")).toBe("2022-01/2022-12");
    expect(bind("The mill, which made 2.1 Mt in 2023, was sold.", ["2.1 Mt"])).toEqual(["2023-01/2023-12 own"]);
  });
  test("a relative clause of what always happens dates nothing; one of a past event does", () => {
    expect(bind("Some 9,000 pupils won places in the ballot, the scramble that follows offer day in March.", ["9,000"])).toEqual(["2024-01/2024-12 context"]);
    expect(bind("Some 9,000 pupils won places in the ballot, which usually opens in March.", ["9,000"])).toEqual(["2024-01/2024-12 context"]);
    expect(bind("Some 9,000 pupils won places in the ballot that opened in March.", ["9,000"])).toEqual(["2025-03 own"]);
  });
  test("asideAround finds the clause from ', which' to its comma", () => {
    const s = "The fund, which was set up in 2019, grew.";
    expect(asideAround(s, s.indexOf("2019"))).toEqual([8, 34]);
    expect(asideAround(s, s.indexOf("grew"))).toBeUndefined();
  });
});

describe("a time that opens a clause of its own after 'and'", () => {
  test("is not the period of the number before it", () => {
    expect(bind("Rain in the first nine months was 21% below average, and September was especially dry.", ["~21%"])).toEqual(["2025-01/2025-09 opening"]);
    // (a list of months after a number is still its own)
    expect(bind("Sales were 4.2 million in August and September.", ["4.2 million"])[0]).not.toBe("2024-01/2024-12 context");
  });
});

describe("where a dated level moved to", () => {
  test("a change verb from a level dated to a year: the year after", () => {
    expect(bind("Output of 3.1 Mt in 2022 rose to 3.4 Mt.", ["3.1 Mt", "3.4 Mt"])).toEqual(["2022-01/2022-12 own", "2023-01/2023-12 relative"]);
    expect(bind("Imports of 232.7 million tonnes (MT) in FY23 edged down ~0.08% to 232.5 MT.", ["232.7 million tonnes", "~0.08%", "232.5 MT"])).toEqual([
      "2022-04/2023-03 own",
      "2022-04/2023-03 sentence",
      "2023-04/2024-03 relative",
    ]);
  });
  test("its own period wins; no change verb, no move", () => {
    expect(bind("Output of 3.1 Mt in 2022 rose to 3.4 Mt in 2024.", ["3.1 Mt", "3.4 Mt"])).toEqual(["2022-01/2022-12 own", "2024-01/2024-12 own"]);
    expect(bind("Output was 3.1 Mt in 2022, and stocks came to 3.4 Mt.", ["3.1 Mt", "3.4 Mt"])).toEqual(["2022-01/2022-12 own", "2022-01/2022-12 sentence"]);
  });
  test("no move across a credit or a clause of its own", () => {
    expect(bind("Output of 3.1 Mt in 2022 was a record, the ministry said, as stocks rose to 3.4 Mt.", ["3.1 Mt", "3.4 Mt"])[1]).not.toMatch(/2023/);
  });
});

describe("a time clause opened by 'after' or 'before' and a participle, with or without a comma", () => {
  test("its period dates neither the number before it nor the sentence: the number keeps the text's", () => {
    expect(bind("The regulator ordered the group to pay $2 billion after finding that it had broken the rules since 2018.", ["$2 billion"])).toEqual(["2024-01/2024-12 context"]);
    expect(bind("The group paid $2 billion, after finding errors in 2023.", ["$2 billion"])).toEqual(["2024-01/2024-12 context"]);
  });

  test("a period with no such clause between still covers the sentence", () => {
    expect(bind("The group has paid $2 billion in fines since 2018.", ["$2 billion"])).toEqual(["2018-01/now own"]);
    expect(bind("After months of talks, in 2023 the group paid $2 billion.", ["$2 billion"])).toEqual(["2023-01/2023-12 opening"]);
  });
});

describe("isSessionMove: a share's move of one trading session", () => {
  test.each([
    "Its shares fell 3.2% in Frankfurt trading.",
    "The shares ended the day 2.7% lower.",
    "The stock closed 4% higher in New York.",
    "Shares closed down 2.7 per cent.",
    "Shares rose 5% in early trading.",
    // a quote at a time of day
    "Brent was up 1.3% at $63.22 a barrel at 1400 GMT.",
    "The index was 0.4% lower at 10:30 a.m. ET.",
  ])("%s", (sentence) => expect(isSessionMove(sentence)).toBe(true));
  test.each([
    "Its shares have fallen 30% this year.",
    "Trading volumes rose 12% in 2024.",
    "Revenue ended the year at $4 billion.",
    "The plant produced 1400 tonnes at 1400 metres.",
  ])("not: %s", (sentence) => expect(isSessionMove(sentence)).toBe(false));
});

describe("how rare a number is: 'the worst result since 1994'", () => {
  test("a 'since' after a superlative or 'first' is not the number's period", () => {
    expect(bind("The party won 27.9 percent, its worst result since 1994.", ["27.9 percent"])).toEqual(["2024-01/2024-12 context"]);
    expect(bind("Exports fell 1.9%, the first decline since 2016.", ["~1.9%"])).toEqual(["2024-01/2024-12 context"]);
  });
  test("a time a superlative set off after the number ranges over is not the number's period", () => {
    expect(bind("The group agreed to pay $14.2 billion, the largest takeover in the sector this year.", ["$14.2 billion"])).toEqual(["2024-01/2024-12 context"]);
    expect(bind("Sales rose 9%, their fastest growth in 2023.", ["~9%"])).toEqual(["2024-01/2024-12 context"]);
  });
  test("a superlative with no comma before it, or a period before the superlative, still dates the number", () => {
    expect(bind("Sales were the highest in March, at 5,000 units.", ["5,000"])[0]).toMatch(/^\d{4}-03 /);
    expect(bind("In March sales rose 9%, the fastest pace in years.", ["~9%"])[0]).toMatch(/^\d{4}-03 /);
  });
  test("a plain 'since' still is", () => {
    expect(bind("Exports have risen 12% since 2016.", ["~12%"])[0]).toMatch(/^2016-01\/now/);
  });
});

describe("a period after a conversion in parentheses", () => {
  test("dates the conversion and the amount it restates, and no number before them", () => {
    expect(bind("It would cut 4,000 jobs, as it seeks savings of 5 billion crowns ($480 million) by the end of 2027.", ["~4,000", "5 billion crowns", "$480 million"])).toEqual(["2024-01/2024-12 context", "2027-01/2027-12 own", "2027-01/2027-12 own"]);
  });
});

describe("the sentence's period and a clause that turns to another fact", () => {
  test("', beating the record of 47.3C set in 2003' dates that record only; ', rising … to $68 billion in 2024-25' dates the sentence", () => {
    expect(bind("The mercury climbed to 47.4C, beating the record of 47.3C set in 2003.", ["47.4C", "47.3C"])).toEqual(["2024-01/2024-12 context", "2003-01/2003-12 own"]);
    expect(bind("Trade grew fivefold, rising from $3 billion in 2021 to $68 billion in 2023.", ["~fivefold", "$3 billion", "$68 billion"])[0]).toBe("2023-01/2023-12 sentence");
  });
});

describe("bindPeriods: a superlative set off by commas", () => {
  test("dates itself, not the numbers after it", () => {
    expect(bind("Arrivals on the central route, the busiest in 2023, dropped 59% to 66,766.", ["~59%", "66,766"])).toEqual(["2024-01/2024-12 context", "2024-01/2024-12 context"]);
  });
  test("not a superlative that holds no comma after it, nor a plain year", () => {
    expect(bind("Arrivals, which rose in 2023, dropped 59%.", ["~59%"])).toEqual(["2024-01/2024-12 context"]);
    expect(bind("Arrivals on the central route dropped 59% in 2023.", ["~59%"])).toEqual(["2023-01/2023-12 own"]);
  });
});

describe("a relative phrase after a change: its base, or its time", () => {
  test("with a comparison word it is what the change is measured against; without, when the change happened", () => {
    expect(bind("Exports grew 5.9% from a year earlier.", ["~5.9%"])).toEqual(["2024-01/2024-12 context"]);
    expect(bind("Exports grew 5.9% in November, after contracting 1.1% the month before.", ["~5.9%", "~1.1%"])).toEqual(["2024-11 own", "2024-10 relative"]);
    expect(bind("Sales grew 94% in the third quarter, after growth of 122% in the previous quarter.", ["~94%", "~122%"])[1]).toBe("2024-04/2024-06 relative");
  });
});

describe("bindPeriods: a week back", () => {
  const dated: PeriodContext = { year: 2025, month: 11, dated: true, fiscalStart: 0, day: "2025-11-28" };
  const week = { from: "2025-11-17", to: "2025-11-23", label: "week of 17–23 Nov 2025" };
  const bindIn = (sentence: string, numbers: string[], context: Parameters<typeof bindPeriods>[3]) => bind(sentence, numbers, context, dated);
  test("an opening 'in the previous week' is the week before the text's, for the change and the level", () => {
    expect(bindIn("In the previous week, reserves had jumped $2.7 billion to $687.1 billion.", ["~$2.7 billion", "$687.1 billion"], week)).toEqual([
      "2025-11-10/2025-11-16 relative",
      "2025-11-10/2025-11-16 relative",
    ]);
  });
  test("an opening comparison ('From a year earlier,') is what the change is measured against", () => {
    expect(bindIn("From a year earlier, output rose 0.7%.", ["~0.7%"], { from: "2025-07", to: "2025-09", label: "Q3 2025" })).toEqual(["2025-07/2025-09 context"]);
  });
  test("a change 'from a week earlier' on a day is the change over the week that holds the day", () => {
    expect(bindIn("Reserves stood at $688.1 billion as of November 21, up $1 billion from a week earlier.", ["$688.1 billion", "~$1 billion"], undefined)).toEqual([
      "2025-11-21 own",
      "2025-11-17/2025-11-23 sentence",
    ]);
  });
});

describe("periodBinding: a number after 'N% higher than' is the change's base", () => {
  test("'was 5.0% higher than the 744 aircraft handed over in 2024', '12 per cent lower than'", () => {
    const s = "That total was 5.0% higher than the 744 aircraft handed over in 2024.";
    expect(isComparisonBase(s, s.indexOf("744"))).toBe(true);
    const t = "Sales were 12 per cent lower than last year's 3,100 units.";
    expect(isComparisonBase(t, t.indexOf("3,100"))).toBe(true);
  });
  test("'more than 744' with no change before it is a bound, not a base", () => {
    const s = "The group delivered more than 744 aircraft in 2024.";
    expect(isComparisonBase(s, s.indexOf("744"))).toBe(false);
  });
});
