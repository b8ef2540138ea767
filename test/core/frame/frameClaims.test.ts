/** The orchestrator: what a sentence's stages decide together for one claim. */
import { extractClaims } from "../../../src/core/extract/extractClaims";
import { frameClaims } from "../../../src/core/frame/frameClaims";
import { originKey } from "../../../src/core/frame/credit";
import type { ClaimFrame } from "../../../src/core/frame/types";
import { createSource } from "../../../src/core/source/createSource";

/** The frames of one article of ours, by the surface of a claim. */
function framesOf(text: string, file: string): (surface: string) => ClaimFrame {
  const source = createSource(text, { file });
  const claims = extractClaims(source);
  const frames = frameClaims(claims, new Map([[source.id, source]]));
  return (surface) => frames.get(claims.find((c) => c.surface === surface)?.id ?? "") as ClaimFrame;
}

describe("frameClaims: a target's horizon", () => {
  test("a target takes no period from the sentences before it; an actual does", () => {
    const text = "Tin exports\nDate: 2025-03-02\n\nBolivia shipped 20,000 tonnes of tin in 2024.\nOfficials said raising shipments to 30,000 tonnes was realistic, while stocks held 5,000 tonnes.\n";
    const of = framesOf(text, "tin.txt");
    expect(of("30,000 tonnes").kind).toBe("target");
    expect(of("30,000 tonnes").period).toBeUndefined();
    expect(of("5,000 tonnes").period?.label).toBe("2024");
  });
});

describe("frameClaims: a time years back is recalled, not carried", () => {
  test("'a decade earlier, in the year to March 2016' dates its own number, not the next sentence's", () => {
    const text = "Debt advice\nPublished: 2026-05-20\n\nThe charity advised 412,000 clients in the 12 months to March.\nThat is more than double the 180,000 it saw a decade earlier, in the year to March 2016.\nOf its clients, 61,000 were under 25.\n";
    const of = framesOf(text, "debt.txt");
    expect(of("180,000").period?.label).toBe("12 months to Mar 2016");
    expect(of("61,000").period?.label).toBe("12 months to Mar 2026");
  });
  test("a time years back that the sentence does not recall moves the story as any time does", () => {
    const text = "Debt advice\nPublished: 2026-05-20\n\nThe charity advised 412,000 clients in the 12 months to March.\nIn the year to March 2016, it had advised 180,000.\nOf those clients, 61,000 were under 25.\n";
    const of = framesOf(text, "debt.txt");
    expect(of("61,000").period?.label).toBe("12 months to Mar 2016");
  });
});

describe("frameClaims: a count another subject's same verb gives, with no noun of its own", () => {
  test("counts what the verb's count before it counted, not a flow the verb names", () => {
    const text = "Nurses abroad\nPublished: 2026-03-02\n\nIn 2025, Kenya sent about 9,300 nurses to Britain, a fifth of the total, while Ghana sent some 4,100.\nGhana exported 4,100 tonnes of cocoa, while Peru shipped 2,000.\n";
    const of = framesOf(text, "nurses.txt");
    expect(of("4,100").measure?.key).toBe("n:nurse");
    // (another verb, or a count of goods: the verb's own reading)
    expect(of("2,000").measure?.key).not.toBe("n:nurse");
  });
});

describe("frameClaims: whose figure a brand's count is", () => {
  test("'X remained the best-selling brand with N', 'Y followed with M': each its own", () => {
    const text = "Car sales\nPublished: 2026-11-04\n\nNew car registrations in Austria rose 4% in October to 21,300, the statistics office said.\nOstmark remained the best-selling brand with 3,870 registrations. Velmar followed with 2,410 cars.\n";
    const of = framesOf(text, "cars.txt");
    expect(of("3,870").holder).toBe("ostmark");
    expect(of("2,410").holder).toBe("velmar");
    expect(of("21,300").holder).toBeUndefined();
  });
});

describe("frameClaims: whose figure after a sentence that names rivals", () => {
  test("rivals the sentence sets its subject against are not whose the next numbers are", () => {
    const text = "Rail year\nPublished: 2026-03-11\n\nOstmark Rail carried 41.5 million passengers in 2025, Ostmark Rail said.\nOstmark Rail took 58.4% of passengers on the open lines, with the rest split between Velo and Iryo.\nIt stayed ahead of rivals Velo and Iryo on price.\nOnly 84.7% of its trains arrived within five minutes of schedule.\n";
    const of = framesOf(text, "rail.txt");
    expect(of("84.7%").holder).not.toBe("velo");
  });
});

describe("frameClaims: which Europe", () => {
  const scopeOf = (title: string) => {
    const text = `${title}\nDate: 2025-02-01\n\nNorway shipped 40 million tonnes of coal to Europe in 2024.\n`;
    return framesOf(text, "coal.txt")("40 million tonnes")?.scopeKey;
  };
  test("a story whose title names the EU, and not Europe, means the EU by 'Europe'", () => {
    expect(scopeOf("EU coal imports from Norway hit a record")).toBe("no>eu");
    expect(scopeOf("European Union buys more Norwegian coal")).toBe("no>eu");
  });
  test("a title that names Europe, both, or neither keeps Europe", () => {
    expect(scopeOf("Europe's coal imports hit a record")).toBe("no>europe");
    expect(scopeOf("EU and wider Europe buy more coal")).toBe("no>europe");
    expect(scopeOf("Coal imports hit a record")).toBe("no>europe");
  });
});

describe("frameClaims: proceeds of a sale", () => {
  test("the money paid for 'these supplies' is a flow between the sides the sentence before named", () => {
    const text = "Cocoa trade\nDate: 2025-02-01\n\nGhana's cocoa exports to Malaysia rose 9% in 2024.\nAccra was paid $1.2 billion for these supplies.\n";
    const frame = framesOf(text, "cocoa.txt")("$1.2 billion");
    expect(frame?.measure?.key).toBe("flow");
    expect(frame?.scopeKey).toBe("gh>my");
  });
});

describe("frameClaims: a rank stated as a standing fact", () => {
  test("takes no period from the sentences before; a rank with its own year keeps it", () => {
    const text = "Tin ranks\nDate: 2025-03-02\n\nBolivia shipped 20,000 tonnes of tin in 2024.\nPeru ranks third among the region's tin exporters.\nIn 2023 Brazil was the second-largest exporter.\n";
    const of = framesOf(text, "tin.txt");
    expect(of("third").kind).toBe("rank");
    expect(of("third").period).toBeUndefined();
    expect(of("second").period?.label).toBe("2023");
  });
});

describe("frameClaims: physical quantities", () => {
  test("a temperature or a length takes no economic measure word; its own noun names it", () => {
    const text = "Heat\nDate: 2025-03-02\n\nEurope's economy grew 1% in 2024 even as summer heat topped 41C.\nThe firm laid a 410 km cable and its exports rose.\n";
    const of = framesOf(text, "heat.txt");
    expect(of("1%").measure?.key).toBe("gdp");
    expect(of("41C").measure?.key).not.toBe("gdp");
    expect(of("410 km").measure?.key).toBe("n:cable");
  });
});

describe("frameClaims: a company's figures", () => {
  const text = [
    "Pearfone sales slip in China",
    "Date: 2025-10-30",
    "",
    "Pearfone shipped 58.2 million handsets in the July–September quarter, giving it a 19% share of the global market, Canalys said.",
    "Revenue rose 6% to $94.9 billion.",
    "The firm, which had lost ground in India in 2023, now employs 164,000 people worldwide.",
  ].join("\n");
  const of = framesOf(text, "pearfone.txt");

  test("a share of the market is a market share, whichever verb led", () => {
    expect(of("19%").measure?.key).toBe("market-share");
  });
  test("revenue and market share take no place from the article's title", () => {
    expect(of("$94.9 billion").measure?.key).toBe("revenue");
    expect(of("$94.9 billion").scopeKey).toBe("");
    expect(of("19%").scopeKey).toBe("");
  });
  test("a place inside an aside the number is not in is not its place; handsets a company shipped are its sales, not China's exports", () => {
    expect(of("164,000").scopeKey).not.toContain("in");
    expect(of("58.2 million").measure?.key).toBe("company-sales");
    expect(of("58.2 million").holderName).toBe("Pearfone");
    expect(of("58.2 million").scopeKey).not.toContain("cn");
  });
});

describe("frameClaims: people counted by what happened to them", () => {
  const text = "Storm\nDate: 2025-09-14\n\nThe storm killed at least 23 people and forced 310,000 from their homes, the agency said.\nAbout 12,000 people were evacuated from the coast, and 40 people were injured.\n";
  const frame = framesOf(text, "storm.txt");
  const of = (s: string) => frame(s)?.measure?.key;
  test("the dead and the injured are two figures; the evacuated are neither", () => {
    expect(of("23")).toBe("deaths");
    expect(of("40")).toBe("injuries");
    expect(of("12,000")).toBe("n:people:evacuated");
  });
  test("a bare count takes its own verb, not a measure word of another verb further back", () => {
    expect(of("310,000")).toBe("v:forced");
  });
});

describe("frameClaims: nouns before an amount, and counts that are not money", () => {
  const text = "Transfer\nDate: 2025-08-20\n\nThe club signed the striker for a fee of £85 million.\nOkafor, 24, signed a five-year contract worth £250,000 a week and will earn a bonus.\n";
  const frame = framesOf(text, "transfer.txt");
  const of = (s: string) => frame(s)?.measure?.key;
  test("'a fee of £85 million' measures the fee (a transfer's, in a story of one); 'a contract worth' the contract", () => {
    expect(of("£85 million")).toBe("transfer-fee");
    expect(of("£250,000")).toBe("n:contract");
    const other = framesOf("Audit\nDate: 2025-08-20\n\nThe agency said a fee of £85 million was too high.\n", "fee.txt");
    expect(other("£85 million")?.measure?.key).toBe("n:fee");
  });
  test("an age set off after a name takes no money word of its sentence: it is an age", () => {
    expect(of("24")).toBe("age");
  });
  test("ages in their other forms; a duration that is no age stays what it measures", () => {
    const ages = framesOf("Crash\nDate: 2025-08-20\n\nThe driver, aged 61, and a 34-year-old passenger were hurt.\nThe road was closed for 3 hours.\n", "crash.txt");
    expect(ages("61")?.measure?.key).toBe("age");
    expect(ages("34-year")?.measure?.key ?? ages("34-year-old")?.measure?.key).toBe("age");
    expect(ages("3 hours")?.measure?.key).not.toBe("age");
  });
});

describe("frameClaims: a company's goods", () => {
  const story = [
    "Sarela Phones shipments slip",
    "Published 2026-10-14",
    "",
    "Sarela Phones shipped 58 million handsets in the third quarter, the company said.",
    "Shipments fell 4% from a year earlier, while production reached 61 million units.",
    "Sarela Phones bought 12 million chips from suppliers.",
    "",
  ].join("\n");
  const of = framesOf(story, "sarela.txt");

  test("goods a company ships, with no place on either side, are its sales, named by the word used", () => {
    expect(of("58 million").measure).toMatchObject({ key: "company-sales", name: "shipments" });
    expect(of("58 million").holderName).toBe("Sarela Phones");
    expect(of("4%").measure?.key).toBe("company-sales");
    expect(of("12 million").measure).toMatchObject({ key: "company-purchases", name: "purchases" });
  });

  test("a count of units is what the clause's measure word did with them", () => {
    expect(of("61 million").measure?.key).toBe("production");
  });

  test("'the company said' credits the company, also for the numbers after it", () => {
    expect(of("58 million").originName).toBe("Sarela Phones");
    expect(of("4%").originName).toBe("Sarela Phones");
  });

  test("a country's shipments keep their places and stay exports", () => {
    const country = framesOf("Tea exports\nPublished 2026-05-02\n\nKenya shipped 590 million kilograms of tea in 2025, the board said.\n", "tea.txt");
    expect(country("590 million kilograms").measure?.key).not.toBe("company-sales");
    expect(country("590 million kilograms").holder).toBeUndefined();
  });

  test("a verb that gives a level ('reached', 'rose to') never names what a count measures", () => {
    const level = framesOf("Visitors\nPublished 2026-05-02\n\nThe museum said attendance reached 1.2 million in 2025.\n", "museum.txt");
    expect(level("1.2 million").measure?.key ?? "").not.toMatch(/^v:/);
  });
});

describe("frameClaims: an earthquake", () => {
  const text = "Quake in the south\nPublished 2026-03-05\n\nA 6.8-magnitude earthquake struck the south of Bolivia on Friday, killing at least 9 people and injuring 57, officials said.\nAftershocks of magnitude 5.2 followed.\n";
  const of = framesOf(text, "quake.txt");
  test("a magnitude is a reading on its scale, before or after the number", () => {
    expect(of("6.8")?.measure?.key).toBe("n:magnitude");
    expect(of("5.2")?.measure?.key).toBe("n:magnitude");
  });
  test("'killing … and injuring …': the dead and the injured, each counted by its verb", () => {
    expect(of("9")?.measure?.key).toBe("deaths");
    expect(of("57")?.measure?.key).toBe("injuries");
  });
  test("a number after 'level' or 'grade' that is no scale reading keeps its own noun", () => {
    const other = framesOf("Schools\nPublished 2026-03-05\n\nThe school has 420 pupils.\n", "school.txt");
    expect(other("420")?.measure?.key).toBe("n:student");
  });
});

describe("frameClaims: the base of a comparison", () => {
  const text = "Outbreak\nDate: 2026-03-10\n\nClinics in Chile recorded 1,284 mumps cases in 2025, up from 412 in 2024.\nPeru counted 300 cases, compared with 9% of adults tested.\n";
  const frame = framesOf(text, "outbreak.txt");
  test("a base with no measure of its own counts what the number it is compared with counts", () => {
    expect(frame("1,284")?.measure?.key).toBe("n:case");
    expect(frame("412")?.measure?.key).toBe("n:case");
  });
  test("... only a number in the same unit: a percentage is not a count of cases", () => {
    expect(frame("9%")?.measure?.key).not.toBe("n:case");
  });
});

describe("frameClaims: what a percentage states, from its subject", () => {
  const text = "Health\nDate: 2026-03-10\n\nVaccination coverage for the first dose fell to 87% in Chile last year.\nIt rose 2% in Peru.\nTraffic at the Lima airport rose 9% in 2025.\n";
  const frame = framesOf(text, "coverage.txt");
  test("the head noun of the subject the clause gives the percentage to", () => {
    expect(frame("87%")?.measure?.key).toBe("n:coverage");
    expect(frame("9%")?.measure?.key).toBe("n:traffic");
  });
  test("a pronoun names no measure", () => {
    expect(frame("2%")?.measure).toBeUndefined();
  });
});

describe("frameClaims: a credit nobody can be read from is not replaced by another sentence's", () => {
  const text = "Subscribers\nDate: 2026-02-05\n\nSome 9.1 million subscribers joined in the fourth quarter, the company said.\nRival Vidora reported 112 million subscribers.\n";
  const frame = framesOf(text, "subs.txt");
  test("the company that was never named: no origin; Vidora's own number is credited to Vidora, named as an organisation", () => {
    expect(frame("9.1 million")?.origin).toBe("");
    expect(frame("112 million")?.originName).toBe("Vidora");
  });
});

describe("frameClaims: a percentage whose subject is an organisation of the story", () => {
  test("'Ostmark rose 3%' measures no 'ostmark'", () => {
    const frame = framesOf("Markets\nDate: 2026-02-05\n\nOstmark rose 3% on Monday.\nAnalysts like Ostmark.\n", "ostmark.txt");
    expect(frame("3%")?.measure?.key).not.toBe("n:ostmark");
  });
});

describe("frameClaims: shares of the vote in a story of an election", () => {
  const text = "Election\nDate: 2026-05-10\n\nThe Labour Party won 31.2% in the election, with turnout at 84%.\nThe Greens came second with 19.5 percent.\nLabour's support rose 2% since the spring.\n";
  const frame = framesOf(text, "vote.txt");
  test("a percentage a party won is its share of the vote, keyed by the party", () => {
    expect(frame("31.2%")?.measure?.key).toBe("vote-share");
    expect(frame("31.2%")?.holderName).toBe("Labour Party");
    expect(frame("19.5 percent")?.measure?.key).toBe("vote-share");
    expect(frame("19.5 percent")?.holderName).toBe("Greens");
  });
  test("turnout stays turnout; a change is no share of the vote", () => {
    expect(frame("84%")?.measure?.key).not.toBe("vote-share");
    expect(frame("2%")?.measure?.key).not.toBe("vote-share");
  });
  test("outside a story of an election, 'won 12%' is no vote share", () => {
    const market = framesOf("Phones\nDate: 2026-05-10\n\nNordvik won 12% of new buyers in March.\n", "market.txt");
    expect(market("12%")?.measure?.key).not.toBe("vote-share");
  });
});

describe("frameClaims: a clause with a subject of its own does not carry the measure of the sentence before", () => {
  const text = "Housing\nDate: 2026-02-03\n\nHouse prices in Britain rose 3.2% in 2025.\nIt rose 1% in January.\nMortgage approvals reached 66,000 in December.\nCrude volumes grew by 3.4%.\n";
  const frame = framesOf(text, "housing.txt");
  test("approvals count what they approve (mortgages), not prices", () => {
    expect(frame("66,000")?.measure?.key).toBe("n:mortgage");
  });
  test("a pronoun or a word for any amount ('volumes') still carries the measure before", () => {
    expect(frame("1%")?.measure?.key).toBe(frame("3.2%")?.measure?.key);
    expect(frame("3.4%")?.measure?.key).not.toBe("n:volume");
  });
});

