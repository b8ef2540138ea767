/** Arrivals with no goods named are people arriving. Sentences of our own. */
import { arrivalsMeasures } from "../../../src/core/frame/arrivals";
import { findMeasures } from "../../../src/core/frame/measure";

const keys = (s: string, goods = false) => arrivalsMeasures(s, findMeasures(s), goods).map((h) => `${s.slice(h.start, h.end)}=${h.concept.key}`);

describe("arrivals", () => {
  test("arrivals with no goods named are people: visitors, migrants", () => {
    expect(keys("Arrivals rose 4.2% to 2,310,500 last year.")).toEqual(["Arrivals=n:arrival"]);
    expect(keys("Spain accounted for 21% of arrivals.")).toEqual(["arrivals=n:arrival"]);
  });
  test("not: arrivals of goods, in the sentence or in a story about goods; nor imports", () => {
    expect(keys("LNG arrivals rose 4.2% to 5.1 million tonnes.", true)).toEqual(["arrivals=flow"]);
    expect(keys("Port arrivals reached 1.2 million tonnes.", true)).toEqual(["arrivals=flow"]);
    expect(keys("Imports rose 4.2% to 2,310,500 tonnes.")).toEqual(["Imports=flow"]);
  });
});
