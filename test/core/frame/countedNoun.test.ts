/** What a count, a duration or a rank is of. */
import { canonicalNoun, countedNoun, durationSubject, eventKey, isNotFigure, numberOfPhrase, propertyNoun, shareBase, singular, subjectNoun } from "../../../src/core/frame/countedNoun";

const after = (s: string, surface: string) => countedNoun(s, s.indexOf(surface) + surface.length);

describe("countedNoun", () => {
  test("the noun of the number's phrase, singular", () => {
    expect(after("The firm runs nine bottling plants in total.", "nine")).toBe("plant");
    expect(after("Officials agreed a two-year extension of the deal.", "two-year")).toBe("extension");
    expect(after("after six years of drought", "six years")).toBe("drought");
    expect(after("the third-largest producer of tin", "third")).toBe("producer");
    expect(after("a 410 km undersea cable linking two ports", "410 km")).toBe("cable");
  });

  test("a gerund that names a kind of the plural after it is part of the phrase; a verb in -ing after the head is not", () => {
    expect(after("The city had 3,400 public charging points.", "3,400")).toBe("point");
    expect(after("The group runs 1,200 private nursing homes.", "1,200")).toBe("home");
    expect(after("Councils created 6,500 free parking spaces.", "6,500")).toBe("space");
    expect(after("A 40 km pipeline supplying farms opened.", "40 km")).toBe("pipeline");
    expect(after("About 5,000 staff working nights quit.", "5,000")).toBe("staff");
  });

  test("a noun that ends like a participle is still part of the phrase; a preposition after people is none", () => {
    expect(after("By March, 2,310 automated speed cameras were in use.", "2,310")).toBe("camera");
    expect(after("Farmers bought 800 feed mixers.", "800")).toBe("mixer");
    expect(after("Some 18 million people inside the region need food aid.", "18 million")).toBe("people");
    // (a participle after the head still ends it: "4,100 homes damaged by the storm")
    expect(after("Inspectors counted 4,100 homes damaged by the storm.", "4,100")).toBe("home");
  });

  test("nothing to read", () => {
    // (a year after "of" is when, not what: "the 2,950 of 2023, according to")
    expect(after("Deaths fell from the 2,950 of 2023, according to the agency.", "2,950")).toBe("");
    // (nor is a date after "as of": "123,412,806 as of Oct. 1")
    expect(after("The population stood at 98,400,120 as of Oct. 1, 2025.", "98,400,120")).toBe("");
    expect(after("The total was 12.", "12")).toBe("");
    expect(after("It came to 40 this year.", "40")).toBe("");
  });

  test("durations read their event before the verb, synonyms of one event fold", () => {
    const s = "The meeting lasted about three hours.";
    expect(durationSubject(s, s.indexOf("three"))).toBe("meeting");
    const stay = "Visitors may now stay visa-free for up to 14 days.";
    expect(durationSubject(stay, stay.indexOf("14"))).toBe("stay");
    expect(eventKey("conversation")).toBe(eventKey("call"));
    expect(eventKey("summit")).not.toBe(eventKey("call"));
  });
});

