/** The gazetteer: names, capitals and demonyms, with case rules. */
import { namesMember, placeOf, scanPlaces } from "../../../src/core/frame/places";

const codes = (text: string) => scanPlaces(text).map((m) => `${m.code}${m.form === "name" ? "" : `(${m.form})`}${m.possessive ? "'s" : ""}`);

describe("places", () => {
  test("names, capitals, demonyms and possessives", () => {
    expect(codes("Kenya's tea and Tokyo's demand for Brazilian coffee")).toEqual(["ke's", "jp(capital)'s", "br(demonym)"]);
    expect(codes("the U.S. and the United Kingdom")).toEqual(["us", "gb"]);
    expect(codes("South Korea, North Korea and Saudi Arabia")).toEqual(["kr", "kp", "sa"]);
  });

  test("the developing countries, however named, are one group, in lower case too", () => {
    expect(codes("Flows to low- and middle-income countries and to developing economies rose; the developing world lags.")).toEqual(["developing", "developing", "developing"]);
    expect(codes("Developing countries hosted 71% of refugees.")).toEqual(["developing"]);
    // (not the verb: "a developing storm", "countries developing new reactors")
    expect(codes("a developing storm hit countries developing reactors")).toEqual([]);
  });

  test("Europe and the European Union are different places", () => {
    expect(codes("Europe and the EU")).toEqual(["europe", "eu"]);
  });

  test("not places: lower-case words, currency prefixes, parts of longer words", () => {
    expect(codes("fine china and the us pronoun")).toEqual([]);
    expect(codes("a US$5 billion loan")).toEqual([]);
    expect(codes("Indiana and Chinatown")).toEqual([]);
  });

  test("the nations of the UK are places of their own", () => {
    expect(codes("Prices rose in England, Wales, Scotland and Northern Ireland")).toEqual(["gb-eng", "gb-wls", "gb-sct", "gb-nir"]);
    expect(codes("Scottish and Welsh prices; Ireland")).toEqual(["gb-sct(demonym)", "gb-wls(demonym)", "ie"]);
  });

  test("a central bank's name names its country: what it holds, buys or sets is the country's", () => {
    expect(codes("the Central Bank of the Republic of Kenya")).toEqual(["ke"]);
    expect(codes("the Reserve Bank of Australia and the National Bank of Romania")).toEqual(["au", "ro"]);
    expect(codes("the People's Bank of China")).toEqual(["cn"]);
  });

  test("not places: a place in an institution's name", () => {
    expect(codes("the Bank of England and the Bank of Japan")).toEqual([]);
    expect(codes("the Bank of the Republic of Korea")).toEqual([]);
    expect(codes("Bank of America and Bank of China")).toEqual([]);
    expect(codes("the Church of Scotland in Scotland")).toEqual(["gb-sct"]);
    expect(codes("banks of Japan")).toEqual(["jp"]);
    expect(codes("the U.S. Department of Agriculture and the Indian Commerce Ministry")).toEqual([]);
    expect(codes("the US Census Bureau; exports from the US rose")).toEqual(["us"]);
    expect(codes("the US departments of state")).toEqual(["us"]);
  });

  test("a region's superlative that names one of its member countries", () => {
    const member = (text: string) => scanPlaces(text).map((m) => `${m.code}${namesMember(text, m) ? ":member" : ""}`);
    expect(member("Europe's largest economy grew; Germany's exports fell")).toEqual(["europe:member", "de"]);
    expect(member("Asia's third-biggest economy and the EU's most populous member state")).toEqual(["asia:member", "eu:member"]);
    // a region's own figure, a supplier to it, a country's superlative
    expect(member("Europe's gas storage is 90% full")).toEqual(["europe"]);
    expect(member("Norway is the EU's biggest gas supplier")).toEqual(["no", "eu"]);
    expect(member("India's largest economy hub")).toEqual(["in"]);
    // North America is a region of its own ("North American cinemas")
    expect(codes("4,100 North American cinemas in North America")).toEqual(["namerica(demonym)", "namerica"]);
  });

  test("readable names", () => {
    expect(placeOf("gb").name).toBe("UK");
    expect(placeOf("zz").name).toBe("zz");
  });
});

