/** Who a number is credited to, and one key for one origin named several ways. */
import { acronymsOf, announcerBefore, findCredits, originKey, publicationKey } from "../../../src/core/frame/credit";

const credited = (s: string) => findCredits(s).map((c) => c.name);

describe("credit", () => {
  test("speech verbs and the data forms of news", () => {
    expect(credited("According to the Tea Board of Kenya, exports fell.")).toEqual(["Tea Board of Kenya"]);
    expect(credited("Eurostat data show output rose.")).toEqual(["Eurostat"]);
    expect(credited("Figures from the Bureau of Mines put output at 3 Mt.")).toEqual(["Bureau of Mines"]);
    expect(credited("Citing Vortexa tracking, the paper said flows rose.")).toEqual(["Vortexa"]);
    expect(credited("Maria Lindqvist, who covers metals at Nordbank, told reporters that prices fell.")).toEqual(["Maria Lindqvist"]);
  });

  test("data a body published on a day: 'data published on Thursday by the Federal Statistical Office (Destatis)'", () => {
    expect(findCredits("According to data published on Thursday by the Federal Statistical Office (Destatis), sales fell 5.1%.").map((c) => c.name)).toEqual(["Federal Statistical Office (Destatis)"]);
    expect(findCredits("Figures released this week by the Kestrel Port Authority show volumes up 4%.").map((c) => c.name)).toEqual(["Kestrel Port Authority"]);
    // the story's organisation, described: "the state-owned railway"
    expect(findCredits("Trains were more punctual in 2025, according to data published on Tuesday by the state-owned railway.").map((c) => c.name)).toEqual(["the railway"]);
  });
  test("the story's organisation described by its country's adjective: 'by the Danish drugmaker', 'the German carmaker said'", () => {
    expect(findCredits("Sales grew, according to figures published on Wednesday by the Danish drugmaker.").map((c) => c.name)).toEqual(["the drugmaker"]);
    expect(findCredits("Sales rose 4%, the German carmaker said.").map((c) => c.name)).toEqual(["the carmaker"]);
  });
  test("not: another name before the word ('the Volkswagen group said' names Volkswagen's group, not the story's)", () => {
    expect(findCredits("Sales rose 4%, the Volkswagen group said.").map((c) => c.name)).not.toContain("the group");
  });
  test("not: forecasts as a noun ('beat City forecasts of around 65,000')", () => {
    expect(findCredits("Approvals comfortably beat City forecasts of around 65,000.")).toEqual([]);
    // (the verb still credits: "The Treasury forecasts growth of 1.2%")
    expect(findCredits("The Treasury forecasts growth of 1.2%.").map((c) => c.name)).toEqual(["Treasury"]);
  });
  test("not: data published on a day with no body named, or by a body's day alone", () => {
    expect(findCredits("Data published on Thursday showed sales fell 5.1%.")).toEqual([]);
    expect(findCredits("Figures published on Thursday by mistake were withdrawn.")).toEqual([]);
  });
  test("a name after the words in lower case that say what kind of body it is", () => {
    expect(credited("Clearing fell 30%, according to data from national space research agency Inpe released on Wednesday.")).toEqual(["Inpe"]);
    expect(credited("Cargoes rose 4%, citing research firm Kpler.")).toEqual(["Kpler"]);
    expect(credited("Output fell, figures from industry body SMMT showed.")).toEqual(["SMMT"]);
    // (not a day after a body named in lower case)
    expect(credited("Imports rose, according to the agency on Monday.")).toEqual([]);
  });

  test("a name with commas in it, read whole up to its acronym", () => {
    expect(credited("Visas rose, according to figures released by Immigration, Refugees and Citizenship Canada (IRCC) on Monday.")).toEqual(["Immigration, Refugees and Citizenship Canada (IRCC)"]);
    expect(originKey("Immigration, Refugees and Citizenship Canada (IRCC)")).toBe("org:IRCC");
    // (not a list of two bodies: the acronym is not the first name's)
    expect(credited("Exports rose, Reuters said, citing the Energy Ministry (EM).")).toEqual(["Reuters", "Energy Ministry (EM)"]);
  });

  test("a named report, with its publisher where the sentence names one", () => {
    const a = findCredits("Enrolment rose, according to the annual Open Doors report released on Monday by the Institute of International Education (IIE).");
    expect(a.map((c) => [c.name, c.publication])).toEqual([["Institute of International Education (IIE)", "Open Doors"]]);
    const b = findCredits("Numbers rose, according to the Open Doors report.");
    expect(b.map((c) => [c.name, c.publication])).toEqual([["Open Doors", "Open Doors"]]);
    expect(publicationKey("Open Doors")).toBe("pub:open doors");
  });

  test("a report the body that said it calls 'its' is the body's: 'the Silver Institute said in its Silver Market Trends report'", () => {
    const a = findCredits("Demand fell 3%, the Silver Institute said in its Silver Market Trends report on Tuesday.");
    expect(a.map((c) => [c.name, c.publication])).toContainEqual(["Silver Institute", "Silver Market Trends"]);
    // (not a report named with no body that calls it its own)
    const b = findCredits("Demand fell 3%, according to the Silver Market Trends report.");
    expect(b.map((c) => c.name)).toEqual(["Silver Market Trends"]);
  });

  test("a body's short name in lower case after its name ('the World Tin Association (worldtin)') is the body's key", () => {
    const text = "Output rose, the World Tin Association (worldtin) said. Worldtin data show stocks fell.";
    const acronyms = acronymsOf(text);
    expect(originKey("World Tin Association", acronyms)).toBe("org:WTA");
    expect(originKey("worldtin", acronyms)).toBe("org:WTA");
    expect(originKey("the World Tin Association (worldtin)", acronyms)).toBe("org:WTA");
    expect(findCredits("Output rose 2%, the World Tin Association (worldtin) said on Friday.").map((c) => c.name)).toEqual(["World Tin Association"]);
    // (not any lower-case word in brackets: "(estimate)")
    expect([...acronymsOf("Russia Tin Output (estimate) fell.")]).toEqual([]);
  });

  test("not a publication: a report of a body named by its own noun ('a World Bank report')", () => {
    expect(findCredits("Inflows rose, according to a World Bank report.").map((c) => [c.name, c.publication])).toEqual([["World Bank", undefined]]);
    expect(originKey("World Bank")).not.toBe("pub:world bank");
  });

  test("not publications: a body's report, a place's, a one-word title", () => {
    expect(findCredits("A Reuters report said exports fell.").map((c) => c.publication)).toEqual([undefined]);
    expect(findCredits("The Kenya Economic Survey showed growth.").every((c) => !c.publication)).toBe(true);
    expect(findCredits("Output fell, the report said.").every((c) => !c.publication)).toBe(true);
  });

  test("not credits: generic words", () => {
    expect(credited("The figures show a rise.")).toEqual([]);
    expect(credited("Official data show a rise.")).toEqual([]);
    // a determiner starting a sentence is no body: "Another survey", "This report"
    expect(credited("Another survey, by Ipsara, had the party on 22%.")).toEqual([]);
    expect(credited("This report shows prices rose 4%.")).toEqual([]);
  });

  test("not credits: a headline's label before a colon", () => {
    expect(credited("Jobs report: what it means for rates")).toEqual([]);
    expect(credited("Harvest survey: five things to watch")).toEqual([]);
    expect(credited("Kelmar Research report shows grain stocks fell.")).toEqual(["Kelmar Research"]);
  });

  test("a dateline's wire is no acronym of the place before it", () => {
    expect([...acronymsOf("UNITED NATIONS (Wire) - The world's population…").values()]).toEqual([]);
    expect([...acronymsOf("The Food and Agriculture Organization (FAO) said").values()]).toEqual(["FAO"]);
  });

  test("one key for one body named several ways", () => {
    expect(originKey("National Grain Statistics Office (NGSO)")).toBe("org:NGSO");
    expect(originKey("NGSO")).toBe("org:NGSO");
    const acronyms = acronymsOf("The National Grain Statistics Office (NGSO) said...");
    expect(originKey("National Grain Statistics Office", acronyms)).toBe("org:NGSO");
    expect(originKey("U.S. Geological Survey Office")).toBe(originKey("Geological Survey Office"));
    expect(originKey("NGSO’s Monthly Bulletin")).toBe("org:NGSO");
    // a body named by a generic head is known by its initials, an abbreviated country's with them
    expect(originKey("U.S. Department of Agriculture")).toBe(originKey("USDA"));
    expect(originKey("Department of Agriculture")).not.toBe(originKey("Department of Energy"));
    // a body's acronym, then what of it ("RAC Fuel Watch data"): the body, not a person surnamed Watch
    expect(originKey("RAC Fuel Watch")).toBe(originKey("RAC"));
    expect(originKey("Simon Watch")).toBe("name:watch");
    // a body named by "Centers", "Centres": no person surnamed Control
    expect(originKey("Centers for Disease Control")).toBe("org:CDC");
  });

  test("'official figures' name a country's statistics when the story has a place, and nobody when it has none", () => {
    expect(originKey("official figures", undefined, "ke")).toBe("org:ke");
    expect(originKey("official figures")).toBe("");
    // "Statistics Netherlands", "Statistics South Africa": a country's office named after it
    expect(originKey("Statistics Netherlands")).toBe("org:nl");
    expect(originKey("Statistics South Africa")).toBe("org:za");
    expect(originKey("Kenya's statistics office")).toBe("org:ke");
  });

  test("people by surname, spelling variants folded", () => {
    expect(originKey("Yury Petrov")).toBe(originKey("Yuri Petrov"));
    expect(originKey("Deputy Minister Anna Kovalsky")).toBe("name:kovalski");
    expect(originKey("Jan Müller")).toBe(originKey("Muller"));
  });
});