describe("frameClaims: inflation stated as a rise in prices", () => {
  const text = "Prices\nDate: 2026-01-24\n\nJapan's consumer prices rose 3.0% in December from a year earlier.\nCore inflation in Japan slowed to 3.0% in December, data showed.\nConsumer prices in Japan rose 0.3% from the previous month in November.\nInflation in Japan rose 0.4 percentage points in October.\n";
  const frame = framesOf(text, "prices.txt");
  test("prices up 3.0% from a year earlier is the inflation rate: the level 'inflation slowed to 3.0%' states", () => {
    expect(frame("3.0%")?.measure?.key).toBe("inflation");
    expect(frame("3.0%")?.kind).toBe("level");
  });
  test("a rise from the month before stays a change; so does a change of inflation itself", () => {
    expect(frame("0.3%")?.kind).toBe("change");
    expect(frame("0.4 percentage points")?.kind ?? "change").toBe("change");
  });
});

describe("frameClaims: a number the clause calls an organisation's own", () => {
  const text = "Housing\nDate: 2026-02-04\n\nUK house prices rose 3.2% in 2025.\nLender Halford Bank said its mortgage lending grew 8% to £42 billion in 2025.\nMortgage lending in the UK reached £240 billion.\n";
  const frame = framesOf(text, "lending.txt");
  test("'Halford Bank said its lending grew' is the bank's figure, inside the country of the story", () => {
    expect(frame("£42 billion")?.holderName).toBe("Halford Bank");
  });
  test("without 'its', the country's", () => {
    expect(frame("£240 billion")?.holder).toBeUndefined();
  });
});

describe("frameClaims: the places of an event whose sentence names none", () => {
  test("an event's duration with no place of its own takes the places its article is about", () => {
    const frame = framesOf("Call\nDate: 2026-02-04\n\nRussia and China held a video call. Russia and China agreed on trade.\nThe conversation lasted 1 hour and 25 minutes.\nTalks in Lisbon lasted two hours.\n", "call.txt");
    expect([...(frame("1 hour and 25 minutes")?.eventPlaces ?? [])].sort()).toEqual(["cn", "ru"]);
    expect(frame("two hours")?.eventPlaces).toBeUndefined();
  });
});

describe("frameClaims: how full a store is, on the day told with its month", () => {
  test("'on Sept. 24' in its sentence or the one before is the fill's day, not the month nor the date line's day", () => {
    const story = "Reservoirs\nDate: 2026-10-01\n\nSowing covered 112 million hectares as of Sept. 25, the ministry said.\nWater in the 150 reservoirs stood at 150 billion cubic metres on Sept. 24, the commission said. The stock equalled 84% of their combined live storage capacity.\nStorage in the big dams stood at 79% of live capacity on September 24.\n";
    const of = framesOf(story, "reservoirs.txt");
    expect(of("84%")?.measure?.key).toBe("storage-fill");
    expect(of("84%")?.period?.label).toBe("24 September 2026");
    expect(of("79%")?.period?.label).toBe("24 September 2026");
    // (told with no day in it or before it: the date line's)
    expect(framesOf("Tanks\nDate: 2026-10-01\n\nSowing rose in September.\nTanks were 66% full, the agency said.\n", "tanks.txt")("66%")?.period?.label).toBe("1 October 2026");
  });
});

describe("frameClaims: running totals and national figures", () => {
  const text = "Airports\nDate: 2026-01-21\n\nTraffic at Kelby Airport reached 28.4 million passengers in 2025.\nThe national total reached 61 million passengers.\nStreamly added 9.1 million subscribers in the quarter, bringing its total to 301 million.\n";
  const frame = framesOf(text, "airports.txt");
  test("a national total is no airport's", () => {
    expect(frame("28.4 million")?.siteName ?? frame("28.4 million")?.holderName).toBe("Kelby Airport");
    expect(frame("61 million")?.siteName).toBeUndefined();
    expect(frame("61 million")?.holderName).toBeUndefined();
  });
  test("a national figure the number is set against leaves the number its own site", () => {
    const story = "Donors\nDate: 2027-01-16\n\nSpain counted 2,612 donors.\nCantabria posted 84.3 donors per million people, well ahead of the national figure.\nIn Cantabria the national figure reached 54.1 donors per million people.\nAsturias reached 70.2 donors per million people, above the national average of 54.1.\n";
    const of = framesOf(story, "donors.txt");
    expect(of("84.3")?.site).toBe("cantabria");
    expect(of("70.2")?.site).toBe("asturias");
    // (a national figure told as such is no site's)
    expect(of("54.1")?.site).toBeUndefined();
  });
  test("a running total counts what the sentence counted before it", () => {
    expect(frame("301 million")?.measure?.key).toBe(frame("9.1 million")?.measure?.key);
  });
});

describe("frameClaims: a company's quarterly results", () => {
  const story = [
    "Corvane Systems tops estimates",
    "Published 2025-10-29",
    "",
    "Corvane Systems said revenue for its third quarter, which ended Sept. 30, rose 31% to $8.2 billion, ahead of the $7.9 billion analysts had expected.",
    "The company forecast fourth-quarter revenue of $8.6 billion, plus or minus 2%.",
    "Net income climbed to $2.1 billion, or 94 cents per share.",
    "Its cloud unit brought in $3.4 billion.",
    "Operating margin was 41.5%, up from 39.8% in the prior quarter.",
    "",
  ].join("\n");
  const of = framesOf(story, "corvane.txt");

  test("the quarter reported, and what analysts expected of it (a forecast of the same quarter)", () => {
    expect(of("$8.2 billion").period?.label).toBe("Q3 2025");
    expect(of("$8.2 billion").kind).toBe("level");
    expect(of("$7.9 billion").kind).toBe("target");
    expect(of("$7.9 billion").period?.label).toBe("Q3 2025");
  });

  test("a forecast of a quarter named without its year is of the quarter to come, and hands no period on", () => {
    expect(of("$8.6 billion").kind).toBe("target");
    expect(of("$8.6 billion").period?.label).toBe("Q4 2025");
    expect(of("$2.1 billion").period?.label).toBe("Q3 2025");
  });

  test("an amount per share is a measure of its own; money a unit brought in is revenue", () => {
    expect(of("94 cents").measure?.key).toBe("profit-per-share");
    expect(of("$2.1 billion").measure?.key).toBe("profit");
    expect(of("$3.4 billion").measure?.key).toBe("revenue");
  });

  test("'the prior quarter' is the quarter before the sentence's", () => {
    expect(of("41.5%").period?.label).toBe("Q3 2025");
    expect(of("39.8%").period?.label).toBe("Q2 2025");
  });

  test("a fiscal quarter is placed by the month it ended in", () => {
    const fiscal = framesOf("Results\nPublished 2024-11-20\n\nRevenue for the fiscal third quarter, which ended Oct. 27, reached $5.1 billion, Halden Micro said.\n", "halden.txt");
    expect(fiscal("$5.1 billion").period).toMatchObject({ from: "2024-08", to: "2024-10" });
  });
});

describe("frameClaims: a forecast sentence that names its year, or an actual of a past quarter", () => {
  test("a forecast with its year written keeps it; an actual quarter named alone is the last one that ended", () => {
    const of = framesOf("Outlook\nPublished 2025-10-29\n\nThe company expects first-quarter 2025 sales to have been revised to $1.2 billion. Fourth-quarter deliveries rose to 41,000 vehicles at Ostrava Motors.\n", "ostrava.txt");
    expect(of("$1.2 billion").period?.label).toBe("Q1 2025");
    expect(of("41,000").period?.label).toBe("Q4 2024");
  });
});

describe("frameClaims: jobs made or lost", () => {
  const story = [
    "Hiring in Portugal",
    "Published 2025-06-06",
    "",
    "Portuguese employers added 143,000 jobs in May, the statistics office said.",
    "Nonfarm payrolls increased by 98,000 in April.",
    "The economy created 151,000 jobs in May, Brask Bank analysts wrote.",
    "Brask Bank itself cut 1,200 jobs and employs 3,400 workers.",
    "",
  ].join("\n");
  const of = framesOf(story, "hiring.txt");

  test("jobs added, created or cut are a change in jobs, as payrolls that increased are", () => {
    expect(of("143,000").measure?.key).toBe("n:job");
    expect(of("143,000").kind).toBe("change");
    expect(of("98,000").measure?.key).toBe("n:job");
    expect(of("98,000").kind).toBe("change");
    expect(of("1,200").kind).toBe("change");
  });

  test("a count of people employed stays a level", () => {
    expect(of("3,400").kind).toBe("level");
  });

  test("what the economy did is the country's, not an organisation's the story names", () => {
    const bank = framesOf("Brask Bank outlook\nPublished 2025-06-06\n\nBrask Bank cut 1,200 jobs in May.\nThe economy created 151,000 jobs in May, Brask Bank analysts wrote.\n", "brask.txt");
    expect(bank("1,200").holder).toBe("brask");
    expect(bank("151,000").holder).toBeUndefined();
  });
});

describe("frameClaims: the second number of a list that leaves out its verb and noun", () => {
  const story = "Jobs by sector\nPublished 2025-06-06\n\nUnemployment in Portugal fell to 6.1% in May.\nRetail added 21,000 jobs and health and social care 17,000, the statistics office said.\nConstruction added 4,000 jobs, while farm output rose 2,500 tonnes.\n";
  const of = framesOf(story, "sectors.txt");
  test("takes the first number's noun, not the measure of the sentence before", () => {
    expect(of("21,000").measure?.key).toBe("n:job");
    expect(of("17,000").measure?.key).toBe("n:job");
  });
  test("a number with a unit or a measure of its own keeps it", () => {
    expect(of("2,500 tonnes").measure?.key).not.toBe("n:job");
  });
});

describe("frameClaims: a traded good's price", () => {
  const story = "Metals\nPublished 2025-06-13\n\nCopper futures gained $212, or 2.1%, to $9,890 on Friday. Russian aluminium to Turkey reached 310,000 tonnes.\n";
  const of = framesOf(story, "metals.txt");
  test("money a good gained or stands at, and the change in it, going nowhere, is its price", () => {
    expect(of("$9,890").measure?.key).toBe("price");
    expect(of("2.1%").measure?.key).toBe("price");
    expect(of("2.1%").kind).toBe("change");
  });
  test("a good moving between places is still a flow", () => {
    expect(of("310,000 tonnes").measure?.key).not.toBe("price");
    expect(of("310,000 tonnes").scopeKey).toContain("ru");
  });
});

describe("frameClaims: the dead and the injured named as nouns", () => {
  const story = "Floods in Nepal\nPublished 2025-07-09\n\nPolice put the number of dead at 112 and the injured at 460.\nThe floods killed 112 people and injured 460, the army said. Rescue teams added 300 volunteers and the army 120.\n";
  const of = framesOf(story, "floods.txt");
  test("'the number of dead', 'the injured at' count what 'killed' and 'injured' count", () => {
    expect(of("112").measure?.key).toBe("deaths");
    expect(of("460").measure?.key).toBe("injuries");
  });
  test("a list's second number with a noun of its own before a preposition keeps that noun", () => {
    expect(of("460").measure?.key).not.toBe("deaths");
    expect(of("120").measure?.key).toBe(of("300").measure?.key);
  });
});

describe("frameClaims: a central bank's rate and the country's inflation", () => {
  const story = "Rates\nPublished 2025-08-07\n\nThe Central Bank of Ostland cut interest rates by a quarter point to 4.5% on Thursday.\nThe Central Bank of Ostland expects inflation to ease to 2.9% in December; inflation was 3.4% in July.\n";
  const of = framesOf(story, "rates.txt");
  test("'interest rates', 'Bank Rate', 'the base rate' are the interest rate", () => {
    expect(of("4.5%").measure?.key).toBe("interest-rate");
    const other = framesOf("Rates\nPublished 2025-08-07\n\nThe central bank lowered Bank Rate to 4.0% and cut the base rate for savers to 3.1%.\n", "rates2.txt");
    expect(other("4.0%").measure?.key).toBe("interest-rate");
    expect(other("3.1%").measure?.key).toBe("interest-rate");
  });
  test("inflation is no organisation's, whatever body the story is about", () => {
    expect(of("3.4%").measure?.key).toBe("inflation");
    expect(of("3.4%").holder).toBeUndefined();
    expect(of("2.9%").holder).toBeUndefined();
  });
});

describe("frameClaims: a benchmark's price", () => {
  const story = "Oil\nPublished 2025-06-13\n\nOil jumped after strikes on Iran. Brent crude gained 6% to $79.10 a barrel, while U.S. West Texas Intermediate rose to $76.40.\nBrent was up 4.4% at $77.80 by noon.\n";
  const of = framesOf(story, "oil.txt");
  test("is the market's: no place from the article or the sentence, the benchmark its site, no organisation's", () => {
    expect(of("$79.10 a barrel").measure?.key).toBe("price");
    expect(of("$79.10 a barrel").scopeKey).toBe("");
    expect(of("$79.10 a barrel").site).toBe("brent");
    expect(of("$79.10 a barrel").holder).toBeUndefined();
    expect(of("$76.40").site).toBe("wti");
    expect(of("$76.40").scopeKey).toBe("");
  });
  test("a change or level whose only subject is the benchmark is its price", () => {
    expect(of("4.4%").measure?.key).toBe("price");
    expect(of("4.4%").site).toBe("brent");
  });
});

describe("frameClaims: temperatures", () => {
  test("a temperature with no noun of its own is a temperature, whichever words name the place", () => {
    const of = framesOf("Heat\nPublished 2025-06-30\n\nThe village of Cerrado in Spain reached 45.8C on Saturday, a June record.\nThe sea surface temperature hit 28.1C.\n", "heat.txt");
    expect(of("45.8C").measure?.key).toBe("temperature");
    expect(of("28.1C").measure?.key).toBe("temperature");
    expect(of("45.8C").scopeKey).toBe("es");
  });
});

describe("frameClaims: the world, and the newsroom's own places", () => {
  const text = "Refugees in numbers\nPublished: 2026-06-12\nNairobi Bureau\n\nOSLO (Reuters) - Some 41 million people were displaced worldwide at the end of 2025, the agency said.\nKenya hosted 800,000 refugees, and global arrivals in Europe fell 20%.\nIn Kenya, 60,000 people were uprooted by floods.\n";
  const frame = framesOf(text, "refugees.txt");
  test("a number the clause calls the world's takes the world as its place, not a dateline's or a byline's", () => {
    expect(frame("41 million")?.scopeKey).toBe("world");
    expect(frame("800,000")?.scopeKey).toBe("ke");
  });
  test("a place of its own wins over 'global'", () => {
    expect(frame("20%")?.scopeKey).toBe("europe");
  });
  test("the uprooted and the displaced are one count of people; an adverb before the noun is no part of it", () => {
    expect(frame("41 million")?.measure?.key).toBe("n:people:displaced");
    expect(frame("60,000")?.measure?.key).toBe("n:people:displaced");
  });
});

describe("frameClaims: a year a level is compared with is no period of the sentence", () => {
  const text = "Smog falls\nPublished: 2026-04-15\n\nSulphur emissions in Norway fell by 6% in 2025, the agency said.\nEmissions stood at 1.4 million tonnes, 61% below 1990 levels.\n";
  const frame = framesOf(text, "smog.txt");
  test("the level takes the year the text was about; the comparison keeps its base year apart", () => {
    expect(frame("1.4 million tonnes")?.period?.label).toBe("2025");
    expect(frame("61%")?.period?.label).toBe("1990");
  });
});

describe("frameClaims: 'the number of people forced to flee'", () => {
  const text = "Flight from war\nPublished: 2026-06-12\n\nThe number of people forced to flee their homes in Chad reached 2.1 million in 2025.\nThe number of teachers in Chad rose to 61,000.\n";
  const frame = framesOf(text, "flight.txt");
  test("people counted by the participle after them; other nouns by themselves", () => {
    expect(frame("2.1 million")?.measure?.key).toBe("n:people:displaced");
    expect(frame("61,000")?.measure?.key).toBe("n:teacher");
  });
  test("people forced to evacuate are the evacuated", () => {
    const fire = framesOf("Fire\nPublished: 2026-07-21\n\nThe blaze forced 9,000 people to evacuate in Chad.\nAbout 9,000 people were evacuated.\n", "fire.txt");
    expect(fire("9,000")?.measure?.key).toBe("n:people:evacuated");
  });
});

describe("frameClaims: a takeover told three ways", () => {
  const text = "Fenwick to buy Marlow Foods\nPublished: 2026-05-04\n\nFenwick Group agreed to acquire Marlow Foods for $900 million, the companies said.\nMarlow posted sales of $2.1 billion last year and employs about 8,000 people.\nFenwick will pay $41 a share, a premium of 22% to Marlow's last close, and expects savings of $60 million within two years.\nThe deal should close in the first half of 2027.\nMarlow runs 12 plants.\nMarlow shares closed up 19% at $39.80.\n";
  const frame = framesOf(text, "takeover.txt");
  test("the deal's numbers are the target's, by what they are", () => {
    expect(frame("$900 million")?.measure?.key).toBe("deal-value");
    expect(frame("$41")?.measure?.key).toBe("offer-per-share");
    expect(frame("22%")?.measure?.key).toBe("takeover-premium");
    expect(frame("22%")?.kind).toBe("level");
    expect(frame("$41")?.holder).toBe(frame("$900 million")?.holder);
  });
  test("'employs about 8,000 people' counts its workers; a plan's time frame is no figure", () => {
    expect(frame("8,000")?.measure?.key).toBe("n:worker");
    expect(frame("two years")?.notFigure).toBe(true);
  });
  test("a time to come is not carried on; a move of the session takes no period from before", () => {
    expect(frame("19%")?.period).toBeUndefined();
    expect(frame("$39.80")?.period).toBeUndefined();
    expect(frame("$2.1 billion")?.period?.label).toBe("2025");
    // (a state told in the present is as of the article's month, not of last year's sales before it)
    expect(frame("12")?.period?.label).toBe("as of May 2026");
    expect(frame("8,000")?.period?.label).toBe("as of May 2026");
  });
});

