/** Period mentions resolved against the article's date: positive and negative examples per form. */
import { monthsIn, findPeriods, seasonHalfMonths, fiscalSpan, monthsBefore, shiftYears, spanHoldsDay, spanKey, weekBefore, weekOf, type PeriodContext } from "../../../src/core/frame/period";

const DEC_2025: PeriodContext = { year: 2025, month: 12, fiscalStart: 0 };
const INDIA_DEC_2025: PeriodContext = { year: 2025, month: 12, fiscalStart: 4 };

function spans(sentence: string, ctx: PeriodContext = DEC_2025): string[] {
  return findPeriods(sentence, ctx).map((m) => (m.span ? `${m.role}:${spanKey(m.span)}` : m.role));
}

describe("findPeriods", () => {
  test("a half of a crop's season is the season's: 'the first half of the 2026/27 season', 'of last season', 'of the season'", () => {
    const OCT_2026: PeriodContext = { year: 2026, month: 10, fiscalStart: 0 };
    expect(spans("Output rose in the first half of the 2026/27 season.", OCT_2026)).toEqual(["point:2026/2027:H1"]);
    expect(spans("Mills crushed less in the first six months of last season.", OCT_2026)).toEqual(["point:2025/2026:H1"]);
    expect(spans("Mills have closed the second half of the season.", OCT_2026)).toEqual(["point:2026/2027:H2"]);
    // (not: a calendar half, nor a season whose years do not follow)
    expect(spans("Output rose in the first half of 2026.", OCT_2026)).toEqual(["point:2026-01/2026-06"]);
    expect(spans("Output rose in the first half of the 2026/29 season.", OCT_2026)).not.toContain("point:2026/2027:H1");
  });
  test("seasonHalfMonths: a season's half is the six months the story names for it", () => {
    const half = { from: "2026/2027:H1", to: "2026/2027:H1", label: "first half of 2026-27 season" };
    const aprSep = { from: "2026-04", to: "2026-09", label: "Apr–Sep 2026" };
    const months = seasonHalfMonths([half, aprSep]);
    expect(months?.(half)).toEqual(aprSep);
    expect(months?.({ from: "2025/2026:H1", to: "2025/2026:H1", label: "" })?.label).toBe("Apr–Sep 2025");
    expect(months?.({ from: "2026/2027:H2", to: "2026/2027:H2", label: "" })?.label).toBe("Oct 2026–Mar 2027");
    // (a calendar first half of the season's first year is the season's; a quarter is not)
    expect(months?.({ from: "2026-01", to: "2026-06", label: "H1 2026" })).toEqual(aprSep);
    expect(months?.({ from: "2026-01", to: "2026-03", label: "Q1 2026" })).toBeUndefined();
    // (no season's half named, or no six months named: nothing to map)
    expect(seasonHalfMonths([aprSep])).toBeUndefined();
    expect(seasonHalfMonths([half])).toBeUndefined();
  });
  test("a year a title's verb leaves or tops is a comparison's base ('leaves 2019 behind', 'tops 2019')", () => {
    expect(spans("Barcelona's transit network finally leaves 2019 behind")).toEqual(["base:2019-01/2019-12"]);
    expect(spans("Ridership tops 2019 for the first time")).toEqual(["base:2019-01/2019-12"]);
    expect(spans("Ridership hit a record in 2019")).toEqual(["point:2019-01/2019-12"]);
  });
  test("how a year is defined is no period ('the marketing year runs from October to September')", () => {
    expect(spans("The marketing year formally runs from October to September.")).toEqual([]);
    expect(spans("Exports rose from January to May.")).toEqual(["point:2025-01/2025-05"]);
  });
  test("a week or a day that dates a publication is no period ('this week's annual accounts show')", () => {
    expect(spans("The club had its best year yet, this week's annual accounts show.")).toEqual([]);
    expect(spans("Nothing in Tuesday's numbers suggests a change.")).toEqual([]);
    // (not: a year's figures)
    expect(spans("Last year's figures showed exports of 12 million tonnes.")).toEqual(["point:2024-01/2024-12"]);
  });
  test("'during the year', 'over the year' in a text about twelve months that are no calendar year: those months", () => {
    const toJune = { from: "2025-07", to: "2026-06", label: "12 months to Jun 2026" };
    const ctx: PeriodContext = { year: 2026, month: 9, fiscalStart: 0, contextYear: 2026, contextTwelveMonths: toJune };
    expect(spans("It spent £215.2 million on players during the year.", ctx)).toEqual(["point:2025-07/2026-06"]);
    expect(spans("It paid some £251 million on signings over the year.", ctx)).toEqual(["point:2025-07/2026-06"]);
    // (without such months: "during the year" is the year; a bare "over the year" is no period)
    expect(spans("It spent £215.2 million during the year.", { year: 2026, month: 9, fiscalStart: 0, contextYear: 2026 })).toEqual(["point:2026-01/2026-12"]);
    expect(spans("Prices fell 0.6% over the year.", { year: 2026, month: 9, fiscalStart: 0, contextYear: 2026 })).toEqual([]);
  });
  test("'the July-to-September period': a range of months written with hyphens", () => {
    expect(spans("Profit was €612 million in the July-to-September period.")).toEqual(["point:2025-07/2025-09"]);
    expect(spans("Profit was €612 million in the July to September 2024 period.")).toEqual(["point:2024-07/2024-09"]);
  });
  test("a month opening the sentence as its subject ('October was the busiest month', 'September shipments reached')", () => {
    expect(spans("October was the busiest month, with 4.12 million tonnes shipped.")).toEqual(["point:2025-10"]);
    expect(spans("September shipments reached 3 million tonnes.")).toEqual(["point:2025-09"]);
    expect(spans("May saw a record 2 million visitors.")).toEqual(["point:2025-05"]);
    // (not: "May" as a verb, "March to" a place, a month inside the sentence with no preposition)
    expect(spans("May rise further, analysts said.")).toEqual([]);
    expect(spans("March to the capital drew 10,000 people.")).toEqual([]);
    expect(spans("Shipments that October reached 3 million tonnes.")).toEqual([]);
    // (or opening the clause after a colon or a semicolon; not "may" there, a verb)
    expect(spans("The last months were stronger: November alone brought in 9.1 million visits.")).toEqual(["point:2025-11"]);
    expect(spans("Sales were mixed; March saw 2 million units sold.")).toEqual(["point:2025-03"]);
    expect(spans("Demand was soft: may rise later.")).toEqual([]);
    expect(spans("Demand was soft, March figures showed.")).toEqual([]);
  });
  test("three months or more named one by one, each the next, are their stretch; two, or months apart, are each their own", () => {
    expect(spans("Occupancy averaged 81% in June, July and August.")).toEqual(["point:2025-06/2025-08"]);
    expect(spans("Rain fell over March, April and May.")).toEqual(["point:2025-03/2025-05"]);
    expect(spans("Records came in November and December.")).toEqual(["point:2025-11", "point:2025-12"]);
    expect(spans("Sales peaked in March, May and June.")).not.toContain("point:2025-03/2025-06");
  });
  test("'last summer', 'the previous autumn': the season's months of the year before; 'this autumn' is not read", () => {
    expect(spans("Occupancy was 81%, against 79% last summer.")).toEqual(["point:2024-06/2024-08"]);
    expect(spans("Culls were twice the previous autumn's.")).toEqual(["base:2024-09/2024-11"]);
    expect(spans("Demand held up through this autumn.")).toEqual([]);
    expect(spans("The last summer season ran long.")).toEqual([]);
    expect(spans("It was 25.5% in 2019, the last summer of normal exams.")).toEqual(["point:2019-01/2019-12"]);
  });
  test("months from one year into another", () => {
    expect(spans("Clearing fell between August 2023 and July 2024.")).toEqual(["point:2023-08/2024-07"]);
    expect(spans("Sales from March 2024 to February 2025 rose.")).toEqual(["point:2024-03/2025-02"]);
    expect(spans("Output in October 2023–March 2024 fell.")).toEqual(["point:2023-10/2024-03"]);
    expect(spans("between May 2024 and June 2024 it rose")).toEqual(["point:2024-05/2024-06"]);
    // (two months joined by "and" without "between" are two)
    expect(spans("Sales rose in August 2023 and July 2024.")).toEqual(["point:2023-08", "point:2024-07"]);
  });

  test("an event named by its year is no period ('the 1926 general strike'); 'the 2024 election' and 'the 2025 cap' are", () => {
    expect(spans("It was the lowest since the 1926 general strike.")).toEqual(["date:1926-01/1926-12"]);
    expect(spans("Banks lost $2 billion in the 2008 financial crisis.")).toEqual(["date:2008-01/2008-12"]);
    expect(spans("It won 35% in the 2024 election.")).toEqual(["point:2024-01/2024-12"]);
    expect(spans("The 2025 cap stands at 437,000.")).toEqual(["point:2025-01/2025-12"]);
  });

  test("a decade, the end of the century, 2100; not a time of day", () => {
    expect(spans("It will peak in the mid-2080s.")).toEqual(["point:2083-01/2086-12"]);
    expect(spans("It peaked in the 1990s.")).toEqual(["point:1990-01/1999-12"]);
    expect(spans("It will fall to 633 million by 2100.")).toEqual(["by:2100-01/2100-12"]);
    expect(spans("It will shrink to 9.7 billion by the end of the century.")).toEqual(["by:2100-01/2100-12"]);
    // ... the year as a whole, the year the sentence named before it if it did
    expect(spans("Exports reached 31 million bags over the year as a whole.", { year: 2026, month: 1, fiscalStart: 0, contextYear: 2025 })).toEqual(["point:2025-01/2025-12"]);
    expect(spans("Shipments were 6 million bags in the last three months of 2025, and 31 million bags over the year as a whole, after the 2024 rush.", { year: 2026, month: 1, fiscalStart: 0, contextYear: 2024 })).toContain("point:2025-01/2025-12");
    // ... the half-year the date line ends (the first half in July, the second half of the year before in March)
    expect(spans("Losses reached €14bn during the half-year.", { year: 2026, month: 7, dated: true, fiscalStart: 0 })).toEqual(["point:2026-01/2026-06"]);
    expect(spans("Losses reached €14bn in the half-year.", { year: 2026, month: 3, dated: true, fiscalStart: 0 })).toEqual(["point:2025-07/2025-12"]);
    // ... this academic year, the last one (from September)
    expect(spans("Enrolments fell this academic year.", { year: 2026, month: 3, fiscalStart: 4 })).toEqual(["point:2025-09/2026-08"]);
    expect(spans("Enrolments fell last school year.", { year: 2026, month: 10, fiscalStart: 4 })).toEqual(["point:2025-09/2026-08"]);
    // ... and a split year in a story about schooling is an academic year, unless a budget is its subject
    expect(spans("In Ontario, the count fell in 2025-26.", { year: 2026, month: 3, fiscalStart: 4, schooling: true })).toEqual(["point:2025-09/2026-08"]);
    expect(spans("In Ontario, the count fell in 2025-26.", { year: 2026, month: 3, fiscalStart: 4 })).toEqual(["point:2025-04/2026-03"]);
    expect(spans("The province's budget for 2025-26 was cut.", { year: 2026, month: 3, fiscalStart: 4, schooling: true })).toEqual(["point:2025-04/2026-03"]);
    // ... a quarter of a game is no quarter of the year
    expect(spans("Viewing peaked during the fourth quarter of the game.")).toEqual([]);
    expect(spans("Sales peaked during the fourth quarter.")).not.toEqual([]);
    // ... the final quarter of a year, the opening quarter; "last quarter" alone is the quarter before
    expect(spans("Sales hit a record in the final quarter of 2024.")).toEqual(["point:2024-10/2024-12"]);
    expect(spans("Sales slowed in the opening quarter of 2025.")).toEqual(["point:2025-01/2025-03"]);
    expect(spans("Sales rose last quarter.")).not.toEqual(["point:2025-10/2025-12"]);
    // ... and the end of this decade, a goal's horizon
    expect(spans("The aim is to cut the toll to 1,400 by the end of the decade.")).toEqual(["by:2030-01/2030-12"]);
    expect(spans("Sales should double before the decade is out.")).toEqual(["by:2030-01/2030-12"]);
    expect(spans("The decade began with a slump.")).toEqual([]);
    expect(spans("Brent rose at 2100 GMT.")).toEqual([]);
  });

  test("'the previous 12-month period' is a year before the sentence's period", () => {
    expect(spans("Some 9,000 sq km were cleared in the previous 12-month period.")).toEqual(["relative"]);
    expect(spans("It was 9,000 in the previous period.")).toEqual([]);
  });

  test("years, with their role", () => {
    expect(spans("Wheat output rose in 2023.")).toEqual(["point:2023-01/2023-12"]);
    expect(spans("The port plans to double capacity by 2030.")).toEqual(["by:2030-01/2030-12"]);
    expect(spans("It is well ahead of the original 2035 target.")).toEqual(["by:2035-01/2035-12"]);
    expect(spans("Prices have fallen since 2019.")).toEqual(["since:2019-01/now"]);
    expect(spans("Sales were up 4% compared with 2022.")).toEqual(["base:2022-01/2022-12"]);
  });

  test("a year a level is measured against ('below 1990 levels') is a base; 'in 1990' after 'below' a price is not", () => {
    expect(spans("Output was 12% below 2019 levels.")).toEqual(["base:2019-01/2019-12"]);
    expect(spans("Fares stayed above their 2021 level.")).toEqual(["base:2021-01/2021-12"]);
    expect(spans("Fares stayed low in 2021.")).toEqual(["point:2021-01/2021-12"]);
  });

  test("months, quarters, halves and month ranges", () => {
    expect(spans("Car sales hit a record in October 2024.")).toEqual(["point:2024-10"]);
    expect(spans("Output fell in the third quarter of 2024.")).toEqual(["point:2024-07/2024-09"]);
    expect(spans("Revenue grew in Q2 2025.")).toEqual(["point:2025-04/2025-06"]);
    expect(spans("Exports were flat in the first half of 2022.")).toEqual(["point:2022-01/2022-06"]);
    expect(spans("Between January and September 2024 the mine shipped more ore.")).toEqual(["point:2024-01/2024-09"]);
    expect(spans("Jan-Aug 2023 arrivals were strong.")).toEqual(["point:2023-01/2023-08"]);
  });

  test("month ranges without a year, and the months that end at a month, as companies report them", () => {
    expect(spans("Subscribers rose in the July-September period.")).toEqual(["point:2025-07/2025-09"]);
    expect(spans("Sales fell in the Oct–Dec quarter.")).toEqual(["point:2025-10/2025-12"]);
    expect(spans("Profit doubled in the three months to September.")).toEqual(["point:2025-07/2025-09"]);
    expect(spans("Revenue rose in the six months ended June 30, 2024.")).toEqual(["point:2024-01/2024-06"]);
    expect(spans("Output grew 4% in the 12 months to March.")).toEqual(["point:2024-04/2025-03"]);
    // "the year to October": the twelve months
    expect(spans("Rents rose 6% in the year to October.")).toEqual(spans("Rents rose 6% in the 12 months to October."));
    expect(spans("Wages grew in the year ended March 2024.")).toEqual(["point:2023-04/2024-03"]);
    // a year right after the month is no day of it
    expect(spans("Sales rose in the 12 months ended March 2024.")).toEqual(["point:2023-04/2024-03"]);
    expect(spans("Sales rose in the quarter ended June 2024.")).toEqual(["point:2024-04/2024-06"]);
    expect(spans("They sold three to March buyers.")).toEqual([]);
    expect(spans("The insurer earned more in the quarter ended June 30.")).toEqual(["point:2025-04/2025-06"]);
    // the three months to September are the third quarter: one key with "the third quarter"
    expect(spans("Profit doubled in the three months to September.")).toEqual(spans("Profit doubled in the third quarter."));
  });

  test("not month ranges: 'may' as a verb, a range of days", () => {
    expect(spans("Prices may - june traders say - fall.")).toEqual([]);
    expect(spans("The fair runs from June 3-5.").some((x) => x.includes("/"))).toBe(false);
  });

  test("'since January' is the year so far; since a later month, an open start", () => {
    expect(spans("Some 71,450 people have been hospitalised since January.", { year: 2025, month: 10, fiscalStart: 0 })).toEqual(["point:2025-01/2025-12"]);
    expect(spans("Prices have risen since March.", { year: 2025, month: 10, fiscalStart: 0 })).toEqual(["since:2025-03/now"]);
    expect(spans("Prices rose in March.", { year: 2025, month: 10, fiscalStart: 0 })).toEqual(["point:2025-03"]);
  });

  test("'the first 11 months': from January, of the year named or the year the text is about", () => {
    expect(spans("In the first 11 months, the surplus reached $1.08 trillion.", { ...DEC_2025, contextYear: 2025 })).toEqual(["point:2025-01/2025-11"]);
    expect(spans("Output rose in the first 5 months of 2024.")).toEqual(["point:2024-01/2024-05"]);
    expect(spans("It was the first 100 days of the term.")).toEqual([]);
  });

  test("'the final three months of the year': its closing months, of the year the text is about (the last one ended)", () => {
    expect(spans("In the final three months of the year, sales rose 4%.", { year: 2025, month: 2, fiscalStart: 0 })).toEqual(["point:2024-10/2024-12"]);
    expect(spans("In the final three months of the year, sales rose 4%.")).toEqual(["point:2025-10/2025-12"]);
    expect(spans("Sales rose in the last two months of 2023.")).toEqual(["point:2023-11/2023-12"]);
    expect(spans("Sales rose in the last six months of last year.")).toEqual(["point:2024-07/2024-12"]);
  });

  test("not: 'the last three months' alone, which runs up to now", () => {
    expect(spans("Over the last three months, prices rose 2%.")).toEqual([]);
  });

  test("'full-year operating profit': the year the text is about; not the year of a forecast word", () => {
    expect(spans("The airline expects full-year operating profit of €1bn.", { year: 2025, month: 10, fiscalStart: 0 })).toEqual(["point:2025-01/2025-12"]);
    expect(spans("The airline expects full-year operating profit of €1bn.", { year: 2025, month: 10, fiscalStart: 0, contextYear: 2024 })).toEqual(["point:2024-01/2024-12"]);
    expect(spans("The airline cut its full-year forecast.", { year: 2025, month: 10, fiscalStart: 0 })).toEqual([]);
    // (early in a year, only a year the text names says which year's results they are)
    expect(spans("Full-year sales rose 4%.", { year: 2025, month: 2, fiscalStart: 0 })).toEqual([]);
  });

  test("the year of the earlier event a change is measured from is no period of the change: 'rose 1.8 points from the previous election in 2021 to 61.7%'", () => {
    expect(spans("Turnout rose 1.8 points from the previous election in 2021 to 61.7%.")).toEqual(["date:2021-01/2021-12"]);
    // (not: a base told with its own number, nor a year the change runs to)
    expect(spans("Turnout reached 61.7%, against 59.9% at the previous election in 2021.")).toEqual(["point:2021-01/2021-12"]);
    expect(spans("Output rose from 2021 to 2024.")).not.toContain("date:2021-01/2021-12");
  });

  test("a split year beside a harvest is the crop's season, not a fiscal year", () => {
    const australia = { year: 2024, month: 12, fiscalStart: 7 };
    expect(spans("The bureau lifted its wheat production estimate for 2024-25 to 32.1 Mt.", australia)).toEqual(["point:2024/2025"]);
    expect(spans("The budget deficit for 2024-25 is A$28bn.", australia)).toEqual(["point:2024-07/2025-06"]);
    // ("last year's" harvest and "this year's" planting, in a sentence about a season, are seasons)
    expect(spans("Farmers will harvest 32 Mt of wheat this season, up from last year's 26 Mt.", australia)).toEqual(["point:2024/2025", "point:2023/2024"]);
    expect(spans("Wheat exports rose last year.", australia)).toEqual(["point:2023-01/2023-12"]);
  });

  test("fiscal years follow the article's country", () => {
    expect(spans("Coal imports rose in FY24.", INDIA_DEC_2025)).toEqual(["point:2023-04/2024-03"]);
    expect(spans("The deficit narrowed in 2022-23.", INDIA_DEC_2025)).toEqual(["point:2022-04/2023-03"]);
    expect(spans("In the fiscal year ended March 2025, steel output grew.", INDIA_DEC_2025)).toEqual(["point:2024-04/2025-03"]);
    expect(spans("In the fiscal year ended March 2023, steel output grew.", INDIA_DEC_2025)).toEqual(["point:2022-04/2023-03"]);
    expect(spans("Tax receipts in the current fiscal year are higher.", INDIA_DEC_2025)).toEqual(["point:2025-04/2026-03"]);
    // No fiscal calendar known: kept as the label, never placed in calendar months.
    expect(spans("Profit doubled in FY2025.")).toEqual(["point:FY2025"]);
    expect(fiscalSpan(2025, 7).label).toBe("FY2024-25");
  });

  test("a country that names its fiscal year by the year it starts in (Japan): 'fiscal 2026' runs from April 2026", () => {
    const JAPAN_AUG_2025: PeriodContext = { year: 2025, month: 8, fiscalStart: 4, fiscalByStart: true };
    expect(spans("The ministry asked for 8.8 trillion yen for fiscal 2026.", JAPAN_AUG_2025)).toEqual(["point:2026-04/2027-03"]);
    expect(spans("Spending rose in FY2025.", JAPAN_AUG_2025)).toEqual(["point:2025-04/2026-03"]);
    // (a split year says both ends, whoever names it)
    expect(spans("Spending rose in fiscal 2025-26.", JAPAN_AUG_2025)).toEqual(["point:2025-04/2026-03"]);
    // (India names it by its end: "fiscal 2026" ends in March 2026)
    expect(spans("Coal imports rose in fiscal 2026.", { ...JAPAN_AUG_2025, fiscalByStart: false })).toEqual(["point:2025-04/2026-03"]);
  });

  test("'next April'; 'from April' in a clause about what is to come is when a new level starts, not a base", () => {
    const OCT_2024: PeriodContext = { year: 2024, month: 10, dated: true, fiscalStart: 0 };
    expect(spans("The wage will increase to £12.21 an hour next April.", OCT_2024)).toEqual(["point:2025-04"]);
    expect(spans("Britain will raise its minimum wage to £12.21 an hour from April.", OCT_2024)).toEqual(["point:2025-04"]);
    expect(spans("From April 2025 the hourly rate goes up 6.8%.", OCT_2024)).toEqual(["point:2025-04"]);
    // (a past month after "from" is what a change is measured against; a month alone after "from" says nothing)
    expect(spans("Prices rose 3% from April 2024.", OCT_2024)).toEqual(["base:2024-04"]);
    expect(spans("Prices rose 3% from April.", OCT_2024)).toEqual([]);
  });

  test("'the fiscal year starting in April': the next such month for a year to come, the last one for a year begun", () => {
    const AUG_2025: PeriodContext = { year: 2025, month: 8, fiscalStart: 0 };
    expect(spans("It requested a record sum for the fiscal year starting in April.", AUG_2025)).toEqual(["point:2026-04/2027-03"]);
    expect(spans("It requested a record sum for the financial year that begins on October 1.", AUG_2025)).toEqual(["point:2025-10/2026-09"]);
    expect(spans("Revenue fell in the fiscal year that began in April.", AUG_2025)).toEqual(["point:2025-04/2026-03"]);
    expect(spans("Revenue fell in the fiscal year that began in October.", AUG_2025)).toEqual(["point:2024-10/2025-09"]);
    expect(spans("The budget year beginning July 1, 2026 is the first.", AUG_2025)).toEqual(["point:2026-07/2027-06"]);
    // (a month alone, no fiscal year starting: that month)
    expect(spans("Sales started to fall in April 2025.", AUG_2025)).toEqual(["point:2025-04"]);
  });

  test("academic years and year ranges", () => {
    expect(spans("Enrolment grew in the 2024-25 academic year.")).toEqual(["point:2024-09/2025-08"]);
    // a sentence about schooling: its "2025-26" is an academic year, even where the country has a fiscal year
    expect(spans("Indian enrolment at US universities climbed in 2025-26.", INDIA_DEC_2025)).toEqual(["point:2025-09/2026-08"]);
    expect(spans("Refiners imported more crude in 2025-26.", INDIA_DEC_2025)).toEqual(["point:2025-04/2026-03"]);
    expect(spans("Output ranged widely from 2018 to 2021.")).toEqual(["point:2018-01/2021-12"]);
  });

  test("date-relative phrases resolve against the article's date", () => {
    expect(spans("Imports jumped last year.")).toEqual(["point:2024-01/2024-12"]);
    expect(spans("This year the harvest is smaller.")).toEqual(["point:2025-01/2025-12"]);
    expect(spans("Last month the index slipped.")).toEqual(["point:2025-11"]);
    expect(spans("Flights resumed in March.")).toEqual(["point:2025-03"]);
    expect(spans("Shipments fell, up from a year earlier.")).toEqual(["relative"]);
    expect(spans("Volumes were 5% higher than in the same period last year.")).toEqual(["relative"]);
  });

  test("a month with 'last year', 'this year' or 'next year' is that month of that year", () => {
    expect(spans("That compared with 19,990 in May last year.")).toEqual(["point:2024-05"]);
    expect(spans("The plant reopens in September of next year.")).toEqual(["point:2026-09"]);
    expect(spans("Prices climbed in March this year.")).toEqual(["point:2025-03"]);
    // not the verb, and not a month alone
    expect(spans("Rates may this year rise again.")).toEqual(["point:2025-01/2025-12"]);
    expect(spans("Sales rose in May.")).toEqual(["point:2025-05"]);
  });

  test("an undated article: 'last month' is the month the text is about; months counted from a date it lacks are none", () => {
    const guess: PeriodContext = { year: 2027, month: 1, dated: false, fiscalStart: 0, contextMonth: { from: "2026-05", to: "2026-05", label: "May 2026" } };
    expect(spans("Last month refiners bought more.", guess)).toEqual(["point:2026-05"]);
    expect(spans("Riyadh will pump less next month.", guess)).toEqual([]);
    expect(spans("Sales rose last quarter.", guess)).toEqual([]);
    expect(spans("Sales rose last year.", guess)).toEqual(["point:2026-01/2026-12"]);
    expect(spans("Last month refiners bought more.", { ...guess, contextMonth: undefined })).toEqual([]);
  });

  test("in a dated article a bare month is the latest such month up to the date line", () => {
    expect(spans("In December, exports hit a record.", { year: 2024, month: 1, fiscalStart: 0 })).toEqual(["point:2023-12"]);
    expect(spans("In January, exports hit a record.", { year: 2024, month: 1, fiscalStart: 0 })).toEqual(["point:2024-01"]);
  });

  test("bare months take the year the text is about", () => {
    expect(spans("Flights resumed in March.", { ...DEC_2025, monthYear: 2023 })).toEqual(["point:2023-03"]);
  });

  test("not periods: numbers that only look like years, modal 'may', 'the past year'", () => {
    expect(spans("The plant employs 2,025 workers.")).toEqual([]);
    expect(spans("Prices may rise, officials warned.")).toEqual([]);
    expect(spans("Over the past year rents rose.")).toEqual([]);
    expect(spans("The 1500 km pipeline opened.")).toEqual([]);
  });

  test("shifting a span by years keeps its kind", () => {
    expect(shiftYears(fiscalSpan(2025, 4), -1)).toEqual({ from: "2023-04", to: "2024-03", label: "FY2023-24" });
    // (a season's label shifts whole: "2026-27 season" a year back is "2025-26 season", not "2025-27")
    expect(shiftYears({ from: "2026/2027", to: "2026/2027", label: "2026-27 season" }, -1)).toEqual({ from: "2025/2026", to: "2025/2026", label: "2025-26 season" });
  });
});

