import { pageOf } from "../../../src/core/source/pageOf";

describe("pageOf", () => {
  it("gives the page a position falls on, and nothing for a source without pages", () => {
    const paged = { pageStarts: [0, 100, 250] };
    expect([0, 99, 100, 249, 250, 9999].map((o) => pageOf(paged, o))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(pageOf({}, 5)).toBeUndefined();
    expect(pageOf({ pageStarts: [] }, 5)).toBeUndefined();
  });
});