describe("numberOfPhrase", () => {
  const numberOfNoun = (before: string) => numberOfPhrase(before).noun;
  test("'the number of X ... reached N' counts X; nothing to read without 'number of'", () => {
    expect(numberOfNoun("The number of foreign nurses in Ireland reached ")).toBe("nurse");
    expect(numberOfNoun("The total of registered voters rose to ")).toBe("voter");
    expect(numberOfNoun("Imports rose to ")).toBe("");
    // (an adverb before what happened to people is neither the noun nor the participle; a participle not in -ed is one)
    expect(numberOfPhrase("The number of people seriously injured rose to ")).toEqual({ noun: "people", participle: "injured" });
    expect(numberOfPhrase("The number of people badly hurt was close to ")).toEqual({ noun: "people", participle: "hurt" });
    expect(numberOfPhrase("The number of people living alone reached ").participle).toBe("");
    // (a verb ends the phrase: its people are counted, not the verb)
    expect(numberOfNoun("The total number of people applying rose 3.1% to ")).toBe("people");
    expect(numberOfNoun("The number of public charging devices rose to ")).toBe("device");
    // (a year on the way is a time, not another number the phrase was for)
    expect(numberOfNoun("The number of foreign students fell 17.2% in the 2025-26 academic year to ")).toBe("student");
    expect(numberOfNoun("The number of foreign students fell to 5,000 and the fees to ")).toBe("");
    // (the head of a long compound, up to six words after "number of")
    expect(numberOfNoun("The number of public electric vehicle charging points in Spain rose to ")).toBe("point");
    expect(numberOfNoun("The number of licensed private hire vehicle drivers reached ")).toBe("driver");
  });
  test("'the number of people forced to flee': the participle after 'people', which is no part of the noun", () => {
    expect(numberOfPhrase("The number of people forced to flee reached ")).toEqual({ noun: "people", participle: "forced" });
    expect(numberOfPhrase("The number of nurses trained abroad reached ")).toEqual({ noun: "nurse", participle: "" });
  });
});

describe("isNotFigure", () => {
  const at = (s: string, surface: string) => s.indexOf(surface) + surface.length;
  test("the numbering of an event or a name, a count of the text's own points", () => {
    const a = "The leaders marked the 30th anniversary of the treaty.";
    expect(isNotFigure("ordinal", 30, a, at(a, "30th"))).toBe(true);
    const b = "It falls under the 15th Five-Year Plan.";
    expect(isNotFigure("ordinal", 15, b, at(b, "15th"))).toBe(true);
    const c = "The minister sent three clear messages.";
    expect(isNotFigure("count", 3, c, at(c, "three"))).toBe(true);
  });
  test("how rare a superlative is: no figure; a stretch of time that is one, a figure", () => {
    const a = "It was the strongest quake to hit the country in more than 40 years.";
    expect(isNotFigure("s", 40 * 31557600, a, at(a, "40 years"), a.indexOf("40 years"))).toBe(true);
    const b = "Prices rose the most in 18 months.";
    expect(isNotFigure("s", 18 * 2629800, b, at(b, "18 months"), b.indexOf("18 months"))).toBe(true);
    const c = "The strike lasted 40 days.";
    expect(isNotFigure("s", 40 * 86400, c, at(c, "40 days"), c.indexOf("40 days"))).toBe(false);
    // an event's own duration after a superlative is still a figure
    const d = "The largest plant was shut for 40 days.";
    expect(isNotFigure("s", 40 * 86400, d, at(d, "40 days"), d.indexOf("40 days"))).toBe(false);
  });
  test("the window a figure was counted in is no figure: 'in its first three days'", () => {
    const a = "The film collected $84.5m in its first three days.";
    expect(isNotFigure("s", 3 * 86400, a, at(a, "three days"), a.indexOf("three days"))).toBe(true);
    const b = "The plant's first shutdown lasted three days.";
    expect(isNotFigure("s", 3 * 86400, b, at(b, "three days"), b.indexOf("three days"))).toBe(false);
  });
  test("the whole that places are counted out of is no figure; the part is", () => {
    const a = "Prices rose in only three of Italy's 20 regions.";
    expect(isNotFigure("count", 20, a, at(a, "20"), a.indexOf("20 "))).toBe(true);
    const b = "Turnout fell in 12 of the 27 member states.";
    expect(isNotFigure("count", 27, b, at(b, "27"), b.indexOf("27"))).toBe(true);
    // (a whole that is no map's: a firm's stores)
    const c = "The chain closed 40 of its 1,200 stores.";
    expect(isNotFigure("count", 1200, c, at(c, "1,200"), c.indexOf("1,200"))).toBe(false);
  });

  test("the denominator of a rate, the size that bounds a class of firms: no figures", () => {
    const a = "Logistics had 129 cases per 10,000 companies.";
    expect(isNotFigure("count", 10000, a, at(a, "10,000"), a.indexOf("10,000"))).toBe(true);
    const b = "There were 71 failures for every 10,000 enterprises.";
    expect(isNotFigure("count", 10000, b, at(b, "10,000"), b.indexOf("10,000"))).toBe(true);
    const c = "About 12,400 of them had fewer than 10 employees.";
    expect(isNotFigure("count", 10, c, at(c, "10"), c.indexOf("10 "))).toBe(true);
    const d = "Firms with more than 250 staff cut 3,000 jobs.";
    expect(isNotFigure("count", 250, d, at(d, "250"), d.indexOf("250"))).toBe(true);
    // ... but the count itself, and a workforce that is a figure, are figures
    expect(isNotFigure("count", 129, a, at(a, "129"), a.indexOf("129"))).toBe(false);
    // (a size class is a small round bound: 140,000 employees are the firms' workforce)
    const e = "The insolvent firms had more than 140,000 employees.";
    expect(isNotFigure("count", 140000, e, at(e, "140,000"), e.indexOf("140,000"))).toBe(false);
    const f = "The insolvent firms employed more than 140,000 people.";
    expect(isNotFigure("count", 140000, f, at(f, "140,000"), f.indexOf("140,000"))).toBe(false);
  });
  test("figures: a rank in a market, a count of things measured", () => {
    const a = "Chile is the second-largest producer of copper.";
    expect(isNotFigure("ordinal", 2, a, at(a, "second"))).toBe(false);
    const b = "The firm runs seven terminals.";
    expect(isNotFigure("count", 7, b, at(b, "seven"))).toBe(false);
    const c = "Some 3,000 delegates attended.";
    expect(isNotFigure("count", 3000, c, at(c, "3,000"))).toBe(false);
  });
});