describe("frameClaims: the area a fire burned", () => {
  const text = "Bushfire\nPublished: 2026-01-10\n\nThe fire has scorched 52,000 hectares (128,000 acres) in Victoria.\nSome 1.3 million hectares have burned across Australia this season.\nThe park covers 9,000 hectares and grew 30 hectares overnight.\n";
  const frame = framesOf(text, "bushfire.txt");
  test("scorched, burned, before or after the area; its conversion too", () => {
    expect(frame("52,000 hectares")?.measure?.key).toBe("area-burned");
    expect(frame("1.3 million hectares")?.measure?.key).toBe("area-burned");
    expect(frame("128,000 acres")?.measure?.key).toBe("area-burned");
  });
  test("an area nothing burned is no burned area; 'overnight' is no noun", () => {
    expect(frame("9,000 hectares")?.measure?.key).not.toBe("area-burned");
    expect(frame("30 hectares")?.measure?.key).not.toBe("n:overnight");
  });
});

describe("frameClaims: a government's budget told two ways", () => {
  const one = framesOf("Norway budget\nPublished: 2026-03-05\n\nNorway's budget deficit will widen to NOK 62 billion in 2027, the finance ministry said. The deficit is forecast at 1.4% of GDP. Public debt is set to reach 42.8% of gross domestic product.\n", "budget1.txt");
  const two = framesOf("Oslo's deficit\nPublished: 2026-03-06\n\nThe government projected a deficit of NOK 62 billion for 2027. The debt-to-GDP ratio will rise to 42.8%.\n", "budget2.txt");
  test("a number about a year still to come is a forecast, whatever its verb", () => {
    expect(one("NOK 62 billion").kind).toBe("target");
    expect(two("NOK 62 billion").kind).toBe("target");
    expect(one("NOK 62 billion").measure?.key).toBe("budget-balance");
  });
  test("a later forecast with no period of its own is about the time the forecasts before it were", () => {
    expect(one("1.4%").period?.label).toBe("2027");
    expect(one("42.8%").period?.label).toBe("2027");
    expect(two("42.8%").period?.label).toBe("2027");
  });
  test("a ratio to GDP is the deficit's or the debt's share of GDP, however it is said", () => {
    for (const f of [one("42.8%"), two("42.8%")]) {
      expect(f.measure?.key).toBe("debt");
      expect(f.shareOf).toBe("gdp");
    }
    expect(one("1.4%").measure?.key).toBe("budget-balance");
  });
  test("an actual after the forecasts takes no forecast's period", () => {
    const f = framesOf("Norway budget\nPublished: 2026-03-05\n\nThe deficit will widen to NOK 62 billion in 2027. Last year the deficit was NOK 40 billion. Revenue came to NOK 900 billion.\n", "budget3.txt");
    expect(f("NOK 40 billion").kind).toBe("level");
    expect(f("NOK 40 billion").period?.label).toBe("2025");
    expect(f("NOK 900 billion").period?.label).toBe("2025");
  });
});

describe("frameClaims: people's ages and pay", () => {
  const of = framesOf("Striker signs\nPublished: 2026-07-14\n\nRiverside signed striker Daniel Okafor, 24, who will earn £250,000 a week. A 61-year-old fan was hurt. The club earned £610 million last season. The squad's average age is 26.4 years.\n", "ages.txt");
  test("a person's age is no figure; an average age is", () => {
    expect(of("24").notFigure).toBe(true);
    expect(of("61-year").notFigure).toBe(true);
    expect(of("26.4 years").notFigure).toBeUndefined();
  });
  test("what a person earns per week is pay; what a company earned is revenue", () => {
    expect(of("£250,000").measure?.key).toBe("pay");
    expect(of("£610 million").measure?.key).toBe("revenue");
  });
});

describe("frameClaims: an article without a date line", () => {
  test("'last month' is the month the text was last about, not a month guessed from the years it names", () => {
    const of = framesOf("Crude imports at record\nURL: https://example.com/crude\n\nKenya imported 90 per cent of its fuel in May 2025, data showed.\nLast month, refiners brought in a record 2.3 million tonnes (mt) of crude oil, beating 2.1 mt in March 2025.\n", "undated.txt");
    expect(of("2.3 million tonnes").period?.label).toBe("May 2025");
    expect(of("2.1 mt").period?.label).toBe("March 2025");
  });
  test("three places named equally often leave the article about none of them", () => {
    const of = framesOf("Oil climbs\nURL: https://example.com/oil\n\nTraders in Norway, Brazil and Angola watched prices. Output rose 3% in 2025.\n", "three.txt");
    expect(of("3%").places).toEqual([]);
  });
});

describe("frameClaims: a commodity market told three ways", () => {
  const of = framesOf("Oil climbs\nPublished: 2026-06-02\n\nWTI closed at $73.09 a barrel. Natural gas for July delivery fell 1.4% to $2.21 per million British thermal units. The IEA expects global oil demand to grow by 2.2 million bpd this year to a record 102.3 million bpd.\n", "oil.txt");
  test("a traded good's move is its price, whatever the subject; a contract month is no delivery", () => {
    expect(of("1.4%").measure?.key).toBe("price");
    expect(of("1.4%").product).toBe("gas");
    expect(of("1.4%").scopeKey).toBe("");
  });
  test("every number of a clause whose measure the clause calls global is the world's", () => {
    expect(of("2.2 million bpd").scopeKey).toBe("world");
    expect(of("102.3 million bpd").scopeKey).toBe("world");
  });
});

describe("frameClaims: a country's customs release", () => {
  const release = "China's exports beat forecasts as shipments to Southeast Asia surge\nDate: 2025-12-08\n\nChina's exports grew 6.7% in November, customs data showed, as shipments to the Association of Southeast Asian Nations (ASEAN) jumped 14.2%. The trade surplus widened to $111.7 billion. In the first 11 months, the surplus reached $1.08 trillion.\n";
  const of = framesOf(release, "customs.txt");
  test("the country whose story it is leads, of places named alike; an acronym restating a name counts once", () => {
    expect(of("6.7%").scopeKey).toBe("cn");
    expect(of("14.2%").scopeKey).toContain("asean");
  });
  test("a trade surplus with no partner is the country's own in a story not about trade between two places", () => {
    expect(of("$111.7 billion").scopeKey).toBe("cn");
    expect(of("$111.7 billion").measure?.key).toBe("trade-balance");
  });
  test("customs in lower case is the country's customs; 'the first 11 months' run from January", () => {
    expect(of("6.7%").origin).toBe("org:cn");
    expect(of("$1.08 trillion").period?.label).toBe("Jan–Nov 2025");
  });
  test("in a story about trade between two places, a trade figure with no places is theirs", () => {
    const pair = framesOf("Kenya and Uganda trade\nDate: 2025-12-08\n\nBilateral trade between Kenya and Uganda grew. The deficit widened to $1.2 billion in 2024.\n", "pair.txt");
    expect(pair("$1.2 billion").scopeKey).toBe("ke,ug");
  });
});

describe("frameClaims: a story about one organisation", () => {
  test("a number no clause places is the organisation's the title names, not the country the story names most", () => {
    const of = framesOf("Halvard Airlines flies record 28.4 million passengers\nDate: 2026-01-14\n\nHalvard Airlines Group carried 28.4 million passengers in 2025, the airline said in Oslo. Halvard plans new routes to Spain and Italy. Cargo volumes rose 3.5% in 2025.\n", "airline.txt");
    expect(of("3.5%").holder).toBe("halvard");
    expect(of("3.5%").scopeKey).toBe("");
  });
  test("not when the name is a person's or a product's", () => {
    const of = framesOf("Putin and Modi meet in Delhi\nDate: 2025-12-05\n\nPutin met Modi. Putin said trade rose 12% in 2025.\n", "summit.txt");
    expect(of("12%").holder).toBeUndefined();
  });
});

describe("frameClaims: a headline's clauses", () => {
  test("a period of another clause of the title is not the number's", () => {
    const of = framesOf("Halvard Airlines flies record 28.4 million passengers, eyes 30 million in 2026\nDate: 2026-01-14\n\nHalvard Airlines Group carried 28.4 million passengers in 2025.\n", "title.txt");
    const title = of("28.4 million");
    expect(title.period?.label).not.toBe("2026");
  });
});

describe("frameClaims: a budget balance is a government's", () => {
  test("no organisation holds it, whoever is named before it", () => {
    const of = framesOf("Budget review\nDate: 2026-02-25\n\nAccording to the Budget Review tabled in Parliament, the Treasury expects the budget deficit to narrow to 4.2 per cent of GDP in 2027. The Treasury said its revenue rose 3% in 2025.\n", "treasury.txt");
    expect(of("4.2 per cent").holder).toBeUndefined();
    expect(of("4.2 per cent").measure?.key).toBe("budget-balance");
  });
});

describe("frameClaims: a car market's month", () => {
  const text = "Portugal car market grows in May\nDate: 2026-06-03\n\nNew car registrations in Portugal rose 8.2% in May from a year earlier to 21,640 vehicles, the importers' association ACAP said.\nThe segment took 31.5% of the market, ACAP data showed.\nSkoda registered 2,450 cars in Portugal last month, down 3.1% from a year earlier.\n";
  const of = framesOf(text, "cars.txt");
  test("a level after 'from a year earlier' is the month's", () => {
    expect(of("21,640").period?.label).toBe("May 2026");
    expect(of("21,640").measure?.key).toBe("unit-sales");
  });
  test("a change set after a level with a comma measures what the level does", () => {
    expect(of("3.1%").measure?.key).toBe(of("2,450").measure?.key);
    expect(of("3.1%").kind).toBe("change");
  });
  test("a market share is not the credited body's", () => {
    expect(of("31.5%").measure?.key).toBe("market-share");
    expect(of("31.5%").holder).toBe("?");
  });
});

describe("frameClaims: a change appended to a level across its year and its credit", () => {
  const text = "Busier skies over Faro\nDate: 2026-01-20\n\nFaro airport handled 10.2 million passengers in 2025, the operator (ANA) said on Monday, an increase of 4.1% on the previous year.\nThe port of Sines handled 2.1 million containers in 2025; across the region, a rise of 3% in hotel stays was seen.\n";
  const of = framesOf(text, "faro.txt");
  test("the change measures what the level counts", () => {
    expect(of("4.1%").kind).toBe("change");
    expect(of("4.1%").measure?.key).toBe(of("10.2 million").measure?.key);
  });
  test("not across a semicolon", () => {
    expect(of("3%").measure?.key).not.toBe(of("2.1 million").measure?.key);
  });
  test("past a number that is no figure", () => {
    const teu = framesOf("Boxes\nDate: 2026-07-28\n\nThe terminal moved 2.4 million twenty-foot equivalent units (TEU) in the half, up 5.1 percent.\n", "teu.txt");
    expect(teu("5.1 percent").measure?.key).toBe("n:teu");
  });
});

describe("frameClaims: a ranking whose later entries name only their place", () => {
  const text = "Visitors to Thailand\nDate: 2026-01-20\n\nThailand welcomed 33 million foreign tourists in 2025.\nMalaysia was the largest source market with 4.9 million visitors, followed by China with 4.4 million and India with 2.1 million.\nJapan sent 1.1 million visitors, followed by Germany with 6% of all spending.\n";
  const of = framesOf(text, "th.txt");
  test("each entry counts what the first counts, in the place it names", () => {
    expect(of("4.4 million").measure?.key).toBe(of("4.9 million").measure?.key);
    expect(of("2.1 million").measure?.key).toBe(of("4.9 million").measure?.key);
    expect(of("4.4 million").places.map((p) => p.code)).toEqual(["cn"]);
    expect(of("2.1 million").places.map((p) => p.code)).toEqual(["in"]);
  });
  test("not an entry of another unit", () => {
    expect(of("6%").measure?.key).not.toBe(of("1.1 million").measure?.key);
  });
  test("an entry after a change is a change, in its own place; the place that opens it is not the one before's", () => {
    const list = "Norwegian prices\nDate: 2026-11-20\n\nPrices rose 2% in Norway. Sweden saw an increase of 3.8% and Denmark of 4.4%, while Finland saw prices of 1.2 million euros.\n";
    const on = framesOf(list, "nordic.txt");
    expect(on("4.4%").kind).toBe("change");
    expect(on("4.4%").places.map((p) => p.code)).toEqual(["dk"]);
    expect(on("3.8%").places.map((p) => p.code)).toEqual(["se"]);
    expect(on("1.2 million euros").kind).toBe("level");
    // (a place that starts the name of the next entry opens it too)
    const clubs = "Club money\nDate: 2026-01-22\n\nLeeds Athletic were third with 612 million euros, followed by Lyon Olympique with 598 million euros and Madrid Norte with 571 million euros.\n";
    expect(framesOf(clubs, "clubs.txt")("598 million euros").places.map((p) => p.code)).not.toContain("es");
  });
  test("an entry named right before its number, its unit left off: the place it names, not the first entry's", () => {
    const list = "Fish trade\nDate: 2026-03-02\n\nChile shipped 3.5 million euros of salmon in 2025, Peru 1.1 million and Argentina 0.6 million.\n";
    const on = framesOf(list, "fish.txt");
    expect(on("1.1 million").places.map((p) => p.code)).toEqual(["pe"]);
    expect(on("0.6 million").places.map((p) => p.code)).toEqual(["ar"]);
    expect(on("1.1 million").measure?.key).toBe(on("3.5 million euros").measure?.key);
    expect(on("3.5 million euros").places.map((p) => p.code)).toEqual(["cl"]);
  });
});

describe("frameClaims: a site read as the organisation too", () => {
  const text = "Kelby traffic\nDate: 2026-01-20\n\nKelby Airport served 9.1 million travellers in 2025.\nOutput at the Ostrava plant of Hallberg reached 41,000 trucks in 2025.\n";
  const of = framesOf(text, "kelby.txt");
  test("is the site alone", () => {
    expect(of("9.1 million").site).toBe("kelby");
    expect(of("9.1 million").holder).toBeUndefined();
  });
  test("an organisation's site keeps its organisation", () => {
    expect(of("41,000").site).toBe("ostrava");
    expect(of("41,000").holderName).toBe("Hallberg");
  });
});

describe("frameClaims: a price's change over the twelve months to a month", () => {
  const text = "Irish property\nDate: 2026-11-20\n\nHome prices in Ireland rose 7.4% in the 12 months to October, the statistics office said.\nIrish home prices were up 7.4% on a year earlier in October, a second outlet wrote.\nIrish exports rose 5.1% in the 12 months to October.\nThe median price paid in the year to October was 350,000 euros.\n";
  const of = framesOf(text, "ie.txt");
  test("is its change on the year in that month, as 'on a year earlier in October' says it", () => {
    const source = createSource(text, { file: "ie.txt" });
    const claims = extractClaims(source).filter((c) => c.surface === "7.4%");
    const frames = frameClaims(claims, new Map([[source.id, source]]));
    expect(claims).toHaveLength(2);
    for (const c of claims) {
      expect(frames.get(c.id)?.period?.label).toBe("October 2026");
      expect(frames.get(c.id)?.changeBasis).toBe("year");
    }
  });
  test("a flow's change over the twelve months is the twelve months' sum's", () => {
    expect(of("5.1%").period?.label).toBe("12 months to Oct 2026");
  });
  test("a price's level in the year to a month is that month's", () => {
    expect(of("350,000 euros").period?.label).toBe("October 2026");
  });
});

describe("frameClaims: the change a change is compared with, and a change that states no basis", () => {
  const text = "Dutch property\nDate: 2026-11-20\n\nDutch house prices rose 6.2% on a year earlier in October, compared with 5.9% the month before.\nPrices in Amsterdam fell 0.4% over the year, while Utrecht saw a rise of 7.7%.\nThe average price rose to 480,000 euros from 455,000 euros.\n";
  const of = framesOf(text, "nl.txt");
  test("the base of a percentage change is the change before, in the month before", () => {
    expect(of("5.9%").kind).toBe("change");
    expect(of("5.9%").changeBasis).toBe("year");
    expect(of("5.9%").period?.label).toBe("September 2026");
  });
  test("a change with no basis of its own takes the basis of the sentence's change before it", () => {
    expect(of("7.7%").changeBasis).toBe("year");
  });
  test("the base of an amount is a level", () => {
    expect(of("455,000 euros").kind).toBe("level");
  });
});

describe("frameClaims: a forecast by the body credited with it", () => {
  const text = "Maize outlook\nDate: 2026-11-13\n\nStatistics agency Ibrastat raised its forecast for Brazil's maize crop to 131 million tonnes in 2027.\nCarmaker Volvano expects its revenue to reach 4 billion euros in 2027.\n";
  const of = framesOf(text, "maize.txt");
  test("of a place's figure is the place's, forecast by that body", () => {
    expect(of("131 million tonnes").holder).toBeUndefined();
    expect(of("131 million tonnes").originName).toBe("Ibrastat");
    expect(of("131 million tonnes").places.map((p) => p.code)).toEqual(["br"]);
  });
  test("a company's own forecast of its revenue stays its own", () => {
    expect(of("4 billion euros").holderName).toBe("Volvano");
  });
});

describe("frameClaims: a month named alone takes no year from what it is compared with", () => {
  const text = "Tin prices\nDate: 2026-06-10\n\nTin averaged $31,200 a tonne in May, compared with $30,100 in April and $27,900 in May 2025.\nMiners shipped 4,100 tonnes in March 2025 and 3,900 tonnes in April.\n";
  const of = framesOf(text, "tin.txt");
  test("'in May, compared with … May 2025' is this May", () => {
    expect(of("$31,200 a tonne").period?.label).toBe("May 2026");
    expect(of("$30,100").period?.label).toBe("April 2026");
    expect(of("$27,900").period?.label).toBe("May 2025");
  });
  test("a year the sentence names outside a comparison still dates the month", () => {
    expect(of("3,900 tonnes").period?.label).toBe("April 2025");
  });
});

describe("frameClaims: money a production verb made", () => {
  const text = "Club finances\nDate: 2026-01-22\n\nThe league's clubs generated a combined 4.1 billion euros last season.\nThe dam generated 5 TWh of electricity last year.\n";
  const of = framesOf(text, "clubs.txt");
  test("is revenue; energy it made is output", () => {
    expect(of("4.1 billion euros").measure?.key).toBe("revenue");
    expect(of("5 TWh").measure?.key).toBe("production");
  });
});