describe("a country's official statistics", () => {
  test("'Chinese customs data', 'Brazil's government figures' are the country's data; a person is not", () => {
    expect(credited("Chinese customs data show exports rose.")).toEqual(["Chinese"]);
    expect(originKey("Chinese")).toBe("org:cn");
    expect(originKey("Brazil")).toBe("org:br");
    expect(originKey("Maria Silva")).toBe("name:silva");
  });
  test("a country's customs however named, and in lower case, is the country's", () => {
    expect(credited("Exports grew 6.7%, customs data showed on Monday.")).toEqual(["customs"]);
    expect(credited("Imports fell, according to customs.")).toEqual(["customs"]);
    expect(originKey("customs", undefined, "cn")).toBe("org:cn");
    expect(originKey("General Administration of Customs", undefined, "cn")).toBe("org:cn");
    expect(originKey("Korea Customs Service", undefined, "cn")).toBe("org:kr");
    expect(credited("Imports rose 1.9%, compared with an expected 3.0% increase.")).toEqual([]);
    expect(credited("Prices rose, the customs officer's union said nothing.")).not.toContain("customs");
  });
  test("the day a body spoke is no part of its name", () => {
    expect(credited("Exports rose, according to data released by the General Administration of Customs on Monday.")).toEqual(["General Administration of Customs"]);
  });
});

