/**
 * The whole chain on small multi-outlet stories of our own from beats the frame was not first written for: a
 * company's quarterly results, a central bank's decision, an earthquake's toll, a jobs report, a takeover, a count
 * of displaced people, an antitrust fine, a month of copper output, an election and a month's consumer prices (these
 * four with conflicts planted), a company's job cuts, a heat record and a quarter's smartphone shipments, and later an
 * airport's, a country's tourism, house prices, a crop, a storm, an outbreak, a canal's year (a conflict planted), a
 * border agency's year, a company's fiscal quarter, a quarter's GDP, a month's car registrations, a day's oil market, a film's opening weekend, a country's month of trade (conflicts planted in the last five), a wildfire's days, a
 * stock market listing, a player's transfer, an opinion poll, a strike, a cryptocurrency's record, a month's
 * purchasing managers' index, gas storage filling up and a currency's record low (conflicts planted), and a central
 * bank's weekly reserves, a year's student visa applications, a year of recorded crime, a year's births, a carmaker's recall, a day of gilt yields, a defence budget request, a vaccine trial, a data breach, a week of container freight rates, a minimum wage rise (its conflict missed: the outlet names no country), half a year of power generation, a day of cocoa futures, a quarter of an office market, a year of forest loss, a month of pump prices, a year of study permits under a cap, a year of a country's emissions, a year of remittances, a month of a waiting list, a month of consumer prices told monthly and yearly, a year of overdose deaths by drug, a year of central banks' gold buying, a month of world steel output, a quarter of an airline group's results, a year of an island's tourism, a year of a country's insolvencies by sector, a year of road deaths, nine months of rice exports, an academic year of international students, a census, a coffee crop, a streaming company's quarter, half a season of grain exports, an olive oil crop by region, a state election and half a season of a sugar cane crush (conflicts planted; the office and permits ones missed). Each folder of test/fixtures/beats holds three outlets' articles on one
 * event, a state's laying flock on a day (eggs and bird flu), a wildfire season so far, a state's measles outbreak and a quarter of central banks' gold
 * buying (conflicts planted).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../../src/core/analyse";
import { createSource } from "../../../src/core/source/createSource";
import type { AuditResult, Figure } from "../../../src/core/types";

const ROOT = join(__dirname, "../../fixtures/beats");

function story(beat: string) {
  const dir = join(ROOT, beat);
  const sources = readdirSync(dir)
    .sort()
    .map((file) => createSource(readFileSync(join(dir, file), "utf8"), { file }));
  const result: AuditResult = analyse(sources);
  const fileOf = (sourceId: string) => result.sources.find((s) => s.id === sourceId)?.file ?? "";
  const claimOf = (file: string, surface: string) => {
    const c = result.claims.find((x) => fileOf(x.sourceId) === file && x.surface === surface);
    if (!c) throw new Error(`no claim "${surface}" in ${beat}/${file}`);
    return c;
  };
  const figureOf = (file: string, surface: string): Figure => result.figures.find((f) => f.claimIds.includes(claimOf(file, surface).id)) as Figure;
  return { result, claimOf, figureOf };
}

describe("quarterly results", () => {
  const { result, claimOf, figureOf } = story("earn");

  test("the next quarter's guidance is one forecast in three outlets, of the quarter to come", () => {
    const guidance = figureOf("a.txt", "$37.5 billion");
    expect(guidance.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$37.5 billion").id, claimOf("c.txt", "$37.5 billion").id]));
    expect(guidance.label).toMatch(/target · Q4 2024/);
  });

  test("what analysts expected never meets the result; the margin after the guidance is no claim", () => {
    expect(figureOf("a.txt", "$33.2 billion").label).toMatch(/target/);
    expect(figureOf("a.txt", "$35.1 billion").claimIds).not.toContain(claimOf("a.txt", "$33.2 billion").id);
    expect(result.claims.some((c) => c.value === -2)).toBe(false);
  });

  test("the quarter's revenue and profit, told as 'third-quarter' by one outlet and by the quarter's end by two, are one figure each", () => {
    const revenue = figureOf("a.txt", "$35.1 billion");
    expect(revenue.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$35.08 billion").id, claimOf("c.txt", "$35.1 billion").id]));
    expect(revenue.label).toMatch(/3 months to Oct 2024/);
    expect(figureOf("b.txt", "$19.31 billion").claimIds).toContain(claimOf("a.txt", "$19.3 billion").id);
  });

  test("no conflict: the profit of the quarter and of the year before are two figures, earnings per share a third", () => {
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([]);
    expect(figureOf("b.txt", "78 cents").label).toMatch(/per share/);
  });
});

describe("a central bank's decision", () => {
  const { figureOf, claimOf } = story("rates");

  test("June's inflation, stated by three outlets, one of which names no country, is one figure", () => {
    const june = figureOf("c.txt", "3.6%");
    expect(june.claimIds).toEqual(expect.arrayContaining([claimOf("a.txt", "3.6%").id, claimOf("b.txt", "3.6%").id]));
    expect(june.status).toBe("corroborated");
    expect(june.label).toBe("UK inflation · June 2025 · %");
  });

  test("the rate is the interest rate", () => {
    expect(figureOf("a.txt", "4%").label).toMatch(/interest rate/);
  });
});

describe("an earthquake's toll", () => {
  const { figureOf, claimOf } = story("quake");

  test("the dead and the injured, however each outlet words them; a toll told a day earlier is that day's count", () => {
    const dead = figureOf("a.txt", "2,056");
    expect(dead.claimIds).toContain(claimOf("c.txt", "2,056").id);
    expect(dead.label).toMatch(/as of 31 March 2025/);
    // "more than 1,700" on Sunday is no confirmation of Monday's 2,056, nor a contradiction
    expect(dead.claimIds).not.toContain(claimOf("b.txt", "1,700").id);
    expect(figureOf("b.txt", "1,700").label).toMatch(/deaths · as of 30 March 2025/);
    const injured = figureOf("a.txt", "3,900");
    expect(injured.claimIds).toContain(claimOf("c.txt", "3,900").id);
    expect(injured).not.toBe(dead);
  });
});

describe("a jobs report", () => {
  const { result, figureOf, claimOf } = story("jobs");

  test("jobs added and payrolls increased, in outlets that never name their country, are one fact", () => {
    const payrolls = figureOf("b.txt", "227,000");
    expect(payrolls.claimIds).toContain(claimOf("c.txt", "227,000").id);
    expect(payrolls.label).toMatch(/change · November 2024/);
  });

  test("the unemployment rate of two outlets is one figure, and nothing conflicts", () => {
    expect(figureOf("a.txt", "4.2%").claimIds).toContain(claimOf("b.txt", "4.2%").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([]);
  });
});

describe("a takeover", () => {
  const { result, claimOf, figureOf } = story("deal");
  const same = (surface: string, ...others: [string, string][]) => {
    const figure = figureOf("a.txt", surface);
    expect(figure.claimIds).toEqual(expect.arrayContaining(others.map(([file, s]) => claimOf(file, s).id)));
    return figure;
  };

  test("the price, the value with debt, the offer per share and the premium are one figure each across the outlets", () => {
    expect(same("$14.2 billion", ["b.txt", "$14.2bn"], ["c.txt", "$14.2 billion"]).label).toMatch(/deal value/);
    expect(same("$16.5 billion", ["b.txt", "$16.5bn"], ["c.txt", "$16.5 billion"]).label).toMatch(/enterprise value/);
    expect(same("$58", ["b.txt", "$58"], ["c.txt", "$58"]).label).toMatch(/offer per share/);
    expect(same("31%", ["b.txt", "31 per cent"], ["c.txt", "31%"]).label).toMatch(/takeover premium/);
    expect(same("21,000", ["b.txt", "21,000"]).label).toMatch(/employees|workers/);
    expect(same("$400 million", ["b.txt", "$400mn"]).label).toMatch(/savings/);
  });

  test("no conflict: the shares' moves at different times of the day are never a contradiction", () => {
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([]);
    expect(figureOf("b.txt", "26 per cent").period).toBe("");
  });
});

describe("a count of displaced people", () => {
  const { figureOf, claimOf } = story("displaced");

  test("the uprooted and the displaced of one country are one figure", () => {
    const sudan = figureOf("a.txt", "14.3 million");
    expect(sudan.claimIds).toContain(claimOf("b.txt", "14.3 million").id);
  });

  test("a number 'worldwide' is the world's, not the correspondent's city's nor the country the story names most", () => {
    expect(figureOf("b.txt", "123 million").label).toMatch(/^World /);
    expect(figureOf("b.txt", "71 per cent").label).not.toMatch(/revenue/);
  });
});

describe("an antitrust fine", () => {
  const { result, claimOf, figureOf } = story("fine");

  test("the workforce two outlets count differently in one month is a conflict, whatever else each sentence says", () => {
    const staff = figureOf("a.txt", "61,000");
    expect(staff.claimIds).toContain(claimOf("c.txt", "64,000").id);
    expect(staff.status).toBe("conflicting");
    expect(staff.label).toMatch(/^Nordlicht Software .*as of October 2026/);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("last year's revenue, global or not, is one figure of three outlets, of 2025 for the wire whose date line has no year", () => {
    const revenue = figureOf("a.txt", "40 billion euros");
    expect(revenue.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "€40bn").id, claimOf("c.txt", "40 billion euros").id]));
    expect(revenue.period).toBe("2025");
  });

  test("the fine ordered paid is a fine; a restatement in dollars in a sentence of its own is a conversion", () => {
    expect(figureOf("b.txt", "€1.84bn").label).toMatch(/fine/);
    expect(figureOf("c.txt", "$2.14 billion")).toBe(figureOf("c.txt", "1.84 billion euros"));
  });
});

describe("a month of copper output", () => {
  const { figureOf, claimOf } = story("copper");

  test("a mine's output in two outlets that disagree is a conflict; a company's output is its own figure", () => {
    const escondida = figureOf("c.txt", "96,100 tonnes");
    expect(escondida.claimIds).toEqual(expect.arrayContaining([claimOf("a.txt", "98,400 tons").id, claimOf("b.txt", "98,400 t").id]));
    expect(escondida.status).toBe("conflicting");
    expect(figureOf("b.txt", "118,700 t").label).toMatch(/Codelco/);
  });

  test("the national total of three outlets, each crediting the statistics office its own way, is an echo of it", () => {
    const total = figureOf("a.txt", "431,200 metric tons");
    expect(total.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "431,200 tonnes").id, claimOf("c.txt", "431,200 tonnes").id]));
    expect(total.status).toBe("single-origin");
    expect(total.label).toMatch(/October 2026/);
  });

  test("the change on the month and the change on the year are two figures; the year so far a third", () => {
    expect(figureOf("a.txt", "2.3%")).not.toBe(figureOf("a.txt", "4.1%"));
    expect(figureOf("b.txt", "4.37 Mt").claimIds).toContain(claimOf("a.txt", "4.37 million tons").id);
  });
});

describe("an election", () => {
  const { result, figureOf, claimOf } = story("vote");

  test("a party's vote share in three outlets is one figure of the story's election", () => {
    const alliance = figureOf("a.txt", "38.6%");
    expect(alliance.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "38.6 percent").id, claimOf("c.txt", "38.6%").id]));
    expect(alliance.label).toMatch(/September 2026 election/);
  });

  test("a party's seats and the turnout that outlets tell differently are conflicts; an earlier election's share is apart", () => {
    expect(figureOf("a.txt", "104").claimIds).toContain(claimOf("c.txt", "106").id);
    expect(figureOf("a.txt", "104").status).toBe("conflicting");
    expect(figureOf("a.txt", "64.2%").claimIds).toContain(claimOf("c.txt", "63.8%").id);
    expect(figureOf("a.txt", "64.2%").status).toBe("conflicting");
    expect(figureOf("b.txt", "34.1 percent").claimIds).not.toContain(claimOf("b.txt", "27.9 percent").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(2);
  });
});

describe("a month's consumer prices", () => {
  const { figureOf, claimOf } = story("cpi");

  test("the rise on the month, however each outlet names the month before, is one figure, and the outlets disagree on it", () => {
    const monthly = figureOf("a.txt", "0.44%");
    expect(monthly.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "0.44%").id, claimOf("c.txt", "0.46%").id]));
    expect(monthly.status).toBe("conflicting");
  });

  test("the year's inflation is another figure; '12-month' names a window, no figure", () => {
    expect(figureOf("b.txt", "4.8%")).not.toBe(figureOf("b.txt", "0.44%"));
    expect(figureOf("b.txt", "4.8%").claimIds).toContain(claimOf("c.txt", "4.8%").id);
  });
});

describe("a company's job cuts", () => {
  const { figureOf, claimOf } = story("layoffs");

  test("the jobs cut, whatever each outlet calls them, are the company's, of one announcement", () => {
    const cuts = figureOf("b.txt", "4,000");
    expect(cuts.claimIds).toEqual(expect.arrayContaining([claimOf("a.txt", "4,000").id]));
    expect(cuts.label).toMatch(/^Hallberg jobs/);
  });

  test("a charge in bare crowns after Swedish crowns is Swedish crowns", () => {
    expect(claimOf("a.txt", "2.2 billion crowns").unit).toBe("SEK");
  });
});

describe("a heat record", () => {
  const { figureOf, claimOf } = story("heat");

  test("the new record in two outlets is one figure, the old record of 2003 another", () => {
    const record = figureOf("a.txt", "47.4 degrees Celsius");
    expect(record.claimIds).toContain(claimOf("b.txt", "47.4C").id);
    expect(record.claimIds).not.toContain(claimOf("a.txt", "47.3C").id);
    expect(figureOf("a.txt", "47.3C").period).toBe("2003");
    expect(figureOf("a.txt", "1,200").period).toBe("");
  });
});

describe("a quarter's smartphone shipments", () => {
  const { figureOf, claimOf } = story("phones");

  test("the world's total of one tracker in three outlets is an echo of it", () => {
    const total = figureOf("a.txt", "316.1 million");
    expect(total.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "316.1 million").id, claimOf("c.txt", "316 million").id]));
    expect(total.status).toBe("single-origin");
    expect(total.label).toMatch(/^World /);
  });
});

describe("an airport's year", () => {
  const { result, figureOf, claimOf } = story("airport");

  test("the airport's passengers in two outlets are one figure of the airport, one naming its country and one not", () => {
    const passengers = figureOf("a.txt", "84.2 million");
    expect(passengers.claimIds).toContain(claimOf("b.txt", "84.2 million").id);
    expect(passengers.status).toBe("corroborated");
    expect(passengers.label).toMatch(/Istanbul Airport passengers/);
    // the airport is not the organisation too, and "Europe's busiest airport" is no place of its figures
    expect(passengers.label).not.toMatch(/Istanbul Airport Istanbul Airport|Europe/);
  });

  test("a change appended after the year is the passengers' change; 'a third runway' is no figure", () => {
    expect(figureOf("c.txt", "0.6%").label).toMatch(/passengers, change/);
    expect(result.figures.some((f) => f.claimIds.includes(claimOf("c.txt", "third").id))).toBe(false);
  });
});

describe("a country's tourism year", () => {
  const { result, figureOf, claimOf } = story("tourism");

  test("the only conflict is the British visitors two outlets count differently", () => {
    const british = figureOf("a.txt", "2.5 million");
    expect(british.claimIds).toContain(claimOf("b.txt", "2.6 million").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([british]);
  });

  test("a ranking's entries count visitors; the average stay is no count of nights; a streak of records is no rank", () => {
    expect(figureOf("a.txt", "1.8 million").label).toMatch(/^France visitors/);
    expect(figureOf("c.txt", "2.8").label).toMatch(/average stay/);
    expect(result.figures.some((f) => f.claimIds.includes(claimOf("b.txt", "fourth").id))).toBe(false);
  });

  test("the change stated after the credit is the arrivals' change, in two outlets, both from the statistics office", () => {
    const change = figureOf("c.txt", "5.2 percent");
    expect(change.claimIds).toContain(claimOf("a.txt", "5.2%").id);
    // ("Statistics Portugal (INE)" and "the national statistics institute INE" are one office: an echo)
    expect(change.status).toBe("single-origin");
  });
});

describe("a month's house prices", () => {
  const { result, figureOf, claimOf } = story("housing");

  test("the UK's change in the twelve months to October and 'on a year earlier in October' are one figure of three outlets", () => {
    const change = figureOf("a.txt", "3.1%");
    expect(change.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "3.1 per cent").id, claimOf("c.txt", "3.1%").id]));
    expect(change.period).toBe("October 2026");
    expect(change.status).toBe("corroborated");
  });

  test("the only conflict is Scotland's rise, which one outlet gives as 4.5%; the nations are not the UK", () => {
    const scotland = figureOf("b.txt", "4.5 per cent");
    expect(scotland.claimIds).toEqual(expect.arrayContaining([claimOf("a.txt", "4.4%").id, claimOf("c.txt", "4.4%").id]));
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([scotland]);
    expect(figureOf("a.txt", "2.9%").label).toMatch(/^England /);
  });

  test("the rise of the month before is a change of September; what a home costs is its price; rents paid are rents", () => {
    const before = figureOf("a.txt", "2.8%");
    expect(before.claimIds).toContain(claimOf("b.txt", "2.8 per cent").id);
    expect(before.period).toBe("September 2026");
    expect(figureOf("b.txt", "£271,000").claimIds).toContain(claimOf("a.txt", "271,000 pounds").id);
    expect(figureOf("b.txt", "6.1 per cent").claimIds).toContain(claimOf("a.txt", "6.1%").id);
  });
});

describe("a crop forecast", () => {
  const { result, figureOf, claimOf } = story("soy");

  test("the agency's forecast in three outlets is one figure of the country, an echo of the agency", () => {
    const forecast = figureOf("a.txt", "177.6 million tonnes");
    expect(forecast.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "177.6 million metric tons").id, claimOf("c.txt", "177.6 million tonnes").id]));
    expect(forecast.status).toBe("single-origin");
    expect(forecast.label).toMatch(/^Brazil soybeans output, target · 2025-26/);
  });

  test("another forecaster's figure, named two ways, is its own echo; the supply agency is no exporter", () => {
    const usda = figureOf("a.txt", "175 million tonnes");
    expect(usda.claimIds).toContain(claimOf("b.txt", "175 million tons").id);
    expect(usda.status).toBe("single-origin");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(0);
    expect(figureOf("a.txt", "138.3 million tonnes").label).toMatch(/corn output/);
  });
});

describe("a hurricane's losses", () => {
  const { result, figureOf } = story("storm");

  test("the economy's losses and the insurers' are two measures, neither a profit", () => {
    expect(figureOf("c.txt", "$30 billion").label).toMatch(/economic losses/);
    expect(result.figures.some((f) => /profit/.test(f.label))).toBe(false);
  });

  test("a toll told on three days is three counts, no conflict", () => {
    expect(figureOf("a.txt", "14").period).toMatch(/20 October 2026/);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(0);
  });

  test("homes and customers left without power are one figure, no toll of homes lost", () => {
    const power = figureOf("a.txt", "1.2 million");
    expect(power.label).toMatch(/homes without power/);
    expect(power.sources).toHaveLength(2);
  });
});

describe("an outbreak's cases", () => {
  const { result, figureOf, claimOf } = story("measles");

  test("the cases of January to September told two ways are one figure of this year; last year's another", () => {
    const cases = figureOf("a.txt", "2,345");
    expect(cases.claimIds).toContain(claimOf("b.txt", "2,345").id);
    expect(cases.period).toBe("Jan–Sep 2026");
    expect(figureOf("b.txt", "1,980").period).toBe("Jan–Sep 2025");
  });

  test("a region's count is no conflict with the country's; a later count since January is no forecast", () => {
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(0);
    const later = figureOf("c.txt", "2,410");
    expect(later.period).toBe("2026");
    expect(later.label).not.toMatch(/target/);
  });

  test("children who died are deaths", () => {
    expect(figureOf("a.txt", "Eleven").label).toMatch(/deaths/);
    expect(figureOf("a.txt", "Eleven").claimIds).toContain(claimOf("b.txt", "Eleven").id);
  });
});

describe("a canal's year (a site named several ways)", () => {
  const { result, figureOf, claimOf } = story("canal");

  test("the year's revenue is the canal's, with or without its country: the planted $4.1 billion contradicts $4.0 and $3.99 billion", () => {
    const revenue = figureOf("a.txt", "$4.0 billion");
    expect(revenue.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$3.99 billion").id, claimOf("c.txt", "$4.1 billion").id]));
    expect(revenue.status).toBe("conflicting");
    expect(revenue.label).toBe("Suez Canal revenue · 2024 · USD");
  });

  test("'the year before' is 2023, where another outlet says 2023; ships and vessels are one count", () => {
    expect(figureOf("a.txt", "$10.25 billion").claimIds).toContain(claimOf("c.txt", "$10.25 billion").id);
    expect(figureOf("a.txt", "13,213").claimIds).toContain(claimOf("b.txt", "13,200").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("what revenue could recover to is a forecast", () => {
    expect(figureOf("b.txt", "$8 billion").label).toMatch(/target/);
  });
});

describe("a border agency's year (one origin, three outlets)", () => {
  const { result, figureOf, claimOf } = story("migration");

  test("the year's crossings, told as crossings, entries and people who crossed, are one figure of one origin", () => {
    const total = figureOf("a.txt", "239,000");
    expect(total.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "239,000").id, claimOf("c.txt", "239,000").id]));
    expect(total.status).toBe("single-origin");
    expect(figureOf("a.txt", "38%").claimIds).toContain(claimOf("b.txt", "38 per cent").id);
  });

  test("no conflict: a route's figures are not the bloc's total", () => {
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([]);
  });
});

describe("a company's fiscal quarter (told by its end and by its number)", () => {
  const { result, figureOf, claimOf } = story("fiscal");

  test("the quarter's revenue in three outlets is one figure of the company's own numbers", () => {
    const revenue = figureOf("a.txt", "$102.5 billion");
    expect(revenue.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$102.47 billion").id, claimOf("c.txt", "$102.5bn").id]));
    expect(revenue.label).toMatch(/Q3 2025/);
    expect(figureOf("b.txt", "$27.47 billion").claimIds).toContain(claimOf("a.txt", "$27.5 billion").id);
  });

  test("the estimate it beat is a forecast, no conflict", () => {
    expect(figureOf("b.txt", "$101.2 billion").label).toMatch(/target/);
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([]);
  });
});

describe("a quarter's GDP (a revision, bare output and growth)", () => {
  const { result, figureOf, claimOf } = story("gdp");

  test("the quarter's growth on the year: 'output' in a GDP story is GDP, and the planted 0.7% contradicts 0.9%", () => {
    const yearOnYear = figureOf("a.txt", "0.9%");
    expect(yearOnYear.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "0.9%").id, claimOf("c.txt", "0.7%").id]));
    expect(yearOnYear.status).toBe("conflicting");
    expect(yearOnYear.label).toBe("Germany GDP, change on the year · Q3 2026 · %");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("the revised quarter is one figure in two outlets; the estimate it replaced is apart and contradicts nothing", () => {
    const revised = figureOf("a.txt", "0.1%");
    expect(revised.claimIds).toContain(claimOf("b.txt", "0.1%").id);
    expect(revised.label).toMatch(/Q2 2026/);
    const earlier = figureOf("b.txt", "0.2%");
    expect(earlier.label).toMatch(/earlier estimate · Q2 2026/);
    expect(earlier.status).not.toBe("conflicting");
  });

  test("a sentence after the revision is about the story's quarter, not the revised one; 'growth' forecasts are GDP's", () => {
    expect(figureOf("a.txt", "1.1%").claimIds).toContain(claimOf("c.txt", "1.1%").id);
    expect(figureOf("a.txt", "1.1%").label).toMatch(/Q3 2026/);
    expect(figureOf("b.txt", "0.4%").label).toBe("Germany GDP, target · 2026 · %");
    expect(figureOf("b.txt", "0.4%").claimIds).toContain(claimOf("a.txt", "0.4%").id);
  });

  test("a region's superlative in the title ('Europe's largest economy') leaves the story Germany's", () => {
    expect(figureOf("c.txt", "0.5%").label).toMatch(/^Germany investment/);
  });
});

describe("a month's car registrations (segments, brands, one association's data)", () => {
  const { result, figureOf, claimOf } = story("cars");

  test("the month's total in three outlets, registrations and units sold alike, is one figure of one origin", () => {
    const total = figureOf("a.txt", "926,582");
    expect(total.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "926,600").id, claimOf("c.txt", "926,582").id]));
    expect(total.status).toBe("single-origin");
    expect(total.label).toBe("EU cars registrations · October 2026 · count");
  });

  test("the change on the year: sales that rose 'to 926,600 units' are the units', and the planted 6.8% contradicts 5.8%", () => {
    const change = figureOf("a.txt", "5.8%");
    expect(change.claimIds).toEqual(expect.arrayContaining([claimOf("c.txt", "6.8%").id]));
    expect(change.claimIds.filter((id) => result.claims.find((c) => c.id === id)?.sourceId === claimOf("b.txt", "926,600").sourceId)).not.toHaveLength(0);
    expect(change.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("each kind of car's share is its own figure: electric cars' 17.2% in three outlets, petrol cars' 26.5% apart", () => {
    const electric = figureOf("a.txt", "17.2%");
    expect(electric.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "17.2%").id, claimOf("c.txt", "17.2%").id]));
    expect(electric.label).toMatch(/^EU electric cars market share/);
    expect(figureOf("c.txt", "26.5%").label).toMatch(/^EU petrol cars market share/);
  });

  test("a brand's sales in Europe in two outlets are one figure; its 'more than tripled' is not checked against another brand", () => {
    expect(figureOf("a.txt", "17,470").claimIds).toContain(claimOf("c.txt", "17,470").id);
    expect(result.figures.flatMap((f) => f.flags.map((x) => x.kind))).not.toContain("ratio-mismatch");
  });

  test("a brand's bare sales told as a percentage are its units sold: Tesla's 48.5% in two outlets is one figure", () => {
    expect(figureOf("b.txt", "48.5%").claimIds).toContain(claimOf("a.txt", "48.5%").id);
  });
});

describe("a day's oil market (quotes, a weekly statistic)", () => {
  const { result, figureOf, claimOf } = story("oil");

  test("the week's inventories, told as the week ended a day and as last week: one figure, the planted 2.1 million contradicts 1.8", () => {
    const stocks = figureOf("a.txt", "1.8 million barrels");
    expect(stocks.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "1.8 million barrels").id, claimOf("c.txt", "2.1 million barrels").id]));
    expect(stocks.label).toMatch(/week of 23–29 Nov 2026/);
    expect(stocks.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("a benchmark's quotes are the market's, seen by each outlet: not the inventories' source's echo", () => {
    const brent = figureOf("a.txt", "$63.18 a barrel");
    expect(brent.claimIds).toContain(claimOf("c.txt", "$63.18 a barrel").id);
    expect(brent.status).toBe("corroborated");
    // the change after Brent's close is Brent's, not the WTI named in the next clause
    expect(figureOf("c.txt", "1.2%").label).toMatch(/^Brent/);
  });

  test("a plan for the first quarter, told in December, is about next year's", () => {
    expect(result.figures.map((f) => f.label).join("\n")).not.toMatch(/Q1 2026/);
  });
});

describe("a film's opening weekend (takings by market, a budget, a second film)", () => {
  const { result, figureOf, claimOf } = story("film");

  test("the domestic opening in three outlets, told as opened to, collected and earned domestically, is one figure of the weekend", () => {
    const domestic = figureOf("a.txt", "$84.5 million");
    expect(domestic.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$84.5m").id, claimOf("c.txt", "$84.5 million").id]));
    expect(domestic.label).toBe("US Starfall revenue · week of 3–9 Mar 2025 · USD");
  });

  test("abroad, in all and the cost to make are three other figures", () => {
    expect(figureOf("a.txt", "$112 million").claimIds).toContain(claimOf("b.txt", "$112m").id);
    expect(figureOf("a.txt", "$112 million").label).toMatch(/^International Starfall revenue/);
    expect(figureOf("a.txt", "$196.5 million").claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$196.5m").id, claimOf("c.txt", "$196 million").id]));
    expect(figureOf("b.txt", "$160m").label).toMatch(/^Starfall production cost/);
  });

  test("the second film's weekend is its own, named in quotation marks: the planted $23.1 million contradicts $21.3 million", () => {
    const second = figureOf("a.txt", "$21.3 million");
    expect(second.label).toMatch(/^Second Helpings revenue/);
    expect(second.claimIds).toContain(claimOf("c.txt", "$23.1 million").id);
    expect(second.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a country's month of trade (customs data in three outlets)", () => {
  const { result, figureOf, claimOf } = story("trade");

  test("the month's growth and surplus are one figure each, of one origin however named (customs data, official figures)", () => {
    const exports = figureOf("a.txt", "5.9%");
    expect(exports.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "5.9%").id, claimOf("c.txt", "5.9%").id]));
    expect(exports.status).toBe("single-origin");
    expect(figureOf("a.txt", "$111.7 billion").claimIds).toContain(claimOf("c.txt", "$111.7 billion").id);
  });

  test("'contracting 1.1% the month before' is October's, as 'a 1.1% drop in October' is", () => {
    expect(figureOf("b.txt", "1.1%").claimIds).toContain(claimOf("a.txt", "1.1%").id);
    expect(figureOf("b.txt", "1.1%").label).toMatch(/October 2026/);
  });

  test("'for January to November' is the eleven months; the planted 2.9% imports contradict 1.9%", () => {
    expect(figureOf("c.txt", "$3.41 trillion").claimIds).toContain(claimOf("a.txt", "$3.41 trillion").id);
    expect(figureOf("c.txt", "$3.41 trillion").label).toMatch(/Jan–Nov 2026/);
    expect(figureOf("a.txt", "1.9%").status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a wildfire's days (running tolls told on two days)", () => {
  const { result, figureOf, claimOf } = story("fire");

  test("Tuesday's area burned and containment in two outlets are one figure each; Wednesday's update is apart, no conflict", () => {
    const area = figureOf("a.txt", "10,000 hectares");
    expect(area.claimIds).toContain(claimOf("b.txt", "10,000 hectares").id);
    expect(area.label).toMatch(/area burned · as of 11 August 2026/);
    expect(figureOf("c.txt", "10,500 hectares").label).toMatch(/as of 12 August 2026/);
    expect(figureOf("a.txt", "40%").claimIds).toContain(claimOf("b.txt", "40%").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([]);
  });

  test("residents whose evacuation was forced and people evacuated are one count of the day", () => {
    expect(figureOf("a.txt", "30,000").claimIds).toContain(claimOf("b.txt", "30,000").id);
    expect(figureOf("a.txt", "30,000").label).toMatch(/people evacuated/);
  });

  test("homes and houses destroyed are one measure; two counts of one day never conflict", () => {
    expect(figureOf("a.txt", "90").label.replace(/homes|houses/, "X")).toBe(figureOf("b.txt", "120").label.replace(/homes|houses/, "X"));
    expect(figureOf("a.txt", "90").status).not.toBe("conflicting");
  });
});

describe("a stock market listing (a valuation planted wrong)", () => {
  const { result, figureOf, claimOf } = story("ipo");

  test("the money raised, however each outlet words it, is one figure of the listing's month; its conversions are not sources", () => {
    const raised = figureOf("a.txt", "6.2 billion Swedish crowns");
    expect(raised.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "SEK 6.2bn").id, claimOf("c.txt", "6.2 billion kronor").id]));
    expect(raised.label).toMatch(/amount raised · November 2025/);
    expect(raised.claimIds).toContain(claimOf("c.txt", "$590 million").id);
    expect(raised.sources).toHaveLength(3);
  });

  test("the offer price of three outlets is one figure; the range it was marketed in and the first trade are apart", () => {
    const price = figureOf("a.txt", "41 crowns");
    expect(price.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "SEK 41").id, claimOf("c.txt", "41 kronor").id]));
    expect(price.label).toMatch(/offer price per share/);
    expect(figureOf("a.txt", "36 to 41 crowns").label).toMatch(/offer price range/);
    expect(figureOf("c.txt", "44.50 kronor").claimIds).not.toContain(claimOf("a.txt", "41 crowns").id);
  });

  test("the only conflict is the valuation one outlet gives as SEK 26.4bn; demand 'ten times' over is one figure, no ratio", () => {
    const value = figureOf("b.txt", "SEK 26.4bn");
    expect(value.status).toBe("conflicting");
    expect(value.claimIds).toContain(claimOf("c.txt", "24.6 billion kronor").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    const demand = figureOf("a.txt", "ten times");
    expect(demand.label).toMatch(/times oversubscribed/);
    expect(demand.claimIds).toContain(claimOf("b.txt", "ten times").id);
    expect(demand.flags.map((f) => f.kind)).not.toContain("ratio-check");
  });

  test("the staff of a firm 'founded in 1962' are no count of 1962; a currency's code is no company", () => {
    expect(figureOf("c.txt", "3,400").label).not.toMatch(/1962/);
    expect(result.figures.some((f) => /^SEK\b/.test(f.label))).toBe(false);
  });
});

describe("a player's transfer (the fee and the add-ons planted differently)", () => {
  const { result, figureOf, claimOf } = story("transfer");

  test("the fee is the player's, whichever club's side an outlet tells it from, and the two outlets in euros disagree", () => {
    const fee = figureOf("a.txt", "95 million euros");
    expect(fee.label).toMatch(/^Kamara transfer fee · August 2026/);
    expect(fee.claimIds).toContain(claimOf("c.txt", "90 million euros").id);
    expect(fee.status).toBe("conflicting");
    expect(figureOf("b.txt", "£82 million").label).toMatch(/^Kamara transfer fee/);
  });

  test("the add-ons, one told in bare millions after the euros, disagree too; the fee with add-ons is apart", () => {
    const addOns = figureOf("a.txt", "10 million euros");
    expect(addOns.label).toMatch(/transfer add-ons/);
    expect(addOns.claimIds).toContain(claimOf("c.txt", "15 million").id);
    expect(figureOf("b.txt", "£91m").label).toMatch(/fee with add-ons/);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(2);
  });

  test("another player's fee and the player's earlier fee are theirs, of their years; his goals are of last season", () => {
    expect(figureOf("b.txt", "£60m").label).toMatch(/^Brandt transfer fee · 2023/);
    expect(figureOf("c.txt", "18 million euros").label).toMatch(/· 2022/);
    const goals = figureOf("a.txt", "27");
    expect(goals.claimIds).toContain(claimOf("c.txt", "27").id);
    expect(goals.label).toMatch(/2025-26 season/);
  });
});

describe("an opinion poll (one outlet's number planted wrong)", () => {
  const { result, figureOf, claimOf } = story("poll");

  test("a party's support in one pollster's poll is one figure of three outlets, and one outlet disagrees", () => {
    const lead = figureOf("a.txt", "24%");
    expect(lead.label).toMatch(/Kantor.* poll Alliance poll support · October 2025/);
    expect(lead.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "24 percent").id, claimOf("c.txt", "25%").id]));
    expect(lead.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("outlets that repeat one pollster's numbers echo it; another pollster's number for the party is its own", () => {
    expect(figureOf("a.txt", "19%").status).toBe("single-origin");
    expect(figureOf("b.txt", "22%").claimIds).not.toContain(claimOf("a.txt", "24%").id);
    expect(figureOf("b.txt", "22%").label).toMatch(/Ipsara poll/);
  });

  test("the people asked, told two ways, are one figure; the last election's result is no poll", () => {
    expect(figureOf("a.txt", "2,104").claimIds).toContain(claimOf("b.txt", "2,104").id);
    expect(figureOf("c.txt", "17.5%").label).toMatch(/vote share · 2023/);
  });
});

describe("a strike (the pay offer planted wrong)", () => {
  const { result, figureOf, claimOf } = story("strike");

  test("the pay rise offered and the one demanded are two figures of the employer's, and one outlet's offer disagrees", () => {
    const offer = figureOf("a.txt", "11%");
    expect(offer.label).toMatch(/^Nordbahn pay rise offered · January 2026/);
    expect(offer.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "11%").id, claimOf("c.txt", "13%").id]));
    expect(offer.status).toBe("conflicting");
    const demand = figureOf("a.txt", "555 euros");
    expect(demand.label).toMatch(/pay rise demanded/);
    expect(demand.claimIds).toContain(claimOf("c.txt", "555 euros").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("the working week asked for, told two ways, is one figure; the week it would replace is no demand", () => {
    expect(figureOf("a.txt", "35 hours").claimIds).toContain(claimOf("b.txt", "35-hour").id);
    expect(figureOf("a.txt", "38 hours").claimIds).not.toContain(claimOf("a.txt", "35 hours").id);
  });

  test("'four in five trains' is a share", () => {
    expect(claimOf("b.txt", "four in five").value).toBe(80);
  });
});

describe("a cryptocurrency's record (the fund inflows planted wrong)", () => {
  const { result, figureOf, claimOf } = story("crypto");

  test("bitcoin's high is the market's price high, however each outlet words the record; never an organisation's", () => {
    const high = figureOf("a.txt", "$126,198");
    expect(high.label).toMatch(/^bitcoin price high/);
    expect(high.claimIds).toContain(claimOf("b.txt", "$126,198").id);
    expect(result.figures.some((f) => /^Bitcoin\b.*(?:revenue|valuation|purchases)/.test(f.label))).toBe(false);
  });

  test("money into bitcoin funds is one figure of the world's, and one outlet disagrees; all crypto funds' is another", () => {
    const flows = figureOf("a.txt", "$3.2 billion");
    expect(flows.label).toMatch(/bitcoin fund inflows/);
    expect(flows.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$3.2 billion").id, claimOf("c.txt", "$3.5 billion").id]));
    expect(flows.status).toBe("conflicting");
    expect(figureOf("b.txt", "$5.9 billion").claimIds).not.toContain(claimOf("a.txt", "$3.2 billion").id);
  });
});

describe("a month's purchasing managers' index (one outlet's reading planted wrong)", () => {
  const { result, figureOf, claimOf } = story("pmi");

  test("the manufacturing PMI, named three ways, is one figure of the month, and 49.4 contradicts 49.2", () => {
    const pmi = figureOf("a.txt", "49.2");
    expect(pmi.label).toMatch(/^China manufacturing PMI · November 2025/);
    expect(pmi.claimIds).toEqual(expect.arrayContaining([claimOf("c.txt", "49.4").id]));
    expect(pmi.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("the services PMI is its own figure; the month before another; the 50 mark no figure at all", () => {
    expect(figureOf("a.txt", "49.5").claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "49.5").id, claimOf("c.txt", "49.5").id]));
    expect(figureOf("b.txt", "49.0").label).toMatch(/October 2025/);
    expect(result.figures.some((f) => f.claimIds.includes(claimOf("b.txt", "50").id))).toBe(false);
  });
});

describe("gas storage filling up (one outlet's level planted differently)", () => {
  const { result, figureOf, claimOf } = story("storage");

  test("how full the EU's storage was on one day, 'full' or 'of capacity', is one figure, and 90.6% contradicts 90.4%", () => {
    const eu = figureOf("a.txt", "90.4%");
    expect(eu.label).toMatch(/^EU storage filled · 30 September 2026/);
    expect(eu.claimIds).toContain(claimOf("c.txt", "90.6%").id);
    expect(eu.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("each country of a list is its own figure, however the entry is told", () => {
    expect(figureOf("a.txt", "88.1%").claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "88.1%").id, claimOf("c.txt", "88.1%").id]));
    expect(figureOf("c.txt", "94.6%").label).toMatch(/^Italy storage filled/);
  });
});

describe("a currency's record low (one outlet's low planted differently)", () => {
  const { result, figureOf, claimOf } = story("fx");

  test("the rupee's record low is the pair's, of the day named in the sentence, and 90.29 contradicts 90.21", () => {
    const low = figureOf("a.txt", "90.21");
    expect(low.label).toMatch(/^INR per USD record low · 2 December 2026/);
    expect(low.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "90.21").id]));
    expect(figureOf("c.txt", "90.29").status).toBe("conflicting");
  });

  test("the close, told in a sentence of its own, is that day's too, and three outlets agree on it", () => {
    const close = figureOf("c.txt", "90.15");
    expect(close.label).toMatch(/exchange rate at the close · 2 December 2026/);
    expect(close.claimIds).toEqual(expect.arrayContaining([claimOf("a.txt", "90.15").id, claimOf("b.txt", "90.15").id]));
    expect(close.status).toBe("corroborated");
  });

  test("what foreign investors sold or pulled out of a country's stocks is money out of its market, no exports", () => {
    expect(figureOf("b.txt", "$17 billion").label).toMatch(/^India fund outflows · 2026/);
    expect(result.figures.some((f) => /exports/.test(f.label))).toBe(false);
  });
});

describe("a central bank's weekly reserves (one outlet's gold holdings planted differently)", () => {
  const { result, figureOf, claimOf } = story("reserves");

  test("the level told by the week it ended and 'as of' that day is one figure of the day, echoed from one bank", () => {
    const level = figureOf("a.txt", "$688.1 billion");
    expect(level.label).toMatch(/^India foreign exchange reserves · 21 November 2025/);
    expect(level.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$688.10 billion").id, claimOf("c.txt", "$688.1 billion").id]));
    expect(level.status).toBe("single-origin");
  });

  test("the week's rise, 'by $1.03 billion to' or 'up $1 billion from a week earlier', is one figure of the week", () => {
    const rise = figureOf("a.txt", "$1.03 billion");
    expect(rise.label).toMatch(/reserves, change · week of 17–23 Nov 2025/);
    expect(rise.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$1.03 billion").id, claimOf("c.txt", "$1 billion").id]));
  });

  test("the previous week's numbers are that week's; the old record is its own month", () => {
    expect(figureOf("b.txt", "$687.07 billion").label).toMatch(/week of 10–16 Nov 2025/);
    expect(figureOf("a.txt", "$2.7 billion").claimIds).toContain(claimOf("b.txt", "$2.70 billion").id);
    expect(figureOf("a.txt", "$704.89 billion").label).toMatch(/September 2024/);
  });

  test("gold holdings of $105.7 billion contradict $107.6 billion; nothing else conflicts", () => {
    const gold = figureOf("a.txt", "$107.6 billion");
    expect(gold.claimIds).toContain(claimOf("c.txt", "$105.7 billion").id);
    expect(gold.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("student visa applications over seven months (one outlet's fall planted differently)", () => {
  const { result, figureOf, claimOf } = story("visas");

  test("the applications from main applicants are one figure of January to July, echoed from one ministry", () => {
    const level = figureOf("a.txt", "296,100");
    expect(level.label).toMatch(/application · Jan–Jul 2025/);
    expect(level.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "296,100").id, claimOf("c.txt", "296,100").id]));
    expect(figureOf("b.txt", "352,500").label).toMatch(/Jan–Jul 2024/);
  });

  test("each country's change is its own figure, however the outlet names its people", () => {
    const india = figureOf("a.txt", "20%");
    expect(india.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "20 per cent").id, claimOf("c.txt", "20%").id]));
    const nigeria = figureOf("a.txt", "45%");
    expect(nigeria.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "45 per cent").id, claimOf("c.txt", "45%").id]));
    expect(india.id).not.toBe(nigeria.id);
  });

  test("'18% fewer than in the same period last year' contradicts 'fell 16%'; nothing else conflicts", () => {
    const fall = figureOf("a.txt", "16%");
    expect(fall.claimIds).toContain(claimOf("c.txt", "18%").id);
    expect(fall.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a year of recorded crime (one outlet's homicides planted differently)", () => {
  const { result, figureOf, claimOf } = story("crime");

  test("knife offences and shoplifting offences, both 'offences', stay two figures of England and Wales", () => {
    const knife = figureOf("a.txt", "52,800");
    const shoplifting = figureOf("a.txt", "530,600");
    expect(knife.id).not.toBe(shoplifting.id);
    expect(knife.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "52,800").id, claimOf("c.txt", "52,800").id]));
    expect(shoplifting.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "530,600").id, claimOf("c.txt", "530,600").id]));
    expect(knife.label).toMatch(/^England–Wales offences · 12 months to Jun 2025/);
  });

  test("the statistics office named with its acronym, by its acronym and by its name is one origin", () => {
    expect(figureOf("a.txt", "530,600").status).toBe("single-origin");
    expect(figureOf("c.txt", "20%").claimIds).toContain(claimOf("a.txt", "20%").id);
  });

  test("553 homicides contradict 535; nothing else conflicts", () => {
    const homicides = figureOf("a.txt", "535");
    expect(homicides.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "535").id, claimOf("c.txt", "553").id]));
    expect(homicides.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a year's births (one outlet's rise planted differently)", () => {
  const { result, figureOf, claimOf } = story("births");

  test("babies born and births are one figure, echoed from one statistics office however named", () => {
    const births = figureOf("a.txt", "238,300");
    expect(births.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "238,300").id, claimOf("c.txt", "238,300").id]));
    expect(births.status).toBe("single-origin");
  });

  test("the fertility rate is one figure of 2024, and its record low another of 2023", () => {
    const rate = figureOf("a.txt", "0.75");
    expect(rate.label).toMatch(/^South Korea fertility rate · 2024/);
    expect(rate.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "0.75").id, claimOf("c.txt", "0.75").id]));
    expect(figureOf("a.txt", "0.72").label).toMatch(/fertility rate · 2023/);
  });

  test("a 3.1% rise contradicts a 3.6% rise; nothing else conflicts", () => {
    const rise = figureOf("a.txt", "3.6%");
    expect(rise.claimIds).toContain(claimOf("c.txt", "3.1 percent").id);
    expect(rise.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a carmaker's recall (one outlet's count planted differently)", () => {
  const { result, figureOf, claimOf } = story("recall");

  test("vehicles, cars: the units recalled are one figure of the month, and 1.12 million contradicts 1.2 million", () => {
    const recalled = figureOf("a.txt", "1.2 million");
    expect(recalled.label).toMatch(/units recalled · June 2025/);
    expect(recalled.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "1,215,000").id, claimOf("c.txt", "1.12 million").id]));
    expect(recalled.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("the earlier recall is January's; model years date nothing; the models are no organisation", () => {
    expect(figureOf("a.txt", "340,000").label).toMatch(/^Harlow Motors units recalled · January 2025/);
    expect(figureOf("a.txt", "340,000").claimIds).toContain(claimOf("c.txt", "340,000").id);
    expect(result.figures.some((f) => /Sedan|2021/.test(f.label))).toBe(false);
  });
});

describe("a day of government bond yields (one outlet's 30-year yield planted differently)", () => {
  const { result, figureOf, claimOf } = story("yields");

  test("each term's yield is its own figure of the day, never a crop's yield", () => {
    const ten = figureOf("a.txt", "4.80%");
    expect(ten.label).toMatch(/^UK 10-year bond yield · 2 September 2025/);
    expect(ten.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "4.8 per cent").id, claimOf("c.txt", "4.80%").id]));
    expect(figureOf("c.txt", "4.01%").label).toMatch(/2-year bond yield/);
  });

  test("5.75% contradicts 5.72% for the 30-year yield; the terms themselves are no figures; nothing else conflicts", () => {
    const thirty = figureOf("a.txt", "5.72%");
    expect(thirty.claimIds).toContain(claimOf("c.txt", "5.75%").id);
    expect(thirty.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    expect(result.figures.some((f) => /duration/.test(f.label))).toBe(false);
  });
});


describe("a defence budget request (one outlet's drone line planted differently)", () => {
  const { result, figureOf, claimOf } = story("defence");

  test("the request for the fiscal year from April 2026 is one figure in three outlets, whoever names the year how", () => {
    const request = figureOf("a.txt", "8.85 trillion yen");
    expect(request.label).toMatch(/^Japan amount requested · FY2026-27/);
    expect(request.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "8.8 trillion yen").id, claimOf("c.txt", "¥8.85 trillion").id]));
    expect(figureOf("b.txt", "2.9 per cent").claimIds).toContain(claimOf("a.txt", "2.9%").id);
  });

  test("each line of the request is spending on its purpose: 313 vs 331 billion yen for drones conflict, missiles agree", () => {
    const drones = figureOf("a.txt", "313 billion yen");
    expect(drones.label).toMatch(/spending on drones/);
    expect(drones.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "331 billion yen").id, claimOf("c.txt", "¥313 billion").id]));
    expect(drones.status).toBe("conflicting");
    expect(figureOf("b.txt", "1 trillion yen").claimIds).toEqual(expect.arrayContaining([claimOf("a.txt", "1.04 trillion yen").id, claimOf("c.txt", "¥1.04 trillion").id]));
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("a plan named by its five years is no figure; its money is one", () => {
    expect(result.figures.some((f) => /duration/.test(f.label))).toBe(false);
    expect(figureOf("b.txt", "43-trillion-yen").claimIds).toContain(claimOf("a.txt", "43 trillion yen").id);
  });
});

describe("a vaccine trial's results (one outlet's efficacy against any illness planted differently)", () => {
  const { result, figureOf, claimOf } = story("trial");

  test("efficacy against severe illness, told as 'effective', 'reduced … by' and 'prevented … of', is one figure; 'RSV' is no company", () => {
    const severe = figureOf("a.txt", "83.4%");
    expect(severe.label).toMatch(/^Veltra Pharma efficacy against severe illness · March 2025/);
    expect(severe.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "83.4 per cent").id, claimOf("c.txt", "83.4%").id]));
    expect(result.figures.some((f) => /\bRSV\b/.test(f.label))).toBe(false);
  });

  test("efficacy against any illness: 71.2% vs 77.1% conflict; the trial's people agree; nothing else conflicts", () => {
    const any = figureOf("a.txt", "71.2%");
    expect(any.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "71.2 per cent").id, claimOf("c.txt", "77.1%").id]));
    expect(any.status).toBe("conflicting");
    expect(figureOf("b.txt", "24,500").claimIds).toEqual(expect.arrayContaining([claimOf("a.txt", "24,500").id, claimOf("c.txt", "24,500").id]));
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("'people over 60' is an age, no figure; the US's yearly hospitalisations meet", () => {
    expect(result.figures.some((f) => f.claimIds.includes(claimOf("b.txt", "60").id))).toBe(false);
    expect(figureOf("a.txt", "177,000").claimIds).toContain(claimOf("b.txt", "177,000").id);
  });
});

describe("a telecoms operator's data breach (one outlet's count of exposed ID numbers planted differently)", () => {
  const { result, figureOf, claimOf } = story("breach");

  test("the people whose data was taken are one figure, customers or people, '9.6m' or '9.6 million'", () => {
    const all = figureOf("a.txt", "9.6 million");
    expect(all.label).toMatch(/^Norvanta people whose data was exposed · June 2025/);
    expect(all.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "9.6 million").id, claimOf("c.txt", "9.6m").id]));
  });

  test("those whose ID numbers were exposed: 2.1 million vs 2.8 million conflict ('2.1m passport and licence numbers' is millions, not metres); nothing else", () => {
    const ids = figureOf("a.txt", "2.1 million");
    expect(ids.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "2.8 million").id, claimOf("c.txt", "2.1m").id]));
    expect(ids.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    expect(figureOf("b.txt", "6.3 per cent").claimIds).toContain(claimOf("a.txt", "6.3%").id);
  });
});

describe("a week's container freight rates (one outlet's Shanghai–Los Angeles rate planted differently)", () => {
  const { result, figureOf, claimOf } = story("freight");

  test("the index's reading is one figure of the day, an echo of its compiler in every outlet", () => {
    const composite = figureOf("a.txt", "$3,964");
    expect(composite.label).toMatch(/^World Container Index level · 9 January 2025/);
    expect(composite.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$3,964").id, claimOf("c.txt", "$3,964").id]));
    expect(composite.status).toBe("single-origin");
  });

  test("each route is a figure of its own: Shanghai–Los Angeles $5,088 vs $5,880 conflict; nothing else; no container is a length", () => {
    const la = figureOf("a.txt", "$5,088");
    expect(la.label).toMatch(/^Shanghai–Los Angeles rate/);
    expect(la.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$5,880").id, claimOf("c.txt", "$5,088").id]));
    expect(la.status).toBe("conflicting");
    expect(figureOf("b.txt", "$4,406").claimIds).toEqual(expect.arrayContaining([claimOf("a.txt", "$4,406").id, claimOf("c.txt", "$4,406").id]));
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    expect(result.figures.some((f) => f.label.endsWith("· m"))).toBe(false);
  });
});

describe("a minimum wage rise (one outlet's 6.8% planted against 6.7%; that outlet names no country)", () => {
  const { result, figureOf, claimOf } = story("wage");

  test("the rate of workers aged 21 and over from April 2025 is one figure; that of 18 to 20-year-olds another", () => {
    const adult = figureOf("a.txt", "12.21 pounds");
    expect(adult.label).toMatch(/^UK pay, aged 21 and over, target · April 2025/);
    expect(adult.claimIds).toContain(claimOf("c.txt", "£12.21").id);
    const young = figureOf("a.txt", "10 pounds");
    expect(young.label).toMatch(/aged 18–20/);
    expect(young.claimIds).not.toContain(claimOf("c.txt", "£12.21").id);
  });

  test("'will go up by £1.40 to £10' is a move and a level, no range; no false conflict ('6.8%' of an outlet naming no country makes none)", () => {
    expect(result.claims.some((c) => c.surface === "£1.40")).toBe(true);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(0);
  });
});

describe("half a year of a country's power generation (one outlet's coal generation planted differently)", () => {
  const { result, figureOf, claimOf } = story("power");

  test("each source of electricity is a product of its own; a reason's time ('after a calm first quarter') dates nothing", () => {
    const solar = figureOf("a.txt", "41.3 terawatt hours");
    expect(solar.label).toMatch(/^Germany solar power output · H1 2025/);
    expect(solar.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "41.3 TWh").id, claimOf("c.txt", "41.3 TWh").id]));
    const wind = figureOf("a.txt", "64.8 TWh");
    expect(wind.label).toMatch(/^Germany wind power output · H1 2025/);
    expect(wind.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "64.8 TWh").id, claimOf("c.txt", "64.8 TWh").id]));
  });

  test("renewables' share of generation meets however the base is named; coal 38.6 vs 36.8 TWh conflict; nothing else", () => {
    expect(figureOf("a.txt", "62.7%").claimIds).toContain(claimOf("b.txt", "62.7 per cent").id);
    const coal = figureOf("a.txt", "38.6 TWh");
    expect(coal.claimIds).toContain(claimOf("b.txt", "36.8 TWh").id);
    expect(coal.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a day of cocoa futures (one outlet's London price planted differently)", () => {
  const { result, figureOf, claimOf } = story("cocoa");

  test("each exchange's price is a figure of its own, of the day: New York's in dollars a tonne, in three outlets", () => {
    const ny = figureOf("a.txt", "$10,640 a metric ton");
    expect(ny.label).toMatch(/^New York cocoa price · 12 February 2025/);
    expect(ny.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$10,640 per tonne").id, claimOf("c.txt", "$10,640 a tonne").id]));
  });

  test("London's 7,890 vs 7,980 pounds a tonne conflict ('£7,980' listed after a price per tonne is per tonne); nothing else", () => {
    const london = figureOf("a.txt", "7,890 pounds a ton");
    expect(london.label).toMatch(/^London cocoa price/);
    expect(london.claimIds).toContain(claimOf("b.txt", "£7,980").id);
    expect(london.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a quarter of a city's office market (one outlet's downtown vacancy planted differently; missed: the wire writes 'downtown's' in lower case with no measure)", () => {
  const { result, figureOf, claimOf } = story("office");

  test("a district's rate ('In Midtown, the vacancy rate fell to 20.4 per cent') is no contradiction of the city's", () => {
    // (b's "office availability" is another measure than vacancy: space coming free counts too)
    const city = figureOf("a.txt", "22.1%");
    expect(city.claimIds).toContain(claimOf("c.txt", "22.1%").id);
    expect(city.claimIds).not.toContain(claimOf("b.txt", "20.4 per cent").id);
    expect(figureOf("a.txt", "20.4%").claimIds).toContain(claimOf("b.txt", "20.4 per cent").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(0);
  });

  test("rents per square foot are a price per square metre, one figure in three outlets (not the broker's who reported them)", () => {
    const rent = figureOf("a.txt", "$75.40 per square foot");
    expect(rent.label).toMatch(/^Manhattan .*USD\/m2$/);
    expect(rent.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$75.40 a square foot").id, claimOf("c.txt", "$75.40 per square foot").id]));
  });
});

describe("a year of forest loss (one outlet's savanna figure planted differently)", () => {
  const { result, figureOf, claimOf } = story("forest");

  test("the Amazon's area cleared, told as deforestation, as forest loss and over 'August 2023 to July 2024', is one echo of the space agency however named", () => {
    const amazon = figureOf("a.txt", "6,288 square kilometres");
    expect(amazon.label).toMatch(/deforestation area · 12 months to Jul 2024/);
    expect(amazon.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "6,288 km²").id, claimOf("c.txt", "6,288 square kilometers").id]));
    // ("Inpe", "INPE" and "National Institute for Space Research (INPE)" are one origin)
    expect(amazon.status).toBe("single-origin");
    const change = figureOf("a.txt", "30.6%");
    expect(change.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "30.6%").id, claimOf("c.txt", "30.6%").id]));
  });

  test("the savanna is a region of its own: its 8,174 vs 8,714 sq km conflict, never the Amazon's; the year before and the goal stay apart", () => {
    const savanna = figureOf("a.txt", "8,174 sq km");
    expect(savanna.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "8,174 km²").id, claimOf("c.txt", "8,714 square kilometers").id]));
    expect(savanna.status).toBe("conflicting");
    expect(savanna.claimIds).not.toContain(claimOf("a.txt", "6,288 square kilometres").id);
    expect(figureOf("a.txt", "9,064 sq km").label).toMatch(/12 months to Jul 2023/);
    expect(figureOf("c.txt", "2,000 sq km").label).toMatch(/target/);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("'the second annual fall in a row' is a streak, no rank", () => {
    expect(result.figures.some((f) => /rank/.test(f.label))).toBe(false);
  });
});

describe("a month of pump prices (one outlet's diesel price planted differently)", () => {
  const { result, figureOf, claimOf } = story("fuel");

  test("petrol's price a litre, told as '137.6p', '137.6 pence per litre' and after 'up by 2.3 pence a litre to', is one echo of the motoring group", () => {
    const petrol = figureOf("a.txt", "137.6p");
    expect(petrol.label).toMatch(/^UK petrol price · May 2025 · GBP\/l/);
    expect(petrol.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "137.6p").id, claimOf("c.txt", "137.6 pence per litre").id]));
    // ("the RAC", "RAC Fuel Watch data" are one origin)
    expect(petrol.status).toBe("single-origin");
  });

  test("diesel 143.1p vs 141.3p a litre conflict ('A litre of diesel now averages 141.3p' is per litre); a month is no exchange; nothing else", () => {
    const diesel = figureOf("a.txt", "143.1p a litre");
    expect(diesel.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "141.3p").id, claimOf("c.txt", "143.1ppl").id]));
    expect(diesel.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    expect(result.figures.some((f) => /exchange|May petrol/.test(f.label))).toBe(false);
  });

  test("a car's tank size is no figure; a year earlier's price stays apart", () => {
    expect(result.figures.some((f) => f.claimIds.includes(claimOf("a.txt", "55-litre").id))).toBe(false);
    expect(figureOf("c.txt", "148.2p a litre").label).toMatch(/May 2024/);
  });
});

describe("a year of study permits under a cap (one outlet's permits for Indians planted differently; missed: 'India, the largest source country, with 110,200 permits' is India's, 'permits issued by Canada to Indian students' Canada's of Indians)", () => {
  const { result, figureOf, claimOf } = story("permits");

  test("the permits approved meet in three outlets however told ('Study permit approvals fell … to 280,400'); the cap is a figure of its own", () => {
    const permits = figureOf("a.txt", "280,400");
    expect(permits.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "280,000").id, claimOf("c.txt", "280,400").id]));
    const cap = figureOf("a.txt", "437,000");
    expect(cap.label).toMatch(/^Canada cap, target · 2025/);
    expect(cap.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "437,000").id, claimOf("c.txt", "437,000").id]));
    expect(cap.claimIds).not.toContain(claimOf("a.txt", "360,000").id);
  });

  test("a province is its own site, no country ('British Columbia' is not the UK); no conflict, the planted one missed", () => {
    expect(figureOf("c.txt", "61,300").label).toMatch(/^British Columbia permits/);
    expect(figureOf("c.txt", "86,900").label).toMatch(/^Ontario/);
    expect(figureOf("a.txt", "110,200").claimIds).not.toContain(claimOf("b.txt", "101,200").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(0);
  });
});

describe("a year of a country's emissions (one outlet's transport emissions planted differently)", () => {
  const { result, figureOf, claimOf } = story("emissions");

  test("the total, told in million tonnes and in MtCO2e, meets in three outlets; a sector's emissions are their own", () => {
    const total = figureOf("a.txt", "371.3 million tonnes");
    expect(total.label).toMatch(/^UK emissions · 2024 · t/);
    expect(total.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "371 million tonnes").id, claimOf("c.txt", "371MtCO2e").id]));
    const power = figureOf("a.txt", "40.9 MtCO2e");
    expect(power.label).toMatch(/^UK emissions, power · 2024/);
    expect(power.claimIds).toContain(claimOf("c.txt", "41MtCO2e").id);
    // (the power stations' fall, of 2024, not of the month the last coal plant closed, nor of the 1926 strike)
    expect(figureOf("a.txt", "15%").claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "15 per cent").id, claimOf("c.txt", "15%").id]));
  });

  test("transport 113.0 vs 118 MtCO2e conflict; a pledge to cut is no aid; nothing else", () => {
    const transport = figureOf("a.txt", "113.0 MtCO2e");
    expect(transport.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "118 million tonnes").id, claimOf("c.txt", "113MtCO2e").id]));
    expect(transport.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    expect(figureOf("a.txt", "81%").label).not.toMatch(/aid/);
  });
});

describe("a year of remittances (one outlet's Mexico figure planted differently)", () => {
  const { result, figureOf, claimOf } = story("remit");

  test("the developing countries' total, told as 'remittance flows to low- and middle-income countries' and 'overall flows to developing economies', is one echo of the World Bank", () => {
    const total = figureOf("a.txt", "$656 billion");
    expect(total.label).toMatch(/^developing countries remittances · 2023/);
    expect(total.claimIds).toContain(claimOf("b.txt", "$656 billion").id);
    expect(total.status).toBe("single-origin");
    // ("according to a World Bank report" is the World Bank's)
    expect(figureOf("a.txt", "$120 billion").status).toBe("single-origin");
  });

  test("Mexico $66 billion vs $62.6 billion conflict ('Mexico was second at $66 billion' is its remittances); China's inflows are no imports; nothing else", () => {
    const mexico = figureOf("a.txt", "$66 billion");
    expect(mexico.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$66 billion").id, claimOf("c.txt", "$62.6 billion").id]));
    expect(mexico.status).toBe("conflicting");
    expect(figureOf("b.txt", "$50 billion").claimIds).toContain(claimOf("a.txt", "$50 billion").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a month of a health service's waiting list (one outlet's year-long waits planted differently)", () => {
  const { result, figureOf, claimOf } = story("nhs");

  test("the list, told in cases, in treatments waiting and in a headline's '7.48m', meets in three outlets; the month before apart", () => {
    const list = figureOf("a.txt", "7.48 million");
    expect(list.label).toMatch(/^England waiting list · November 2024/);
    expect(list.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "7.48 million").id, claimOf("c.txt", "7.48 million").id, claimOf("c.txt", "7.48m").id]));
    expect(figureOf("a.txt", "7.54 million").claimIds).toContain(claimOf("c.txt", "7.54 million").id);
  });

  test("those waiting over a year, 196,000 vs 169,000 ('waits of more than 52 weeks'), conflict; the limits are no figures; nothing else", () => {
    const longWaits = figureOf("a.txt", "196,000");
    expect(longWaits.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "169,000").id, claimOf("c.txt", "196,000").id]));
    expect(longWaits.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    expect(result.figures.some((f) => f.claimIds.includes(claimOf("b.txt", "18 weeks").id))).toBe(false);
  });
});

describe("a month of a country's consumer prices, told monthly and yearly (one outlet's annual rate planted differently)", () => {
  const { result, figureOf, claimOf } = story("infl");

  test("monthly inflation ('Monthly inflation fell to 2.7 percent', 'CPI rose 2.7% m/m', 'prices rose 2.7% from September') is one figure, of October 2024, not of the year the pace was slowest since", () => {
    const monthly = figureOf("a.txt", "2.7%");
    expect(monthly.label).toMatch(/^Argentina inflation, change on the month · October 2024/);
    expect(monthly.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "2.7 percent").id, claimOf("c.txt", "2.7%").id]));
    // (September's monthly 3.5% never meets September's annual 209%)
    expect(figureOf("b.txt", "3.5 percent").claimIds).not.toContain(claimOf("a.txt", "209.0%").id);
    expect(figureOf("a.txt", "107%").claimIds).toContain(claimOf("c.txt", "107.0%").id);
  });

  test("annual inflation 193.0% vs 196% ('over the past 12 months, consumer prices rose 196 percent') conflict; nothing else", () => {
    const annual = figureOf("a.txt", "193.0%");
    expect(annual.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "196 percent").id, claimOf("c.txt", "193.0%").id]));
    expect(annual.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a year of overdose deaths by drug (one outlet's fentanyl deaths planted differently)", () => {
  const { result, figureOf, claimOf } = story("overdose");

  test("all overdose deaths, however told ('died of drug overdoses', 'Fatal overdoses', 'roughly 110,000 deaths'), meet per year, an echo of the CDC however named", () => {
    const total = figureOf("a.txt", "80,400");
    expect(total.label).toMatch(/^US deaths, overdose · 2024/);
    expect(total.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "80,391").id, claimOf("c.txt", "80,391").id]));
    expect(total.status).toBe("single-origin");
    expect(figureOf("a.txt", "110,000").claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "110,037").id, claimOf("c.txt", "110,037").id]));
  });

  test("fentanyl deaths 48,400 vs 46,800 conflict, never the total; states where deaths fell and rose stay apart; nothing else", () => {
    const fentanyl = figureOf("a.txt", "48,400");
    expect(fentanyl.label).toMatch(/^US deaths, fentanyl · 2024/);
    expect(fentanyl.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "48,400").id, claimOf("c.txt", "46,800").id]));
    expect(fentanyl.status).toBe("conflicting");
    expect(figureOf("a.txt", "45").claimIds).not.toContain(claimOf("c.txt", "two").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a year of central banks' gold buying (one outlet's India figure planted differently)", () => {
  const { result, figureOf, claimOf } = story("gold");

  test("the banks' total, told as 'added … to their reserves', 'official sector purchases' and 'central banks bought 1,045t', is one echo of the WGC, the world's", () => {
    const total = figureOf("a.txt", "1,045 tonnes");
    expect(total.label).toMatch(/^World gold central bank purchases · 2024/);
    expect(total.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "1,045 tonnes").id, claimOf("c.txt", "1,045t").id]));
    expect(total.status).toBe("single-origin");
    // (the fourth quarter, told as 'the final three months of the year', and its rise 'more than a year earlier')
    expect(figureOf("a.txt", "333 tonnes").claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "333 tonnes").id, claimOf("c.txt", "333t").id]));
    expect(figureOf("a.txt", "54%").claimIds).toContain(claimOf("c.txt", "54%").id);
  });

  test("each bank's purchases are its country's ('the National Bank of Poland', 'Poland's central bank … adding 90 tonnes to its reserves')", () => {
    const poland = figureOf("a.txt", "90 tonnes");
    expect(poland.label).toMatch(/^Poland gold central bank purchases · 2024/);
    expect(poland.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "90 tonnes").id, claimOf("c.txt", "90 tonnes").id]));
    expect(poland.status).toBe("single-origin");
    expect(figureOf("a.txt", "75 tonnes").claimIds).toContain(claimOf("c.txt", "75t").id);
  });

  test("India 73 t vs 77 t ('India's central bank added 77 tonnes') conflict; the total demand is no bank's and an echo; nothing else", () => {
    const india = figureOf("c.txt", "73t");
    expect(india.claimIds).toContain(claimOf("b.txt", "77 tonnes").id);
    expect(india.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    const demand = figureOf("a.txt", "4,974 tonnes");
    // (a story of the world's central banks: the total demand, which names no place, is the world's)
    expect(demand.label).toMatch(/^World gold consumption · 2024/);
    expect(demand.status).toBe("single-origin");
  });
});

describe("a month of world steel output (one outlet's India figure planted differently)", () => {
  const { result, figureOf, claimOf } = story("steel");

  test("'crude steel' is steel; the world's and China's output meet in three outlets as echoes of one association, named 'World Steel Association (worldsteel)' or 'worldsteel'", () => {
    const world = figureOf("a.txt", "151.2 million tonnes");
    expect(world.label).toMatch(/^World steel output · October 2024/);
    expect(world.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "151.2 Mt").id, claimOf("c.txt", "151.2mn tonnes").id]));
    expect(world.status).toBe("single-origin");
    expect(figureOf("a.txt", "81.9 million tonnes").claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "81.9 Mt").id, claimOf("c.txt", "81.9mn tonnes").id]));
    // (the world's rise told after ', worldsteel data show,' is the world's, in a story about China)
    expect(figureOf("a.txt", "0.8%").claimIds).toContain(claimOf("b.txt", "0.8%").id);
  });

  test("a list's items ('- United States: 6.7 Mt, up 1.1%') are each place's output and change", () => {
    const us = figureOf("b.txt", "6.7 Mt");
    expect(us.label).toMatch(/^US steel output · October 2024/);
    expect(us.claimIds).toEqual(expect.arrayContaining([claimOf("a.txt", "6.7 million tonnes").id, claimOf("c.txt", "6.7mn tonnes").id]));
    expect(figureOf("b.txt", "1.1%").claimIds).toContain(claimOf("a.txt", "1.1%").id);
    expect(figureOf("b.txt", "5.8 Mt").label).toMatch(/^Russia steel output/);
  });

  test("India 12.5 Mt vs 15.2 Mt conflict; nothing else", () => {
    const india = figureOf("a.txt", "12.5 million tonnes");
    expect(india.claimIds).toContain(claimOf("b.txt", "15.2 Mt").id);
    expect(india.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a quarter of an airline group's results (one outlet's operating profit planted differently)", () => {
  const { result, figureOf, claimOf } = story("airline");

  test("operating profit 412 vs 421 million euros conflict, apart from net profit; nothing else", () => {
    const operating = figureOf("a.txt", "412 million euros");
    expect(operating.label).toMatch(/operating profit · Q3 2024/);
    expect(operating.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "€412m").id, claimOf("c.txt", "€421 million").id]));
    expect(operating.status).toBe("conflicting");
    expect(operating.claimIds).not.toContain(claimOf("b.txt", "€298m").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("the full-year guidance ('on track for full-year operating profit of between …') is one target of the company, echoed; the fuel bill is its fuel costs", () => {
    const guidance = figureOf("c.txt", "€900 million and €1 billion");
    expect(guidance.label).toMatch(/operating profit, target · 2024/);
    expect(guidance.claimIds).toContain(claimOf("a.txt", "900 million to 1 billion euros").id);
    expect(figureOf("a.txt", "731 million euros").label).toMatch(/fuel costs · Q3 2024/);
    expect(figureOf("a.txt", "731 million euros").claimIds).toContain(claimOf("b.txt", "€731m").id);
  });

  test("passengers and the share price are the group's, whatever city the text names (a hub in an aside, the exchange)", () => {
    expect(figureOf("a.txt", "11.6 million").claimIds).toContain(claimOf("c.txt", "11.6 million").id);
    expect(figureOf("a.txt", "14.82 euros").claimIds).toContain(claimOf("b.txt", "€14.82").id);
  });
});

describe("a year of an island's tourism (one outlet's spending planted differently)", () => {
  const { result, figureOf, claimOf } = story("tourism2");

  test("total spending €3.47bn vs €3.74bn conflict, apart from spending per tourist; nothing else", () => {
    const spending = figureOf("a.txt", "€3.47 billion");
    expect(spending.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "€3.74bn").id, claimOf("c.txt", "€3.47 billion").id]));
    expect(spending.status).toBe("conflicting");
    expect(spending.claimIds).not.toContain(claimOf("c.txt", "€911").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("the nights spent are no average stay; cruise passengers are no ferry's; arrivals are no imports", () => {
    expect(figureOf("a.txt", "26.4 million").claimIds).not.toContain(claimOf("b.txt", "6.9").id);
    expect(figureOf("a.txt", "948,216").claimIds).toContain(claimOf("c.txt", "950,000").id);
    expect(figureOf("a.txt", "948,216").claimIds).not.toContain(claimOf("c.txt", "5.94 million").id);
    expect(figureOf("b.txt", "3,807,412").label).not.toMatch(/imports/);
  });
});

describe("a year of a country's corporate insolvencies by sector (one outlet's hospitality rise planted differently)", () => {
  const { result, figureOf, claimOf } = story("insolvency");

  test("each sector's count meets across outlets apart from the total; the hospitality rise 14.8% vs 41.8% is the one conflict", () => {
    const construction = figureOf("a.txt", "4,187");
    expect(construction.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "4,187").id, claimOf("c.txt", "4,200").id]));
    expect(construction.claimIds).not.toContain(claimOf("a.txt", "24,318").id);
    const hospitality = figureOf("a.txt", "14.8%");
    expect(hospitality.claimIds).toContain(claimOf("c.txt", "41.8 per cent").id);
    expect(hospitality.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("a rate per 10,000 firms is no sector's count; a state's insolvencies are not the country's", () => {
    expect(figureOf("b.txt", "118").claimIds).not.toContain(claimOf("a.txt", "1,268").id);
    expect(figureOf("c.txt", "6,400").claimIds).not.toContain(claimOf("a.txt", "24,318").id);
    // (the statistics office is no holder of the country's figures)
    expect(figureOf("a.txt", "24,318").label).toMatch(/^Germany insolvencies · 2025/);
  });
});

describe("a year of a country's road deaths (one outlet's motorcyclist deaths planted differently)", () => {
  const { result, figureOf, claimOf } = story("roads");

  test("motorcyclists 652 vs 710 is the one conflict", () => {
    const motorcyclists = figureOf("a.txt", "652");
    expect(motorcyclists.claimIds).toContain(claimOf("c.txt", "710").id);
    expect(motorcyclists.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("shares of two parts of the dead, a rate per million and a goal for the decade stay apart", () => {
    expect(figureOf("a.txt", "78%").claimIds).not.toContain(claimOf("b.txt", "17 per cent").id);
    expect(figureOf("a.txt", "46").claimIds).not.toContain(claimOf("a.txt", "3,064").id);
    const goal = figureOf("c.txt", "1,650");
    expect(goal.claimIds).not.toContain(claimOf("c.txt", "3,300").id);
    expect(goal.label).toMatch(/target · 2030/);
  });
});

describe("nine months of a country's rice exports (one outlet's average price planted differently)", () => {
  const { result, figureOf, claimOf } = story("rice");

  test("the average price $493 vs $439 is the one conflict; a spot quote this week is apart", () => {
    const price = figureOf("a.txt", "$493 per tonne");
    expect(price.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "$493 a tonne").id, claimOf("c.txt", "$439 a tonne").id]));
    expect(price.status).toBe("conflicting");
    expect(price.claimIds).not.toContain(claimOf("b.txt", "$402-$406 a tonne").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("an academic year of a country's international students (one outlet's India count planted differently)", () => {
  const { result, figureOf, claimOf } = story("students");

  test("list items count students in the academic year: India 263,800 vs 236,800 is the one conflict", () => {
    const india = figureOf("a.txt", "263,800");
    expect(india.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "236,800").id, claimOf("c.txt", "237,000").id]));
    expect(india.label).toMatch(/2025-26 academic year/);
    expect(india.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });

  test("a fall at colleges is no fall of all students", () => {
    expect(figureOf("b.txt", "31 per cent").claimIds).not.toContain(claimOf("a.txt", "17.2%").id);
  });
});

describe("a country's census (one outlet's share of over-65s planted differently)", () => {
  const { result, figureOf, claimOf } = story("census");

  test("the over-65s' share meets in three outlets however they name the population: 29.7% vs 31.4% is the one conflict", () => {
    const elderly = figureOf("a.txt", "29.7%");
    expect(elderly.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "29.7 per cent").id, claimOf("c.txt", "31.4 per cent").id]));
    expect(elderly.status).toBe("conflicting");
    expect(elderly.claimIds).not.toContain(claimOf("b.txt", "11.2 per cent").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a country's coffee crop and its last quarter's exports (one outlet's exports planted differently)", () => {
  const { result, figureOf, claimOf } = story("coffee");

  test("exports in bags in the last three months: 8.4 million vs 7 million is the one conflict; the year's total is apart", () => {
    const exportsQ4 = figureOf("a.txt", "8.4 million");
    expect(exportsQ4.claimIds).toEqual(expect.arrayContaining([claimOf("b.txt", "8.4 million").id, claimOf("c.txt", "7 million").id]));
    expect(exportsQ4.status).toBe("conflicting");
    expect(exportsQ4.claimIds).not.toContain(claimOf("c.txt", "39 million").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a streaming company's quarter (one outlet's free cash flow planted differently)", () => {
  const { result, figureOf, claimOf } = story("stream");
  test("free cash flow: €890 million vs €980 million is the one conflict; 'signed up a net 8 million' is no level of subscribers", () => {
    const cash = figureOf("a.txt", "890 million euros");
    expect(cash.claimIds).toContain(claimOf("b.txt", "€980 million").id);
    expect(cash.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("half a season of a country's grain exports (one outlet's vessel count planted differently)", () => {
  const { result, figureOf, claimOf } = story("wheat");
  test("ships sailing from the ports: 1,260 vs 1,620 is the one conflict; October's record month is apart from the half", () => {
    const ships = figureOf("a.txt", "1,260");
    expect(ships.claimIds).toContain(claimOf("b.txt", "1,620").id);
    expect(ships.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a country's olive oil crop by region (one outlet's regional output planted differently)", () => {
  const { result, figureOf, claimOf } = story("olive");
  test("Castilla-La Mancha: 118,700 vs 181,700 tonnes is the one conflict; the agency that estimates it owns none of it", () => {
    const region = figureOf("a.txt", "118,700 tonnes");
    expect(region.claimIds).toContain(claimOf("b.txt", "181,700 tonnes").id);
    expect(region.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a state election (one outlet's count of a party's constituencies planted differently)", () => {
  const { result, figureOf, claimOf } = story("election");
  test("the CDU's constituencies: 19 vs 16 is the one conflict", () => {
    const won = figureOf("b.txt", "16");
    expect(won.claimIds).toContain(claimOf("a.txt", "19").id);
    expect(won.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("half a season of a sugar cane crush by state (one outlet's state crush planted differently)", () => {
  const { result, figureOf, claimOf } = story("sugar");
  test("Goiás: 68.5 vs 86 million tonnes is the one conflict; the season's half is the months the story names for it", () => {
    const goias = figureOf("a.txt", "68.5 million tonnes");
    expect(goias.claimIds).toContain(claimOf("c.txt", "86 million tonnes").id);
    expect(goias.status).toBe("conflicting");
    expect(goias.period).toBe("Apr–Sep 2026");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("half a year of a country's beer sales (one outlet's change of exports to the EU planted differently)", () => {
  const { result, figureOf, claimOf } = story("beer");
  test("exports to the EU: down 3.4% vs 4.3% is the one conflict; shipments outside the EU are another place", () => {
    const eu = figureOf("a.txt", "3.4%");
    expect(eu.claimIds).toContain(claimOf("b.txt", "4.3%").id);
    expect(eu.status).toBe("conflicting");
    expect(eu.period).toBe("Jan–Jun 2025");
    expect(figureOf("a.txt", "0.3%").claimIds).not.toContain(eu.claimIds[0]);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a year of a country's diamond output and sales (one outlet's change of a rough price index planted differently)", () => {
  const { result, figureOf, claimOf } = story("diamonds");
  test("De Beers' rough price index: down 14.2% vs 12.4% is the one conflict", () => {
    const index = figureOf("a.txt", "14.2%");
    expect(index.claimIds).toContain(claimOf("b.txt", "12.4%").id);
    expect(index.status).toBe("conflicting");
    expect(index.period).toBe("2024");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a year of a country's tea exports (one outlet's shipments to Britain planted differently)", () => {
  const { result, figureOf, claimOf } = story("tea");
  test("Britain: 58.2 vs 52.8 million kg is the one conflict; Britain's 'bought' meets Kenya's shipments to it", () => {
    const uk = figureOf("a.txt", "58.2 million kg");
    expect(uk.claimIds).toContain(claimOf("b.txt", "52.8 million kg").id);
    expect(uk.status).toBe("conflicting");
    expect(uk.period).toBe("2024");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
  test("the auction price per kilo in one outlet meets the price 'per kilogram' in another", () => {
    expect(figureOf("a.txt", "$2.41 per kilogram").claimIds).toContain(claimOf("b.txt", "$2.41").id);
  });
});

describe("a month of a country's mortgage approvals and consumer credit (one outlet's net consumer credit planted differently)", () => {
  const { result, figureOf, claimOf } = story("mortgages");
  test("net consumer credit: £1.52bn vs £1.25bn is the one conflict; the first outlet's two parts of it stay out of it", () => {
    const credit = figureOf("a.txt", "£1.52 billion");
    expect(credit.claimIds).toContain(claimOf("b.txt", "£1.25 billion").id);
    expect(credit.status).toBe("conflicting");
    expect(credit.claimIds).not.toContain(claimOf("a.txt", "£0.84 billion").id);
    expect(credit.claimIds).not.toContain(claimOf("a.txt", "£0.68 billion").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a year of a country's wine exports (one outlet's Bordeaux exports planted differently)", () => {
  const { result, figureOf, claimOf } = story("wine");
  test("Bordeaux's exports: €1.86bn vs €1.68bn is the one conflict ('foreign sales' of 'Bordeaux wines' and 'Bordeaux's exports')", () => {
    const bordeaux = figureOf("a.txt", "1.86 billion euros");
    expect(bordeaux.claimIds).toContain(claimOf("b.txt", "€1.68bn").id);
    expect(bordeaux.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a year of a country's lithium exports (one outlet's December export value planted differently)", () => {
  const { result, figureOf, claimOf } = story("lithium");
  test("December's export value: $318m vs $381m is the one conflict, the second told as a part of the year's total", () => {
    const december = figureOf("a.txt", "$318 million");
    expect(december.claimIds).toContain(claimOf("b.txt", "$381 million").id);
    expect(december.status).toBe("conflicting");
    expect(december.period).toBe("December 2024");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a dengue season (one outlet's deaths under investigation planted differently)", () => {
  const { result, figureOf, claimOf } = story("dengue");
  test("deaths under investigation: 1,386 vs 1,836 is the one conflict, apart from the confirmed deaths", () => {
    const investigated = figureOf("a.txt", "1,386");
    expect(investigated.claimIds).toContain(claimOf("b.txt", "1,836").id);
    expect(investigated.status).toBe("conflicting");
    expect(investigated.claimIds).not.toContain(claimOf("a.txt", "2,147").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a planemaker's year of deliveries (one outlet's deliveries of one model planted differently)", () => {
  const { result, figureOf, claimOf } = story("airbus");
  test("A350 deliveries: '68 A350s' vs 'A350 handovers climbed to 86' is the one conflict, apart from the other models", () => {
    const a350 = figureOf("a.txt", "68");
    expect(a350.claimIds).toContain(claimOf("b.txt", "86").id);
    expect(a350.status).toBe("conflicting");
    expect(a350.period).toBe("2025");
    expect(a350.claimIds).not.toContain(claimOf("a.txt", "32").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a country's public charge points at a quarter's end (one outlet's devices added in the quarter planted differently)", () => {
  const { result, figureOf, claimOf } = story("charging");
  test("devices added in Q3: 4,210 installed vs 2,410 added is the one conflict; London's 22,870 is no part of it", () => {
    const added = figureOf("a.txt", "4,210");
    expect(added.claimIds).toContain(claimOf("b.txt", "2,410").id);
    expect(added.status).toBe("conflicting");
    expect(added.claimIds).not.toContain(claimOf("b.txt", "22,870").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
  test("the network's size at the end of September, told as a year's rise and as a level at a date, is one figure", () => {
    expect(figureOf("a.txt", "84,630").claimIds).toContain(claimOf("b.txt", "84,630").id);
  });
});

describe("eggs and bird flu: a state's laying flock on a day (one outlet's count planted differently)", () => {
  const { result, figureOf, claimOf } = story("eggs");
  test("Iowa's hens 'on that date' (March 1, told the sentence before) vs 'at the start of March' is the one conflict", () => {
    const iowa = figureOf("a.txt", "38.4 million");
    expect(iowa.claimIds).toContain(claimOf("c.txt", "34.8 million").id);
    expect(iowa.status).toBe("conflicting");
    expect(iowa.period).toBe("March 2025");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
  test("the national flock 'on March 1' in one outlet and 'at the start of March' in another is one figure", () => {
    expect(figureOf("a.txt", "285.2 million").claimIds).toContain(claimOf("b.txt", "285.2 million").id);
  });
});

describe("a wildfire season so far (one outlet's count of people evacuated planted differently)", () => {
  const { result, figureOf, claimOf } = story("wildfire");
  test("people 'forced from their homes' (evacuation orders told beside them) vs 'evacuated': 28,400 vs 24,800 is the one conflict", () => {
    const evacuated = figureOf("a.txt", "28,400");
    expect(evacuated.claimIds).toContain(claimOf("b.txt", "24,800").id);
    expect(evacuated.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
  test("last year's full-season bill is last year's, apart from this season's spending, which three outlets agree on", () => {
    const spending = figureOf("a.txt", "C$1.94 billion");
    expect(spending.claimIds).toContain(claimOf("b.txt", "C$1.94 billion").id);
    expect(spending.claimIds).not.toContain(claimOf("b.txt", "C$1.3 billion").id);
    expect(spending.status).toBe("corroborated");
  });
});

describe("a quarter of central banks' gold buying and the world's demand (one outlet's Türkiye figure planted differently)", () => {
  const { result, figureOf, claimOf } = story("bullion");
  test("Türkiye 14.9 t vs 19.4 t is the one conflict; total demand, jewellery demand and bar-and-coin demand are three figures", () => {
    const turkey = figureOf("a.txt", "14.9 tonnes");
    expect(turkey.claimIds).toContain(claimOf("b.txt", "19.4 tonnes").id);
    expect(turkey.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    const total = figureOf("a.txt", "1,286.4 tonnes");
    expect(total.label).toMatch(/^World /);
    expect(total.claimIds).not.toContain(claimOf("c.txt", "307 tonnes").id);
    expect(figureOf("c.txt", "357 tonnes").label).toMatch(/jewellery/);
  });
});

describe("a state's measles outbreak and its children's vaccine coverage (one outlet's coverage planted differently)", () => {
  const { result, figureOf, claimOf } = story("mmr");
  test("kindergartners with both doses this school year, '86.7% of Minnesota kindergartners have received' vs '83.2% of the state's kindergartners have had', is the one conflict", () => {
    const coverage = figureOf("a.txt", "86.7%");
    expect(coverage.claimIds).toContain(claimOf("b.txt", "83.2%").id);
    expect(coverage.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a bird-flu outbreak's culls (one outlet's count of farms in the restriction zones planted differently)", () => {
  const { result, figureOf, claimOf } = story("birdflu");
  test("farms 'currently' inside the zones, as of the month told, 212 vs 122, is the one conflict; a province's culls are not the country's", () => {
    const farms = figureOf("a.txt", "212");
    expect(farms.claimIds).toContain(claimOf("b.txt", "122").id);
    expect(farms.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    expect(figureOf("a.txt", "1.18 million").claimIds).not.toContain(claimOf("b.txt", "4.62 million").id);
  });
});

describe("a food-bank charity's year (one outlet's first-time users planted differently)", () => {
  const { result, figureOf, claimOf } = story("foodbank");
  test("people who 'turned to' vs 'used' a food bank for the first time, 642,000 vs 462,000, is the one conflict; parcels for children are not all parcels", () => {
    const first = figureOf("a.txt", "642,000");
    expect(first.claimIds).toContain(claimOf("b.txt", "462,000").id);
    expect(first.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    expect(figureOf("b.txt", "1,095,000").claimIds).not.toContain(claimOf("a.txt", "2,899,500").id);
  });
});

describe("a half year of solar and wind (one outlet's rooftop connections planted differently)", () => {
  const { result, figureOf, claimOf } = story("solar");
  test("'new rooftop connections' vs 'systems were hooked up', 312,000 vs 231,000, is the one conflict; the full-year forecast is no level of the half", () => {
    const connections = figureOf("a.txt", "312,000");
    expect(connections.claimIds).toContain(claimOf("b.txt", "231,000").id);
    expect(connections.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    expect(figureOf("c.txt", "18 GW").label).toMatch(/target/);
  });
});

describe("a university admissions cycle (one outlet's applicants from India planted differently)", () => {
  const { result, figureOf, claimOf } = story("admissions");
  test("India's applicants, a list's entry '12,400' vs 'India sent some 21,400', is the one conflict", () => {
    const india = figureOf("a.txt", "12,400");
    expect(india.claimIds).toContain(claimOf("c.txt", "21,400").id);
    expect(india.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a month of world steel output (one outlet's change for Japan planted differently)", () => {
  const { result, figureOf, claimOf } = story("worldsteel");
  test("Japan's 'slipped 4.2%' in a story whose changes of the month are on the year vs 'down 2.4% on a year earlier' is the one conflict", () => {
    const japan = figureOf("a.txt", "4.2%");
    expect(japan.claimIds).toContain(claimOf("b.txt", "2.4%").id);
    expect(japan.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a country's cinema year (read first as a held-out story; one outlet's count of films past a million admissions planted differently)", () => {
  const { result, figureOf, claimOf } = story("cinema");
  test("films with more than a million admissions, 38 vs 28, is the one conflict; December's admissions after a colon are December's, not the first half's", () => {
    const films = figureOf("a.txt", "38");
    expect(films.claimIds).toContain(claimOf("c.txt", "28").id);
    expect(films.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
    expect(figureOf("b.txt", "17.2 million").label).toMatch(/December 2025/);
  });
});

describe("a drought's reservoirs and rain (read first as a held-out story; one outlet's rain against the average planted differently)", () => {
  const { result, figureOf, claimOf } = story("drought");
  test("rain January to October, '38% below the long-term average' vs '29% below average', is the one conflict", () => {
    const rain = figureOf("a.txt", "38%");
    expect(rain.claimIds).toContain(claimOf("b.txt", "29%").id);
    expect(rain.status).toBe("conflicting");
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a central bank's reserves (read first as a held-out story; one outlet's import cover planted differently)", () => {
  const { result, figureOf, claimOf } = story("fxreserves");
  test("months of imports the reserves cover, 6.8 vs 8.6, is the one conflict, and it is Egypt's import cover, no event's duration", () => {
    const cover = figureOf("a.txt", "6.8 months");
    expect(cover.claimIds).toContain(claimOf("b.txt", "8.6 months").id);
    expect(cover.status).toBe("conflicting");
    expect(cover.label).toMatch(/^Egypt import cover/);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a nurses' strike (read first as a held-out story; one outlet's yes vote planted differently)", () => {
  const { result, figureOf, claimOf } = story("nursestrike");
  test("the strike ballot's yes vote, 91.4% vs 94.1%, is the one conflict, not the turnout beside it", () => {
    const vote = figureOf("a.txt", "91.4%");
    expect(vote.claimIds).toContain(claimOf("b.txt", "94.1%").id);
    expect(vote.status).toBe("conflicting");
    expect(vote.label).toMatch(/yes vote/);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("shipbuilders' orders (read first as a held-out story; one outlet's Chinese order value planted differently)", () => {
  const { result, figureOf, claimOf } = story("shiporders");
  test("China's orders in dollars, $54.1 billion vs $45.1 billion, is the one conflict; 'Its yards booked 24.3 million CGT' is China's, not Korea's", () => {
    const value = figureOf("a.txt", "$54.1 billion");
    expect(value.claimIds).toContain(claimOf("b.txt", "$45.1 billion").id);
    expect(value.status).toBe("conflicting");
    expect(value.label).toMatch(/^China orders/);
    expect(figureOf("b.txt", "24.3 million").label).toMatch(/^China/);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("organ transplants (read first as a held-out story; one outlet's heart transplants planted differently)", () => {
  const { result, figureOf, claimOf } = story("transplants");
  test("heart transplants, 352 vs 325, is the one conflict, each list entry its own kind; a region's rate set against the national figure stays the region's", () => {
    const heart = figureOf("a.txt", "352");
    expect(heart.claimIds).toContain(claimOf("b.txt", "325").id);
    expect(heart.status).toBe("conflicting");
    expect(heart.label).toMatch(/heart transplant/);
    expect(figureOf("a.txt", "1,402").claimIds).toContain(claimOf("b.txt", "1,402").id);
    expect(figureOf("a.txt", "1,402").claimIds).not.toContain(claimOf("a.txt", "586").id);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});

describe("a monsoon season (read first as a held-out story; one outlet's reservoir storage planted differently)", () => {
  const { result, figureOf, claimOf } = story("monsoon");
  test("how full the reservoirs were on 24 September, 87% vs 78%, is the one conflict", () => {
    const fill = figureOf("a.txt", "87%");
    expect(fill.claimIds).toContain(claimOf("b.txt", "78%").id);
    expect(fill.status).toBe("conflicting");
    expect(fill.label).toMatch(/storage filled · 24 September 2026/);
    expect(result.figures.filter((f) => f.status === "conflicting")).toHaveLength(1);
  });
});
