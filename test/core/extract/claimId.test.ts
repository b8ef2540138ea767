import fc from "fast-check";
import { claimId, sourceIdState } from "../../../src/core/extract/claimId";
import { stableHash } from "../../../src/core/hash";

describe("claimId", () => {
  it("equals c- + stableHash(sourceId:start:end:surface)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ unit: "binary", maxLength: 200 }), fc.nat(), fc.nat(), (id, text, x, y) => {
        const start = text.length ? x % text.length : 0;
        const end = start + (text.length - start ? y % (text.length - start + 1) : 0);
        const expected = "c-" + stableHash(`${id}:${start}:${end}:${text.slice(start, end)}`);
        expect(claimId(sourceIdState(id), text, start, end)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("handles large offsets", () => {
    const text = "x".repeat(10);
    const id = "s-abc";
    expect(claimId(sourceIdState(id), text, 0, 10)).toBe("c-" + stableHash(`${id}:0:10:${text}`));
    const big = 123456789012;
    expect(claimId(sourceIdState(id), "", big, big)).toBe("c-" + stableHash(`${id}:${big}:${big}:`));
  });
});