describe("parts of a year", () => {
  test("early, mid, late and the end of a year; 'by the end of' stays a deadline", () => {
    expect(spans("As of mid-2024, stocks were low.")).toEqual(["point:2024-05/2024-08"]);
    expect(spans("Prices climbed in early 2023.")).toEqual(["point:2023-01/2023-04"]);
    expect(spans("Records came late in 2023.")).toEqual(["point:2023-09/2023-12"]);
    expect(spans("The plant should open by the end of 2026.")).toEqual(["by:2026-01/2026-12"]);
  });

  test("the end of a year that is over is its last month, however it is said; a deadline still to come is not", () => {
    const feb2026: PeriodContext = { year: 2026, month: 2, fiscalStart: 0 };
    expect(spans("Reserves stood at $41 billion at the end of 2025.", feb2026)).toEqual(["point:2025-12"]);
    expect(spans("Reserves reached $41 billion by the end of last year.", feb2026)).toEqual(["point:2025-12"]);
    expect(spans("Debt had climbed to 60% of GDP by end-2025.", feb2026)).toEqual(["point:2025-12"]);
    expect(spans("At year-end 2025 the fund held 300 tonnes.", feb2026)).toEqual(["point:2025-12"]);
    expect(spans("The bank held 12 tonnes as of December 31.", feb2026)).toEqual(["point:2025-12"]);
    expect(spans("The bank held 12 tonnes as at 31 December 2025.", feb2026)).toEqual(["point:2025-12"]);
    // not over yet: a deadline; a day without "as of" stays the date of an event
    expect(spans("The line should open by the end of this year.", feb2026)).toEqual(["by:2026-01/2026-12"]);
    expect(spans("The line should open by the end of 2027.", feb2026)).toEqual(["by:2027-01/2027-12"]);
    expect(spans("The deal was signed on December 31, 2025.", feb2026)).toEqual(["date:2025-12"]);
    expect(spans("Prices rose in late 2025.", feb2026)).toEqual(["point:2025-09/2025-12"]);
    expect(spans("The weekend trip ended early.", feb2026)).toEqual([]);
  });
});

