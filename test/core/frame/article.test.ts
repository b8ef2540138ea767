/** The article's context: the places it is about. Texts of our own. */
import { articleContext, jointPlaces } from "../../../src/core/frame/article";
import { scanPlaces } from "../../../src/core/frame/places";
import { findProducts } from "../../../src/core/frame/product";

function mainPlaces(title: string, body: string): string[] {
  const sentences = body.split("\n").filter(Boolean);
  const places = sentences.flatMap((s) => scanPlaces(s));
  return articleContext({ title, text: `${title}\n\n${body}`, published: "2026-07-28" }, sentences, places, []).mainPlaces;
}

describe("articleContext: the places an article is about", () => {
  test("one adjective in the body is no place it is about", () => {
    expect(mainPlaces("Port volumes rise in first half", "Coal handling dropped 18% as German power plants burned less.")).toEqual([]);
  });
  test("a name in the body, or an adjective named twice, is", () => {
    expect(mainPlaces("Port volumes rise in first half", "Exports to Germany rose 4%.")).toEqual(["de"]);
    expect(mainPlaces("Port volumes rise in first half", "German plants burned less.\nGerman buyers paid more.")).toEqual(["de"]);
    expect(mainPlaces("German port volumes rise", "Coal handling dropped 18%.")).toEqual(["de"]);
  });
  test("a city counts as its country's adjective does: once in the body is not enough, in the title or named twice it is", () => {
    expect(mainPlaces("Takeover lifts shares", "Shares in the group rose 26% by midday in New York.")).toEqual([]);
    expect(mainPlaces("Rotterdam volumes rise", "The port handled 14.6 million TEU.")).toEqual(["nl"]);
    expect(mainPlaces("Port volumes rise", "Rotterdam handled more.\nRotterdam's rivals handled less.")).toEqual(["nl"]);
  });
  /** The city (or province) the story is about: see ArticleContext.mainCity. */
  const ctx = (title: string, body: string) => {
    const sentences = body.split("\n");
    const places = sentences.flatMap((t) => scanPlaces(t));
    return articleContext({ title, text: `${title}\n\n${body}`, published: "2026-09-22" }, sentences, places, []).mainCity?.key;
  };
  test("a province the title names first is the story's own site, as a city is", () => {
    expect(ctx("Saxony's vote leaves CDU one seat short", "German voters in the state went to the polls.\nGermany's parties campaigned hard.")).toBe("saxony");
    // (not one named after a country: "Germany's jobless rate rises as Saxony lags")
    expect(ctx("Germany's jobless rate rises as Saxony lags", "German unemployment rose.\nGermany's labour office said so.")).toBeUndefined();
  });
  test("a title that names no place leaves the story's city to the lead's first clause, its county kept apart", () => {
    expect(ctx("Shelter beds fill up as count edges lower", "Los Angeles County's homeless population shrank for another year, officials said.\nIn Los Angeles, the count found 41,960 people.")).toBe("los angeles county");
    expect(ctx("What the count means for providers", "The annual snapshot of homelessness in Houston, released this week, showed a fall.\nHouston's count found 3,100 people.")).toBe("houston");
    expect(ctx("Los Angeles County homeless count falls 2.6%", "The count found 70,412 people.")).toBe("los angeles county");
    // not: a city after the lead's first clause, a lead that opens with a country, a title that names a place
    expect(ctx("Shelter beds fill up as count edges lower", "The count fell for a second year, according to officials in Houston.\nUS cities saw falls.")).toBeUndefined();
    expect(ctx("Shelter beds fill up as count edges lower", "US homelessness in cities such as Houston fell for a second year.\nThe count found 3,100 people.")).toBeUndefined();
    expect(ctx("US shelter beds fill up", "Houston's count fell for a second year.\nThe count found 3,100 people.")).toBeUndefined();
  });
  test("a title's region that stands for one of its members ('Europe's largest economy') is no place the article is about", () => {
    expect(mainPlaces("Europe's largest economy grows, but barely", "Germany's output rose 0.3%.")).toEqual(["de"]);
    expect(mainPlaces("Europe's gas storage fills up", "Germany's storage rose 3%.")).toEqual(["europe"]);
  });
  test("a title's 'European' over an opening about the European Union is the EU's", () => {
    expect(mainPlaces("European car sales rise", "New car registrations in the European Union rose 5.8%.")).toEqual(["eu"]);
    // an opening about Europe, or one naming both, keeps Europe
    expect(mainPlaces("European car sales rise", "New car registrations in Europe rose 5.8%.")).toEqual(["europe"]);
    expect(mainPlaces("European gas prices jump", "Prices in Europe rose as EU storage fell.")).toEqual(["europe"]);
  });
  test("the product: a title's one product; of a title that names several, the opening's", () => {
    const product = (title: string, body: string) => {
      const sentences = body.split("\n").filter(Boolean);
      return articleContext({ title, text: `${title}\n\n${body}`, published: "2026-07-28" }, sentences, [], findProducts(body)).mainProduct;
    };
    expect(product("Coal imports hit a record", "Buyers took 12 Mt.")).toBe("coal");
    expect(product("Electric cars gain on shrinking petrol market", "Some 926,582 new cars were registered.\nElectric cars took 17.2%.")).toBe("cars");
  });
});

describe("articleContext: the year of a text with no date", () => {
  const yearOf = (body: string) => {
    const sentences = body.split("\n").filter(Boolean);
    return articleContext({ title: "", text: body, published: "" }, sentences, [], []).year;
  };
  test("the year it names most, as a whole (a review published the next year) or with a month (that year)", () => {
    expect(yearOf("Sales rose in 2024.\nProfit fell in 2024.")).toBe(2025);
    expect(yearOf("Sales rose in March 2024.")).toBe(2024);
  });
  test("not a deadline, a stretch's start or a founding: with no other year, none", () => {
    expect(yearOf("It is the largest listing since 2021.\nThe group aims to double sales by 2030.")).toBe(0);
    expect(yearOf("Founded in 1962, the group sells frozen food.")).toBe(0);
    expect(yearOf("Sales were the best since 2019.\nProfit rose in 2024.")).toBe(2025);
  });
});

describe("jointPlaces: two places only ever named together", () => {
  const joint = (texts: string[], main: string[]) => jointPlaces(main, texts, texts.map((t) => scanPlaces(t)));
  test("a jurisdiction of two names", () => {
    expect(joint(["Crime falls in England and Wales", "Police in England and Wales recorded 1,200 thefts."], ["gb-eng", "gb-wls"])).toEqual(["gb-eng", "gb-wls"]);
  });
  test("not when either is named alone, or when there is one main place", () => {
    expect(joint(["Crime falls in England and Wales", "In Wales, thefts rose."], ["gb-eng", "gb-wls"])).toBeUndefined();
    expect(joint(["Kenya and Uganda sign a deal", "Kenya exported more."], ["ke", "ug"])).toBeUndefined();
    expect(joint(["Kenya and Uganda sign a deal"], ["ke"])).toBeUndefined();
  });
});

