/** The site stage: the named field, plant, port or region inside a number's places. Sentences of our own. */
import { analyse } from "../../../src/core/analyse";
import { wordsOf } from "../../../src/core/frame/phrases";
import { scanPlaces } from "../../../src/core/frame/places";
import { citySite, compassSite, findSites, siteOf, siteOfPronoun, siteReferredTo, type SiteMention } from "../../../src/core/frame/site";
import { createSource } from "../../../src/core/source/createSource";

const sites = (sentence: string) => findSites(sentence, scanPlaces(sentence), wordsOf(sentence)).map((s) => [s.name, s.key]);

describe("findSites: named sites", () => {
  test.each([
    ["Output at the Tengiz field rose in March.", [["Tengiz field", "tengiz"]]],
    ["Crude production at Kazakhstan's Kashagan field fell.", [["Kashagan field", "kashagan"]]],
    ["Cargoes left the Calcasieu Pass facility on time.", [["Calcasieu Pass facility", "calcasieu pass"]]],
    ["Flows through the Power of Siberia pipeline grew.", [["Power of Siberia pipeline", "siberia"]]],
    ["The Freeport LNG terminal restarted, and the Freeport LNG plant hired staff.", [["Freeport LNG terminal", "freeport"], ["Freeport LNG plant", "freeport"]]],
    ["Work at the Arctic LNG 2 project slowed.", [["Arctic LNG 2 project", "arctic 2"]]],
    ["Turbines of the Hornsea wind farm turned.", [["Hornsea wind farm", "hornsea"]]],
    ["Harvests in the Mykolaiv region shrank.", [["Mykolaiv region", "mykolaiv"]]],
    ["Kelby Airport served 28.4 million passengers.", [["Kelby Airport", "kelby"]]],
  ])("%s", (sentence, expected) => {
    expect(sites(sentence)).toEqual(expected);
  });

  test.each([
    ["Europe's LNG terminals ran at 60% of capacity.", "a plural: several sites"],
    ["Buyers booked slots at the LNG terminal.", "product words only"],
    ["Russian pipeline gas fell.", "a nationality only"],
    ["Exports from Gulf Coast terminals rose.", "a plural named set"],
    ["Offshore field output fell 3%.", "a lone capitalised word that starts the sentence"],
    ["The new plant opened.", "no name"],
    ["The Stockholm-based company added 8 million subscribers.", "where an organisation sits"],
  ])("none in: %s (%s)", (sentence) => {
    expect(sites(sentence)).toEqual([]);
  });
});

describe("siteOf: the site a number belongs to", () => {
  const of = (sentence: string, surface: string) => {
    const found = findSites(sentence, scanPlaces(sentence), wordsOf(sentence));
    const start = sentence.indexOf(surface);
    return siteOf(sentence, found, 0, sentence.length, start, start + surface.length)?.name;
  };

  test.each([
    ["Output at the Tengiz field reached 600,000 barrels a day.", "600,000", "Tengiz field"],
    ["The Kashagan field produced 390,000 barrels a day in 2024.", "390,000", "Kashagan field"],
    ["Kazakhstan shipped 600,000 barrels a day from the Tengiz field.", "600,000", "Tengiz field"],
    // a list's entries, hedged or not
    ["Goiás crushed about 86 million tonnes, Minas Gerais some 62 million and Mato Grosso do Sul about 36 million.", "62 million", "Minas Gerais"],
    ["Goiás crushed about 86 million tonnes, Minas Gerais some 62 million and Mato Grosso do Sul about 36 million.", "36 million", "Mato Grosso do Sul"],
    // (after who says it)
    ["Deloitte said Barcelona's matchday revenue climbed 46% last season.", "46%", "Barcelona"],
  ])("%s → %s", (sentence, surface, expected) => {
    expect(of(sentence, surface)).toBe(expected);
  });

  test.each([
    ["US LNG exports, boosted by the Calcasieu Pass facility, reached 88.9 million tonnes.", "88.9 million"],
    ["US LNG exports reached 88.9 million tonnes as the Calcasieu Pass facility ramped up.", "88.9 million"],
    ["Chevron, which runs the Tengiz field, earned $5 billion.", "$5 billion"],
    ["Deloitte, whose office is in Barcelona, said revenue climbed 46% last season.", "46%"],
  ])("none for the number in: %s", (sentence, surface) => {
    expect(of(sentence, surface)).toBeUndefined();
  });
});