describe("findPeriods: a range opened by 'from'", () => {
  test("'from January to November 2024' is the range itself, not a comparison base", () => {
    const m = findPeriods("From January to November 2024, sales rose.", { year: 2025, month: 3, fiscalStart: 0 });
    expect(m.map((x) => `${x.span ? spanKey(x.span) : "-"} ${x.role}`)).toEqual(["2024-01/2024-11 point"]);
  });
  test("a base named by its noun and then its time ('than the initial budget for fiscal 2025', 'from this year's budget')", () => {
    expect(spans("The request is 2.9% higher than the initial budget for 2025.")).toEqual(["base:2025-01/2025-12"]);
    expect(spans("The request is up 2.9% from this year's initial budget.")).toEqual(["base:2025-01/2025-12"]);
    expect(spans("Sales rose 4% compared with the total for 2023.")).toEqual(["base:2023-01/2023-12"]);
    // (a possessive that a number follows is that number's: "from last year's harvest of 171.5 million tonnes")
    expect(spans("It is 3.6% above last year's harvest of 171.5 million tonnes.")).toEqual(["point:2024-01/2024-12"]);
    expect(spans("Output fell from last year's 33 million tons.")).toEqual(["point:2024-01/2024-12"]);
    // (a noun that is no level: "revenue from the plant in 2024" is the plant's revenue in 2024)
    expect(spans("Revenue from the plant in 2024 was $5 billion.")).toEqual(["point:2024-01/2024-12"]);
  });

  test("'up 5% from 2023' is still a base", () => {
    const m = findPeriods("Sales were up 5% from 2023.", { year: 2025, month: 3, fiscalStart: 0 });
    expect(m.map((x) => x.role)).toEqual(["base"]);
  });
});

