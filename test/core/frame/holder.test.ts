/** The holder stage: which organisation a number belongs to where no place says so. Sentences of our own. */
import { analyse } from "../../../src/core/analyse";
import { findCredits, isOrgReference } from "../../../src/core/frame/credit";
import { findHolders, holderBefore, holderCounts, mainHolder, withShortNames, writtenInLowerCase } from "../../../src/core/frame/holder";
import { wordsOf } from "../../../src/core/frame/phrases";
import { scanPlaces } from "../../../src/core/frame/places";
import { createSource } from "../../../src/core/source/createSource";
import type { Figure } from "../../../src/core/types";

/** The names found, leaving out a lone word at the sentence's start (counted only when the story names it elsewhere). */
const names = (sentence: string, people: string[] = []) =>
  findHolders(sentence, scanPlaces(sentence), new Set(people))
    .filter((h) => !h.initial)
    .map((h) => h.name);

describe("findHolders: a stage named by its number, and an illness's acronym", () => {
  test("'Phase 3', 'Stage II', 'Round 2' name no organisation; 'Phase Therapeutics' does", () => {
    expect(names("Results of the Phase 3 trial came out on Monday.")).toEqual([]);
    expect(names("Patients with Stage II cancer did better, Orvane said.")).toEqual(["Orvane"]);
    expect(names("Bids in Round 2 of the auction rose.")).toEqual([]);
    expect(names("Shares of Phase Therapeutics rose 4%.")).toEqual(["Phase Therapeutics"]);
  });
  test("a measure or a scheme named in capitals is no organisation; a company with such a word inside is one", () => {
    expect(names("The National Living Wage will rise to £12.21.")).toEqual([]);
    expect(names("Claims for Universal Credit rose, and Bank Rate held at 4%.")).toEqual([]);
    expect(names("Shares of Rate Holdings rose 2%.")).toEqual(["Rate Holdings"]);
  });
  test("an illness's acronym the story names is none, nor part of a name beside it", () => {
    const illnesses = new Set(["rsv"]);
    const named = (s: string) => findHolders(s, scanPlaces(s), new Set(), wordsOf(s), illnesses).map((h) => h.name);
    expect(named("The Veltra RSV shot did well.")).toEqual(["Veltra"]);
    expect(named("In the trial, RSV caused 40 hospitalisations.")).toEqual([]);
    // (another acronym is a name)
    expect(named("In the trial, MSD reported 40 hospitalisations.")).toEqual(["MSD"]);
  });
});

describe("findHolders: a measure word opening the sentence, an organisation's seat", () => {
  test("'Revenue climbed 9%', 'Revenue from ads was …' name no organisation, however often they open a sentence; 'Revolut' does", () => {
    const counted = (texts: string[]) => [...holderCounts(texts.map((t) => findHolders(t, [], new Set())), () => new Set()).keys()];
    expect(counted(["Revenue climbed 9% to 4.62 billion euros.", "Revenue from the advertising tier was 540 million euros."])).toEqual([]);
    expect(counted(["Revolut climbed 9% in the ranking.", "Revolut hired 300 staff."])).toEqual(["revolut"]);
  });
  test("a word opening a measure's phrase ('Operating profit rose', 'Underlying earnings fell') names no organisation", () => {
    expect(names("Operating profit rose 24% to 104.6 billion crowns.")).toEqual([]);
    expect(names("Underlying earnings fell 3% in the quarter.")).toEqual([]);
    // nor does a record, told at the start ("Record Wegovy sales": the drug's name alone)
    expect(names("Record Kestrel sales lifted the group.")).toEqual(["Kestrel"]);
  });
  test("not: a name that opens a sentence before a measure word of its own ('Halvard profit rose')", () => {
    expect(findHolders("Halvard profit rose 24% to 104.6 billion crowns.", [], new Set()).map((h) => h.name)).toEqual(["Halvard"]);
  });
  test("'The Stockholm-based company' names no organisation", () => {
    expect(names("The Stockholm-based company added 8 million subscribers.")).toEqual([]);
  });
});