describe("frameClaims: kinds of car, brands and markets", () => {
  const text = "Electric cars gain in Poland as Skoda leads\nDate: 2026-06-03\n\nElectric cars took 9.8% of the market in Poland in May, data from the association PZPM showed.\nSkoda registered 2,450 cars in Poland last month, while Kia's Polish registrations rose 12% to 1,900.\nPlug-in hybrids accounted for 6.1% of new cars registered.\n";
  const of = framesOf(text, "pl.txt");
  test("a kind of goods' share of the market is the market's, with the goods as product", () => {
    expect(of("9.8%").measure?.key).toBe("market-share");
    expect(of("9.8%").product).toBe("electric cars");
    expect(of("9.8%").places.map((p) => p.code)).toEqual(["pl"]);
    // a share of new cars registered is a share of the market
    expect(of("6.1%").measure?.key).toBe("market-share");
    expect(of("6.1%").product).toBe("plug-in hybrids");
  });
  test("a brand's registrations are the brand's", () => {
    expect(of("2,450").holderName).toBe("Skoda");
    expect(of("1,900").holderName).toBe("Kia");
    expect(of("1,900").measure?.key).toBe("unit-sales");
  });
});

describe("frameClaims: an aside's words", () => {
  test("a measure word inside an aside the number is not in does not say what it measures", () => {
    const text = "Irish growth\nDate: 2026-11-16\n\nPrivate consumption, which makes up half of the economy, rose 0.3% in the quarter.\n";
    expect(framesOf(text, "ie.txt")("0.3%").measure?.key).not.toBe("gdp");
  });
});

describe("frameClaims: a fact box", () => {
  const text = "Flood in Chile: what we know\nDate: 2026-11-05\n\n- Homeless: roughly 61,000 people\n- Bridges destroyed: 39\n- Deaths: 12, officials said\n\nSome 4,000 people were evacuated on Monday.\n";
  const of = framesOf(text, "box.txt");
  test("a line's label says what its number counts", () => {
    expect(of("61,000").measure?.key).toBe("n:homeless");
    expect(of("39").measure?.key).toBe("n:bridge");
    expect(of("12").measure?.key).toBe("deaths");
  });
  test("outside a labelled line the number's own words decide", () => {
    expect(of("4,000").measure?.key).not.toBe("n:homeless");
  });
});


describe("frameClaims: an organisation's workforce, its worldwide total, and who says what of it", () => {
  const text = "Regulator fines Torvald Systems\nPublished: 2026-10-14\n\nThe European Commission fined Torvald Systems 900 million euros, the Commission said.\nTorvald Systems, which employs 12,000 people, had global revenue of 8 billion euros last year.\nThe firm, based in Paris and employing about 12,500 staff worldwide, will appeal, it said.\nIts shares fell 3% in Paris trading.\n";
  const frame = framesOf(text, "fine.txt");
  test("the people an organisation employs are its own, in no place of the story's nor where it is based", () => {
    for (const n of ["12,000", "12,500"]) {
      expect(frame(n)?.holderName).toBe("Torvald Systems");
      expect(frame(n)?.scopeKey).toBe("");
      expect(frame(n)?.period?.label).toBe("as of October 2026");
    }
  });
  test("its global revenue is its revenue, with no place", () => {
    expect(frame("8 billion euros")?.scopeKey).toBe("");
    expect(frame("8 billion euros")?.holderName).toBe("Torvald Systems");
  });
  test("', it said' credits the organisation; a share's move takes no credit from the story", () => {
    expect(frame("12,500")?.originName).toBe("Torvald Systems");
    expect(frame("3%")?.origin).toBe("");
    expect(frame("900 million euros")?.originName).toMatch(/Commission/);
  });
});

describe("frameClaims: ', it said' of a text that names no organisation credits nobody", () => {
  test("the story's credit stays", () => {
    const said = framesOf("Exports rise\nPublished: 2026-10-14\n\nChile's statistics office said exports rose 5% in September.\nShipments to China grew 4%, it said.\n", "stats.txt");
    const unsaid = framesOf("Exports rise\nPublished: 2026-10-14\n\nChile's statistics office said exports rose 5% in September.\nShipments to China grew 4%.\n", "stats.txt");
    expect(said("4%")?.origin).toBeTruthy();
    expect(said("4%")?.origin).toBe(unsaid("4%")?.origin);
  });
});

describe("frameClaims: whose output a sentence tells", () => {
  const text = "Copper output falls\nPublished: 2026-11-30\n\nChile's copper output fell 4% in October to 431,200 tonnes.\nCodelco's output declined 6.5% to 118,700 tonnes.\nEscondida, majority-owned by BHP, produced 96,100 tonnes.\nDomestic output of copper cathodes fell to 90,000 tonnes.\nAnalysts at Banco Sur expect national production of 5.3 Mt this year.\n";
  const frame = framesOf(text, "copper.txt");
  test("a company's or a mine's output is its own: the possessive, or the subject before an aside", () => {
    expect(frame("118,700 tonnes")?.holderName).toBe("Codelco");
    expect(frame("96,100 tonnes")?.holderName).toBe("Escondida");
  });
  test("not: the country's output, a capital word opening a sentence, the analysts who forecast", () => {
    expect(frame("431,200 tonnes")?.holder).toBeUndefined();
    expect(frame("90,000 tonnes")?.holderName).toBeUndefined();
    expect(frame("5.3 Mt")?.holderName).toBeUndefined();
  });
});

describe("frameClaims: an acronym named with its statistics office is that office later on", () => {
  test("'the national statistics institute INE said' … 'INE said'", () => {
    const frame = framesOf("Output falls\nPublished: 2026-11-30\n\nChile's copper output fell 4% in October, the national statistics institute INE said.\nOutput was up 2.3% from September, INE said.\nPrices rose 1%, the mining commission said.\n", "ine.txt");
    expect(frame("2.3%")?.origin).toBe(frame("4%")?.origin);
    expect(frame("1%")?.origin).not.toBe(frame("4%")?.origin);
  });
});

describe("frameClaims: a number in a relative clause about a place", () => {
  test("is that place's; not when the place ends a list, nor when another place is named in the clause", () => {
    const frame = framesOf("LNG exports\nPublished: 2024-01-05\n\nThe US went past Qatar, which had led in 2022, with its exports falling for the first time since 2016, a 1.9% decline.\nThe Netherlands, France and the UK, which between them took 35%, led buyers.\nThe US overtook Qatar, which now ships less than Australia, by 12%.\n", "lng.txt");
    expect(frame("1.9%")?.scopeKey).toBe("qa");
    expect(frame("35%")?.scopeKey).not.toBe("gb");
    expect(frame("12%")?.scopeKey).not.toBe("qa");
  });
});

describe("frameClaims: a company's job cuts", () => {
  const text = "Truckmaker Hallvik to lay off 4,100 workers\nPublished: 2026-03-04\n\nSwedish truckmaker Hallvik said it would cut about 4,000 jobs, as it seeks savings of 5 billion crowns ($480 million) by the end of 2027.\nHallvik, which employs around 67,000 people, plans to lay off 4,100 workers.\n";
  const frame = framesOf(text, "cuts.txt");
  test("are its jobs cut, a change it announces, in no place its nationality names and of no deadline of another clause", () => {
    expect(frame("4,000")?.measure?.key).toBe("n:job");
    expect(frame("4,000")?.kind).toBe("change");
    expect(frame("4,000")?.holderName).toBe("Hallvik");
    expect(frame("4,000")?.scopeKey).toBe("");
    expect(frame("4,000")?.period).toBeUndefined();
    expect(frame("4,100")?.holder).toBe(frame("4,000")?.holder);
  });
});

describe("frameClaims: the world's shipments counted in units", () => {
  test("'Global smartphone shipments rose … to 316.1 million units' in a story that names China elsewhere", () => {
    const frame = framesOf("Phone shipments rise\nPublished: 2026-10-15\n\nGlobal smartphone shipments rose 3.1% year on year to 316.1 million units in the third quarter, IDC said.\nShipments in China fell 2%.\nShipments in China fell 3% in the second quarter.\n", "phones.txt");
    expect(frame("316.1 million")?.measure?.key).toBe(frame("3.1%")?.measure?.key);
    expect(frame("316.1 million")?.scopeKey).toBe("world");
  });
});

describe("frameClaims: consumer prices up on the month before are a monthly rate, however the month is named", () => {
  test("'compared with September', 'from the previous month': a change on the month; 'from a year earlier': inflation", () => {
    const frame = framesOf("Prices\nPublished: 2026-11-10\n\nBrazilian consumer prices increased 0.46% in October compared with September.\nConsumer prices rose 0.44% in October from the previous month.\nConsumer prices rose 4.8% in October from a year earlier.\n", "cpi.txt");
    expect(frame("0.46%")?.kind).toBe("change");
    expect(frame("0.46%")?.changeBasis).toBe("month");
    expect(frame("0.44%")?.kind).toBe("change");
    expect(frame("4.8%")?.kind).toBe("level");
  });
});

describe("frameClaims: a sentence about an earlier record hands its year on to nothing", () => {
  test("'The previous record of 47.3C was set in 2003.' does not date the firefighters of the next sentence", () => {
    const frame = framesOf("Heat record\nPublished: 2026-07-15\n\nTemperatures in Mora reached 47.4C on Monday, a national record.\nThe previous record of 47.3C was set in 2003.\nMore than 1,200 firefighters were battling 14 wildfires.\n", "heat.txt");
    expect(frame("47.3C")?.period?.label).toBe("2003");
    expect(frame("1,200")?.period).toBeUndefined();
  });
});

describe("frameClaims: a company's deliveries counted in units, and a place in a clause of reason", () => {
  test("'Hallvik's truck deliveries fell 14% last year to 212,000 units as demand in Europe slowed'", () => {
    const frame = framesOf("Hallvik deliveries\nPublished: 2026-03-03\n\nSwedish truckmaker Hallvik said on Tuesday it would cut 4,000 jobs.\nHallvik's truck deliveries fell 14% last year to 212,000 units as demand in Europe slowed.\n", "trucks.txt");
    expect(frame("212,000")?.measure?.key).toBe(frame("14%")?.measure?.key);
    expect(frame("212,000")?.scopeKey).not.toMatch(/europe/);
  });
});

describe("frameClaims: a named site's figure", () => {
  const text = "Canal revenue\nDate: 2025-01-12\n\nEgypt's Suez Canal earned $4 billion in 2024, according to the Suez Canal Authority (SCA), the SCA said.\nRevenue from the Suez Canal dropped 61% to $3.99 billion in 2024, the SCA said.\nCanal income totalled $4.1 billion in 2024.\nHallberg said output at Hallberg's Ostrava plant reached 41,000 trucks in 2025.\n";
  const of = framesOf(text, "suez.txt");
  test("is the site's, wherever its country is told, and no organisation's the story names most", () => {
    for (const surface of ["$4 billion", "$3.99 billion", "$4.1 billion"]) {
      expect(of(surface).site).toBe("suez");
      expect(of(surface).holder).toBeUndefined();
      expect(of(surface).scopeKey).toBe("");
    }
  });
  test("an owner its clause names stays", () => {
    expect(of("41,000").site).toBe("ostrava");
    expect(of("41,000").holderName).toBe("Hallberg");
  });
});

describe("frameClaims: the value of exports", () => {
  test("a value word next to the trade word makes its change a value's; one in the clause before does not", () => {
    const of = framesOf("Trade\nDate: 2025-11-02\n\nThe value of Chilean exports rose 4% in October.\nThe import bill fell 2% in October.\nPublic spending rose 0.8% in October while exports dropped 1.1%.\n", "trade.txt");
    expect(of("4%").measure?.key).toBe("exports-value");
    expect(of("2%").measure?.key).toBe("imports-value");
    expect(of("1.1%").measure?.key).toBe("exports");
  });
});

describe("frameClaims: sales told in units", () => {
  test("a change whose level is told in units sold is the units' change; one whose level is money is revenue's", () => {
    const of = framesOf("Spanish car market\nDate: 2026-11-03\n\nSales of new cars in Spain climbed 5.8% year on year in October, to 84,300 units.\nToyota sales rose 4% in the quarter to $61 billion.\n", "es.txt");
    expect(of("5.8%").measure?.key).toBe("unit-sales");
    expect(of("84,300").measure?.key).toBe("unit-sales");
    expect(of("4%").measure?.key).toBe("revenue");
    // (money of another thing after the sales is not their level: "despite a EUR1.4 billion budget")
    const pumps = framesOf("Heat pumps\nDate: 2026-09-16\n\nSales of heat pumps were up 9.3% at 1.41 million units.\nPoland fared worse, with sales down 32%, despite a EUR1.4 billion budget for its programme.\n", "pumps.txt");
    expect(pumps("32%").measure?.key).toBe("unit-sales");
  });
  test("a total of a story whose title names two kinds of car is of cars (the title is not counted twice as the opening)", () => {
    const of = framesOf("Electric cars gain on shrinking petrol market\nDate: 2026-11-03\n\nSome 84,300 new cars were registered in Spain in October.\nElectric models took 17.2% of the market.\nRegistrations reached 900,000 in the first ten months.\n", "es2.txt");
    expect(of("900,000").product).toBe("cars");
    expect(of("17.2%").product).toBe("electric cars");
  });
  test("a kind of car's share, told by its goods alone, is a market share of those goods", () => {
    const of = framesOf("Car market\nDate: 2026-11-03\n\nThe share of fully electric cars rose to 17.2% in October.\nPetrol cars' share fell to 26.5%.\nDiesel models accounted for 8.1% of the total.\nThe group's share of the vote rose to 31%.\n", "es3.txt");
    expect([of("17.2%").measure?.key, of("17.2%").product]).toEqual(["market-share", "electric cars"]);
    expect([of("26.5%").measure?.key, of("26.5%").product]).toEqual(["market-share", "petrol cars"]);
    expect([of("8.1%").measure?.key, of("8.1%").product]).toEqual(["market-share", "diesel cars"]);
    expect(of("31%").measure?.key).not.toBe("market-share");
  });
});

describe("frameClaims: a market's quotes", () => {
  test("a traded good's price is the market's, not the source the story credits for another figure", () => {
    const of = framesOf("Oil rises\nDate: 2026-12-03\n\nBrent crude futures settled up 1.2% at $63.18 a barrel.\nWTI was up 1.1% at $59.29 a barrel at 1400 GMT.\nCrude stocks fell by 1.8 million barrels in the week ended Nov. 28, the Energy Information Administration said.\n", "oil.txt");
    expect(of("$63.18 a barrel").origin).toBe("");
    expect(of("$59.29 a barrel").origin).toBe("");
    expect(of("1.8 million barrels").originName).toMatch(/Energy Information Administration/);
    expect(of("1.8 million barrels").period?.label).toBe("week of 23–29 Nov 2026");
  });
});

describe("frameClaims: a wildfire's day", () => {
  test("the area it burned (whatever noun follows), how much is contained; both as of the day told", () => {
    const of = framesOf("Fire near Athens\nDate: 2026-08-11\n\nA wildfire that has scorched 10,000 hectares burns north of the capital.\nIt has now burned through 10,500 hectares and was 55% contained.\nFirefighters had contained 40% of the fire by Tuesday night.\nVoters gave the mayor 40% of the vote.\n", "fire.txt");
    expect(of("10,000 hectares").measure?.key).toBe("area-burned");
    expect(of("10,500 hectares").measure?.key).toBe("area-burned");
    expect(of("55%").measure?.key).toBe("containment");
    expect(of("55%").kind).toBe("level");
    expect(of("55%").asOf).toBe("2026-08-11");
  });
});

describe("frameClaims: 'its' after a name is the name's, unless a place stands between", () => {
  test("'Kelvar said its revenue rose' is Kelvar's; 'Kelvar's return allowed Norway to lift its exports' is Norway's", () => {
    const own = framesOf("Results\nDate: 2025-03-02\n\nKelvar Shipping said its revenue rose 12% in 2024.\n", "own.txt");
    expect(own("12%").holder).toBe("kelvar");
    const place = framesOf("Gas\nDate: 2025-03-02\n\nStrong demand and Kelvar Shipping's return to service allowed Norway to lift its gas exports by 12% in 2024.\n", "place.txt");
    expect(place("12%").holder).toBeUndefined();
    expect(place("12%").scopeKey).toContain("no");
  });
});

describe("frameClaims: a list's entries told after the first", () => {
  test("'Italy's sites were 94.6% full and Germany's 88.1%': each its own place, both how full storage is", () => {
    const of = framesOf("Gas\nDate: 2026-10-01\n\nItaly's sites were 94.6% full and Germany's 88.1%.\n", "list.txt");
    expect(of("94.6%").scopeKey).toBe("it");
    expect(of("88.1%").scopeKey).toBe("de");
    expect(of("88.1%").measure?.key).toBe("storage-fill");
  });
  test("', while Italy's stood at 94.6%' is the next entry too", () => {
    const of = framesOf("Gas\nDate: 2026-10-01\n\nGermany's storage was 88.1% full, while Italy's stood at 94.6%.\n", "list2.txt");
    expect(of("94.6%").measure?.key).toBe("storage-fill");
    expect(of("94.6%").scopeKey).toBe("it");
    expect(of("88.1%").period?.from).toBe("2026-10-01");
  });
});

describe("frameClaims: rain and rainfall are one measure", () => {
  test("'300 mm of rain' and '312 mm of rainfall' measure the same", () => {
    const a = framesOf("Storm\nDate: 2026-12-01\n\nThe storm dropped 300 mm of rain on Crete.\n", "a.txt");
    const b = framesOf("Storm\nDate: 2026-12-01\n\nCrete received 312 mm of rainfall.\n", "b.txt");
    expect(a("300 mm").measure?.key).toBe(b("312 mm").measure?.key);
    expect(a("300 mm").measure?.key).toBe("n:rainfall");
  });
});