describe("durationSubject: future and infinitive forms", () => {
  test("'expect construction to take four years'", () => {
    const s = "Engineers expect construction to take four years.";
    expect(durationSubject(s, s.indexOf("four"))).toBe("construction");
  });
});

describe("shareBase", () => {
  const base = (s: string, surface: string) => shareBase(s, s.indexOf(surface) + surface.length);
  test("the last content words after 'of'", () => {
    expect(base("Wind met 78% of peak capacity.", "78%")).toBe("peak capacity");
    expect(base("They took 85% of all shipments.", "85%")).toBe("shipment");
  });
  test("a participle after the noun opens a relative clause, not the base", () => {
    expect(base("The port took 27% of the coal shipped to Asia.", "27%")).toBe("coal");
    expect(base("It handled 40% of the cargo delivered last year.", "40%")).toBe("cargo");
  });
  test("a participle before the noun is part of it", () => {
    expect(base("Cuts hit 12% of the reduced budget.", "12%")).toBe("reduced budget");
  });
  test("a possessive before the noun is a determiner: 'of the state's kindergartners' is 'of kindergartners'", () => {
    expect(base("Only 83.2% of the state's kindergartners had both doses.", "83.2%")).toBe("kindergartner");
    expect(base("Wages took 47% of the club's turnover.", "47%")).toBe("turnover");
    expect(base("Wages took 47% of its turnover.", "47%")).toBe("turnover");
  });
});