describe("findHolders: a place on the map named by where it lies", () => {
  test("'off Townsville and the Whitsundays', 'near Barneveld', 'along the Gold Coast' name no organisation", () => {
    expect(names("The reefs off Cairns and the Whitsundays fared worse.")).toEqual([]);
    expect(names("Farms near Barneveld lost 2 million birds.")).toEqual([]);
    expect(names("Hotels along the Sunshine Coast were full.")).toEqual([]);
  });
  test("a lone word opening the sentence that stands first in its market is a name; a measure word is not", () => {
    expect(findHolders("Ostmark remained the best-selling brand with 9,100 cars.", [], new Set()).map((h) => [h.name, h.initial])).toEqual([["Ostmark", false]]);
    expect(findHolders("Output remained flat at 9,100 cars.", [], new Set()).filter((h) => !h.initial)).toEqual([]);
    expect(findHolders("Velmar followed with 2,410 cars.", [], new Set()).map((h) => [h.name, h.initial])).toEqual([["Velmar", false]]);
    expect(findHolders("Growth followed with 3%.", [], new Set()).filter((h) => !h.initial)).toEqual([]);
  });
  test("a word that opens a clause is no part of the name after it: 'If Renfe can', 'When Ostmark reported'", () => {
    expect(names("Rivals can match it. If Ostmark can fix delays, it will keep its lead.")).toEqual(["Ostmark"]);
    expect(names("He said that when Ostmark Rail reported, shares rose.")).toEqual(["Ostmark Rail"]);
  });
  test("not: a name after a word that is no preposition of place, or between two parties", () => {
    expect(names("Talks between Volvo and Geely stalled.")).toEqual(["Volvo and Geely"]);
    expect(names("Shares in Ostmark rose.")).toEqual(["Ostmark"]);
  });
});

describe("findHolders: a name inside an adjective, a compass region", () => {
  test("'the pre-Covid norm', 'Post-Brexit trade', 'across the North' name no organisation", () => {
    expect(names("Approvals beat the pre-Covid norm of 67,000.")).toEqual([]);
    expect(findHolders("Post-Brexit trade fell 4%.", [], new Set()).map((h) => h.name)).toEqual([]);
    expect(names("Brokers across the North said approvals rose.")).toEqual([]);
  });
  test("not: a name that goes on past the prefix ('Mid-Atlantic Power'), or one whose first part is its own ('Ex-Im Bank')", () => {
    expect(names("Shares of Mid-Atlantic Power rose.")).toEqual(["Mid-Atlantic Power"]);
    expect(names("Loans from Ex-Im Bank rose.")).toEqual(["Ex-Im Bank"]);
    expect(names("Sales at North Star Energy rose.")).toEqual(["North Star Energy"]);
  });
});

describe("withShortNames: a name given in full, then by its last word", () => {
  const keys = (texts: string[]) => withShortNames(texts.map((t) => findHolders(t, [], new Set()))).flat().map((m) => m.key);
  test("'Manchester United', then 'United': one organisation", () => {
    expect(keys(["Manchester United reported revenue of £688 million.", "Sponsors keep United's tills ringing.", "United said debt rose."])).toEqual(["manchester", "sponsors", "manchester", "manchester"]);
    // (a lone word that only opens sentences may be an ordinary word: "Canal income totalled …")
    expect(keys(["Egypt's Suez Canal earned $4 billion.", "Canal income totalled $4.1 billion."]).at(-1)).not.toBe("suez");
  });
  test("not a generic last word, a measure word, or a last word two names share", () => {
    expect(keys(["Deutsche Bank raised its forecast.", "Bank shares fell."])[1]).not.toBe("deutsche");
    expect(keys(["Allianz Trade expects more insolvencies.", "Trade recorded 3,455 cases."])[1]).not.toBe("allianz");
    expect(keys(["Manchester United won.", "Newcastle United lost.", "United said nothing."])[2]).toBe("united");
  });
  test("'Net debt stood at …', 'Gross margin …': no organisation", () => {
    expect(names("Net debt stood at £558.9 million.")).toEqual([]);
  });
});

