import fc from "fast-check";
import { selectTop } from "../../src/cli/selectTop";

describe("selectTop", () => {
  it("gives what sorting all and taking the first max gives", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: 0, max: 12 }), (items, max) => {
        const byValue = (a: number, b: number) => a - b;
        expect(selectTop(items, max, byValue)).toEqual([...items].sort(byValue).slice(0, max));
      }),
      { numRuns: 500 },
    );
  });

  it("leaves its input as it was", () => {
    const items = [5, 1, 4, 2, 3];
    expect(selectTop(items, 2, (a, b) => a - b)).toEqual([1, 2]);
    expect(items).toEqual([5, 1, 4, 2, 3]);
  });
});
