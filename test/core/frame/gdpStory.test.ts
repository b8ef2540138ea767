/** A story about an economy's growth: its bare "output" and "growth" are the economy's. Sentences of our own. */
import { gdpMeasures, isGdpStory } from "../../../src/core/frame/gdpStory";
import { findMeasures } from "../../../src/core/frame/measure";

const keys = (s: string) => gdpMeasures(s, findMeasures(s)).map((h) => `${s.slice(h.start, h.end)}=${h.concept.key}`);

describe("GDP stories", () => {
  test("a title or opening that tells an economy growing or shrinking", () => {
    expect(isGdpStory("Polish economy expands faster than expected", [])).toBe(true);
    expect(isGdpStory("Chile data", ["Gross domestic product rose 0.6% in the second quarter."])).toBe(true);
    expect(isGdpStory("Slowdown deepens", ["Figures showed GDP unexpectedly contracted 0.2%."])).toBe(true);
    expect(isGdpStory("Outlook", ["Economists see a contraction of the Dutch economy next year."])).toBe(true);
    // GDP as what a share is of, an economy named without a move, a company's growth
    expect(isGdpStory("Budget gap widens", ["The deficit reached 3.1% of GDP."])).toBe(false);
    expect(isGdpStory("Tourism boom", ["Visitors spent $2 billion, a boost for the economy."])).toBe(false);
    expect(isGdpStory("Acme growth slows", ["Acme's revenue grew 4%."])).toBe(false);
  });

  test("bare output and bare growth are the economy's", () => {
    expect(keys("From a year earlier, output rose 0.7%.")).toEqual(["output=gdp"]);
    expect(keys("The office revised second-quarter output to a contraction of 0.1%.")).toEqual(["output=gdp"]);
    expect(keys("Hungary's output grew 1%.")).toEqual(["output=gdp"]);
    expect(keys("The central bank forecasts growth of 1.1% next year.")).toEqual(["growth=gdp"]);
    expect(keys("Growth slowed to 0.2%.")).toEqual(["Growth=gdp"]);
  });

  test("a modified output or growth keeps its own measure", () => {
    expect(keys("Industrial output fell 1.5%.")).toEqual(["output=production"]);
    expect(keys("Car output rose 3%.")).toEqual(["output=production"]);
    expect(keys("Wage growth eased to 3.9%.")).toEqual(["Wage=pay"]);
    expect(keys("Export growth slowed.")).toEqual(["Export=flow"]);
    expect(keys("Job growth stalled at 0.1%.")).toEqual([]);
    expect(keys("Economic growth reached 2%.")).toEqual(["Economic growth=gdp"]);
  });
});