describe("ranks and streaks", () => {
  test("a verb after the noun ends its phrase", () => {
    expect(after("the world's third largest importer bought more cargoes", "largest")).toBe("importer");
    expect(after("the two firms sold more", "two")).toBe("firm");
  });
  test("a streak is not a figure; a rank is", () => {
    const notFigure = (s: string, surface: string) => isNotFigure("ordinal", 2, s, s.indexOf(surface) + surface.length);
    expect(notFigure("Imports rose for the second month in a row.", "second")).toBe(true);
    expect(notFigure("It was a third straight year of gains.", "third")).toBe(true);
    expect(notFigure("For the first time, exports fell.", "first")).toBe(true);
    expect(notFigure("Chile is the second largest producer.", "second")).toBe(false);
    expect(notFigure("Profits fell in the second quarter of 2024.", "second")).toBe(false);
    // a streak of any noun after "consecutive", "straight", "successive"
    expect(notFigure("It was the fourth consecutive annual record.", "fourth")).toBe(true);
    // the size of a container unit
    expect(isNotFigure("m", 6.096, "It moved 7.1 million twenty-foot equivalent units.", "It moved 7.1 million twenty-foot".length)).toBe(true);
    expect(isNotFigure("m", 6.096, "The wall is twenty-foot high.", "The wall is twenty-foot".length)).toBe(false);
    expect(notFigure("The bank made a fifth successive rate cut.", "fifth")).toBe(true);
    // the size of what is filled, a reference for a cost
    const filled = (s: string, surface: string) => isNotFigure("m3", 0.055, s, s.indexOf(surface) + surface.length, s.indexOf(surface));
    expect(filled("Filling a typical 55-litre family car now costs £75.68.", "55-litre")).toBe(true);
    expect(filled("It costs £75.68 to fill a 55-litre car.", "55-litre")).toBe(true);
    expect(filled("The plant bottled 55 litres of oil.", "55 litres")).toBe(false);
    // a streak of any noun "in a row"
    expect(notFigure("It was the second annual fall in a row.", "second")).toBe(true);
    expect(notFigure("It was the third drop in a row for the index.", "third")).toBe(true);
    expect(notFigure("Chile ranked second in a survey of miners.", "second")).toBe(false);
  });
  test("an ordinal after 'a' numbers one more of a thing; a rank takes 'the' or a verb", () => {
    const notFigure = (s: string, surface: string) => isNotFigure("ordinal", 3, s, s.indexOf(surface) + surface.length, s.indexOf(surface));
    expect(notFigure("A third runway could open by 2035.", "third")).toBe(true);
    expect(notFigure("She won a second term in May.", "second")).toBe(true);
    expect(notFigure("Norway is the third largest supplier.", "third")).toBe(false);
    expect(notFigure("The team took a third place finish.", "third")).toBe(false);
    expect(notFigure("Brazil finished a close second.", "second")).toBe(false);
  });
});

describe("counted nouns: synonyms and adverbs", () => {
  test("nouns for one thing are counted under one", () => {
    expect(canonicalNoun("handset")).toBe("phone");
    expect(canonicalNoun("smartphone")).toBe("phone");
    expect(canonicalNoun("employee")).toBe("worker");
    // babies born are the births
    expect(canonicalNoun("baby")).toBe("birth");
    expect(canonicalNoun("newborn")).toBe("birth");
    expect(canonicalNoun("cable")).toBe("cable");
  });
  test("an adverb after the noun is not the noun", () => {
    expect(after("The group employs 164,000 people worldwide.", "164,000")).toBe("people");
    expect(after("They sold 3 million cars globally last year.", "3 million")).toBe("car");
  });
  test("a share of the market", () => {
    expect(shareBase("giving it a 19% share of the global market.", "giving it a 19%".length)).toBe("market");
  });
});

describe("propertyNoun: what a physical quantity before 'of' measures", () => {
  test("the noun before 'of', 'reaching', 'at'", () => {
    expect(propertyNoun("Winds of up to ")).toBe("wind");
    expect(propertyNoun("with temperatures reaching ")).toBe("temperature");
    expect(propertyNoun("at a depth of ")).toBe("depth");
  });
  test("no noun: a name, a stop word, nothing before", () => {
    expect(propertyNoun("the storm hit Manila at ")).toBe("");
    expect(propertyNoun("At an average of ")).toBe("");
    expect(propertyNoun("while Qatar followed at ")).toBe("");
    expect(propertyNoun("a rise of ")).toBe("");
    expect(propertyNoun("The agency's forecast stands at ")).toBe("");
    expect(propertyNoun("")).toBe("");
    // a scale word belongs to another number
    expect(propertyNoun("were up $5 million at ")).toBe("");
    // a place in a ranking
    expect(propertyNoun("Kenya was second at ")).toBe("");
    expect(propertyNoun("Ghana came next at ")).toBe("");
  });
});