describe("frameClaims: how many times over an offering was wanted", () => {
  test("'10x oversubscribed' and 'ten times oversubscribed' are one measure", () => {
    const text = "Velden prices its IPO at the top of the range\nDate: 2026-05-14\n\nThe initial public offering was 10x oversubscribed, the bank said.\nAnother listing last month was ten times oversubscribed.\n";
    const of = framesOf(text, "ipo.txt");
    expect(of("10x").measure?.key).toBe("oversubscription");
    expect(of("ten times").measure?.key).toBe("oversubscription");
  });
});

describe("frameClaims: a stock told by the week and by the day", () => {
  const text = "Chile's reserves rise\nDate: 2026-03-14\n\nChile's foreign exchange reserves rose by $420 million to $46.2 billion in the week ended March 6, the central bank said.\nThey had hit a record high of $48.9 billion in late May last year.\nCopper holdings, a small part of the reserves, rose by $12 million to $1.1 billion.\nExports rose 3% to $9.1 billion in the week ended March 6.\n";
  const of = framesOf(text, "chile.txt");
  test("a stock's level in the week ended a day is its level that day; its change is the week's", () => {
    expect(of("$46.2 billion").period?.label).toBe("6 March 2026");
    expect(of("$420 million").period?.label).toBe("week of 2–8 Mar 2026");
    expect(of("$420 million").measure?.key).toBe("fx-reserves");
  });
  test("a flow's level that week stays the week's", () => {
    expect(of("$9.1 billion").period?.label).toBe("week of 2–8 Mar 2026");
  });
  test("a series' peak some time before hands its period on to nothing", () => {
    expect(of("$48.9 billion").period?.label).toBe("May 2025");
    expect(of("$1.1 billion").period?.label).toBe("week of 2–8 Mar 2026");
  });
  test("an aside about the subject gives the number no measure", () => {
    expect(of("$1.1 billion").measure?.key).not.toBe("fx-reserves");
  });
});

describe("frameClaims: a clause with a subject of its own does not take another clause's measure", () => {
  test("the second clause's subject is its own", () => {
    const text = "Peru reserves\nDate: 2026-03-14\n\nGold reserves rose to $4.2 billion, while Peru's position with the fund stood at $1.3 billion.\n";
    const of = framesOf(text, "peru.txt");
    expect(of("$4.2 billion").measure?.key).toBe("stocks");
    expect(of("$1.3 billion").measure?.key).not.toBe("stocks");
  });
});

describe("frameClaims: a list of places told with 'those', and a level compared with the same months of a year", () => {
  const text = "Tourist arrivals\nDate: 2026-10-02\n\nDemand for rooms stayed strong.\nThere were 412,000 hotel bookings from foreign visitors between January and August, down from 388,000 in the same period of 2025, the agency said.\nBookings from Kenya rose by 14%, and those from Ghana by 9%.\nHotels reported 2.1 million bookings in the first eight months, 6% more than in the same period last year.\nThe chain sold 24,000 rooms, 31% more than its rival.\n";
  const of = framesOf(text, "bookings.txt");
  test("the base counts what the number it is compared with counts, in the same months of the year named", () => {
    expect(of("388,000").measure?.key).toBe(of("412,000").measure?.key);
    expect(of("388,000").period?.label).toBe("Jan–Aug 2025");
  });
  test("'those from Ghana' are bookings too, their own place's, and a change", () => {
    expect(of("9%").measure?.key).toBe(of("14%").measure?.key);
    expect(of("9%").kind).toBe("change");
    expect(of("9%").scopeKey).toBe("gh");
  });
  test("'…, 6% more than in the same period last year' is the change of the level before it; a price compared with another is not", () => {
    expect(of("6%").measure?.key).toBe(of("2.1 million").measure?.key);
    expect(of("31%").measure?.key ?? "-").not.toBe(of("24,000").measure?.key);
  });
});

describe("frameClaims: a body named with its acronym, and official figures of a story of no one place", () => {
  const text = "Thefts fall\nDate: 2026-10-02\n\nThefts fell to 41,200 in the year to June, official figures show.\nThe Office for Road Statistics (ORS) said 41,300 thefts were recorded, a 6% decrease.\nPolice also recorded 8,100 robberies, a figure little changed from a year earlier.\n";
  const of = framesOf(text, "thefts.txt");
  test("the acronym and the name alone are both its keys", () => {
    const kenya = framesOf("Kenya's thefts fall\nDate: 2026-10-02\n\nThe Kenya National Statistics Office (KNSO) said Kenya recorded 41,300 thefts.\n", "kenya.txt");
    expect(kenya("41,300").origin).toBe("org:KNSO");
    expect(kenya("41,300").originAlias).toBe(originKey("Kenya National Statistics Office"));
    expect(kenya("41,300").originAlias).toBe("org:ke");
  });
  test("'official figures' of no place take the story's named source", () => {
    expect(of("41,200").origin).toBe("org:ORS");
  });
  test("', a 6% decrease' is the change of the level before it", () => {
    expect(of("6%").measure?.key).toBe(of("41,300").measure?.key);
    expect(of("6%").kind).toBe("change");
  });
  test("a level 'little changed from a year earlier' is of the sentence's own period", () => {
    expect(of("8,100").period?.label).toBe("12 months to Jun 2026");
  });
});

describe("frameClaims: aid between the story's two places, and the price of one of several things", () => {
  const text = "Japan pledges more aid to the Philippines\nDate: 2026-04-10\n\nJapan pledged 40 billion yen in aid to the Philippines on Friday.\nTokyo's total aid since 2020 now stands at 410 billion yen.\nThe package includes six patrol boats, each costing about 6 billion yen.\n";
  const of = framesOf(text, "aid.txt");
  test("a total that names one of the two places is between both", () => {
    expect(of("410 billion yen").scopeKey).toBe(of("40 billion yen").scopeKey);
    expect(of("410 billion yen").measure?.key).toBe("aid");
  });
  test("'each costing' is a price, not the aid the sentence before measured", () => {
    expect(of("6 billion yen").measure?.key).toBe("price");
  });
});

describe("frameClaims: a budget request for a year to come, its lines, and its shares of GDP", () => {
  const text = [
    "Navy asks for more",
    "Date: 2026-09-10",
    "",
    "Norway's defence ministry requested 98 billion crowns for 2027, up 6% from this year's budget.",
    "The request includes 7.5 billion crowns for frigates and 2.1 billion crowns for drones.",
    "The amount is 6.2 per cent higher than the budget for 2026.",
    "Oslo aims to lift military spending to 2.5% of GDP by 2030, from about 2% now, under a 600-billion-crown long-term plan.",
    "",
  ].join("\n");
  const of = framesOf(text, "navy.txt");

  test("money asked for a year to come is a request of that year, not a forecast; the sentence after is about that year", () => {
    expect(of("98 billion crowns").measure?.key).toBe("request");
    expect(of("98 billion crowns").kind).toBe("level");
    expect(of("98 billion crowns").period?.label).toBe("2027");
    // ("up 6% from this year's budget": this year is the base; the change is the request's)
    expect(of("6%").period?.label).toBe("2027");
    expect(of("6.2 per cent").period?.label).toBe("2027");
  });

  test("each line of the request is spending on its purpose", () => {
    expect(of("7.5 billion crowns").measure?.key).toBe("spending:frigate");
    expect(of("2.1 billion crowns").measure?.key).toBe("spending:drone");
    expect(of("2.1 billion crowns").period?.label).toBe("2027");
  });

  test("the share a share of GDP moved from is a share of GDP too; GDP is no measure of the plan's money", () => {
    expect(of("2.5%").shareOf).toBe("gdp");
    expect(of("2%").shareOf).toBe("gdp");
    expect(of("2%").measure?.key).toBe(of("2.5%").measure?.key);
    expect(of("600-billion-crown").measure?.key).toBe("n:plan");
  });
});

describe("frameClaims: a place after two counts joined as one phrase", () => {
  const of = framesOf("Flu season in Mexico\nDate: 2025-03-12\n\nMexico reported a mild flu season, and Mexico's hospitals coped.\nFlu causes about 41,000 hospitalisations and 5,200 deaths among children in Canada each year.\nExports reached 41,500 doses, while imports came to 5,300 doses from Peru.\n", "flu.txt");
  test("'41,000 hospitalisations and 5,200 deaths among children in Canada': both Canada's", () => {
    expect(of("5,200").scopeKey).toBe("ca");
    expect(of("41,000").scopeKey).toBe("ca");
  });
  test("not across a clause: 'Exports reached 41,500 doses, while imports came to 5,300 doses from Peru'", () => {
    expect(of("41,500").scopeKey).not.toMatch(/pe/);
  });
});

describe("frameClaims: a market index's readings", () => {
  const of = framesOf("Stocks slip\nDate: 2025-03-12\n\nThe S&P 500 index fell 1.2% to 5,600 points this week, while the FTSE 100 rose 0.4% to 8,540.\nThe gauge is 9% higher than a year ago.\n", "stocks.txt");
  test("the index is the reading's site, of the day told; the number in its name is no figure", () => {
    expect(of("1.2%").site).toBe("index:s&p 500");
    expect(of("1.2%").period?.label).toBe("12 March 2025");
    expect(of("5,600").site).toBe("index:s&p 500");
    expect(of("8,540").site).toBe("index:ftse 100");
    expect(of("500").notFigure).toBe(true);
    expect(of("100").notFigure).toBe(true);
  });
  test("'the gauge' is the index named last; an index's numbers go back to it, whoever reports them", () => {
    expect(of("9%").site).toBe("index:ftse 100");
    expect(of("0.4%").origin).toBe("index:ftse 100");
  });
});

describe("frameClaims: age bands", () => {
  test("a story that names two bands keeps their figures apart", () => {
    const of = framesOf("Youth jobs\nDate: 2025-05-13\n\nUnemployment among 16-24 year olds rose to 14.8%, while for those aged 50 and over it was 3.1%.\n", "jobs.txt");
    expect(of("14.8%").measure?.key).toMatch(/@16-24$/);
    expect(of("3.1%").measure?.key).toMatch(/@50\+$/);
  });
  test("a story that names one band is about that band's people: no band on its figures", () => {
    const of = framesOf("Shot works\nDate: 2025-05-13\n\nThe vaccine was 83% effective in a trial of 9,000 adults aged 60 and over.\n", "trial.txt");
    expect(of("83%").measure?.key).not.toMatch(/@/);
  });
});

describe("frameClaims: a share of a measure", () => {
  test("'supplied 62.7% of electricity generation' measures generation, of the goods before it", () => {
    const of = framesOf("Power mix\nDate: 2025-07-01\n\nRenewables supplied 62.7% of Spain's electricity generation in the first half of 2025.\n", "mix.txt");
    expect(of("62.7%").measure?.key).toBe("production");
    expect(of("62.7%").product).toBe("renewables");
    expect(of("62.7%").shareOf).toBe("electricity generation");
  });
  test("not: a verb's own measure where the share's base names none ('exported 40% of its crop')", () => {
    const of = framesOf("Crop\nDate: 2025-07-01\n\nBrazil exported 40% of its coffee crop in 2024.\n", "crop.txt");
    expect(of("40%").measure?.key).toBe("exports");
  });
});

describe("frameClaims: an opening 'In <name>,' and a body that only reported", () => {
  test("'In Eastgate, the vacancy rate fell to 20.4%': Eastgate's", () => {
    const of = framesOf("Offices\nDate: 2025-10-02\n\nThe vacancy rate in Harbourside fell to 22.1%.\nIn Eastgate, the vacancy rate fell to 20.4%.\n", "offices.txt");
    expect(of("20.4%").holder).toBe("eastgate");
  });
  test("a body named only as who reported is not whose the numbers after it are", () => {
    const of = framesOf("Offices\nDate: 2025-10-02\n\nHarbourside's office vacancy rate fell to 22.1%, Brickfield reported.\nHarbourside rents rose 2%, according to Brickfield.\nAsking rents averaged $75.40 a square foot.\n", "offices.txt");
    expect(of("$75.40 a square foot").holder).toBe("harbourside");
  });
});

describe("frameClaims: an area and what it measures", () => {
  const text = [
    "Forest clearing slows",
    "Date: 2025-10-02",
    "",
    "LIMA, Oct 2 (Wire) - Deforestation in Peru's Amazon fell 18.2% in the 12 months through August to 1,904 square kilometres, the lowest since 2016, according to data from national forest service Serfor.",
    "Some 2,328 sq km were cleared in the previous 12-month period.",
    "Annual forest loss in Bolivia's Chaco dropped to 2,310 sq km, a 9.6% fall, and the Amazon lost 3,100 sq km of forest.",
    "",
  ].join("\n");
  const of = framesOf(text, "forest.txt");

  test("an area takes the noun of its clause's subject, after a dateline too ('Deforestation … fell 18.2% … to 1,904 square kilometres')", () => {
    expect(of("1,904 square kilometres").measure?.key).toBe("n:deforestation");
    expect(of("18.2%").measure?.key).toBe("n:deforestation");
  });

  test("a month named alone is not of a year that ranks the number ('the lowest since 2016')", () => {
    expect(of("1,904 square kilometres").period?.label).toBe("12 months to Aug 2025");
  });

  test("an area cleared, however told; 'forest loss' is no company's loss", () => {
    expect(of("2,328 sq km").measure?.key).toBe("n:deforestation");
    expect(of("2,328 sq km").period?.label).toBe("12 months to Aug 2024");
    expect(of("2,310 sq km").measure?.key).toBe("n:deforestation");
    expect(of("9.6%").measure?.key).toBe("n:deforestation");
    expect(of("3,100 sq km").measure?.key).toBe("n:deforestation");
  });

  test("a natural region is the number's site; a change set after its level takes the level's site", () => {
    expect(of("1,904 square kilometres").site).toBe("amazon");
    expect(of("2,310 sq km").site).toBe("chaco");
    expect(of("9.6%").site).toBe("chaco");
  });

  test("an acronym written as a word ('Serfor') is one origin with the acronym ('SERFOR')", () => {
    expect(of("18.2%").originAlias).toBe(originKey("SERFOR"));
  });

  test("not: an area with a noun of its own keeps it ('a 1,200 sq km reserve')", () => {
    const other = framesOf("Parks\nDate: 2025-10-02\n\nThe government created a reserve of 1,200 sq km in Peru.\n", "park.txt");
    expect(other("1,200 sq km").measure?.key).toBe("n:reserve");
  });
});

describe("frameClaims: a people alone is its place", () => {
  test("'Indian students received 20,000 permits', 'applications from India', 'India … with 20,000 permits' share a scope", () => {
    const of = framesOf("Permits\nDate: 2025-02-12\n\nIndian students received 21,000 permits in 2024. Applications from India fell to 32,000 in 2024. India was the largest source country, with 23,000 permits in 2024.\n", "permits.txt");
    expect(of("21,000").scopeKey).toBe("in");
    expect(of("32,000").scopeKey).toBe("in");
    expect(of("23,000").scopeKey).toBe("in");
  });
  test("not beside another place: Chinese students in Russia and Russian students in China stay apart", () => {
    const of = framesOf("Students\nDate: 2025-02-12\n\nChinese students in Russia numbered 56,000 in 2024, while Russian students in China numbered 21,000.\n", "students.txt");
    expect(of("56,000").scopeKey).not.toBe(of("21,000").scopeKey);
  });
});

describe("frameClaims: monthly and annual inflation", () => {
  const text = "Peru prices\nDate: 2025-11-05\n\nLIMA (Wire) - Monthly inflation in Peru fell to 0.3 percent in October, down from 0.5 percent in September, the slowest since November 2021.\nOver the past 12 months, consumer prices rose 4.1 percent. Annual inflation stood at 4.3% in September.\n";
  const of = framesOf(text, "peru.txt");
  test("monthly inflation is the rise of prices on the month, and so is the rate it came down from", () => {
    expect(of("0.3 percent").kind).toBe("change");
    expect(of("0.3 percent").changeBasis).toBe("month");
    expect(of("0.5 percent").changeBasis).toBe("month");
    // (October of the date line's year, not of the year the rate is the slowest since)
    expect(of("0.3 percent").period?.label).toBe("October 2025");
  });
  test("annual inflation is a level, however told ('prices rose 4.1 percent over the past 12 months')", () => {
    expect(of("4.1 percent").kind).toBe("level");
    expect(of("4.1 percent").changeBasis).toBeUndefined();
    expect(of("4.3%").kind).toBe("level");
  });
});

describe("frameClaims: deaths by cause, places counted by which way things went", () => {
  const text = "Overdoses fall\nDate: 2025-05-14\n\nDrug overdose deaths in Canada fell 17% to 7,146 in 2024, according to the Centres for Disease Prevention and Care.\nThat compares with roughly 8,600 deaths in 2023. Deaths involving fentanyl dropped to 4,900.\nThe decline was recorded in nine provinces, while deaths rose in two provinces.\n";
  const of = framesOf(text, "overdose.txt");
  test("a cause is part of the measure; deaths told with none are of the story's main cause; a comparison's year dates no sentence after it", () => {
    expect(of("7,146").measure?.key).toBe("deaths@overdose");
    expect(of("8,600").measure?.key).toBe("deaths@overdose");
    expect(of("4,900").measure?.key).toBe("deaths@fentanyl");
    expect(of("4,900").period?.label).toBe("2024");
  });
  test("'recorded in nine provinces' (a decline) and 'rose in two provinces' are two counts", () => {
    expect(of("nine").measure?.key).not.toBe(of("two").measure?.key);
  });
  test("a long name's acronym without its last 'and …' ('… Prevention and Care' is the CDP) is one origin with it", () => {
    expect(of("7,146").originAlias ?? of("7,146").origin).toBe(originKey("CDP"));
  });
});