describe("the quarter or month before the sentence's", () => {
  test("'the prior quarter', 'the previous month' are relative, a quarter or a month back", () => {
    expect(findPeriods("Margin was 41%, up from 39% in the prior quarter.", DEC_2025).map((m) => [m.role, m.back])).toEqual([["relative", 3]]);
    expect(findPeriods("Sales rose from the previous month.", DEC_2025).map((m) => [m.role, m.back])).toEqual([["relative", 1]]);
    expect(findPeriods("Sales rose from the previous year.", DEC_2025).map((m) => [m.role, m.back])).toEqual([["relative", undefined]]);
    expect(findPeriods("Prices rose 3.1%, compared with 2.8% the month before.", DEC_2025).map((m) => [m.role, m.back])).toEqual([["relative", 1]]);
    expect(findPeriods("Margin was 41%, against 39% a quarter earlier.", DEC_2025).map((m) => [m.role, m.back])).toEqual([["relative", 3]]);
    // (the month before an event is no month before the sentence's)
    expect(findPeriods("The month before the vote was calm.", DEC_2025)).toEqual([]);
  });

  test("monthsBefore: the span of the same length, ending n months earlier", () => {
    expect(monthsBefore({ from: "2025-01", to: "2025-03", label: "Q1 2025" }, 3)?.label).toBe("Q4 2024");
    expect(monthsBefore({ from: "2024-08", to: "2024-10", label: "3 months to Oct 2024" }, 3)).toMatchObject({ from: "2024-05", to: "2024-07" });
    expect(monthsBefore({ from: "2025-03", to: "2025-03", label: "March 2025" }, 1)?.label).toBe("February 2025");
    expect(monthsBefore({ from: "2025-01", to: "2025-12", label: "2025" }, 3)).toBeUndefined();
    expect(monthsBefore({ from: "FY2025", to: "FY2025", label: "FY2025" }, 3)).toBeUndefined();
  });

  test("a fiscal quarter that names the month it ended in is the three months to that month", () => {
    expect(spans("Revenue for its fiscal third quarter, which ended Oct. 27, rose.", { year: 2024, month: 11, fiscalStart: 0 })).toEqual(["point:2024-08/2024-10"]);
    expect(spans("The quarter ended June 30 was weak.", { year: 2024, month: 11, fiscalStart: 0 })).toEqual(["point:2024-04/2024-06"]);
  });
});