describe("countedNoun: names before the noun", () => {
  test("acronyms and names modify the noun they precede", () => {
    expect(after("at the seven U.S. LNG terminals in operation", "seven")).toBe("terminal");
    expect(after("the three Gulf Coast plants", "three")).toBe("plant");
  });
  test("a name with no noun after it is no counted noun", () => {
    expect(after("Exports to 12 Asian", "12")).not.toBe("terminal");
  });
});

describe("countedNoun and subjectNoun: words in -s that are not plurals; subjects of a percentage", () => {
  test.each([
    [" measles cases were reported", "case"],
    [" diabetes patients", "patient"],
    [" news outlets", "outlet"],
    [" students", "student"],
    [" still missing", "missing"],
    [" now unemployed workers", "worker"],
    [" stillbirths", "stillbirth"],
    // containers in twenty-foot equivalent units
    [" TEU in the first half", "teu"],
    [" twenty-foot equivalent units (TEUs)", "teu"],
    // an adverb is no noun, nor a participle before one; nouns in -ly are
    [" reported previously.", ""],
    [" annually.", ""],
    [" tonnes annually", "tonne"],
    [" displaced", "displaced"],
    [" supply contracts", "contract"],
    [" family farms", "farm"],
    // "overnight" before a noun describes it; alone it is when
    [" overnight stays by foreign guests", "stay"],
    [" overnight.", ""],
    // a verb after the number is no noun; what happened to people is theirs
    [" came from abroad", ""],
    [" set in 2021", ""],
    [" burned in Alberta", ""],
    [" injured in the blast", "injured"],
    [" burned homes", "home"],
  ])("countedNoun(%s) = %s", (rest, expected) => {
    expect(countedNoun(`about 40${rest}`, 8)).toBe(expected);
  });

  test.each([
    ["Vaccination coverage for the first dose fell to ", "coverage"],
    ["First-dose coverage slipped to ", "coverage"],
    ["Traffic at the smaller airport rose ", "traffic"],
    ["Its market turnout was ", "turnout"],
    // a participle after the noun describes it
    ["Average rents paid by tenants climbed ", "rent"],
    ["Fees charged by banks rose ", "fee"],
    ["Wages rose ", "wage"],
    // a forecast as the subject says nothing of what it forecasts
    ["The agency's forecast stands at ", ""],
    // the head before "into", "via": the phrase ends there
    ["Irregular border crossings into the bloc fell ", "crossing"],
    ["Shipments via the northern corridor rose ", "shipment"],
    // a change on the way to the level does not count as words between
    ["Irregular crossings fell 38% last year to about ", "crossing"],
    ["Crossings fell by 38 per cent in 2024 to around ", "crossing"],
    ["Crossings fell sharply for the first time in years to ", ""],
    // "the number of X": the X are counted
    ["The number of irregular entries into the bloc decreased to ", "entry"],
    ["The total rose to ", ""],
    // a noun of two words ("forest loss" is deforestation, not a loss of money)
    ["Annual forest loss in the Brazilian Amazon dropped to ", "deforestation"],
    ["Tree cover loss in Bolivia rose to ", "deforestation"],
    ["Job loss in the sector rose to ", ""],
    // an activity is of what the word before names
    ["Leasing activity reached ", "leasing"],
    ["Quarterly leasing totalled ", "leasing"],
    ["Imports came to ", "import"],
    // the things approved are counted; the subject of a clause opened by "with"
    ["Study permit approvals fell by 35 per cent to ", "permit"],
    ["Quebec saw the steepest drop, with approvals falling 52 per cent to ", "approval"],
    // the part of the noun given to a group of people
    ["Meals served to pupils rose to ", "meal for pupils"],
    ["Grants for students fell 4% to ", "grant for students"],
    ["Grants for research fell 4% to ", "grant"],
    ["Meals served in March rose to ", "meal"],
  ])("subjectNoun(%s) = %s", (clause, expected) => {
    expect(subjectNoun(clause)).toBe(expected);
  });

  test.each([
    ["It rose ", "a pronoun"],
    ["The total fell ", "a word for any amount"],
    ["Shares of Ostmark rose ", "… of a name: 'shares' is the head, kept"],
    ["Analysts expect growth of ", "no verb of level or change"],
  ])("subjectNoun(%s): %s", (clause, why) => {
    const noun = subjectNoun(clause);
    if (why.startsWith("…")) expect(noun).toBe("share");
    else expect(noun).toBe("");
  });
});