describe("frameClaims: projections", () => {
  const text = "World population to peak at 9.8 billion in 2080s\nDate: 2024-07-11\n\nGENEVA (Wire) - The global fertility rate stands at 2.25 births per woman, the United Nations said.\nJapan's population, now 123.8 million, is projected to shrink to 87 million by the end of the century.\n";
  const of = framesOf(text, "pop.txt");
  test("a title's time still to come is no period of the sentences after it; 'The global … stands at' is the world's", () => {
    expect(of("2.25").period?.label ?? "").not.toMatch(/2080/);
    expect(of("2.25").scopeKey).toBe("world");
    expect(of("2.25").measure?.key).toBe("fertility-rate");
  });
  test("a number told as it stands now is a level of the article's month, whatever the forecast after it", () => {
    expect(of("123.8 million").kind).toBe("level");
    expect(of("123.8 million").period?.label).toBe("as of July 2024");
    expect(of("87 million").kind).toBe("target");
    expect(of("87 million").period?.label).toBe("2100");
  });
});

describe("frameClaims: a part of a time told 'alone' narrows its own sentence only", () => {
  const text = (opening: string) => `Copper output\nDate: 2025-02-10\n\nChile mined 5.3 million tonnes of copper in 2024.\n${opening}, Chile mined 1.4 million tonnes.\nPeru mined 2.7 million tonnes.\n`;
  test("'In the fourth quarter alone,' leaves the next sentence in 2024", () => {
    const of = framesOf(text("In the fourth quarter alone"), "cu.txt");
    expect(of("1.4 million tonnes").period?.label).toBe("Q4 2024");
    expect(of("2.7 million tonnes").period?.label).toBe("2024");
  });
  test("not: a sentence that opens with its quarter, told plainly, carries it on", () => {
    expect(framesOf(text("In the fourth quarter"), "cu.txt")("2.7 million tonnes").period?.label).toBe("Q4 2024");
  });
  // the part told "alone" where it is named, not at the opening
  const named = (clause: string) => `Copper output\nDate: 2025-02-10\n\nChile mined 5.3 million tonnes of copper in 2024.\n${clause} 1.4 million tonnes.\nPeru mined 2.7 million tonnes.\n`;
  test("'the last quarter of the year alone yielded', 'December alone accounted for' leave the next sentence in 2024", () => {
    for (const clause of ["Output slowed in the spring, and the last quarter of the year alone yielded", "December alone accounted for"]) {
      const of = framesOf(named(clause), "cu.txt");
      expect(of("1.4 million tonnes").period?.label).toMatch(/^(?:Q4|December) 2024$/);
      expect(of("2.7 million tonnes").period?.label).toBe("2024");
    }
  });
  test("not: 'December accounted for' carries its month on", () => {
    expect(framesOf(named("December accounted for"), "cu.txt")("2.7 million tonnes").period?.label).toBe("December 2024");
  });
});

describe("frameClaims: a change set after its level takes the time the level's own words tell", () => {
  test("'Buying accelerated at the end of the year, with farmers purchasing 80,000 tractors in the fourth quarter, 12% more than a year earlier'", () => {
    const of = framesOf("Tractor sales\nDate: 2025-02-10\n\nFarmers bought 250,000 tractors in 2024.\nBuying accelerated at the end of the year, with farmers purchasing 80,000 tractors in the fourth quarter, 12% more than a year earlier.\n", "tr.txt");
    expect(of("80,000").period?.label).toBe("Q4 2024");
    expect(of("12%").period?.label).toBe("Q4 2024");
  });
  test("not: a change with its own time", () => {
    const of = framesOf("Tractor sales\nDate: 2025-02-10\n\nDealers sold 80,000 tractors in the fourth quarter, up 12% in 2024 as a whole.\n", "tr.txt");
    expect(of("12%").period?.label).toBe("2024");
  });
});

describe("frameClaims: credits handed on to the sentences after", () => {
  const text = (middle: string) => `Cobalt market\nDate: 2025-02-10\n\nCobalt output rose 9% to 230,000 tonnes in 2024, the Cobalt Institute said.\n${middle}\nRefined supply reached 210,000 tonnes.\n`;
  test("a remark quoted with no number hands on nothing: the figures after it are still the story's source's", () => {
    const of = framesOf(text('"Demand from batteries kept the market tight," said Ana Ruiz, an analyst at Kestrel Metals.'), "co.txt");
    expect(of("210,000 tonnes").originName).toMatch(/Cobalt Institute/);
  });
  test("nor does a body that reports its own figure ('Kestrel Mining reported output of 12,000 tonnes')", () => {
    const of = framesOf(text("Kestrel Mining reported output of 12,000 tonnes."), "co.txt");
    expect(of("12,000 tonnes").originName).toMatch(/Kestrel/);
    expect(of("210,000 tonnes").originName).toMatch(/Cobalt Institute/);
  });
  test("not: a body that reports the market's figures is the source of the sentences after it", () => {
    const of = framesOf(text("Kestrel Research reported that prices fell 20%."), "co.txt");
    expect(of("210,000 tonnes").originName).toMatch(/Kestrel/);
  });
  test("nor does a commentator quoted with numbers of her own ('said Ana Ruiz, an analyst at Kestrel Metals')", () => {
    const of = framesOf(text('"Prices could double within two years," said Ana Ruiz, a senior metals analyst at Kestrel Metals.'), "co.txt");
    expect(of("210,000 tonnes").originName).toMatch(/Cobalt Institute/);
  });
  test("a commentator quoted before the story's source names no source of the figures before that source", () => {
    const of = framesOf("Cobalt market\nDate: 2025-02-10\n\nRefined supply reached 210,000 tonnes in 2024.\n\"Demand from batteries kept the market tight,\" said Ana Ruiz, an economist with Kestrel Metals.\nCobalt output rose 9% to 230,000 tonnes in 2024, the Cobalt Institute said.\n", "co.txt");
    expect(of("210,000 tonnes").originName).toMatch(/Cobalt Institute/);
  });
  test("not: a speaker who is no commentator ('said Ana Ruiz, the Kestrel Metals chief executive') hands her credit on", () => {
    const of = framesOf(text('"Prices could double within two years," said Ana Ruiz, the Kestrel Metals chief executive.'), "co.txt");
    expect(of("210,000 tonnes").originName).not.toMatch(/Cobalt Institute/);
  });
});

describe("frameClaims: a place after a number, past 'and' and a new subject, is that subject's", () => {
  test("'Purchases by Kenya's central bank came to 5 tonnes and the Reserve Bank of Australia bought 7 tonnes'", () => {
    const of = framesOf("Silver buying\nDate: 2025-02-10\n\nPurchases by Kenya's central bank came to 5 tonnes of silver in 2024 and the Reserve Bank of Australia bought 7 tonnes.\n", "ag.txt");
    expect(of("5 tonnes").scopeKey).toBe("ke");
    expect(of("7 tonnes").scopeKey).toBe("au");
  });
  test("not: a place after 'and' in the number's own phrase ('5 tonnes of tin and copper from Peru')", () => {
    const of = framesOf("Metals\nDate: 2025-02-10\n\nChina imported 5 tonnes of tin and copper from Peru in 2024.\n", "m.txt");
    expect(of("5 tonnes").scopeKey).toContain("pe");
  });
  test("not: a month after 'and' ('between January and November 2024 from selling tin to Peru')", () => {
    const of = framesOf("Tin\nDate: 2025-02-10\n\nBolivia took in $2 billion between January and November 2024 from selling tin to Peru.\n", "t.txt");
    expect(of("$2 billion").scopeKey).toBe("bo>pe");
  });
});

describe("frameClaims: a list's items", () => {
  const text = "Nickel output\nDate: 2025-03-02\n\nPeru produced 2.1 Mt of nickel in February, up 3% year on year.\nAmong the other producers, the association reported:\n- Bolivia: 1.4 Mt, up 1.1%\n- Western Australia: 0.9 Mt, down 2%\n";
  const of = framesOf(text, "ni.txt");
  test("an item named by its place takes the measure before the list, and its change takes the item's goods and place", () => {
    expect(of("1.4 Mt")).toMatchObject({ measure: { key: "production" }, product: "nickel", scopeKey: "bo" });
    expect(of("1.1%")).toMatchObject({ measure: { key: "production" }, product: "nickel", scopeKey: "bo", kind: "change" });
    expect(of("0.9 Mt")).toMatchObject({ measure: { key: "production" }, product: "nickel" });
    expect(of("0.9 Mt").measure?.key).not.toMatch(/australia/);
  });
  test("not: a label that is no place names what the number measures", () => {
    const box = framesOf("Nickel\nDate: 2025-03-02\n\nKey figures:\n- Smelter capacity: 40,000 tonnes\n", "box.txt");
    expect(box("40,000 tonnes").measure?.key).toBe("capacity");
  });
});

describe("frameClaims: a change set after its level takes the level's place", () => {
  test("'Global output reached 151.2 Mt, the group said, an increase of 0.8%' is the world's, in a story about China", () => {
    const of = framesOf("China lifts nickel output\nDate: 2025-03-02\n\nChina produced 81.9 Mt of nickel in February.\nGlobal nickel output reached 151.2 Mt in the month, the group said, an increase of 0.8% compared with February 2024.\n", "t.txt");
    expect(of("151.2 Mt").scopeKey).toBe("world");
    expect(of("0.8%").scopeKey).toBe("world");
  });
});

describe("frameClaims: a company's shares and its executives", () => {
  const text = "Kestrel Airlines results\nDate: 2025-03-02\n\nKestrel Airlines said revenue rose to 2.1 billion euros in 2024.\nThe group, which runs hubs in Dublin and Lisbon, carried 31 million passengers in 2024.\nShares in the company closed 4.7% lower at 14.82 euros in Dublin.\nRevenue will reach 2.3 billion euros in 2025, Ana Ruiz, the company's chief executive, told reporters.\n";
  const of = framesOf(text, "k.txt");
  test("where its shares trade is no place of their price; a city in an aside about the company is no site of its count", () => {
    expect(of("14.82 euros")).toMatchObject({ measure: { key: "share-price" }, scopeKey: "" });
    expect(of("31 million").site).toBeUndefined();
  });
  test("its chief executive speaks for it: her forecast is the company's word", () => {
    expect(of("2.3 billion euros").origin).toBe(of("2.1 billion euros").origin);
  });
  test("not: an analyst at another firm", () => {
    const other = framesOf(text.replace("the company's chief executive", "an analyst at Brede Securities"), "k.txt");
    expect(other("2.3 billion euros").origin).not.toBe(other("2.1 billion euros").origin);
  });
});

describe("frameClaims: what a count of travellers and an amount per person measure", () => {
  const text = "Cyprus tourism\nDate: 2026-02-10\n\nVisitors spent 4.1 billion euros in Cyprus in 2025.\nSpending per tourist averaged 1,020 euros.\nThe average length of stay slipped to 8.1 nights from 8.4 nights in 2024, while visitors spent 31.2 million nights in all.\nCruise passengers, which the statistics office counts separately, fell by 2.4% to 410,000.\nThe Limassol ferry carried 1.9 million passengers in 2025.\n";
  const of = framesOf(text, "cy.txt");
  test("an amount per person is its own figure, not part of the total", () => {
    expect(of("1,020 euros").measure?.key).toMatch(/-per-person$/);
    expect(of("4.1 billion euros").measure?.key).not.toMatch(/-per-person$/);
  });
  test("the average length of a stay is no count of nights", () => {
    expect(of("8.1").measure?.key).toBe("n:average-stay");
    expect(of("31.2 million").measure?.key).toBe("n:night");
  });
  test("passengers are counted by how they travel; a subject set off by a relative clause is still the subject", () => {
    expect(of("410,000").measure?.key).toBe("n:cruise-traveller");
    expect(of("2.4%").measure?.key).toBe("n:cruise-traveller");
    expect(of("1.9 million").measure?.key).toBe("n:ferry-traveller");
  });
});

describe("frameClaims: a body that publishes others' figures is no holder", () => {
  test("a statistics office named in the title and credited throughout: a workforce it reports is the country's", () => {
    const text = "Dutch business bankruptcies rise 9%, CBS says\nDate: 2026-02-10\n\nTHE HAGUE (Wire) - Dutch courts declared 4,310 businesses bankrupt in 2025, up 9% on a year earlier, Statistics Netherlands (CBS) said on Tuesday.\n\nCreditors' claims totalled 2.1 billion euros last year, the statistics office said. Firms that went bankrupt employed around 21,000 people, according to CBS.\n";
    const of = framesOf(text, "bankrupt.txt");
    for (const surface of ["4,310", "2.1 billion euros", "21,000"]) {
      expect(of(surface).holder).toBeUndefined();
      expect(of(surface).scopeKey).toBe("nl");
    }
  });
});

describe("frameClaims: a story that counts failures by sector", () => {
  const text = "Dutch bankruptcies rise again\nDate: 2026-02-10\n\nCourts declared 4,310 businesses bankrupt in the Netherlands in 2025, up 9%.\n\nConstruction topped the table with 812 bankruptcies (+6.2 per cent), ahead of wholesale and retail trade with 655 (+4.0 per cent).\n\nSome 490 restaurants, hotels and caterers went bust, 11% more than a year before.\n\nCredit insurer Atradius Trade expects bankruptcies to rise a further 3% this year.\n";
  const of = framesOf(text, "bankrupt.txt");
  test("each sector's count and change are the sector's, the total is none's", () => {
    expect(of("4,310").measure?.key).toBe("n:insolvency");
    expect(of("812").measure?.key).toBe("n:insolvency@construction");
    expect(of("6.2 per cent").measure?.key).toBe("n:insolvency@construction");
    expect(of("6.2 per cent").kind).toBe("change");
    expect(of("655").measure?.key).toBe("n:insolvency@trade");
    expect(of("490").measure?.key).toBe("n:insolvency@hospitality");
    expect(of("11%").measure?.key).toBe("n:insolvency@hospitality");
  });
  test("a measure's word inside an organisation's name, or naming a body, is no measure: 'Credit insurer Atradius Trade' forecasts bankruptcies", () => {
    expect(of("3%").measure?.key).toBe("n:insolvency");
  });
});

describe("frameClaims: the part a share tells", () => {
  test("two parts of one whole are read apart; a place that is the part is read as the place", () => {
    const text = "Road deaths fall\nDate: 2026-05-02\n\nSpain recorded 1,090 road deaths in 2025. Men accounted for 79% of those killed. People aged 65 and over made up 24 per cent of the dead. Andalusia accounted for 18% of the deaths.\n";
    const of = framesOf(text, "roads.txt");
    expect(of("79%").sharePart).toBe("men");
    // (a part named by an age band is read as the band: see ageBand.ts)
    expect(of("24 per cent").measure?.key).toMatch(/@65\+$/);
    expect(of("24 per cent").sharePart).toBeUndefined();
    expect(of("18%").sharePart).toBeUndefined();
  });
});

describe("frameClaims: a price quoted this week", () => {
  test("beside an average for a stretch of months, the quote is the week's", () => {
    const text = "Rice exports\nPublished: 2026-10-07\n\nThailand shipped 5.1 million tonnes of rice in the first nine months of the year. The average export price was $512 a tonne. Thai 5% broken rice was quoted at $421 a tonne this week, traders said.\n";
    const of = framesOf(text, "rice.txt");
    expect(of("$512 a tonne").period?.label).toBe("Jan–Sep 2026");
    expect(of("$421 a tonne").period?.label).not.toBe("Jan–Sep 2026");
  });
  test("a rate set this week, in a story about a month, is the month's", () => {
    const text = "Rates\nPublished: 2026-10-07\n\nInflation slowed to 3.1% in September. The central bank kept its rate at 4.25% this week.\n";
    expect(framesOf(text, "rate.txt")("4.25%").period?.label).toBe("September 2026");
  });
});

describe("frameClaims: whose a number no clause owns is", () => {
  test("a company named only in a later aside owns no market's figures", () => {
    const text = "Global chip sales climb\nPublished: 2026-05-05\n\nChip sales reached $61.2 billion in March, the industry group said. Sales in Japan were $3.9 billion.\n\nSeparately, Halvex Semiconductor reported first-quarter revenue of $8.1 billion. Halvex expects growth to slow, Halvex said.\n";
    const of = framesOf(text, "chips.txt");
    expect(of("$3.9 billion").holder).not.toBe("halvex");
    expect(of("$8.1 billion").holder).toBe("halvex");
  });
  test("a company the story opens with owns them", () => {
    const text = "Halvex lifts sales\nPublished: 2026-05-05\n\nHalvex Semiconductor said quarterly sales rose. Revenue reached $8.1 billion. Halvex expects more.\n";
    expect(framesOf(text, "halvex.txt")("$8.1 billion").holder).toBe("halvex");
  });
});

describe("frameClaims: the items of a list count what the list or the story counts", () => {
  test("the opening line's noun, else the first item's, else the story's opening count", () => {
    const text = "Foreign students fall\nPublished: 2026-03-10\n\nThere were 598,000 international students in Canada in the 2025-26 academic year.\n\nTop countries of origin of international students in 2025-26:\n\n- India: 221,400\n- China: 80,300\n\nThe biggest source countries this academic year were:\n\n- Nigeria: roughly 26,000 students\n- Vietnam: nearly 14,000\n";
    const of = framesOf(text, "students.txt");
    expect(of("221,400").measure?.key).toBe("n:student");
    expect(of("80,300").measure?.key).toBe("n:student");
    expect(of("14,000").measure?.key).toBe("n:student");
  });
  test("a list that counts entries names no noun: the story's opening count is the measure", () => {
    const text = "Foreign students fall\nPublished: 2026-03-10\n\nThere were 598,000 international students in Canada this academic year.\n\nThe top countries of origin:\n\n- India: 221,400\n";
    expect(framesOf(text, "students.txt")("221,400").measure?.key).toBe("n:student");
  });
});

