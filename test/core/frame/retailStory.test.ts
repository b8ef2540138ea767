/** A story about a country's retail sales: its bare sales and volumes are the retail sales. Sentences of our own. */
import { findMeasures } from "../../../src/core/frame/measure";
import { isRetailSalesStory, retailMeasures } from "../../../src/core/frame/retailStory";

const keys = (s: string) => retailMeasures(s, findMeasures(s)).map((h) => `${s.slice(h.start, h.end)}=${h.concept.key}`);

describe("retail sales stories", () => {
  test("a title or opening that names retail sales", () => {
    expect(isRetailSalesStory("Irish retail sales slip in May", [])).toBe(true);
    expect(isRetailSalesStory("Shoppers stay home", ["Retail sales volumes fell 1.1% in May."])).toBe(true);
    expect(isRetailSalesStory("Acme sales jump", ["Acme's sales rose 4%."])).toBe(false);
  });
  test("bare sales and volumes are the retail sales; other measures stay", () => {
    expect(keys("Sales were 1.2% higher than a year earlier.")).toEqual(["Sales=retail-sales"]);
    expect(keys("Excluding fuel, volumes fell 0.6%.")).toEqual(["volumes=retail-sales"]);
    expect(keys("Online spending rose 2.4%.")).toEqual(["spending=spending"]);
  });
  test("outside such a story, sales at retailers are still the retail sales; a firm's sales its revenue", () => {
    expect(findMeasures("Sales volumes at British retailers fell 0.8%.").map((h) => h.concept.key)).toEqual(["retail-sales"]);
    expect(findMeasures("Acme's sales rose 4%.").map((h) => h.concept.key)).toEqual(["revenue"]);
  });
});
