import fc from "fast-check";
import { decodeXstring, encodeXstring } from "../../src/xlsx/xstring";

describe("OOXML string escaping", () => {
  it("escapes carriage returns and literal _xHHHH_ sequences, and decodes back exactly", () => {
    expect(encodeXstring("a\rb")).toBe("a_x000D_b");
    expect(encodeXstring("_x0041_")).toBe("_x005F_x0041_");
    expect(decodeXstring(encodeXstring("=x\r_x000D_\t"))).toBe("=x\r_x000D_\t");
    // an escape-like run ended by a carriage return (a counterexample fast-check found)
    expect(decodeXstring(encodeXstring("_x0040\r"))).toBe("_x0040\r");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("_", "x", "0", "4", "1", "D", "\r", "a") }), (s) => {
        expect(decodeXstring(encodeXstring(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
});