describe("places: a city's county and the city itself", () => {
  const codes = (text: string) => scanPlaces(text).map((m) => `${m.code}:${text.slice(m.start, m.end)}`);
  test("'Los Angeles County', 'the Houston Metro Area', 'the City of Chicago' are places of the city's country", () => {
    expect(codes("Homelessness in Los Angeles County fell 2.6%.")).toEqual(["us:Los Angeles"]);
    expect(codes("Home sales in the Houston Metro Area rose 4%.")).toEqual(["us:Houston"]);
    expect(codes("The City of Chicago recorded 1,200 permits.")).toEqual(["us:Chicago"]);
  });
  test("not: a city that opens or ends another name ('Los Angeles Lakers', 'Olympique de Marseille')", () => {
    expect(codes("The Los Angeles Lakers earned $500 million.")).toEqual([]);
    expect(codes("Olympique de Marseille earned €300 million.")).toEqual([]);
  });
});

describe("places: world regions named by industries' statistics", () => {
  test("a company's 'Rest of World' region is a region of its own", () => {
    expect(codes("Rest of World added 3.4 million, and the Rest of the World region grew")).toEqual(["row", "row"]);
  });
  test("the Americas and Asia Pacific are regions of their own", () => {
    expect(codes("Sales in the Americas rose 30%, while Asia Pacific gained 12% and Asia as a whole 9%.")).toEqual(["americas", "apac", "asia"]);
    expect(codes("The Asia-Pacific region and APAC markets")).toEqual(["apac", "apac"]);
  });
});

describe("everywhere but a place: 'outside the EU', 'non-EU'", () => {
  test("is a place of its own, named so", () => {
    expect(scanPlaces("Shipments to countries outside the EU fell 0.3%.").map((p) => p.code)).toEqual(["outside-eu"]);
    expect(scanPlaces("Sales to non-EU markets were flat, while Japan grew.").map((p) => p.code)).toEqual(["outside-eu", "jp"]);
    expect(scanPlaces("Beer sold outside of Germany rose.").map((p) => p.code)).toEqual(["outside-de"]);
    expect(placeOf("outside-eu").name).toBe(`outside ${placeOf("eu").name}`);
  });
  test("not: the place itself, with other words before it", () => {
    expect(scanPlaces("Shipments to other EU countries fell 3.4%.").map((p) => p.code)).toEqual(["eu"]);
    expect(scanPlaces("Exports to Germany and the EU rose.").map((p) => p.code)).toEqual(["de", "eu"]);
  });
});

describe("the countries of Africa, Latin America, Asia and Europe that the news names less often", () => {
  test("by name, other name, capital and adjective", () => {
    const codes = (t: string) => scanPlaces(t).map((p) => p.code);
    expect(codes("Botswana and Namibia mined more; Gaborone said so.")).toEqual(["bw", "na", "bw"]);
    expect(codes("The Democratic Republic of Congo and the DRC's neighbour Burundi")).toEqual(["cd", "cd", "bi"]);
    expect(codes("Panamanian and Guatemalan exporters, and Papua New Guinea")).toEqual(["pa", "gt", "pg"]);
    expect(codes("In Chad, and in Niger and Mali, the Sahel's harvest failed.")).toEqual(["td", "ne", "ml"]);
  });
  test("not: a first name ('Chad Smith'), a river's delta ('the Niger Delta'), a common word ('Car occupants', 'Male voters')", () => {
    const codes = (t: string) => scanPlaces(t).map((p) => p.code);
    expect(codes("Chad Smith said output rose.")).toEqual([]);
    expect(codes("Jordan Henderson scored twice.")).toEqual([]);
    expect(codes("Oil spills in the Niger Delta hit Nigeria.")).toEqual(["ng"]);
    expect(codes("Car occupants made up 46% of deaths.")).toEqual([]);
    expect(codes("Male voters backed the party.")).toEqual([]);
  });
});