describe("frameClaims: an age band's share of the population", () => {
  test("in any story, however the share names the population; another band's share is apart", () => {
    const text = "Census\nPublished: 2026-06-26\n\nThe country counted 10.2 million people in 2025. People aged 65 and over accounted for 24.1% of the population. The median age rose to 44 from 43 in 2020, and the share of the population aged 65 and over climbed to 24.1 per cent. Some 24.1 per cent of residents are now 65 or older, while children under 15 made up 13.9 per cent of residents.\n";
    const of = framesOf(text, "census.txt");
    const key = (surface: string) => `${of(surface).measure?.key}|${of(surface).shareOf}|${of(surface).kind}|${of(surface).period?.label}`;
    expect(key("24.1%")).toBe("population@65+|population|share|2025");
    expect(key("24.1 per cent")).toBe(key("24.1%"));
    expect(of("13.9 per cent").measure?.key).toBe("population@<15");
  });
});

describe("frameClaims: a half-year's losses against last year's and an average", () => {
  test("'inflation-adjusted' is no inflation; a month range takes no year from a comparison base", () => {
    const text = "Storm losses\nPublished: 2026-07-29\n\nStorms caused insured losses of €12.1 billion in Europe in the first six months of 2026. The figure was up 61% from €7.5 billion in the first half of 2025 and about 30% above the inflation-adjusted 10-year average of €9.3 billion for the January-June period.\n";
    const of = framesOf(text, "storms.txt");
    expect(of("61%").measure?.key).toBe("insured-losses");
    expect(of("€9.3 billion").measure?.key).not.toBe("inflation");
    expect(of("61%").period?.label).toBe("Jan–Jun 2026");
    expect(of("30%").changeBasis).toBe("average");
  });
});

describe("frameClaims: bags of a commodity", () => {
  test("'exported 8.1 million bags of coffee' are exports counted in bags, in a story about one country", () => {
    const text = "Coffee exports slump\nPublished: 2026-01-20\n\nBrazil exported 8.1 million bags of coffee in October-December, the exporters' council said.\n";
    expect(framesOf(text, "coffee.txt")("8.1 million").measure?.key).toBe("exports");
  });
});

describe("frameClaims: viewers are a count", () => {
  test("'viewership peaked at 131.2 million' counts viewers; 'audiences contributed $112m' is no money of viewers", () => {
    const text = "Final draws a crowd\nPublished: 2026-02-10\n\nViewership peaked at 131.2 million, the ratings firm said. Overseas audiences contributed another $112m to the film's takings.\n";
    const of = framesOf(text, "tv.txt");
    expect(of("131.2 million").measure?.key).toBe("n:viewer");
    expect(of("$112m").measure?.key).not.toBe("n:viewer");
  });
});

describe("frameClaims: the city a story is about", () => {
  const text = "Gdansk cargo volumes climb in 2025\nDate: 2026-02-10\n\nThe port handled 92 million tonnes of cargo in 2025, up 8%.\nExports from Poland rose 3% in 2025.\nIn Hamburg, volumes fell 2% in 2025.\n";
  const of = framesOf(text, "gdansk.txt");
  test("a number whose clause names no place is the title's city's", () => {
    expect(of("92 million tonnes").site).toBe("gdansk");
    expect(of("8%").site).toBe("gdansk");
  });
  test("not a number whose clause names a place or another city", () => {
    expect(of("3%").site).toBeUndefined();
    expect(of("2%").site).toBe("hamburg");
  });
  test("a title that names no city gives no site", () => {
    const plain = framesOf("Polish cargo volumes climb\nDate: 2026-02-10\n\nThe port handled 92 million tonnes of cargo in 2025.\n", "plain.txt");
    expect(plain("92 million tonnes").site).toBeUndefined();
  });
});

describe("frameClaims: a reason's clause and a good's change to an amount", () => {
  test("a measure word in a reason's clause with no number is not the sentence's measure", () => {
    const of = framesOf("Port review\nDate: 2026-02-10\n\nLiquefied natural gas climbed 14.4% to 11.9 million tonnes as the terminal ran close to full capacity.\nThe terminal's capacity rose 10% to 12 million tonnes.\n", "lng.txt");
    expect(of("11.9 million tonnes").measure?.key).not.toBe("capacity");
    expect(of("12 million tonnes").measure?.key).toBe("capacity");
  });
  test("a good's change to an amount of it is not its price; a change to money is", () => {
    const of = framesOf("Port review\nDate: 2026-02-10\n\nCrude oil dropped 5.1% to 98.2 million tonnes.\nBrent crude rose 1.2% to $63.18 a barrel.\n", "oil.txt");
    expect(of("5.1%").measure?.key).not.toBe("price");
    expect(of("1.2%").measure?.key).toBe("price");
  });
});

describe("frameClaims: a city named after the country in the title", () => {
  test("is no city the story is about ('Ukraine ships grain as Odesa ports keep moving')", () => {
    const of = framesOf("Ukraine ships 20 million tonnes of grain as Odesa ports keep moving\nDate: 2026-01-10\n\nWheat exports reached 9.1 million tonnes in the second half of 2025.\n", "grain.txt");
    expect(of("9.1 million tonnes").site).toBeUndefined();
  });
});

describe("frameClaims: the measure a sentence hands on", () => {
  test("is not a measure word in an aside ('São Paulo state, the largest cane producer, crushed …')", () => {
    const of = framesOf("Cane crush\nDate: 2026-10-13\n\nSão Paulo state, the country's largest cane producer, crushed 262.0 million tonnes in the half.\nAmong the other states, Goiás took 68.5 million tonnes.\n", "cane.txt");
    expect(of("68.5 million tonnes").measure?.key).toBe("processing");
  });
});

describe("frameClaims: a disaster's cost is the region's, whoever estimates it", () => {
  test("'Reinsurer Munich Re puts Europe's insured losses at 14.2 billion euros': Europe's, not the reinsurer's", () => {
    const of = framesOf("Munich Re puts Europe's first-half insured losses at record 14.2 billion euros\n\nPublished: 2026-07-29\n\nMUNICH, July 29 (Wire) - Storms caused insured losses of 14.2 billion euros ($16.6 billion) in Europe in the first six months of 2026, reinsurer Munich Re said on Wednesday.\n\nThat was 87% more than the 7.6 billion euros of a year earlier, Munich Re said.\n", "re.txt");
    for (const surface of ["14.2 billion euros", "7.6 billion euros"]) {
      expect(of(surface).holder).toBeUndefined();
      expect(of(surface).scopeKey).toContain("europe");
    }
  });
});

describe("frameClaims: the name that opens a clause as its subject owns the number before the article's places", () => {
  const text = "Barcelona metro ridership hits record\nDate: 2026-01-13\n\nThe metro carried 456 million passengers in 2025.\nAmong stations, Sants Estació logged 18.4 million entries in 2025.\nIRCC issued 168,200 permits in 2025.\nBrent Crude averaged $64.22 a barrel in 2025.\n";
  const of = framesOf(text, "metro.txt");
  test("a station's entries are the station's, not the city's", () => {
    expect(of("18.4 million").holder).toBe("sants");
    expect(of("456 million").site).toBe("barcelona");
  });
  test("after 'while', with a verb of change ('shrank by', 'lost')", () => {
    const mobile = framesOf("Mobile users\nDate: 2026-11-24\n\nIndia's wireless base grew by 6.8 million in October.\nOrvane added 3.9 million, while Telvia's base shrank by 0.9 million.\nKessel Park lost 88 rhinos in 2025.\n", "mobile.txt");
    expect(mobile("0.9 million").holder).toBe("telvia");
    expect(mobile("88").holder).toBe("kessel");
    // (not a clause that opens with something else before the name: "while in Telvia's view the base shrank by …")
    expect(framesOf("Mobile users\nDate: 2026-11-24\n\nIndia's wireless base grew by 6.8 million in October, while in the view of Telvia's analysts the base shrank by 0.9 million.\n", "m2.txt")("0.9 million").holder).toBeUndefined();
  });
  test("not a body known by its acronym, nor a benchmark", () => {
    expect(of("168,200").holder).toBeUndefined();
    expect(of("$64.22 a barrel").holder).toBeUndefined();
  });
});

describe("frameClaims: a sentence told of the season before hands its period on to nothing", () => {
  test("'Output in the previous season stood at 1.37 million tonnes' leaves the text on its own season", () => {
    const of = framesOf("Olive oil output edges up\nDate: 2026-04-14\n\nSpain produced 1.41 million tonnes of olive oil in the 2025/26 crop year.\nOutput in the previous season stood at 1.37 million tonnes.\nAndalusia produced 1.11 million tonnes.\n", "olive.txt");
    expect(of("1.37 million tonnes").period?.label).toBe("2024-25 season");
    expect(of("1.11 million tonnes").period?.label).toBe("2025-26 season");
    // (olive oil is no crude oil)
    expect(of("1.41 million tonnes").product).toBe("olive oil");
  });
});

describe("frameClaims: who estimates a site's figure is not whose it is", () => {
  test("'Elsewhere, AICA put output in Castilla-La Mancha at 118,700 tonnes': the region's, not the agency's", () => {
    const of = framesOf("Olive oil output\nDate: 2026-04-14\n\nAICA said Spain produced 1.41 million tonnes of olive oil in 2025.\nElsewhere, AICA put output in Castilla-La Mancha at 118,700 tonnes.\nHallberg said output at Hallberg's Ostrava plant reached 41,000 trucks in 2025.\n", "est.txt");
    expect(of("118,700 tonnes").site).toBe("castilla-la mancha");
    expect(of("118,700 tonnes").holder).toBeUndefined();
    expect(of("41,000").holder).toBe("hallberg");
  });
});

describe("frameClaims: a state election's constituencies", () => {
  const of = framesOf("Saxony's vote leaves CDU short\nDate: 2026-09-22\n\nThe AfD won 38 of Saxony's 60 constituencies outright and the CDU took 19, with the rest going to the Greens in Leipzig.\nThe CDU held on to only 16 of the 60 constituencies.\n", "vote.txt");
  test("another's part of a count takes its measure, and a party's constituencies are the party's, in the state the title names", () => {
    expect(of("19").measure?.key).toBe("n:constituency");
    expect(of("19").holder).toBe("c:cdu");
    expect(of("16").holder).toBe("c:cdu");
    expect(of("19").site).toBe(of("16").site);
  });
});

describe("frameClaims: 'this year' set against 'last year' in a text about part of the year", () => {
  test("leaves the text on its months ('53% of the cane went to sugar this year, against 50% last year')", () => {
    const of = framesOf("Mills' half-year\nDate: 2026-10-17\n\nMills crushed 448 million tonnes of cane between April and September.\nNearly 53 per cent of the cane went to sugar this year, against 50 per cent last year.\nEthanol output totalled 17.4 billion litres.\n", "mix.txt");
    expect(of("17.4 billion litres").period?.label).toBe(of("448 million tonnes").period?.label);
  });
  test("not 'this year' alone: 'Eleven children have died this year' moves the text to the year", () => {
    const of = framesOf("Outbreak\nDate: 2026-10-06\n\nCases rose to 2,410 between January and September.\nEleven children have died this year.\nThe ministry counted 300 cases in hospital.\n", "outbreak.txt");
    expect(of("300").period?.label).toBe("2026");
  });
});

describe("frameClaims: the year a series began is no time the text is about", () => {
  test("'the lowest first half since the series began in 1993' leaves the text on its own half-year", () => {
    const of = framesOf("Cider sales slump\nPublished: 2025-08-01\n\nCider sales in the first six months of this year came to 4.2 million hectolitres. That is the lowest first half since records began in 1993.\nExports fell 3.1% to 0.8 million hectolitres.\n", "ci.txt");
    expect(of("0.8 million hectolitres").period?.label).toBe("Jan–Jun 2025");
  });
  test("not: a sentence about another year that names no series ('In 1993, sales reached 9 million hectolitres')", () => {
    const of = framesOf("Cider sales slump\nPublished: 2025-08-01\n\nCider sales in the first six months of this year came to 4.2 million hectolitres. In 1993, the industry was twice the size.\nExports fell 3.1% to 0.8 million hectolitres.\n", "ci.txt");
    expect(of("0.8 million hectolitres").period?.label).not.toBe("Jan–Jun 2025");
  });
});

describe("frameClaims: the sales of an amount of goods are goods sold, not revenue", () => {
  test("'domestic sales shrank 5.8% to 31.45 million hectolitres': both numbers are sales of goods", () => {
    const of = framesOf("Cider sales slump\nPublished: 2025-08-01\n\nIn the first half, domestic sales of cider shrank 5.8% to 31.45 million hectolitres, the statistics office said.\n", "ci.txt");
    expect(of("31.45 million hectolitres").measure?.key).toBe("unit-sales");
    expect(of("5.8%").measure?.key).toBe("unit-sales");
  });
  test("not: sales told in money, or a percentage in a clause with no goods ('sales rose 5.8% to €3.1 billion')", () => {
    const of = framesOf("Cider maker results\nPublished: 2025-08-01\n\nIn the first half, Kestrel Cider's sales rose 5.8% to €3.1 billion, the company said.\n", "ci.txt");
    expect(of("€3.1 billion").measure?.key).toBe("revenue");
    expect(of("5.8%").measure?.key).toBe("revenue");
  });
});

describe("frameClaims: a name credited in full and by its first word is an organisation, not a person", () => {
  test("'Halvard Pharma said …', 'according to Halvard': one origin, the story's organisation", () => {
    const of = framesOf("Halvard Pharma sales climb\nPublished: 2025-11-05\n\nHalvard Pharma's sales climbed 19% to €231.4 billion in the first nine months, Halvard Pharma said.\nSales of its lead drug rose 56% to €55.2 billion, according to Halvard.\n", "hp.txt");
    expect(of("€231.4 billion").origin).toBe(of("€55.2 billion").origin);
    expect(of("€231.4 billion").holder).toBe("halvard");
  });
  test("not: a person credited by full name and surname ('Ana Ruiz said', 'according to Ruiz')", () => {
    const of = framesOf("Cobalt market\nPublished: 2025-02-10\n\nCobalt output rose 9% to 230,000 tonnes in 2024, Ana Ruiz said.\nRefined supply reached 210,000 tonnes, according to Ruiz.\n", "co.txt");
    expect(of("230,000 tonnes").holder).not.toBe("ana");
  });
});

describe("frameClaims: the subject of a clause owns its number through a possessive or past an aside", () => {
  test("'Kestrel Gems' rough price index dropped 12.4%', 'Orvik, the miner owned by the state, produced 18.6 million carats'", () => {
    const of = framesOf("Botswana gem prices slide\nPublished: 2025-02-20\n\nPrices offered no cushion. Kestrel Gems' rough price index dropped 12.4% over 2024.\nOrvik, the diamond miner jointly owned by Kestrel Gems and the state, produced 18.6 million carats in 2024.\n", "gm.txt");
    expect(of("12.4%").holder).toBe("kestrel");
    expect(of("18.6 million").holder).toBe("orvik");
  });
  test("not: a name in another phrase before the number ('Prices at Kestrel Gems' shops in Botswana were cut 12.4%')", () => {
    const of = framesOf("Gem prices slide\nPublished: 2025-02-20\n\nShoppers in Botswana said prices were cut 12.4% over 2024, after Kestrel Gems' warning.\n", "gm.txt");
    expect(of("12.4%").holder).toBeUndefined();
  });
});

describe("frameClaims: a sentence that recalls an earlier record year hands its year on to nothing", () => {
  test("'That is a fraction of the 1,196 lost in 2014, the worst year on record': the text stays on its own year", () => {
    const of = framesOf("Rhino poaching falls\nPublished: 2025-03-04\n\nPoachers killed 427 rhinos last year. That is a fraction of the 1,196 animals lost in 2014, the worst year on record.\nKruger National Park recorded 88 losses.\n", "rh.txt");
    expect(of("1,196").period?.label).toBe("2014");
    expect(of("88").period?.label).toBe("2024");
  });
  test("not: a record of the year the text is about ('2024 was the worst year on record') moves it there", () => {
    const of = framesOf("Rhino poaching\nPublished: 2025-03-04\n\nPoachers killed 300 rhinos in 2023. In 2024, the worst year on record, 427 were lost.\nKruger National Park recorded 88 losses.\n", "rh.txt");
    expect(of("88").period?.label).toBe("2024");
  });
});

describe("frameClaims: a sentence that tells of both halves of a year hands neither on", () => {
  test("'Prices held up better in the first half, averaging $2.53, before sliding through the second half': the text stays on the year", () => {
    const of = framesOf("Kenya tea\nPublished: 2025-01-20\n\nThe average price came to $2.41 a kilo in 2024. Prices had held up better in the first half, averaging $2.53, before sliding through the second half.\nProduction jumped 7.3% to 612.3 million kg.\n", "te.txt");
    expect(of("$2.53").period?.label).toBe("H1 2024");
    expect(of("612.3 million kg").period?.label).toBe("2024");
  });
  test("not: a sentence of one half alone ('In the first half, prices averaged $2.53') moves the text there", () => {
    const of = framesOf("Kenya tea\nPublished: 2025-01-20\n\nThe average price came to $2.41 a kilo in 2024. In the first half, prices averaged $2.53.\nProduction jumped 7.3% to 612.3 million kg.\n", "te.txt");
    expect(of("612.3 million kg").period?.label).toBe("H1 2024");
  });
});

describe("frameClaims: trains that arrived on time are punctuality, not arrivals", () => {
  test("'63.8% of its long-distance trains arrived on time last year'", () => {
    const of = framesOf("Rail punctuality\nPublished: 2026-01-13\n\nKestrel Rail said that 63.8% of its long-distance trains arrived on time last year.\n", "rl.txt");
    expect(of("63.8%").measure?.key).toBe("punctuality");
  });
  test("not: goods that arrived ('LNG cargoes that arrived rose 12%')", () => {
    const of = framesOf("LNG imports\nPublished: 2026-01-13\n\nLNG cargoes that arrived in Spain rose 12% last year.\n", "rl.txt");
    expect(of("12%").measure?.key).not.toBe("punctuality");
  });
});