describe("findPeriods: the time a source spoke", () => {
  test("a time right after a speech verb dates the saying, not a number", () => {
    expect(spans("The firm had sales of $4 billion last year, it said in March.")).toEqual(["point:2024-01/2024-12"]);
    expect(spans("The ministry announced on Monday that exports rose in May.")).toEqual(["point:2025-05"]);
    expect(spans("Output will fall, the minister told reporters in November.")).toEqual([]);
    // ... or when it published
    expect(spans("Growth matched its first estimate, published in late October.")).toEqual([]);
    expect(spans("The survey released on Monday showed output rose in May.")).toEqual(["point:2025-05"]);
    expect(spans("Arrivals rose 5%, the institute reported this week.", { year: 2026, month: 2, dated: true, fiscalStart: 0, day: "2026-02-12" })).toEqual([]);
    expect(spans("The company reported third-quarter revenue of $35 billion.", { year: 2024, month: 11, dated: true, fiscalStart: 0 })).toEqual(["point:2024-07/2024-09"]);
  });

  test("the year a body was founded or a thing built is no period of a number", () => {
    expect(spans("Founded in 1962, the dairy employs 3,400 people.")).toEqual([]);
    expect(spans("The bridge, built in 1931, carries 40,000 cars a day.")).toEqual([]);
    expect(spans("Since its founding in 1998 the charity has raised $40 million.")).toEqual([]);
    expect(spans("The fund, set up in 2019, manages $2 billion.")).toEqual([]);
    expect(spans("It rained 300 mm, the most since records began in 1959.")).toEqual([]);
    // a year after other words stays the number's
    expect(spans("The dairy employed 3,400 people in 1962.")).toEqual(["point:1962-01/1962-12"]);
    expect(spans("The firm was profitable in 2019, its founders said.")).toEqual(["point:2019-01/2019-12"]);
  });

  test("the time a record was set dates the record, not the sentence", () => {
    expect(spans("Volume is short of the 15.1 million record reached in 2021.")).toEqual(["date:2021-01/2021-12"]);
    expect(spans("It beat the record high set in 2019.")).toEqual(["date:2019-01/2019-12"]);
    expect(spans("Volume reached a record in 2021.")).toEqual(["point:2021-01/2021-12"]);
    // ... and the time a peak was reached, a census named by its year, the time a count began
    expect(spans("The population peaked in 2010.")).toEqual(["date:2010-01/2010-12"]);
    expect(spans("The 2020 census counted 126 million people.")).toEqual(["date:2020-01/2020-12"]);
    expect(spans("It was the largest drop since the national count began in 1920.")).toEqual([]);
  });

  test("when a war or a crisis broke out dates the event, no number's period", () => {
    expect(spans("Talks were held two years after fighting broke out between the army and the rebels in May 2023.")).toEqual(["date:2023-05"]);
    expect(spans("The conflict, which erupted in 2020, displaced 2 million people.")).toEqual(["date:2020-01/2020-12"]);
    expect(spans("Prices soared after Russia's invasion of Ukraine in February 2022.")).toEqual(["date:2022-02"]);
    // other beginnings are the number's time
    expect(spans("Exports began to rise in 2024.")).toEqual(["point:2024-01/2024-12"]);
    expect(spans("Production started in March and reached 40,000 tonnes.")).toEqual(["point:2025-03"]);
  });

  test("a time after other verbs is still the number's", () => {
    expect(spans("The firm's sales rose in March.")).toEqual(["point:2025-03"]);
    expect(spans("It sold 40,000 cars in March, it said.")).toEqual(["point:2025-03"]);
    expect(spans("Exports reached a record in November, the agency said on Monday.")).toEqual(["point:2025-11"]);
    // a time after a publishing verb is its date; the time the figures tell, later, is theirs
    expect(spans("The figures, published on Friday, show exports rose in March.")).toEqual(["point:2025-03"]);
  });
});

