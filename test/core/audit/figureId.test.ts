import fc from "fast-check";
import { stableHash } from "../../../src/core/hash";
import { figureId } from "../../../src/core/audit/figureId";

describe("figureId", () => {
  it("is f- + stableHash of the key", () => {
    for (const key of ["", "a", "subject:call|duration|#", "claim:c-0123456789ab", "metric:ru-cn-trade|money|#2025", "é–中文\u0000|"]) {
      expect(figureId(key)).toBe("f-" + stableHash(key));
    }
  });

  it("matches stableHash on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (key) => figureId(key) === "f-" + stableHash(key)),
      { numRuns: 2000 },
    );
  });
});
