import fc from "fast-check";
import { sortStrings } from "../../../src/core/audit/sortStrings";

describe("sortStrings", () => {
  it("orders like Array.prototype.sort, short lists and long, in place", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 6 }), { maxLength: 40 }), (list) => {
        const expected = [...list].sort();
        const copy = [...list];
        expect(sortStrings(copy)).toBe(copy);
        expect(copy).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