describe("findPeriods: the year so far, and the same period of a year as a base", () => {
  test("'year-to-date', 'so far this year' run from January to the month the text is about", () => {
    const oct = { ...DEC_2025, contextMonth: { from: "2025-10", to: "2025-10", label: "October 2025" } };
    expect(spans("Year-to-date output reached 4.37 Mt.", oct)).toEqual(["point:2025-01/2025-10"]);
    expect(spans("Sales so far this year are up 3%.", oct)).toEqual(["point:2025-01/2025-10"]);
    expect(spans("Year-to-date output reached 4.37 Mt.")).toEqual([]);
  });
  test("'than in the same period of 2024' is the sentence's period in 2024; 'in the same period' alone is not a year", () => {
    expect(spans("Output was 1.2% less than in the same period of 2024.")).toEqual(["relative"]);
    expect(spans("Output rose in 2024.")).toEqual(["point:2024-01/2024-12"]);
  });
});

describe("a quarter told by its number alone", () => {
  const byNumber = (sentence: string) => findPeriods(sentence, DEC_2025).map((m) => !!m.span?.byNumber);
  test("is marked: read as the calendar's, it may be a company's fiscal quarter", () => {
    expect(byNumber("The retailer posted third-quarter sales of $9 billion.")).toEqual([true]);
    expect(byNumber("Profit rose in the second quarter.")).toEqual([true]);
    expect(byNumber("Revenue reached $2 billion in Q4.")).toEqual([true]);
  });
  test("not with its year, nor a quarter told by its end", () => {
    expect(byNumber("Profit rose in the second quarter of 2025.")).toEqual([false]);
    expect(byNumber("Revenue reached $2 billion in Q4 2024.")).toEqual([false]);
    expect(byNumber("Sales fell in the third quarter of last year.")).toEqual([false]);
    expect(byNumber("Sales rose in the quarter ended June 30.")).toEqual([false]);
  });
});

describe("more times a sentence names", () => {
  test("'the year before' is a year back from the sentence's period; not 'the year before the war', nor 'the year before last'", () => {
    expect(spans("Revenue was $4bn in 2024, down from $10bn the year before.")).toEqual(["point:2024-01/2024-12", "relative"]);
    expect(spans("Output fell in the year before the war.")).toEqual([]);
    expect(spans("Sales peaked the year before last.")).not.toContain("relative");
  });
  test("a year a number is a multiple of is the base of a comparison ('half the 2023 total', 'double its 2022 level')", () => {
    expect(spans("About 13,200 ships crossed, roughly half the 2023 total.")).toEqual(["base:2023-01/2023-12"]);
    expect(spans("Exports reached double their 2022 level.")).toEqual(["base:2022-01/2022-12"]);
    expect(spans("Half the crop was lost in 2023.")).toEqual(["point:2023-01/2023-12"]);
  });
  test("'during the year' is the year the text is about", () => {
    expect(spans("About 13,200 ships crossed the canal during the year.", { ...DEC_2025, contextYear: 2024 })).toEqual(["point:2024-01/2024-12"]);
    expect(spans("Prices fell 0.6% over the year.", { ...DEC_2025, contextYear: 2024 })).toEqual([]);
  });
  test("'over the year to October' is the stretch of the number, not what it is compared with; 'a rise over 2023' is", () => {
    expect(spans("Prices rose 3.1% over the year to October.")).toEqual(["point:2024-11/2025-10"]);
    expect(spans("Sales showed a 4% rise over 2023.")).toEqual(["base:2023-01/2023-12"]);
  });
  test("'over' opening its clause is a stretch: 'Over January-October, output came to …', '…, and over 2024 as a whole …'", () => {
    expect(spans("Over January-October, world output came to 1,543 million tonnes.")).toEqual(["point:2025-01/2025-10"]);
    expect(spans("Sales fell in the spring, and over 2024 as a whole they dropped 3%.")).toContain("point:2024-01/2024-12");
    // (after a number it is still what the rise is measured against)
    expect(spans("Output was 4% higher over January-October 2024.")).toEqual(["base:2024-01/2024-10"]);
  });
});