describe("findHolders: organisation names", () => {
  test.each([
    ["Halvard Bank said its net profit rose 12%.", ["Halvard Bank"]],
    ["Shares of Procter & Gamble fell 3%.", ["Procter & Gamble"]],
    ["The Bank of Oslo raised its rate to 4.5%.", ["Bank of Oslo"]],
    // models of a maker's goods are no organisation; the maker is
    ["The recall covers the Vela Sedan and Ranger models, Harlow Motors said.", ["Harlow Motors"]],
    ["Electric carmaker Nordvik Motors delivered 412,300 vehicles.", ["Nordvik Motors"]],
    ["Rival Ostmark's revenue fell.", ["Ostmark"]],
  ])("%s", (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  test.each([
    ["Kenya shipped 590 million kilograms of tea to Pakistan in March.", "places and months"],
    ["Chief executive Mara Lind said the quarter was strong.", "a person after a personal title"],
    ["In the third quarter the lender earned more.", "words that only start a sentence"],
    ["The deficit will shrink to 4.5 per cent of GDP, while VAT stays at 15 per cent.", "the acronyms of economic measures"],
    ["Equities returned 5.7% in the half. Bonds gained 2.1%. Commodities fell 3%.", "classes of assets opening their sentences"],
  ])("none in: %s (%s)", (sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  test("a name credited as a person's is not an organisation", () => {
    expect(names("Profit rose, Tomas Berg told reporters.", ["berg"])).toEqual([]);
    expect(names("Profit rose, Tomas Berg told reporters.")).toEqual(["Tomas Berg"]);
  });

  test("a lone capitalised word at the start of a sentence is marked as such", () => {
    const [deliveries] = findHolders("Deliveries fell 6% from a year ago.", [], new Set());
    expect(deliveries.initial).toBe(true);
    const [named] = findHolders("The maker Volta raised prices.", [], new Set());
    expect(named.initial).toBe(false);
  });

  test("an acronym or a possessive at the start of a sentence is a name", () => {
    expect(findHolders("BYD registered 18,900 cars.", [], new Set())[0].initial).toBe(false);
    expect(findHolders("Skoda's registrations rose 4%.", [], new Set())[0].initial).toBe(false);
    expect(findHolders("Registrations rose 4%.", [], new Set())[0].initial).toBe(true);
  });

  test("the first word after a dateline starts the sentence too", () => {
    const [word] = findHolders("LIMA, May 4 (Wire) - Deforestation rose 8%.", [], new Set()).filter((h) => h.name === "Deforestation");
    expect(word.initial).toBe(true);
    const [name] = findHolders("LIMA, May 4 (Wire) - Volta's output rose.", [], new Set()).filter((h) => h.name === "Volta");
    expect(name.initial).toBe(false);
  });
});

describe("mainHolder and holderBefore", () => {
  const sentences = ["Volta Motors profit jumps", "Volta Motors said on Monday its profit doubled.", "Deliveries rose 8%.", "Volta also named a new chair, Ines Moreau of Sarela Group."];
  const mentions = sentences.map((s) => findHolders(s, scanPlaces(s), new Set()));
  const counts = holderCounts(mentions);

  test("the organisation named most, by its fullest naming; an ordinary word at a sentence's start does not count", () => {
    expect(mainHolder(counts)).toEqual({ key: "volta", name: "Volta Motors" });
    expect(counts.has("deliveries")).toBe(false);
  });

  test("a name that only ever starts sentences counts when it starts two and is never written in lower case", () => {
    const story = ["Streamly adds subscribers", "Streamly added 5.1 million subscribers.", "Revenue rose 17%.", "Streamly shares rose 4%."];
    const found = story.map((s) => findHolders(s, [], new Set()));
    const lowerIn = (texts: string[]) => (candidates: ReadonlySet<string>) => writtenInLowerCase(texts, texts.map((t) => wordsOf(t)), candidates);
    expect(mainHolder(holderCounts(found, lowerIn(story)))?.key).toBe("streamly");
    // "Deliveries" starts two sentences but the story also writes "deliveries": an ordinary word
    const ordinary = ["Deliveries fell 6%.", "Deliveries of trucks rose.", "Analysts expect deliveries to recover."];
    const words = ordinary.map((s) => findHolders(s, [], new Set()));
    expect(holderCounts(words, lowerIn(ordinary)).has("deliveries")).toBe(false);
  });

  test("no story holder when nothing is named twice", () => {
    const once = ["Sarela Group raised prices.", "Analysts expect more."].map((s) => findHolders(s, [], new Set()));
    expect(mainHolder(holderCounts(once))).toBeUndefined();
  });

  test("a number's holder is the organisation named before it in its clause, if the story names it twice", () => {
    const s = sentences[1];
    expect(holderBefore(mentions[1], 0, s.indexOf("doubled"), counts)?.key).toBe("volta");
    const last = sentences[3];
    // Sarela Group is named once: not taken as whose figure a number is
    expect(holderBefore(mentions[3], last.indexOf("Sarela"), last.length, counts)).toBeUndefined();
  });

  test("a body that gives the number (a poll, a data provider) is not whose figure it is, even right before it", () => {
    const of = (s: string) => holderBefore(findHolders(s, scanPlaces(s), new Set()), 0, s.indexOf("$"), counts, s)?.key;
    expect(of("Analysts polled by Marlow Data had forecast $3.1 billion.")).toBeUndefined();
    expect(of("Sales reached, according to Pellam Research, $2.2 billion.")).toBeUndefined();
    expect(of("Orvik Foods earned $2.2 billion.")).toBe("orvik");
  });

  test("who says a figure of another name is not whose it is; who says its own figure is", () => {
    const twice = new Map([["pellam", { n: 2 }], ["orvik", { n: 2 }]]);
    const of = (s: string) => holderBefore(findHolders(s, scanPlaces(s), new Set()), 0, s.indexOf("$"), twice, s)?.key;
    expect(of("Pellam Research said Orvik Foods' revenue climbed to $2.2 billion.")).not.toBe("pellam");
    expect(of("Pellam Research estimated that Madrid's budget reached $2.2 billion.")).toBeUndefined();
    expect(of("Orvik Foods said its revenue climbed to $2.2 billion.")).toBe("orvik");
    expect(of("Orvik Foods said revenue climbed to $2.2 billion.")).toBe("orvik");
  });

  test("a title in quotation marks is whose figure it is, named once or more; a name named once and far, not", () => {
    const once = new Map<string, { n: number }>();
    const of = (s: string) => holderBefore(findHolders(s, scanPlaces(s), new Set()), 0, s.indexOf("$"), once, s)?.name;
    expect(of('The comedy "Second Helpings," fell to second place with $21.3 million.')).toBe("Second Helpings");
    expect(of('The drama “Blue Harbour” slipped to third, taking $9 million.')).toBe("Blue Harbour");
    expect(of("The comedy Second Helpings, a hit last year, fell to second place with $21.3 million.")).toBeUndefined();
    // a possessive right before its measure, named once
    const pct = (s: string) => holderBefore(findHolders(s, scanPlaces(s), new Set()), 0, s.indexOf("48"), once, s)?.name;
    expect(pct("Volkner's EU sales slumped 48.5%.")).toBe("Volkner");
    expect(pct("Volkner's plants in the south of the EU lost 48.5%.")).toBeUndefined();
  });
});

describe("credits that name no organisation: 'the company said'", () => {
  test.each(["Revenue rose 5%, the company said.", "Revenue rose 5%, according to a statement from the firm.", "The lender reported a profit of $2 billion."])("%s", (sentence) => {
    const credits = findCredits(sentence);
    expect(credits.some((c) => isOrgReference(c.name))).toBe(true);
  });
  test("a company named in a credit is not such a reference", () => {
    expect(isOrgReference("Halvard Bank")).toBe(false);
    // (a club, a museum, a university is an organisation the story calls by its kind)
    expect(isOrgReference("the club")).toBe(true);
    expect(isOrgReference("the museum")).toBe(true);
    expect(isOrgReference("the clubhouse")).toBe(false);
    expect(findCredits("Revenue rose 5%, the minister said.").some((c) => isOrgReference(c.name))).toBe(false);
  });
});

describe("the audit: whose figure", () => {
  const audit = (...texts: string[]) => analyse(texts.map((t, i) => createSource(t, { file: `${i}.txt` })));
  const figureWith = (figures: Figure[], claimId: string) => figures.find((f) => f.claimIds.includes(claimId)) as Figure;

  test("two companies' profits in one quarter are two figures, never a conflict", () => {
    const a = "Halvard Bank profit climbs\nPublished 2026-10-20\n\nHalvard Bank said on Tuesday its net profit rose to $2.1 billion in the third quarter.\nThe lender employs 41,000 people.\n";
    const b = "Ostmark Insurance profit falls\nPublished 2026-10-21\n\nOstmark Insurance said net profit fell to $1.3 billion in the third quarter.\nThe insurer has 12,500 employees.\n";
    const result = audit(a, b);
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([]);
    const profit = result.figures.find((f) => f.label.startsWith("Halvard Bank profit"));
    expect(profit?.claimIds).toHaveLength(1);
    expect(profit?.reason).toMatch(/of Halvard Bank/);
  });

  test("the same company's figure in two outlets, one credited by name and one by 'the company': one origin", () => {
    const a = "Volta deliveries slip\nPublished 2026-10-03\n\nVolta Motors delivered 96,400 vehicles in the third quarter, the company said on Thursday.\nVolta Motors shares fell.\n";
    const b = "Volta misses forecasts\nPublished 2026-10-02\n\nVolta Motors said it delivered 96,400 vehicles in the third quarter.\nAnalysts had expected more from Volta.\n";
    const result = audit(a, b);
    const claim = result.claims.find((c) => c.surface === "96,400" || c.surface.startsWith("96,400"));
    const figure = figureWith(result.figures, claim?.id ?? "");
    expect(figure.claimIds).toHaveLength(2);
    expect(figure.status).toBe("single-origin");
  });

  test("a company's revenue whose company cannot be read agrees with others but never conflicts", () => {
    const a = "Quarterly results\nPublished 2026-10-20\n\nRevenue reached $7.4 billion in the third quarter.\n";
    const b = "Results roundup\nPublished 2026-10-21\n\nRevenue came to $5.9 billion in the third quarter.\n";
    const result = audit(a, b);
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([]);
  });

  test("two clubs' contracts are two events: a five-year and a four-year contract are neither one figure nor a conflict", () => {
    const a = "Okoro joins Riverside\nPublished 2026-07-14\n\nRiverside have signed Sam Okoro on a five-year contract, Riverside said.\n";
    const b = "Mensah moves to Northgate\nPublished 2026-07-15\n\nNorthgate have signed Kofi Mensah on a four-year contract, Northgate said.\n";
    const result = audit(a, b);
    const contracts = result.figures.filter((f) => /contract/.test(f.label));
    expect(contracts).toHaveLength(2);
    expect(contracts.map((f) => f.status)).toEqual(["single-source", "single-source"]);
  });

  test("figures of no place and no organisation may agree, never conflict", () => {
    const a = "Enrolment climbs\nPublished 2026-09-10\n\nThe university enrolled 31,200 students this autumn.\n";
    const b = "Record intake\nPublished 2026-09-12\n\nThe college enrolled 8,400 students this autumn.\n";
    const result = audit(a, b);
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([]);
  });

  test("two candidates' shares of the vote are two figures; one candidate's share in two outlets is one", () => {
    const a = "Lind wins Estonia vote\nPublished 2026-03-02\n\nLiberal Kaja Lind won Estonia's presidential runoff with 53.6% of the vote.\nHer rival Jaan Kask took 46.4% of the vote. Turnout was 61%.\n";
    const b = "Estonia elects Lind\nPublished 2026-03-02\n\nKaja Lind took 54% of the vote, beating Jaan Kask, who won 46% of the vote.\nTurnout reached 61.3%.\n";
    const result = audit(a, b);
    expect(result.figures.filter((f) => f.status === "conflicting")).toEqual([]);
    const lind = result.figures.find((f) => f.label.includes("Lind") && f.label.includes("vote"));
    expect(lind?.claimIds).toHaveLength(2);
    const kask = result.figures.find((f) => f.label.includes("Kask") && f.label.includes("vote"));
    expect(kask?.claimIds).toHaveLength(2);
    const turnout = result.figures.find((f) => f.label.includes("turnout"));
    expect(turnout?.claimIds).toHaveLength(2);
  });

  test("an event's duration is matched by its event: its reason never calls it a figure that cannot conflict", () => {
    const a = "Ferry timetable\nPublished 2026-02-03\n\nThe crossing to the island took 95 minutes on Tuesday, the operator said.\n";
    const b = "Slow ferry\nPublished 2026-02-03\n\nThe crossing to the island took two and a half hours on Tuesday, passengers said.\n";
    const result = audit(a, b);
    const crossing = result.figures.find((f) => f.claimIds.length === 2);
    expect(crossing?.status).toBe("conflicting");
    expect(crossing?.reason).not.toMatch(/never a conflict/);
  });
});

describe("findHolders: a word opening a sentence that does what a company does, or a maker's name", () => {
  test.each([
    ["Samsung shipped 61.4 million handsets.", ["Samsung"]],
    ["Xiaomi kept the third spot.", ["Xiaomi"]],
    ["Truckmaker Hallvik will cut 4,000 jobs.", ["Hallvik"]],
  ])("%s", (sentence, expected) => expect(names(sentence)).toEqual(expected));
  test.each([
    ["Deliveries shipped late rose 4%."],
    ["Output rose 4% in May."],
    ["Shipments sold out within weeks."],
  ])("not: %s", (sentence) => expect(names(sentence)).toEqual([]));
});

describe("findHolders: a pronoun doing what a company does is no name", () => {
  test("'It delivered 212,000 trucks'", () => {
    expect(names("It delivered 212,000 trucks last year.")).toEqual([]);
  });
});

describe("findHolders: a geographic feature is a place on the map, no organisation", () => {
  test("seas, straits, rivers, coasts", () => {
    expect(names("Attacks in the Red Sea pushed Kestrel Lines to sail around Africa.")).toEqual(["Kestrel Lines"]);
    expect(names("Tankers crossing the Strait of Hormuz fell, Kestrel Lines said.")).toEqual(["Kestrel Lines"]);
    expect(names("Barges on the Mekong River carried less rice.")).toEqual([]);
  });
  test("not a name that only holds such a word", () => {
    expect(names("Bayside Capital bought the lake shore plots.")).toEqual(["Bayside Capital"]);
    expect(names("Delta Air Lines carried more passengers.")).toEqual(["Delta Air Lines"]);
  });
});

describe("findHolders: places joined, and publications, are no organisation", () => {
  test("'Portugal and Morocco' is two places; 'the EIA's Natural Gas Monthly' a publication", () => {
    expect(names("Talks between Portugal and Morocco lasted two hours.")).toEqual([]);
    expect(names("Data from the Energy Board's Gas Monthly show exports rose.")).toEqual(["Energy Board"]);
    expect(names("The World Economic Outlook cut the forecast.")).toEqual([]);
    // (a title of several words before the word for a publication: "its Silver Market Trends report")
    expect(names("The council said in its Silver Market Trends report that demand fell.")).toEqual([]);
    expect(names("Kestrel Mining said in a report that output fell.")).toEqual(["Kestrel Mining"]);
    // (a competition that describes a club is no holder: "the Championship club's losses"; the club is)
    expect(names("Harbury Rovers, the Championship club, cut losses.")).toEqual(["Harbury Rovers"]);
    expect(names("The Championship said revenue rose.")).toEqual(["Championship"]);
  });
  test("not: a name with a place inside it, or a lone title word", () => {
    expect(names("Bank of Portugal and Kestrel Lines said.")).toEqual(["Bank of Portugal and Kestrel Lines"]);
    expect(names("Monthly Gas Traders said.")).toEqual(["Monthly Gas Traders"]);
  });
});

describe("findHolders: a region named by one word is no organisation", () => {
  test("'the central Mediterranean', 'the Western Balkans'", () => {
    expect(names("Arrivals across the central Mediterranean fell, Kestrel Lines said.")).toEqual(["Kestrel Lines"]);
    expect(names("Crossings via the Western Balkans plunged.")).toEqual([]);
  });
  test("not a company named after one ('Union Pacific')", () => {
    expect(names("Union Pacific carried more grain.")).toEqual(["Union Pacific"]);
  });
});

describe("findHolders: a unit's acronym is no organisation", () => {
  test("'7.1 million TEU', '600 MW'", () => {
    expect(names("Rival ports handled 4.0 million TEU.")).toEqual([]);
    expect(names("The plant adds 600 MW, Kestrel Lines said.")).toEqual(["Kestrel Lines"]);
  });
});

describe("findHolders: a currency's code beside its amount is no organisation", () => {
  test("'SEK 41', 'EUR 5bn', '120 NOK'", () => {
    expect(names("The firm priced its shares at SEK 41 and Tallvik Bank bought some.")).toEqual(["Tallvik Bank"]);
    expect(names("Profit rose to EUR 5bn while costs stayed at 120 NOK a unit.")).toEqual([]);
    expect(names("It paid EUR1.2m.")).toEqual([]);
  });

  test("a code with no number beside it, or a word in capitals that is no code, may still be a name", () => {
    expect(names("The deal was backed by USD Partners.")).toEqual(["USD Partners"]);
    expect(names("Sales at Norvald rose 4%, the ZAR group said.")).toContain("ZAR");
  });
});

describe("findHolders: a product or a quoted asset named alone is no organisation", () => {
  test("'Bitcoin rose', 'Brent settled'; a name with a product word in it still is one", () => {
    expect(findHolders("Bitcoin rose 2% on Monday, and Brent settled at $63.", [], new Set()).map((h) => h.name)).toEqual([]);
    expect(names("Shares of Gold Fields rose 3%.")).toEqual(["Gold Fields"]);
  });
});

describe("findHolders: a technology's acronym is no organisation", () => {
  test("'AI', 'EVs' name no organisation; an acronym that is a company's name does", () => {
    expect(names("Demand for AI servers lifted sales to $61.7bn.")).toEqual([]);
    expect(names("EVs took 18% of the market.")).toEqual([]);
    expect(names("BYD sold 4.3 million cars.")).toEqual(["BYD"]);
  });
});