describe("an official body named in lower case", () => {
  test("is credited where it speaks or is cited", () => {
    expect(credited("The toll rose to 917, the civil protection agency said on Thursday.")).toEqual(["civil protection agency"]);
    expect(credited("Deaths: 917, according to the civil protection agency.")).toEqual(["civil protection agency"]);
    expect(credited("Inflation eased to 3.1%, the country's statistics office said.")).toEqual(["statistics office"]);
    expect(credited("Exports fell 5%, according to the finance ministry.")).toEqual(["finance ministry"]);
    expect(originKey("civil protection agency")).toBe(originKey("the national civil protection agency"));
  });
  test("not a body: a bare head noun, or one a determiner leads", () => {
    expect(credited("Exports fell 5%, the ministry said.")).toEqual([]);
    expect(credited("Output rose, the same agency said.")).toEqual([]);
    expect(credited("The office said nothing about the figures.")).toEqual([]);
  });
});

describe("a forecaster named in lower case", () => {
  const key = (s: string) => findCredits(s).map((c) => originKey(c.name, undefined, "de"));
  test("a government that forecasts is its country's, as its capital is; economists are where they work", () => {
    expect(credited("The government expects the economy to grow 0.4% this year.")).toEqual(["the government"]);
    expect(key("The government expects the economy to grow 0.4% this year.")).toEqual(["org:de"]);
    expect(key("Berlin forecasts growth of 0.4%.")).toEqual(["org:de"]);
    expect(key("The finance ministry now projects a deficit of 2%.")).toEqual(["org:de"]);
    expect(credited("Economists at the country's leading institutes see growth of 1.2% next year.")).toEqual(["Economists at the country's leading institutes"]);
    // credited with forecasts only (the frame gives it no other number of the sentence)
    expect(findCredits("Analysts at Banco Sur expect output of 5.3 Mt this year, against 5.5 Mt in 2025.").map((c) => [c.name, c.forecast])).toEqual([["Analysts at Banco Sur", true]]);
  });
  test("not: a government that does something else, economists named nowhere", () => {
    expect(credited("The government spent 0.4% of output on defence.")).toEqual([]);
    expect(credited("Economists expect growth of 1.2%.")).toEqual([]);
  });
});

describe("announcerBefore: a body that announces what it gives or decides", () => {
  const who = (s: string, n: string) => announcerBefore(s, 0, s.indexOf(n));
  test("opens the number's clause", () => {
    expect(who("The European Union pledged 20 million euros in aid.", "20")).toBe("European Union");
    expect(who("Japan has offered $5 million.", "$5")).toBe("Japan");
    expect(who("Relief was set aside, and the EU has pledged 20 million euros.", "20")).toBe("EU");
    expect(originKey("European Union")).toBe("org:eu");
  });
  test("not: a clause with no such verb, a lower-case subject, a body named elsewhere in the clause", () => {
    expect(who("The European Union imported 20 million tonnes.", "20")).toBeUndefined();
    expect(who("The government has set aside 400 million soles.", "400")).toBeUndefined();
    expect(who("Officials said Japan has offered $5 million.", "$5")).toBeUndefined();
  });
});