describe("frameClaims: a part of a whole, set somewhere the clause names in no place's words, is partial", () => {
  test("'Of the 427 killed, 61 were on privately owned reserves': whose part it is was not read", () => {
    const of = framesOf("Rhino poaching\nPublished: 2025-03-04\n\nPoachers killed 427 rhinos in South Africa last year. Of the 427 killed, 61 were on privately owned reserves.\n", "rh.txt");
    expect(of("61").holder).toBe("?");
  });
  test("not: a part named by what it went to or came from ('Of the total, 1 trillion yen would go to missiles'), nor a whole", () => {
    const of = framesOf("Defence budget\nPublished: 2025-12-20\n\nJapan set aside 8.7 trillion yen for defence. Of the total, about 1 trillion yen would go to stand-off missiles.\nPoachers killed 61 rhinos on privately owned reserves.\n", "de.txt");
    expect(of("1 trillion yen").holder).not.toBe("?");
    expect(of("61").holder).not.toBe("?");
  });
});

describe("frameClaims: an aside about the clause's subject", () => {
  const text = (body: string) => `Fish exports\nDate: 2025-10-08\n\n${body}\n`;
  test("its places and goods are not the number's, and its subject still plays the flow's side", () => {
    const us = framesOf(text("The United States, the largest market outside Europe, bought NOK 6.8 billion of Norwegian seafood in the first nine months."), "a.txt")("NOK 6.8 billion");
    expect(us.places.map((p) => p.code)).not.toContain("outside-europe");
    expect(us.places).toContainEqual({ code: "us", role: "importer", explicit: true });
    const egypt = framesOf(text("Egypt, the world's largest wheat importer, bought 2.41 million tonnes of Ukrainian grain in the first half of the season."), "b.txt")("2.41 million tonnes");
    expect(egypt.product).toBe("grain");
    expect(egypt.scopeKey).toBe("ua>eg");
    const poland = framesOf(text("Poland, where much of the salmon is smoked and sold on across Europe, remained the biggest buyer at NOK 10.9 billion in the first nine months."), "c.txt")("NOK 10.9 billion");
    expect(poland.places.map((p) => p.code)).not.toContain("europe");
  });
});

describe("frameClaims: a list's later entry stands in the first entry's role", () => {
  const text = (body: string) => `Grain exports\nDate: 2026-01-20\n\n${body}\n`;
  test("'… and Turkey took 1.92 Mt' is Turkey's, not the first entry's buyer's", () => {
    const of = framesOf(text("Egypt bought 2.41 million tonnes of Ukrainian grain in 2025, and Turkey took 1.92 million tonnes."), "a.txt");
    expect(of("2.41 million tonnes").scopeKey).toBe("ua>eg");
    expect(of("1.92 million tonnes").scopeKey).toBe("ua>tr");
  });
  test("a number that is no new entry keeps the first entry's places", () => {
    const of = framesOf(text("Egypt bought 2.41 million tonnes of Ukrainian grain in 2025, up from 1.92 million tonnes a year earlier."), "b.txt");
    expect(of("1.92 million tonnes").places.map((p) => p.code)).toContain("eg");
    expect(of("1.92 million tonnes").places.map((p) => p.code)).not.toContain("tr");
  });
});

describe("frameClaims: a price told per a unit before it", () => {
  test("'the average price per kilo came to $2.41' is a price in USD/t, not a rate on top of it", () => {
    const of = framesOf("Tea prices\nDate: 2025-01-15\n\nAt the auction, the average price per kilo came to $2.41 in 2024.\n", "a.txt");
    expect(of("$2.41").measure?.key).toBe("price");
  });
  test("a count told per a unit before it is still a rate", () => {
    const of = framesOf("Cane\nDate: 2025-01-15\n\nEach tonne of cane yielded an average of 141.6 kg of sugar in 2024.\n", "b.txt");
    expect(of("141.6 kg").measure?.key).toContain("@per:");
  });
});

describe("frameClaims: the parts of a whole told before, listed", () => {
  const text = (body: string) => `Household borrowing\nDate: 2026-12-01\n\nBritons borrowed a net £2.1 billion of consumer credit in October, the central bank said. ${body}\n`;
  test("each entry of the list is a part whose owner was not read: it may agree, never contradict the whole", () => {
    const of = framesOf(text("Of that amount, £1.3 billion was borrowed on credit cards and £0.8 billion through car finance and personal loans."), "a.txt");
    expect(of("£1.3 billion").holder).toBe("?");
    expect(of("£0.8 billion").holder).toBe("?");
    expect(of("£2.1 billion").holder).not.toBe("?");
  });
  test("a number after a part that opens a clause of its own, in another unit, is no part", () => {
    const of = framesOf(text("Of that amount, £1.3 billion was borrowed on credit cards, and the growth rate held at 7.1%."), "b.txt");
    expect(of("£1.3 billion").holder).toBe("?");
    expect(of("7.1%").holder).not.toBe("?");
  });
});

describe("frameClaims: a ranking's next entry told in a sentence of its own", () => {
  const text = (body: string) => `Maize exports slow\nDate: 2026-01-20\n\nUkraine's maize exports slowed in 2025, the ministry said. ${body}\n`;
  test("takes the goods and the flow of the sentence before, its place on the side away from the story's", () => {
    const of = framesOf(text("China was the largest buyer of Ukrainian sunflower oil in 2025, taking 1.2 million tonnes. Turkey followed with 0.9 million tonnes."), "a.txt");
    expect(of("1.2 million tonnes").scopeKey).toBe("ua>cn");
    expect(of("0.9 million tonnes").scopeKey).toBe("ua>tr");
    expect(of("0.9 million tonnes").product).toBe(of("1.2 million tonnes").product);
  });
  test("a sentence with a measure of its own keeps its own goods and places", () => {
    const of = framesOf(text("China was the largest buyer of Ukrainian sunflower oil in 2025, taking 1.2 million tonnes. Turkey produced 0.9 million tonnes of wheat."), "b.txt");
    expect(of("0.9 million tonnes").product).toBe("wheat");
    expect(of("0.9 million tonnes").scopeKey).not.toBe("ua>tr");
  });
});

describe("frameClaims: a city's own flow", () => {
  const text = (body: string) => `Wine exports\nDate: 2025-02-12\n\n${body}\n`;
  test("'Bordeaux's exports fell to €1.68bn' is Bordeaux's figure: its country adds nothing, as another outlet's 'Bordeaux wines … foreign sales' says", () => {
    const f = framesOf(text("Bordeaux's exports fell 9% to €1.68bn in 2024."), "a.txt")("€1.68bn");
    expect(f.site).toBe("bordeaux");
    expect(f.scopeKey).toBe("");
  });
  test("a flow from the city to another place keeps the other place", () => {
    const f = framesOf(text("Exports from Bordeaux to China fell to €0.4bn in 2024."), "b.txt")("€0.4bn");
    expect(f.places.map((p) => p.code)).toContain("cn");
  });
});

describe("frameClaims: money goods bring in", () => {
  test("'Mackerel brought in NOK 5.2 billion' is the value of its exports; a company's unit bringing in money earns revenue", () => {
    const of = framesOf("Seafood exports\nDate: 2025-10-07\n\nMackerel brought in NOK 5.2 billion in 2025, the council said. Its processing unit brought in NOK 1.1 billion.\n", "a.txt");
    expect(of("NOK 5.2 billion").measure?.key).toBe("exports");
    expect(of("NOK 1.1 billion").measure?.key).not.toBe("exports");
  });
});

describe("frameClaims: parts of a total told before, by their time", () => {
  const text = "Chile lithium exports\nDate: 2025-01-21\n\nChile's lithium exports fell 41% to $4.62 billion in 2024, the central bank said. Of the $4.62 billion total, $2.51 billion was earned in the first half, and December alone brought in just $381 million.\n";
  test("each part measures what the total measured, whose it was, in its own time", () => {
    const of = framesOf(text, "a.txt");
    const total = framesOf(text, "a.txt")("$2.51 billion");
    expect(total.measure?.key).toBe("exports");
    expect(total.scopeKey).toBe(of("$381 million").scopeKey);
    expect(of("$381 million").measure?.key).toBe("exports");
    expect(of("$381 million").period?.label).toBe("December 2024");
    expect(of("$2.51 billion").holder).toBeUndefined();
  });
  test("a part set somewhere stays a part whose owner was not read; a part set in a time is not", () => {
    const where = framesOf("Poaching\nDate: 2025-03-01\n\nPoachers killed 427 rhinos in 2024. Of the 427 killed, 61 were on private reserves.\n", "b.txt");
    expect(where("61").holder).toBe("?");
  });
});

describe("frameClaims: a count still under investigation", () => {
  const text = "Cholera\nDate: 2025-05-12\n\nConfirmed deaths reached 412 in 2025, the ministry said, while a further 96 deaths remain under investigation. Another outlet said 88 cases are still being investigated.\n";
  test("is a count of its own beside the confirmed one", () => {
    const of = framesOf(text, "a.txt");
    expect(of("96").measure?.key).toBe("deaths@investigated");
    expect(of("412").measure?.key).not.toContain("investigated");
    expect(of("88").measure?.key).toBe("n:case@investigated");
  });
});

describe("frameClaims: a count of a model named after it is that model's (modelCount.ts)", () => {
  const of = framesOf("Planemaker's year\nDate: 2026-01-12\n\nVelaro Aero delivered 412 aircraft in 2025, the company said.\nIt handed over 41 B330s, 12 Q400s and 9 B550s during the year.\n", "a.txt");
  const other = framesOf("Planemaker's year\nDate: 2026-01-13\n\nVelaro Aero delivered 412 aircraft in 2025.\nOn the widebody side, B330 handovers climbed to 44.\n", "b.txt");
  test("each entry of the list: the model is its holder, the verb its measure; the same frame as 'B330 handovers climbed to 44'", () => {
    for (const [n, model] of [["41", "b330"], ["12", "q400"], ["9", "b550"]]) {
      expect(of(n).holder).toBe(model);
      expect(of(n).measure?.key).toBe("n:delivery");
      expect(of(n).period?.label).toBe("2025");
    }
    expect(other("44").holder).toBe("b330");
    expect(other("44").measure?.key).toBe(of("41").measure?.key);
  });
  test("not: the company's own total", () => {
    expect(of("412").holder).toBe("velaro");
  });
});

describe("frameClaims: an investment's return told at its number (investmentReturn.ts)", () => {
  const of = framesOf("Pension fund results\nDate: 2025-08-20\n\nThe Dutch pension fund made a return of 6.2% in the first half, its manager said.\nListed shares returned 8.1%.\nIts return for the half year was 6.2%, the manager said.\n", "pf.txt");
  test("'made a return of', 'returned', 'its return … was': one measure, the noun's", () => {
    expect(of("8.1%").measure?.key).toBe("n:return");
    for (const f of [of("6.2%")]) expect(f.measure?.key).toBe("n:return");
  });
});

describe("frameClaims: a stock's count at the end of a year told as a stretch is of its last month", () => {
  test("'the number of public chargers rose 21% in the year to the end of September to 61,200' is September's count, as 'at the end of September' tells it", () => {
    const of = framesOf("Chargers\nDate: 2025-10-20\n\nThe number of public chargers in Spain rose 21% in the year to the end of September to 61,200, the ministry said.\n", "es.txt");
    const other = framesOf("Chargers\nDate: 2025-10-21\n\nSpain had 61,200 public chargers at the end of September, the ministry said.\n", "es2.txt");
    expect(of("61,200").period?.label).toBe("September 2025");
    expect(other("61,200").period?.label).toBe(of("61,200").period?.label);
    expect(other("61,200").measure?.key).toBe(of("61,200").measure?.key);
  });
  test("not: a flow's total over the same stretch", () => {
    const of = framesOf("Exports\nDate: 2025-10-20\n\nSpain's exports of wine rose 21% in the year to the end of September to 3.1 billion euros, the ministry said.\n", "es.txt");
    expect(of("3.1 billion euros").period?.label).toBe("12 months to Sep 2025");
  });
});

describe("frameClaims: a stock's count installed over a stretch of time is what it added", () => {
  const text = "Chargers\nDate: 2025-10-20\n\nSpain had 61,200 public chargers installed at the end of September, the ministry said.\nA record 3,150 chargers were installed between July and September, the ministry said.\n";
  const of = framesOf(text, "es.txt");
  const other = framesOf("Chargers\nDate: 2025-10-21\n\nOperators added 3,150 chargers in Spain in the three months to September, the ministry said.\n", "es2.txt");
  test("'3,150 chargers were installed between July and September' is a change, as 'added 3,150 chargers in the three months to September'", () => {
    expect(of("3,150").kind).toBe("change");
    expect(other("3,150").kind).toBe("change");
    expect(of("3,150").measure?.key).toBe(other("3,150").measure?.key);
  });
  test("not: the count installed at a date", () => {
    expect(of("61,200").kind).toBe("level");
  });
});

describe("frameClaims: a year named in passing in a story of one month", () => {
  const period = (text: string, surface: string) => framesOf(text, "steel.txt")(surface)?.period?.label;
  test("a sentence with no number that names 'this year' late leaves the story on its month", () => {
    const text = "Copper output falls in May\nPublished: 2025-06-20\n\nChile's copper output fell 4% in May to 410,000 tonnes, the agency said.\nThe government has urged miners to cut water use this year during the drought.\nPeru produced 230,000 tonnes, up 2%.\n";
    expect(period(text, "230,000 tonnes")).toBe("May 2025");
  });
  test("not: one that opens with the year, or that has a number, turns the story to the year", () => {
    const opens = "Copper output falls in May\nPublished: 2025-06-20\n\nChile's copper output fell 4% in May to 410,000 tonnes, the agency said.\nSo far this year, mines have struggled with the drought.\nPeru produced 230,000 tonnes, up 2%.\n";
    expect(period(opens, "230,000 tonnes")).toBe("Jan–May 2025");
    const counted = "Copper output falls in May\nPublished: 2025-06-20\n\nChile's copper output fell 4% in May to 410,000 tonnes, the agency said.\nMiners have cut 3,000 jobs this year.\nPeru produced 230,000 tonnes, up 2%.\n";
    expect(period(counted, "230,000 tonnes")).toBe("2025");
  });
});

describe("frameClaims: an amount of goods is no rate, debt or profit", () => {
  test("tonnes in a sentence that names interest rates or debt after them are not the rate's or the debt's", () => {
    const text = "Cement output\nPublished: 2025-06-20\n\nIn Turkey, the figure was 6.1 million tonnes in May, with builders squeezed by high interest rates.\nEgypt's came to 4.2 million tonnes as its debt mounted.\n";
    const of = framesOf(text, "cement.txt");
    expect(of("6.1 million tonnes")?.measure?.key).not.toBe("interest-rate");
    expect(of("4.2 million tonnes")?.measure?.key).not.toBe("debt");
  });
  test("but a rate in percent, and a debt in money, keep their measure", () => {
    const text = "Rates\nPublished: 2025-06-20\n\nBuilders were squeezed by interest rates of 45%.\nEgypt's debt mounted to $160 billion.\n";
    const of = framesOf(text, "rates.txt");
    expect(of("45%")?.measure?.key).toBe("interest-rate");
    expect(of("$160 billion")?.measure?.key).toBe("debt");
  });
});

describe("frameClaims: a ranking's next entries 'at' their number", () => {
  test("'…, followed by Indiana at 7.4 million and Iowa at 6.1 million' count what the first entry counts", () => {
    const text = "Bird flu\nPublished: 2025-03-11\n\nOhio has lost 9.8 million birds this year, followed by Indiana at 7.4 million and Iowa at 6.1 million.\n";
    const of = framesOf(text, "birds.txt");
    expect(of("7.4 million")?.measure?.key).toBe("n:bird");
    expect(of("6.1 million")?.measure?.key).toBe("n:bird");
  });
  test("not: a number 'at' a time or a place of its own", () => {
    const text = "Bird flu\nPublished: 2025-03-11\n\nOhio has lost 9.8 million birds this year, and prices peaked at 8.17 dollars.\n";
    expect(framesOf(text, "birds.txt")("8.17 dollars")?.measure?.key).not.toBe("n:bird");
  });
});

describe("frameClaims: a number in a when-clause", () => {
  test("is of the place of the number before it, and of the time its relative phrase names", () => {
    const text = "Mills cut back\nPublished: 2025-11-26\n\nChina's mills cut output in October.\nGlobal output was 2.8% lower than in the same month last year, when producers turned out 155.8 million tonnes.\n";
    const of = framesOf(text, "steel.txt");
    expect(of("155.8 million tonnes")?.scopeKey).toBe("world");
    expect(of("155.8 million tonnes")?.period?.label).toBe("October 2024");
  });
  test("not: a number of its own place in the when-clause", () => {
    const text = "Mills cut back\nPublished: 2025-11-26\n\nGlobal output was 2.8% lower than in the same month last year, when China turned out 80 million tonnes.\n";
    expect(framesOf(text, "steel.txt")("80 million tonnes")?.scopeKey).toBe("cn");
  });
});

describe("frameClaims: a list's entries told by their names alone", () => {
  test("take the kind of the entry before: a change after a change", () => {
    const of = framesOf("Music\nDate: 2027-03-18\n\nThose markets drove growth. Sub-Saharan Africa was up 21.3%, the Middle East and North Africa 19.6% and Latin America 18.4%.\nRevenue rose 5.4%, while streaming's share stood at 69%.\n", "music.txt");
    expect(of("19.6%").kind).toBe("change");
    expect(of("18.4%").kind).toBe("change");
    // (not a clause of its own with its verb: "while streaming's share stood at 69%")
    expect(of("69%").kind).not.toBe("change");
  });
});

describe("frameClaims: a part of the population in its own clause only", () => {
  test("'The unsheltered population fell 5.1% to 46,835' is the part's; a later sentence that carries the measure is the whole's", () => {
    const of = framesOf("Homeless count\nDate: 2026-06-30\n\nThe unsheltered population fell 5.1% to 46,835.\nThe sheltered population rose to 23,577.\nIn all, it reached 70,412.\n", "count.txt");
    expect(of("46,835").measure?.key).toBe("population:unsheltered");
    expect(of("23,577").measure?.key).toBe("population:sheltered");
    expect(of("70,412").measure?.key).not.toMatch(/:/);
  });
});