describe("sites in the audit", () => {
  const a = createSource("Fields report\nPublished: 2025-03-01\n\nOil output at the Tengiz field in Kazakhstan reached 600,000 barrels per day in 2024. Output at the Kashagan field reached 400,000 barrels per day in 2024.\n", { file: "a.txt" });
  const b = createSource("Kazakh oil\nPublished: 2025-03-02\n\nThe Tengiz field in Kazakhstan produced 605,000 barrels per day in 2024, the ministry said.\n", { file: "b.txt" });

  test("two fields of one country are two figures, each labelled with its site; one field's outlets agree", () => {
    const figures = analyse([a, b]).figures.filter((f) => f.unit === "bbl/d");
    expect(figures.map((f) => f.status).sort()).toEqual(["corroborated", "single-source"]);
    const tengiz = figures.find((f) => f.claimIds.length === 2);
    expect(tengiz?.label).toContain("Tengiz field");
    expect(tengiz?.reason).toContain("site Tengiz field");
    expect(figures.find((f) => f.claimIds.length === 1)?.label).toContain("Kashagan field");
  });
});

describe("findSites: a city's county is a site apart from the city", () => {
  const keys = (sentence: string) => findSites(sentence, scanPlaces(sentence)).map((s) => s.key);
  test("'Los Angeles County' is not 'the City of Los Angeles'", () => {
    expect(keys("Homelessness in Los Angeles County fell 2.6% to 70,412.")).toEqual(["los angeles county"]);
    expect(keys("Within the City of Los Angeles, 41,960 people were counted.")).toEqual(["los angeles"]);
    expect(keys("In Los Angeles, 41,960 people were counted.")).toEqual(["los angeles"]);
  });
  test("not: a county that is no city's keeps its name alone ('Kern County')", () => {
    expect(keys("Output in Kern County rose 3%.")).toEqual(["kern"]);
  });
});

describe("citySite: a capital named as the city where a figure is", () => {
  const city = (sentence: string) => citySite(sentence, scanPlaces(sentence), 0, sentence.length)?.name;
  test.each([
    ["In London, prices fell 1.1% to £548,000.", "London"],
    ["Rents across Tokyo rose 4%.", "Tokyo"],
    ["Home sales in central Dublin dropped 6%.", "Dublin"],
    ["Tokyo's population grew 0.9% to 14,182,371.", "Tokyo"],
    ["- Tokyo: 14,182,371", "Tokyo"],
    ["Paris had 1,240 public chargers, or 58 per 100,000 residents.", "Paris"],
    ["Madrid, with nearly 3,900 licensed taxis, leads the table.", "Madrid"],
  ])("%s → %s", (sentence, expected) => {
    expect(city(sentence)).toBe(expected);
  });
  test("a city after the number is its site only in the same stretch", () => {
    const s = "At least 19 people were killed, most of them at a building site in Bangkok.";
    expect(citySite(s, scanPlaces(s), 0, s.length, s.indexOf("19") + 2)).toBeUndefined();
    const t = "Prices fell 1.1% in London.";
    expect(citySite(t, scanPlaces(t), 0, t.length, t.indexOf("1.1%") + 4)?.name).toBe("London");
  });
  test.each([["London said exports rose 3%."], ["Talks with Beijing ended."], ["The UK's prices rose 3%."], ["China's exports rose 5%, officials in Beijing said."], ["Exports rose 5%, the ministry in Tokyo said."], ["Exports rose 5%, according to data released in Tokyo on Monday."], ["Its shares rose 4.2% in London trading."], ["The stock fell 3% in early Tokyo trade."], ["Its shares fell 6.3% in Oslo."], ["Beijing has $3.2 trillion of reserves."], ["Beijing has 3.2 trillion yuan of reserves."], ["London had 3 billion pounds in the fund."]])("none in: %s (the government, a market, or no capital)", (sentence) => {
    expect(city(sentence)).toBeUndefined();
  });
});

describe("compassSite: a part of the country named by its compass point", () => {
  const site = (s: string, surface: string) => compassSite(s, s.indexOf(surface))?.key;
  test.each([
    ["The outbreak is worst in the north-east, where 640 cases were reported.", "640", "region:north-east"],
    ["Across northern Chile, 12,000 homes lost power.", "12,000", "region:north"],
    ["In the country's south, 300 schools closed.", "300", "region:south"],
  ])("%s", (s, surface, key) => expect(site(s, surface)).toBe(key));
  test.each([
    ["Exports to South Korea rose to 4,000 tonnes.", "4,000"],
    ["North Korea fired 12 missiles.", "12"],
    ["The national total reached 2,410 cases.", "2,410"],
  ])("not: %s", (s, surface) => expect(site(s, surface)).toBeUndefined());
});