describe("subjectNoun: the number must complete the verb", () => {
  test("an aside between the verb and the number gives it no subject", () => {
    expect(subjectNoun("Its other main suppliers are the U.S., which likewise provides ")).toBe("");
  });
  test("the subject after a speech verb", () => {
    expect(subjectNoun("Lender Halford Bank said its mortgage lending grew 8% to ")).toBe("lending");
  });
  test("an acronym in brackets and an aside about the subject are read past; a move in money on the way too", () => {
    expect(subjectNoun("Special drawing rights (SDRs) were up ")).toBe("right");
    expect(subjectNoun("Foreign currency assets, the largest part of the reserves, went up by ")).toBe("asset");
    expect(subjectNoun("Farm payments, a third of the budget, rose by $1.2 billion to ")).toBe("payment");
    expect(subjectNoun("Card spending gained ")).toBe("spending");
  });
  test("a subject told without a finite verb: 'with X down', 'saw X decline by'", () => {
    expect(subjectNoun("Kenya had the steepest drop, with arrivals down ")).toBe("arrival");
    expect(subjectNoun("Brazil, the second-largest market, saw bookings decline by ")).toBe("booking");
    expect(subjectNoun("The port saw its bookings rise ")).toBe("booking");
    expect(subjectNoun("with the total up ")).toBe("");
  });
  test("a change and its stretch of time on the way to the level", () => {
    expect(subjectNoun("Arrivals fell 12% in the first nine months of 2025 from a year earlier to ")).toBe("arrival");
  });
  test("a participle of what is counted ends the subject's head: 'offences involving a knife'", () => {
    expect(subjectNoun("Offences involving a knife decreased by 5 per cent to ")).toBe("offence");
  });
  test("a rate is a rate of what the word before it names", () => {
    expect(subjectNoun("The total fertility rate rose to ")).toBe("fertility rate");
    expect(subjectNoun("Chile's vacancy rate edged down to ")).toBe("vacancy rate");
    expect(propertyNoun("with a savings ratio of ")).toBe("savings ratio");
    expect(subjectNoun("The rate rose to ")).toBe("");
    expect(subjectNoun("Its rate rose to ")).toBe("");
  });
  test("an aside's 'number of' is not the subject's; a participle after the noun is no part of it", () => {
    expect(numberOfPhrase("The fertility rate, the average number of children a woman has, rose to ").noun).toBe("");
    expect(subjectNoun("The number of babies born in Chile rose ")).toBe("baby");
  });
  test("an acronym is a name, not a noun", () => {
    expect(subjectNoun("WTI gained ")).toBe("");
    expect(subjectNoun("Brent was up 1.3%, while WTI gained ")).toBe("");
  });
});

describe("isNotFigure: a person's tenure", () => {
  const at = (s: string, surface: string) => s.indexOf(surface) + surface.length;
  const start = (s: string, surface: string) => s.indexOf(surface);
  test("the years someone led, served, worked or lived somewhere", () => {
    for (const [s, n] of [["Goodman, who has led the institute for 20 years, said so.", "20 years"], ["She served as mayor for nearly a decade.", "a decade"], ["He had been in office for six years.", "six years"]]) {
      expect(isNotFigure("s", 1, s, at(s, n), start(s, n))).toBe(true);
    }
  });
  test("a person's age in apposition read as a bare count", () => {
    const s = "The situation is worrying, said health official Abu Jafor, 52.";
    expect(isNotFigure("count", 52, s, at(s, "52"), start(s, "52"))).toBe(true);
    const t = "Exports reached 52 tonnes.";
    expect(isNotFigure("count", 52, t, at(t, "52"), start(t, "52"))).toBe(false);
    const u = "In the capital, Dhaka, 160 people died.";
    expect(isNotFigure("count", 160, u, at(u, "160"), start(u, "160"))).toBe(false);
  });

  test("not: how long an event or a closure lasted", () => {
    for (const [s, n] of [["The strike lasted for 12 days.", "12 days"], ["The port has been closed for three weeks.", "three weeks"], ["Talks ran for five hours.", "five hours"]]) {
      expect(isNotFigure("s", 1, s, at(s, n), start(s, n))).toBe(false);
    }
  });
});

