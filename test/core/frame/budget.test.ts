/** A government's public finances: the budget balance and ratios to GDP. Our own sentences. */
import { budgetMeasures, isBudgetStory, isShareOfGdp, ratioToGdpBefore } from "../../../src/core/frame/budget";
import { findMeasures } from "../../../src/core/frame/measure";

const at = (s: string, surface: string) => s.indexOf(surface) + surface.length;

describe("isShareOfGdp: GDP is what the percentage is of", () => {
  test.each([
    ["The deficit will reach 3.4% of GDP.", "3.4%"],
    ["Debt stood at 61 percent of gross domestic product.", "61 percent"],
    ["Spending equals 44% of the country's GDP.", "44%"],
    ["Defence gets 2% of national income.", "2%"],
    ["It is about 5% of the economy.", "5%"],
  ])("%s", (s, surface) => expect(isShareOfGdp(s, at(s, surface))).toBe(true));
  test.each([
    ["GDP grew 3.4% last year.", "3.4%"],
    ["Exports were 40% of the total.", "40%"],
    ["Farming made up 12% of GDP growth last year.", "12%"],
  ])("not: %s", (s, surface) => expect(isShareOfGdp(s, at(s, surface))).toBe(false));
});

describe("ratioToGdpBefore: 'the debt-to-GDP ratio … 42.8%'", () => {
  test("a ratio to GDP named before the number in its clause", () => {
    const s = "The debt-to-GDP ratio will rise to 42.8%.";
    expect(ratioToGdpBefore(s, 0, s.indexOf("42.8%"))).toBe(true);
    const t = "Its deficit to GDP ratio fell to 2%.";
    expect(ratioToGdpBefore(t, 0, t.indexOf("2%"))).toBe(true);
  });
  test("not: GDP alone", () => {
    const s = "GDP growth will slow to 1.2%.";
    expect(ratioToGdpBefore(s, 0, s.indexOf("1.2%"))).toBe(false);
  });
});

describe("isBudgetStory", () => {
  test("a budget, a fiscal deficit, a debt-to-GDP ratio", () => {
    expect(isBudgetStory("Ottawa unveils federal budget", [])).toBe(true);
    expect(isBudgetStory("Deficit to widen", ["The fiscal deficit will reach 4.4% of GDP."])).toBe(true);
    expect(isBudgetStory("Rand slips", ["The finance minister presented his budget on Wednesday."])).toBe(true);
    expect(isBudgetStory("Debt climbs", ["The debt-to-GDP ratio rose to 74%."])).toBe(true);
    expect(isBudgetStory("South Africa budget: what you need to know", [])).toBe(true);
    expect(isBudgetStory("Minister holds VAT", ["He presented the budget speech on Wednesday."])).toBe(true);
  });
  test("not: a trade story, a company's budget, a story naming both balances", () => {
    expect(isBudgetStory("Exports slump", ["The trade deficit widened to $9 billion."])).toBe(false);
    expect(isBudgetStory("Film overruns", ["The studio went over its production budget by $20 million."])).toBe(false);
    expect(isBudgetStory("Ryanair budget airline expands", [])).toBe(false);
    expect(isBudgetStory("Budget and trade", ["The budget deficit hit 3%, and the trade deficit $9 billion."])).toBe(false);
  });
});

describe("budgetMeasures: a bare balance word in a budget story is the budget's", () => {
  const keys = (s: string) => budgetMeasures(s, findMeasures(s)).map((h) => h.concept.key);
  test("deficit, surplus, shortfall", () => {
    expect(keys("The deficit will widen to C$62 billion.")).toEqual(["budget-balance"]);
    expect(keys("The shortfall equals about 2.1% of GDP.")).toEqual(["budget-balance", "gdp"]);
    expect(keys("A surplus of 0.4% is planned.")).toEqual(["budget-balance"]);
  });
  test("not: a balance named as trade keeps its words; other measures stay", () => {
    expect(keys("The trade deficit narrowed.")).toEqual(["trade-balance"]);
    expect(keys("Defence spending will rise to C$38 billion.")).toEqual(["spending"]);
    // the budget is the occasion, not spending
    expect(keys("He kept the value-added tax rate at 15% in Wednesday's budget.")).toEqual(["tax"]);
  });
  test("the budget's own words are the budget's in any story", () => {
    expect(findMeasures("The fiscal deficit hit 5.6%.").map((h) => h.concept.key)).toEqual(["budget-balance"]);
    expect(findMeasures("The deficit hit $9 billion.").map((h) => h.concept.key)).toEqual(["trade-balance"]);
  });
});
