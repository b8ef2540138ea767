/** A story about goods sold, counted: its bare sales told as a percentage are units sold. Our own sentences. */
import { isUnitSalesStory, salesAreUnits } from "../../../src/core/frame/unitSalesStory";

describe("isUnitSalesStory", () => {
  test.each([
    "EU car market grows 5.8% in October",
    "New car registrations fall in Spain",
    "Sales of new passenger cars climbed 5.8% in October.",
    "Smartphone shipments rise 3% in third quarter",
    "Dealers sold 41,000 vehicles sold in May.",
  ])("'%s' counts goods sold", (s) => {
    expect(isUnitSalesStory(s, [])).toBe(true);
  });
  test.each(["UK retail sales fall 0.8% in October", "Fenwick's sales rose 4% to $2 billion", "Car parts maker cuts 300 jobs"])("'%s' does not", (s) => {
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
