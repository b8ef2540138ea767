/** Cities that are not capitals: places of their country, and sites inside it. Sentences of our own. */
import { CITIES } from "../../../src/core/frame/city";
import { wordsOf } from "../../../src/core/frame/phrases";
import { scanPlaces } from "../../../src/core/frame/places";
import { findSites, siteOf } from "../../../src/core/frame/site";
import { analyse } from "../../../src/core/analyse";
import { createSource } from "../../../src/core/source/createSource";

const codes = (text: string) => scanPlaces(text).map((m) => `${m.code}(${m.form})`);
const sites = (sentence: string) => findSites(sentence, scanPlaces(sentence), wordsOf(sentence)).map((s) => s.key);
const siteFor = (sentence: string, surface: string) => {
  const start = sentence.indexOf(surface);
  return siteOf(sentence, findSites(sentence, scanPlaces(sentence), wordsOf(sentence)), 0, sentence.length, start, start + surface.length)?.key;
};

describe("the city table", () => {
  test("every city has its country's code and no city is listed twice", () => {
    for (const [name, code] of CITIES) expect(`${name}:${/^[a-z]{2}$/.test(code)}`).toBe(`${name}:true`);
    expect(new Set(CITIES.map(([name]) => name)).size).toBe(CITIES.length);
  });
});

describe("scanPlaces: a city is a place of its country", () => {
  test.each([
    ["Rotterdam handled 14.6 million TEU.", ["nl(city)"]],
    ["Ridership in Barcelona rose 6%.", ["es(city)"]],
    ["Ho Chi Minh City's exporters shipped more.", ["vn(city)"]],
    ["Rents in São Paulo climbed.", ["br(city)"]],
  ])("%s", (text, expected) => expect(codes(text)).toEqual(expected));

  test.each([
    ["the Shanghai Cooperation Organization met", "a city's name opening another name"],
    ["Manchester United's revenue rose", "a club"],
    ["Istanbul Airport served 84 million passengers", "a site named after its city"],
    ["prices quoted by traders in Ho Chi Minh City", "where the speakers sit"],
    ["a Hamburg-based shipping line", "an organisation's seat"],
    ["operator Transports Metropolitans de Barcelona said", "a city that ends an organisation's name"],
  ])("none in: %s (%s)", (text) => expect(codes(text)).toEqual([]));

  test("the port of a city is the city's", () => {
    expect(codes("Cargo through the Port of Rotterdam fell.")).toEqual(["nl(city)"]);
  });
  test("a capital stays its government's where a city would not be read", () => {
    expect(codes("Moscow Exchange volumes rose")).toEqual(["ru(capital)"]);
  });
});

describe("findSites and siteOf: a city is the site of its figures", () => {
  test.each([
    ["Rotterdam handled 14.6 million TEU in 2025.", "14.6 million", "rotterdam"],
    ["In Barcelona, metro ridership rose 6%.", "6%", "barcelona"],
    ["- Osaka: 8,702,116", "8,702,116", "osaka"],
    ["Kanagawa, with 9.2 million, and Osaka, with 8.7 million, came next.", "8.7 million", "osaka"],
    ["Kanagawa, with 9.2 million, and Osaka, with 8.7 million, came next.", "9.2 million", "kanagawa"],
    ["Container volumes at the port of Rotterdam rose 4.1%.", "4.1%", "rotterdam"],
    // (a phrase set off before the subject: "Among the other states, Goiás took …")
    ["Among the other main producing states, Goiás took 68.5 million tonnes.", "68.5 million", "goias"],
    ["Of the other big producers, Goiás crushed about 86 million tonnes.", "86 million", "goias"],
    // (or a concession or a time: "Despite its losses, Iowa remains …", "After a dry spring, Ontario harvested …")
    ["Despite its losses, Bavaria remains the leading state, with 3.4 million pigs on farms.", "3.4 million", "bavaria"],
    ["After a dry spring, Ontario harvested 9.1 million tonnes of corn.", "9.1 million", "ontario"],
    ["Elsewhere, the agency put output in Castilla-La Mancha at 118,700 tonnes and in Extremadura at 74,200 tonnes.", "118,700", "castilla-la mancha"],
    ["Elsewhere, the agency put output in Castilla-La Mancha at 118,700 tonnes and in Extremadura at 74,200 tonnes.", "74,200", "extremadura"],
    // (a list told in one sentence: each site right before its number)
    ["Goiás took 68.5 million tonnes, Minas Gerais 62.4 million tonnes and Mato Grosso do Sul 36.1 million.", "62.4 million", "minas gerais"],
    ["Goiás took 68.5 million tonnes, Minas Gerais 62.4 million tonnes and Mato Grosso do Sul 36.1 million.", "36.1 million", "mato grosso do sul"],
  ])("%s → %s is %s's", (sentence, surface, key) => expect(siteFor(sentence, surface)).toBe(key));

  test.each([
    ["Shares in the group rose 26% to $55.90 by midday in New York.", "26%"],
    ["Prices held at $404 a tonne, analysts at SSI Research in Ho Chi Minh City said.", "$404"],
  ])("none for: %s (where shares trade, where speakers sit)", (sentence, surface) => expect(siteFor(sentence, surface)).toBeUndefined());

  test("'Istanbul Airport' and 'the Istanbul passengers' are one site", () => {
    expect(sites("Istanbul Airport served 84 million passengers.")).toEqual(["istanbul"]);
    expect(sites("Some 65 million of the Istanbul passengers flew abroad.")).toEqual(["istanbul"]);
  });
});

describe("a city in the audit", () => {
  const source = (file: string, text: string) => createSource(text, { file });
  test("a port city's figures meet across outlets, and one mention of a stock market makes no story about its country", () => {
    const a = source("a.txt", "Rotterdam volumes rise\n\nPublished: 2026-02-12\n\nRotterdam handled 14.6 million TEU in 2025, the port authority said. Antwerp handled 13.4 million TEU in 2025.\n");
    const b = source("b.txt", "Port of Rotterdam grows\n\nPublished: 2026-02-13\n\nContainer volumes in Rotterdam reached 14.6 million TEU in 2025. In Antwerp, volumes reached 13.1 million TEU in 2025.\n");
    const figures = analyse([a, b]).figures;
    const rotterdam = figures.find((f) => f.label.startsWith("Rotterdam"));
    expect(rotterdam?.claimIds.length).toBe(2);
    expect(rotterdam?.status).toBe("corroborated");
    expect(figures.find((f) => f.label.startsWith("Antwerp"))?.status).toBe("conflicting");
  });
});