describe("originKey: a body described in lower case", () => {
  test("is known by its last two words, however many adjectives lead", () => {
    expect(originKey("the national disaster agency")).toBe(originKey("the disaster agency"));
    expect(originKey("the state statistics office")).toBe("org:statistics office");
  });
  test("a named body keeps its initials", () => {
    expect(originKey("National Disaster Risk Council")).toBe("org:NDRC");
  });
});

describe("a country's statistics office, however named, is one origin", () => {
  const key = (s: string, place = "cl") => findCredits(s).map((c) => originKey(c.name, undefined, place));
  test("named, described, acronymed after its description, or 'official statistics'", () => {
    expect(key("Output fell to 431,200 tonnes, the national statistics institute INE said on Monday.")).toEqual(["org:cl"]);
    expect(key("Output fell 4.1% in October, official statistics showed.")).toEqual(["org:cl"]);
    expect(key("Output fell, the statistics agency reported.")).toEqual(["org:cl"]);
    expect(key("Output fell, according to the national statistics office.")).toEqual(["org:cl"]);
    expect(key("Prices rose, the Office for National Statistics said.", "gb")).toEqual(["org:gb"]);
    expect(key("Output fell, Peru's statistics institute said.", "cl")).toEqual(["org:pe"]);
    expect(key("Inflation slowed to 4.8%, the IBGE statistics institute reported.", "br")).toEqual(["org:br"]);
  });
  test("not: another body, or statistics nobody is said to give", () => {
    expect(key("Output fell, the mining commission said.")).not.toEqual(["org:cl"]);
    expect(key("Output fell, the IMF said.")).toEqual(["org:IMF"]);
    expect(key("The official figures are due on Monday.")).toEqual([]);
  });
});

describe("a body that puts a number at a value, or counts it", () => {
  test("is credited", () => {
    expect(credited("Rival tracker Canalys put the quarter's shipments at 320 million.")).toEqual(["Canalys"]);
    expect(credited("Canalys counted 320 million shipments in the quarter.")).toEqual(["Canalys"]);
  });
  test("not: putting something that is no estimate", () => {
    expect(credited("Analysts put pressure on the firm to cut 300 jobs.")).toEqual([]);
  });
});

describe("a forecaster revising, keeping or stating its forecast", () => {
  test("is credited", () => {
    expect(credited("Statistics agency Ibrastat raised its forecast for the maize crop to 131 million tonnes.")).toEqual(["Ibrastat"]);
    expect(credited("Ibrastat kept its export estimate at 40 million tonnes.")).toEqual(["Ibrastat"]);
    expect(credited("The Agriculture Department sees the crop at 128 million tonnes.")).toEqual(["Agriculture Department"]);
  });
  test("not: seeing something as something, or raising what is no forecast", () => {
    expect(credited("Lisbon sees the deal as a chance to win 2,000 jobs.")).toEqual([]);
    expect(credited("Ibrastat raised its staff to 400 people.")).toEqual([]);
  });
});

describe("a company named by the head of its trade, with or without its legal form", () => {
  test("is an organisation, one origin however its legal form is written", () => {
    expect(originKey("Orchard Devices")).toBe("org:orchard");
    expect(originKey("Orchard Devices Inc")).toBe(originKey("Orchard Devices"));
    // (a legal form or a place opening the name makes it an organisation's, not a person's surname)
    expect(originKey("Manchester United plc")).toBe("org:manchester");
    expect(originKey("Manchester United")).toBe("org:manchester");
    expect(originKey("Maria Sousa")).toBe("name:sousa");
    expect(originKey("Halden Semiconductor Corp.")).toBe(originKey("Halden Semiconductor"));
    expect(originKey("Brightwave Networks")).toMatch(/^org:/);
    expect(originKey("Kessler Therapeutics")).toMatch(/^org:/);
  });
  test("not: people, whose surnames are no trade", () => {
    expect(originKey("Maria Lindqvist")).toBe("name:lindqvist");
    expect(originKey("Tom Devlin")).toBe("name:devlin");
  });
});

describe("findCredits: who announces an amount it gives is no credit", () => {
  test("'Qatar announced $50 million' is an announcer's own amount; 'Qatar announced that' credits", () => {
    expect(credited("Spain pledged €80 million, while Qatar announced $50 million, according to the hosts.")).not.toContain("Qatar");
    expect(credited("Qatar announced that its exports rose 4% to $12 billion.")).toContain("Qatar");
  });
});
