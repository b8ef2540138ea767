/** The exchange a traded good's price is quoted on: positive and negative examples. */
import { exchangeOf } from "../../../src/core/frame/exchange";
import { scanPlaces } from "../../../src/core/frame/places";
import { findProducts } from "../../../src/core/frame/product";

function exchange(sentence: string, surface: string, from = 0): string | undefined {
  const start = sentence.indexOf(surface);
  return exchangeOf(sentence, findProducts(sentence), scanPlaces(sentence), from, sentence.length, start)?.key;
}

describe("exchangeOf", () => {
  test("a city before the good's name, or after 'in' in a clause that speaks of a market", () => {
    expect(exchange("New York cocoa futures climbed 4.1% to $10,640 a tonne.", "$10,640")).toBe("new york");
    expect(exchange("Cocoa futures in New York rose 4.1% to $10,640 a tonne.", "$10,640")).toBe("new york");
    // (a city of the gazetteer, not a capital, is an exchange's too)
    expect(exchange("Chicago wheat futures rose 2% to $5.40 a bushel.", "$5.40")).toBe("chicago");
    expect(exchange("Cocoa prices in Chicago rose 4.1% to $10,640 a tonne.", "$10,640")).toBe("chicago");
    expect(exchange("Coffee rose to $4,100, and London coffee gained 1% to £3,300.", "£3,300")).toBe("london");
  });
  test("not: a country where the good grows, a benchmark's name, a word that only opens the sentence", () => {
    expect(exchange("Ivory Coast cocoa rose to $9,000 a tonne.", "$9,000")).toBeUndefined();
    expect(exchange("While Brazilian coffee rose to $4,100 a tonne, demand fell.", "$4,100")).toBeUndefined();
    expect(exchange("West Texas Intermediate crude rose to $59.35 a barrel.", "$59.35")).toBeUndefined();
    expect(exchange("Coffee rose 2% to $4,100 a tonne in thin trade.", "$4,100")).toBeUndefined();
    // (a month or a day after "in" is no city)
    expect(exchange("The price of petrol rose 2.1p in May to 139.4p.", "139.4p")).toBeUndefined();
    expect(exchange("Coffee prices rose in Tuesday trading to $4,100 a tonne.", "$4,100")).toBeUndefined();
  });
});