describe("numberOfPhrase and subjectNoun: what a change or a share counts", () => {
  test("a percentage change on the way is the phrase's own", () => {
    expect(numberOfPhrase("The number of Indian students at American colleges rose 9% to ").noun).toBe("student");
    expect(numberOfPhrase("The number of dead rose to 2,056 and the injured to ").noun).toBe("");
  });
  test("'student numbers', 'visitor figures': the word before the amount word", () => {
    expect(subjectNoun("Chinese student numbers declined to about ")).toBe("student");
    expect(subjectNoun("Passenger figures rose ")).toBe("passenger");
    expect(subjectNoun("The numbers rose ")).toBe("");
  });
  test("a share's subject before 'made up' or 'account for', past an adverb", () => {
    expect(subjectNoun("Indian students made up ")).toBe("student");
    expect(subjectNoun("Indian students now account for nearly ")).toBe("student");
  });
  test("a share's base named several ways is one: power generation is electricity generation", () => {
    const s = "Renewables covered 62.7 per cent of net public power generation.";
    expect(shareBase(s, s.indexOf("62.7 per cent") + 13)).toBe("electricity generation");
    const t = "Renewables supplied 62.7% of Germany's net public electricity generation.";
    expect(shareBase(t, t.indexOf("62.7%") + 5)).toBe("electricity generation");
  });
  test("'31% of them', 'a fifth of the total': no counted noun after the share", () => {
    const s = "India accounts for 31% of them.";
    expect(after(s, "31%")).toBe("");
    const t = "Students made up a fifth of the total.";
    expect(after(t, "a fifth")).toBe("");
    expect(shareBase(s, s.indexOf("31%") + 3)).toBe("");
    expect(after("after six years of drought", "six years")).toBe("drought");
  });
});

describe("isNotFigure: a length that names a window or an instrument", () => {
  const window = (s: string, surface: string) => isNotFigure("s", 1, s, s.indexOf(surface) + surface.length, s.indexOf(surface));
  test.each([
    ["Brazil's 12-month inflation eased to 4.8%.", "12-month"],
    ["The 10-year Treasury yield rose to 4.5%.", "10-year"],
    ["Shares hit a 52-week high.", "52-week"],
    ["The 30-year bond sold well.", "30-year"],
    // a plan named by the years it spans
    ["The five-year buildup plan is worth 43 trillion yen.", "five-year"],
    ["Spending rises under a 43-trillion-yen five-year plan.", "five-year"],
    ["It unveiled a 10-year national strategy for ports.", "10-year"],
  ])("%s", (s, surface) => expect(window(s, surface)).toBe(true));
  test("the size of a shipping container is no figure; a length of something else is", () => {
    const length = (s: string, surface: string) => isNotFigure("m", 12.19, s, s.indexOf(surface) + surface.length, s.indexOf(surface));
    expect(length("Shipping a 40-foot container rose 9%.", "40-foot")).toBe(true);
    expect(length("Rates per 40ft box rose.", "40ft")).toBe(true);
    expect(length("The 40-foot wall fell.", "40-foot")).toBe(false);
  });
  test.each([
    ["He signed a five-year contract.", "five-year"],
    ["The 12-month programme cost $4 million.", "12-month"],
    ["The talks lasted two hours.", "two hours"],
    ["The plan runs for five years.", "five years"],
    ["They agreed a two-year extension of the plan.", "two-year"],
  ])("not: %s", (s, surface) => expect(window(s, surface)).toBe(false));
});

