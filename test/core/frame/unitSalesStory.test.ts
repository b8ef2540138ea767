/** A story about goods sold, counted: its bare sales told as a percentage are units sold. Our own sentences. */
import { isUnitSalesStory, salesAreUnits } from "../../../src/core/frame/unitSalesStory";

describe("isUnitSalesStory", () => {
  test.each([
    "EU car market grows 5.8% in October",
    "New car registrations fall in Spain",
    "Sales of new passenger cars climbed 5.8% in October.",
    "Smartphone shipments rise 3% in third quarter",
    "Dealers sold 41,000 vehicles sold in May.",
    // (any goods, their units told)
    "Heat pump sales across Europe rose 9.3% in the first half to 1.41 million units.",
    "Sales in the first six months were up 9.3% at 1.41 million units across 21 countries.",
    "Just over 1.4 million heat pumps were sold in the first half.",
  ])("'%s' counts goods sold", (s) => {
    expect(isUnitSalesStory(s, [])).toBe(true);
  });
  test.each(["UK retail sales fall 0.8% in October", "Fenwick's sales rose 4% to $2 billion", "Car parts maker cuts 300 jobs", "Sales rose 4%. The plant has 3 units.", "The group sold 3 million shares in the unit."])("'%s' does not", (s) => {
    expect(isUnitSalesStory(s, [])).toBe(false);
  });
});

describe("salesAreUnits", () => {
  test("bare sales as a percentage; not money, not another word", () => {
    expect(salesAreUnits("sales", "%")).toBe(true);
    expect(salesAreUnits("sales", "EUR")).toBe(false);
    expect(salesAreUnits("revenue", "%")).toBe(false);
  });
});