describe("findPeriods: weeks", () => {
  const dated = { year: 2026, month: 12, dated: true, fiscalStart: 0, day: "2026-12-03" };
  test("the week ended a day, last week and this week are the Monday-to-Sunday weeks that hold them", () => {
    expect(spans("Stocks fell 1.8 million barrels in the week ended Nov. 28.", dated)).toEqual(["point:2026-11-23/2026-11-29"]);
    expect(spans("Stocks dropped 1.8 million barrels last week.", dated)).toEqual(["point:2026-11-23/2026-11-29"]);
    expect(spans("Claims rose this week.", dated)).toEqual(["point:2026-11-30/2026-12-06"]);
    expect(spans("The week to Friday, November 28, 2025 was calm.", dated)).toEqual(["point:2025-11-24/2025-11-30"]);
  });
  test("not a week: one without a date line's day, a number of weeks, a weekday alone", () => {
    expect(spans("Stocks dropped last week.", { year: 2026, month: 12, dated: true, fiscalStart: 0 })).toEqual([]);
    expect(spans("Talks lasted three weeks.", dated)).toEqual([]);
    expect(spans("Prices fell on Wednesday.", dated)).toEqual([]);
  });
  test("a weekend is the one just past, in its week", () => {
    const sunday = { year: 2025, month: 3, dated: true, fiscalStart: 0, day: "2025-03-09" };
    const monday = { ...sunday, day: "2025-03-10" };
    expect(spans("The film opened to $84.5 million over the weekend.", sunday)).toEqual(["point:2025-03-03/2025-03-09"]);
    expect(spans("It took $84.5 million in its opening weekend.", monday)).toEqual(["point:2025-03-03/2025-03-09"]);
    expect(spans("The leader of last weekend fell to second place.", sunday)).toEqual(["point:2025-02-24/2025-03-02"]);
    expect(spans("The leader of last weekend fell to second place.", monday)).toEqual(["point:2025-03-03/2025-03-09"]);
    // a weekend's attribute dates no number
    expect(spans("Last weekend's leader fell to second place with $21.3 million.", sunday)).toEqual([]);
    expect(spans("Shops open on weekends.", sunday)).toEqual([]);
  });
  test("a week is labelled by its days; the week a day is in, and the one before it", () => {
    const [week] = findPeriods("Reserves rose in the week ended Nov. 21, 2025.", dated);
    expect(week.span?.label).toBe("week of 17–23 Nov 2025");
    expect(week.span?.endedOn).toBe("2025-11-21");
    expect(findPeriods("Sales rose in the week ended Jan. 2, 2026.", dated)[0].span?.label).toBe("week of 29 Dec 2025–4 Jan 2026");
    expect(weekOf({ from: "2025-11-21", to: "2025-11-21", label: "" })?.from).toBe("2025-11-17");
    expect(weekBefore({ from: "2025-11-17", to: "2025-11-23", label: "" })?.label).toBe("week of 10–16 Nov 2025");
    expect(weekBefore({ from: "2025-11", to: "2025-11", label: "November 2025" })).toBeUndefined();
  });
  test("'the previous week', 'a week earlier' point a week back from the sentence's own", () => {
    const relative = (s: string) => findPeriods(s, dated).map((m) => `${m.role}:${m.back}`);
    expect(relative("In the previous week, stocks had risen.")).toEqual(["relative:week"]);
    expect(relative("In the prior reporting week, stocks had risen.")).toEqual(["relative:week"]);
    expect(relative("Stocks were up from a week earlier.")).toEqual(["relative:week"]);
    // (not the week before an event, nor a number of weeks)
    expect(relative("Stocks rose in the week before the vote.")).toEqual([]);
    expect(relative("Stocks rose for a second week.")).toEqual([]);
  });
  test("a week is no month: it spans no months", () => {
    expect(monthsIn({ from: "2026-11-23", to: "2026-11-29", label: "week of 23–29 Nov 2026" })).toBe(0);
  });
});

describe("findPeriods: a month or quarter of what is to come", () => {
  const dec = { year: 2026, month: 12, dated: true, fiscalStart: 0 };
  test("named alone in a clause about the future, it is the next one from the date line", () => {
    expect(spans("The group said it would keep output steady in the first quarter.", dec)).toEqual(["point:2027-01/2027-03"]);
    expect(spans("The plant is set to restart in March.", dec)).toEqual(["point:2027-03"]);
    expect(spans("Prices will rise in December.", dec)).toEqual(["point:2026-12"]);
    expect(spans("Sales are expected to recover in the first half.", dec)).toEqual(["point:2027-01/2027-06"]);
  });
  test("a past clause keeps the latest one; a future verb after the month does not reach back", () => {
    expect(spans("Output rose in the first quarter.", dec)).toEqual(["point:2026-01/2026-03"]);
    expect(spans("Sales rose in March, and will rise again.", dec)).toEqual(["point:2026-03"]);
    expect(spans("The plant, shut in March, will restart.", dec)).toEqual(["point:2026-03"]);
  });
});

describe("findPeriods: a month still to come, and a stretch of months that holds the date line's", () => {
  const aug = { year: 2025, month: 8, dated: true, fiscalStart: 0, day: "2025-08-27" };
  test("'will rise … from October' and a headline's 'to rise 2% in October' are this year's October", () => {
    expect(spans("The cap will rise by 2% to 1,755 pounds a year in October.", aug)).toEqual(["point:2025-10"]);
    expect(spans("Energy price cap to rise 2% in October", aug)).toEqual(["point:2025-10"]);
    // told as past, a later month is last year's
    expect(spans("The cap rose 2% in October.", aug)).toEqual(["point:2024-10"]);
  });
  test("'in the July to September period' told in August is this year's", () => {
    expect(spans("The cap was 1,720 pounds in the July to September period.", aug)).toEqual(["point:2025-07/2025-09"]);
    expect(spans("The cap was 1,690 pounds in the October to December period.", aug)).toEqual(["point:2024-10/2024-12"]);
  });
});

describe("findPeriods: model years name goods", () => {
  test("a year before a name of goods, after a determiner, is no period", () => {
    expect(spans("The recall covers certain 2021-2024 Vela Sedan models.")).toEqual([]);
    expect(spans("Owners of the 2025 Vela X can update it.")).toEqual([]);
    expect(spans("Exports rose in 2024 to $3 billion.")).toEqual(["point:2024-01/2024-12"]);
  });
});

describe("findPeriods: the same months of a year named", () => {
  test("'the same period of 2024' is relative, taken to that year", () => {
    const ctx = { year: 2025, month: 8, dated: true, fiscalStart: 0 };
    expect(findPeriods("up from 352,500 in the same period of 2024", ctx).map((m) => `${m.role}:${m.inYear}`)).toEqual(["relative:2024"]);
    expect(findPeriods("against the same months in 2023", ctx).map((m) => `${m.role}:${m.inYear}`)).toEqual(["relative:2023"]);
    // a year alone stays a year
    expect(spans("Sales in 2024 were higher.", ctx)).toEqual(["point:2024-01/2024-12"]);
  });
});

describe("findPeriods: a level as of a day", () => {
  const dated = { year: 2025, month: 11, dated: true, fiscalStart: 0, day: "2025-11-29" };
  test("a day within its month is that day", () => {
    expect(spans("Reserves stood at $688 billion as of November 21.", dated)).toEqual(["point:2025-11-21"]);
    expect(spans("Reserves stood at $688 billion as at 21 November 2025.", dated)).toEqual(["point:2025-11-21"]);
    expect(spans("Holdings were 412 tonnes as on Nov. 14.", dated)).toEqual(["point:2025-11-14"]);
  });
  test("a month's last day is its close, placed in the month; a day without 'as of' dates an event", () => {
    expect(spans("Reserves stood at $640 billion as of October 31.", dated)).toEqual(["point:2025-10"]);
    expect(spans("Reserves stood at $640 billion as at 30 September 2025.", dated)).toEqual(["point:2025-09"]);
    expect(spans("The bank met on November 21.", dated)).toEqual(["date:2025-11"]);
  });
  test("'on March 1', 'on 18 February', 'on Friday, October 3' without a year date what was counted then, in its month", () => {
    expect(spans("The flock stood at 285.2 million hens on March 1.", { year: 2025, month: 3, dated: true, fiscalStart: 0, day: "2025-03-11" })).toEqual(["date:2025-03"]);
    expect(spans("Stocks held in bonded warehouses were 1.2 million bags on 18 February.", dated)).toEqual(["date:2025-02"]);
    expect(spans("The index closed at 5,120 on Friday, October 3.", dated)).toEqual(["date:2025-10"]);
    // (a month after the date line, in a dated text, is last year's)
    expect(spans("Ticket sales reached 40,000 on December 2.", dated)).toEqual(["date:2024-12"]);
  });
  test("the day a stretch began or ended is its edge, not its date; a verb 'may' is no month", () => {
    expect(spans("Farmers have delivered 1.2 million tonnes since the season began on October 1.", dated)).not.toContain("date:2025-10");
    expect(spans("It saved $25 billion in the year that ended on March 31.", dated)).not.toContain("date:2025-03");
    expect(spans("The offer, which opened on June 2, drew 4,000 bids.", dated)).toEqual([]);
    expect(spans("The scheme, which runs until June 30, has paid out $2 million.", dated)).not.toContain("date:2025-06");
    expect(spans("Prices could rise on may 3.", dated)).toEqual([]);
  });
});