describe("siteReferredTo: a site the story named, called by its noun alone", () => {
  const suez: SiteMention = { start: 0, end: 11, key: "suez", name: "Suez Canal" };
  const named = (noun: string) => (noun === "canal" ? suez : undefined);
  const referred = (sentence: string) => siteReferredTo(sentence, 0, sentence.length, named)?.key;
  test("'the canal', 'the waterway', a clause opened by the noun", () => {
    expect(referred("About 13,200 ships crossed the canal during the year.")).toBe("suez");
    expect(referred("Vessels using the waterway fell to 13,213.")).toBe("suez");
    expect(referred("Canal income totalled $4.1 billion last year.")).toBe("suez");
  });
  test("not a site named after its noun, the noun's owner, another noun, or a story that names none", () => {
    expect(referred("Traffic through the canal of Panama fell.")).toBeUndefined();
    expect(referred("Ships left the canal of the city.")).toBe("suez");
    expect(referred("The port of Rotterdam handled 7 million containers.")).toBeUndefined();
    expect(referred("The canal's owner paid $40 million.")).toBeUndefined();
    expect(referred("The mine produced 40,000 tonnes.")).toBeUndefined();
    expect(siteReferredTo("Ships crossed the canal.", 0, 24, () => undefined)).toBeUndefined();
  });
  test("'canal' is a site's noun: the Suez Canal is a site", () => {
    expect(sites("Revenue from the Suez Canal fell.")).toEqual([["Suez Canal", "suez"]]);
  });
});

describe("findSites: a site named after its noun", () => {
  test("'the LNG terminal at Dunkirk', 'the port of Rotterdam'", () => {
    expect(sites("The LNG terminal at Dunkirk took in 27% of the cargoes.")).toEqual([["LNG terminal at Dunkirk", "dunkirk"]]);
    expect(sites("Cargo through the port of Rotterdam fell 1.5%.")).toEqual([["port of Rotterdam", "rotterdam"]]);
    // (a capitalised noun opens the name, at the sentence's start too)
    expect(sites("Port of Rotterdam said cargo fell.")).toEqual([["Port of Rotterdam", "rotterdam"]]);
    expect(sites("Cargo fell, Port of Rotterdam said.")).toEqual([["Port of Rotterdam", "rotterdam"]]);
  });
  test("not a place, a month, a name in lower case, or a noun without 'the'", () => {
    expect(sites("The terminal at France's coast took in 27%.")).toEqual([]);
    expect(sites("The plant of July was shut.")).toEqual([]);
    expect(sites("The field of medicine grew.")).toEqual([]);
    expect(sites("A port of Kelby size handled more.")).toEqual([]);
  });
});

describe("siteOfPronoun: 'it' in a later clause is the sentence's site", () => {
  const sentence = "The LNG terminal at Dunkirk plays a role: in 2024 it took in 27% of the cargoes.";
  const found = findSites(sentence, scanPlaces(sentence), wordsOf(sentence));
  const from = sentence.indexOf(":") + 1;
  test("the site before the clause", () => {
    expect(siteOfPronoun(sentence, found, from, sentence.indexOf("27%"))?.key).toBe("dunkirk");
  });
  test("not without 'it', nor a site after the clause's start", () => {
    expect(siteOfPronoun(sentence.replace(" it ", " Spain "), found, from, sentence.indexOf("27%"))).toBeUndefined();
    expect(siteOfPronoun(sentence, found, 0, sentence.indexOf("27%"))).toBeUndefined();
  });
});

describe("findSites: venues named by their noun", () => {
  test.each([
    ["The Vatican Museums drew 7.21 million visitors.", "vatican"],
    ["The Uffizi Galleries drew 5.31 million visitors.", "uffizi"],
    ["Attendance at the British Museum rose 3.8%.", "british"],
    ["Wembley Stadium sold 90,000 tickets.", "wembley"],
  ])("%s", (sentence, key) => expect(sites(sentence).map((s) => s[1])).toContain(key));
  test("not a venue's noun alone", () => {
    expect(sites("The museum drew 7 million visitors.")).toEqual([]);
  });
});

describe("site: a city's possessive owning its goods' moves", () => {
  const city = (s: string, surface: string) => {
    const start = s.indexOf(surface);
    return citySite(s, scanPlaces(s), 0, s.length, start + surface.length)?.key;
  };
  test("'Bordeaux's exports fell 9% to €1.68bn' is the city's; 'Bordeaux's mayor said' is no site of the number", () => {
    expect(city("Bordeaux's exports fell 9% to €1.68bn.", "€1.68bn")).toBe("bordeaux");
    expect(city("Bordeaux's mayor said 40 people were hurt.", "40")).toBeUndefined();
  });
});