describe("singular and canonical nouns", () => {
  test("nouns in -ze, fires of all kinds, companies of all kinds", () => {
    expect(singular("blazes")).toBe("blaze");
    expect(singular("prizes")).toBe("prize");
    expect(singular("buzzes")).toBe("buzz");
    expect(singular("taxes")).toBe("tax");
    expect(canonicalNoun("wildfire")).toBe("fire");
    expect(canonicalNoun("blaze")).toBe("fire");
    expect(canonicalNoun("business")).toBe("company");
    expect(canonicalNoun("firm")).toBe("company");
  });
});

describe("isNotFigure: an index's threshold", () => {
  const nf = (s: string, n: string) => isNotFigure("count", Number(n), s, s.indexOf(n) + n.length, s.indexOf(n));
  test("'the 50-point mark separating growth from contraction', 'a reading below 50 indicates contraction'", () => {
    expect(nf("The index rose to 49.2, below the 50-point mark separating growth from contraction.", "50")).toBe(true);
    expect(nf("Any reading below 50 indicates contraction.", "50")).toBe(true);
    expect(nf("Readings above 50 signal expansion.", "50")).toBe(true);
  });
  test("not: a reading, or a count that happens to be 50", () => {
    expect(nf("The index rose to 50.4 in May.", "50.4")).toBe(false);
    expect(nf("The firm cut 50 jobs below the management level.", "50")).toBe(false);
  });
});

describe("countedNoun: a participle before 'to' is no noun", () => {
  test("'the 2.1 needed to keep a population stable' counts nothing", () => {
    const s = "It is far below the 2.1 needed to keep a population stable.";
    expect(countedNoun(s, s.indexOf("2.1") + 3)).toBe("");
    const t = "It has 2.1 million residents.";
    expect(countedNoun(t, t.indexOf("million") + 7)).toBe("resident");
  });
});

describe("isNotFigure: a bond named by its term", () => {
  test("'30-year gilts', '10-year UK government bonds' name an instrument, not a length of time", () => {
    const a = "Yields on 30-year gilts rose.";
    expect(isNotFigure("s", 946728000, a, a.indexOf("30-year") + 7, a.indexOf("30-year"))).toBe(true);
    const b = "Yields on 10-year UK government bonds rose.";
    expect(isNotFigure("s", 315576000, b, b.indexOf("10-year") + 7, b.indexOf("10-year"))).toBe(true);
    const c = "The plant will run for 30 years.";
    expect(isNotFigure("s", 946728000, c, c.indexOf("30 years") + 8, c.indexOf("30 years"))).toBe(false);
  });
});

describe("isNotFigure: the age that bounds a group of people", () => {
  const notFigure = (s: string, surface: string, value: number) => isNotFigure("count", value, s, s.indexOf(surface) + surface.length, s.indexOf(surface));
  test.each([
    ["It cut severe disease in people over 60 by 83%.", "60", 60],
    ["The ban covers children under 16.", "16", 16],
    ["Adults aged over 65 and over were offered it.", "65", 65],
    ["Those older than 75 years were excluded.", "75", 75],
  ])("%s", (s, surface, value) => expect(notFigure(s, surface, value)).toBe(true));
  test.each([
    ["Children under 16 million were counted.", "16", 16],
    ["It hired people over 60 days.", "60", 60],
    ["Over 60 people attended.", "60", 60],
  ])("not: %s", (s, surface, value) => expect(notFigure(s, surface, value)).toBe(false));
});

describe("counted nouns: aircraft however named", () => {
  test("jets, planes and airliners are aircraft; handovers are deliveries; a jet engine is no aircraft", () => {
    expect(canonicalNoun("jet")).toBe("aircraft");
    expect(canonicalNoun("plane")).toBe("aircraft");
    expect(canonicalNoun("airliner")).toBe("aircraft");
    expect(canonicalNoun("handover")).toBe("delivery");
    expect(canonicalNoun("engine")).toBe("engine");
  });
});