describe("findPeriods: a range of months told with words", () => {
  const dec = { year: 2026, month: 12, dated: true, fiscalStart: 0 };
  test("'for January to November', 'in January through October' are the months between", () => {
    expect(spans("For January to November, exports totalled $3.41 trillion.", dec)).toEqual(["point:2026-01/2026-11"]);
    expect(spans("In January through October, sales rose.", dec)).toEqual(["point:2026-01/2026-10"]);
  });
  test("not: a month and a month after 'to' that is no range", () => {
    expect(spans("Sales rose in January to a record.", dec)).toEqual(["point:2026-01"]);
  });
});

describe("findPeriods: a season that straddles two years", () => {
  const aug = { year: 2026, month: 8, dated: true, fiscalStart: 0 };
  const mar = { year: 2026, month: 3, dated: true, fiscalStart: 0 };
  const jul = { year: 2026, month: 7, dated: true, fiscalStart: 0 };
  test("'last season', 'this season' from the date line: the one under way from August", () => {
    expect(spans("He scored 27 goals last season.", aug)).toEqual(["point:2025/2026"]);
    expect(spans("He scored 27 goals last season.", mar)).toEqual(["point:2024/2025"]);
    expect(spans("He scored 27 goals last season.", jul)).toEqual(["point:2025/2026"]);
    expect(spans("She has 9 goals this season.", mar)).toEqual(["point:2025/2026"]);
    expect(spans("Ticket prices rise 5% next season.", aug)).toEqual(["point:2027/2028"]);
  });
  test("a season of fires, storms or monsoon rains runs within the year: 'this season' is this year's", () => {
    expect(spans("Firefighting spending reached C$1.94 billion so far this season.", jul)).toEqual(["point:2026-01/2026-12"]);
    expect(spans("The hurricane season brought 14 named storms last season.", aug)).toEqual(["point:2025-01/2025-12"]);
    expect(spans("Monsoon rains were 8% above normal this season.", aug)).toEqual(["point:2026-01/2026-12"]);
    // (not a sport's or a crop's season, nor a winter's)
    expect(spans("She has 9 goals this season.", mar)).toEqual(["point:2025/2026"]);
    expect(spans("Ski resorts sold 2 million passes this season.", mar)).toEqual(["point:2025/2026"]);
  });
  test("'the 2025-26 season' is the same season, even where the country's fiscal year is another", () => {
    expect(spans("He scored 27 goals in the 2025-26 season.", aug)).toEqual(["point:2025/2026"]);
    expect(spans("He scored 27 goals in the 2025-26 season.", { ...aug, fiscalStart: 4 })).toEqual(["point:2025/2026"]);
    expect(findPeriods("He scored 27 goals last season.", aug)[0].span?.label).toBe("2025-26 season");
  });
  test("not 'season' with no time word", () => {
    expect(spans("The rainy season cut output 5%.", aug)).toEqual([]);
  });
});

describe("findPeriods: 'since' a month of a year", () => {
  test("is an open start from that month, not the month", () => {
    expect(spans("The PMI fell to 49.5, the first contraction since December 2022.")).toEqual(["since:2022-12/now"]);
    expect(spans("Exports fell in December 2022.")).toEqual(["point:2022-12"]);
  });
});

describe("findPeriods: a month told by its start or its end", () => {
  test("'as December began', 'when March ended' are those months", () => {
    expect(spans("Stocks were 97% full as December began.")).toEqual(["point:2025-12"]);
    expect(spans("Sales fell 2% when March ended.")).toEqual(["point:2025-03"]);
  });
  test("not a month's name used otherwise", () => {
    expect(spans("Stocks were 97% full as May approached the limit.")).toEqual([]);
  });
});

describe("findPeriods: the end of an extension", () => {
  const dec = { year: 2026, month: 12, dated: true, fiscalStart: 0 };
  test("'extended the cuts until the end of March', told in December, is next March", () => {
    expect(spans("OPEC+ extended the cuts until the end of March.", dec)).toEqual(["point:2027-03"]);
    expect(spans("The ministry prolonged the ban through the end of February.", dec)).toEqual(["point:2027-02"]);
  });
  test("not: the end of a month with no extension, which is the latest one", () => {
    expect(spans("Sales rose at the end of March.", dec)).toEqual(["point:2026-03"]);
  });
});

describe("spanHoldsDay", () => {
  test("a week, a month, a year hold each of their days; a day holds itself", () => {
    expect(spanHoldsDay({ from: "2025-01-06", to: "2025-01-12", label: "" }, "2025-01-09")).toBe(true);
    expect(spanHoldsDay({ from: "2025-01", to: "2025-01", label: "" }, "2025-01-31")).toBe(true);
    expect(spanHoldsDay({ from: "2025-01", to: "2025-12", label: "" }, "2025-06-01")).toBe(true);
    expect(spanHoldsDay({ from: "2025-01-09", to: "2025-01-09", label: "" }, "2025-01-09")).toBe(true);
  });
  test("not: another day, another month, a span not placed in months", () => {
    expect(spanHoldsDay({ from: "2025-01-06", to: "2025-01-12", label: "" }, "2025-01-13")).toBe(false);
    expect(spanHoldsDay({ from: "2024-12", to: "2024-12", label: "" }, "2025-01-02")).toBe(false);
    expect(spanHoldsDay({ from: "FY2025", to: "FY2025", label: "" }, "2025-01-02")).toBe(false);
  });
});

describe("period: the same stage of another year, told after 'than'", () => {
  test("'12 per cent more than at the same stage last year' compares with last year: a base", () => {
    expect(spans("Cases were about 12 per cent more than at the same stage last year.")).toEqual(["base:2024-01/2024-12"]);
    expect(spans("Deaths were 26% higher than at the same point in 2024.")).toEqual(["base:2024-01/2024-12"]);
  });
  test("a period after a stage that is no comparison stays the number's", () => {
    expect(spans("Cases reached 3.4 million at the same stage of the season last year.")).not.toContain("base:2024-01/2024-12");
  });
});

describe("period: the first or last month of a year", () => {
  test("'the final month of the year', 'the last month of 2024', 'the first month of the year'", () => {
    expect(spans("The final month of the year alone produced 127 handovers.")).toEqual(["point:2025-12"]);
    expect(spans("Output rose in the last month of 2024.")).toEqual(["point:2024-12"]);
    expect(spans("Output rose in the first month of this year.")).toEqual(["point:2025-01"]);
  });
  test("'the last month of his term' is no month of a year; 'last month' stays the month before", () => {
    expect(spans("He signed it in the last month of his term.")).toEqual(["point:2025-11"]);
  });
});
