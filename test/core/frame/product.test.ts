/** Products: synonyms, the most specific phrase, and words that are not products. */
import { findProducts, productNear } from "../../../src/core/frame/product";

const keys = (text: string) => findProducts(text).map((p) => p.key);

describe("product", () => {
  test("synonyms fold onto one product, the longest phrase wins", () => {
    expect(keys("liquefied natural gas")).toEqual(["LNG"]);
    expect(keys("LNG cargoes and pipeline gas")).toEqual(["LNG", "pipeline gas"]);
    expect(keys("crude oil and oil products")).toEqual(["crude oil", "petroleum products"]);
    // ("crude steel" is steel, "crude palm oil" palm oil: neither is crude oil)
    expect(keys("crude steel output and crude palm oil")).toEqual(["steel", "palm oil"]);
    expect(keys("barley, canola and oilseed rape")).toEqual(["barley", "canola", "canola"]);
    expect(keys("maize and soybeans")).toEqual(["corn", "soybeans"]);
    // (an idiom's verb is no goods: "rivals chip away at its share"; chips made and sold are)
    expect(keys("Rivals chip away at its share.")).toEqual([]);
    expect(keys("Exports of chips rose; chip output fell.")).toEqual(["semiconductors", "semiconductors"]);
    // (drugs, as seized or smuggled)
    expect(keys("cocaine, heroin, marijuana and crystal meth")).toEqual(["cocaine", "heroin", "cannabis", "methamphetamine"]);
    expect(keys("unleaded and diesel")).toEqual(["petrol", "diesel"]);
  });

  test("fish as caught and traded, each species its own product", () => {
    expect(keys("the quota for North Sea cod, haddock and herring")).toEqual(["cod", "haddock", "herring"]);
    expect(keys("farmed salmon, pollock and prawns")).toEqual(["salmon", "saithe", "shrimp"]);
  });
  test("not fish: a name written with a capital inside a sentence ('the Whiting Petroleum bid'), a word in another ('codify')", () => {
    expect(keys("analysts backed the Whiting Petroleum bid")).toEqual([]);
    expect(keys("plans to codify the rules")).toEqual([]);
  });
  test("kinds of car are products of their own", () => {
    expect(keys("battery-electric cars and plug-in hybrids")).toEqual(["electric cars", "plug-in hybrids"]);
    expect(keys("EVs, hybrid cars and diesel vehicles")).toEqual(["electric cars", "hybrid cars", "diesel cars"]);
    // cars by their fuel, and models for cars
    expect(keys("petrol cars' share fell while fully electric models gained")).toEqual(["petrol cars", "electric cars"]);
    expect(keys("diesel fuel and petrol prices")).toEqual(["diesel", "petrol"]);
    expect(keys("passenger cars")).toEqual(["cars"]);
  });

  test("not products: acronyms in lower case, words inside a capitalised name, 'power' with nothing of energy near", () => {
    expect(keys("the lng terminal")).toEqual([]);
    expect(keys("figures from the Natural Gas Monthly report")).toEqual([]);
    expect(keys("a show of power by the navy")).toEqual([]);
    expect(keys("power generation rose")).toEqual(["electricity"]);
  });

  test("sources of electricity, only in words of energy; a capital after a dateline's dash starts the sentence", () => {
    expect(keys("Solar plants generated 41.3 TWh, while wind output fell.")).toEqual(["solar power", "wind power"]);
    expect(keys("Renewable energy sources covered 62.7% of power generation.")).toEqual(["renewables", "electricity"]);
    expect(keys("BERLIN, July 1 (Wire) - Renewables supplied 62.7% of electricity.")).toEqual(["renewables", "electricity"]);
    expect(keys("Winds of 110 km/h hit the coast.")).toEqual([]);
    expect(keys("Crowds watched the solar eclipse.")).toEqual([]);
  });

  test("the product nearest the number inside a stretch", () => {
    const text = "Coal deliveries fell while steel output rose to 9 Mt.";
    expect(productNear(findProducts(text), 0, text.length, text.indexOf("9 Mt"))).toBe("steel");
    expect(productNear(findProducts(text), 0, 10, text.indexOf("9 Mt"))).toBe("coal");
  });
});

describe("combined products", () => {
  test("two products joined by 'and' are one combined product; a list with other words between is not", () => {
    const text = "The import bill for crude and petroleum products rose to $161 billion.";
    expect(productNear(findProducts(text), 0, text.length, text.indexOf("$161"), text)).toBe("crude oil + petroleum products");
    const apart = "Coal fell, while the bill for diesel rose to $3 billion.";
    expect(productNear(findProducts(apart), 0, apart.length, apart.indexOf("$3"), apart)).toBe("diesel");
  });
});

describe("products: biofuels", () => {
  test("ethanol and biodiesel are goods of their own, not the petrol they are blended into", () => {
    expect(keys("Ethanol output fell 2.6% to 17.41 billion litres.")).toEqual(["ethanol"]);
    expect(keys("Biodiesel sales rose 4%.")).toEqual(["biodiesel"]);
    expect(keys("Diesel sales rose 4%.")).toEqual(["diesel"]);
    expect(keys("Methanol prices rose 4%.")).toEqual([]);
  });
});

describe("products: olive oil by its grade alone", () => {
  test("'Extra virgin was fetching €4.20 a kilo' is olive oil; a virgin forest is none", () => {
    expect(keys("Extra virgin was fetching about EUR 4.20 a kilo.")).toEqual(["olive oil"]);
    expect(keys("Virgin oil fetched less.")).toEqual(["olive oil"]);
    expect(keys("Logging cleared 40 hectares of virgin forest.")).toEqual([]);
  });
});
