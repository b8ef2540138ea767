import fc from "fast-check";
import { stableHash, stableHashOf } from "../../../src/core/hash";
import { createSource } from "../../../src/core/source/createSource";

/** The algorithm as first written (one pass over one string): ids must never change. */
function referenceHash(input: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return ((a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0")).slice(0, 12);
}

describe("source ids", () => {
  it("keep their fixed values", () => {
    expect(stableHash("")).toBe(referenceHash(""));
    expect(stableHash("")).toBe("811c9dc55ad1");
    expect(createSource("Gas flows rose 12%.", { file: "gas.txt" }).id).toBe("s-5564404b0f0d");
    expect(stableHash("a.txt\nTrade reached $245 billion in 2025.")).toBe(referenceHash("a.txt\nTrade reached $245 billion in 2025."));
    expect(createSource("Gas flows rose 12%.", { file: "gas.txt" }).id).toBe("s-" + referenceHash("gas.txt\nGas flows rose 12%."));
    expect(createSource("Gas flows rose 12%.").id).toBe("s-" + referenceHash("\nGas flows rose 12%."));
    expect(createSource("€4.23 per 100 kWh\u2009—\u00a0ok", { file: "x" }).id).toBe("s-" + referenceHash("x\n€4.23 per 100 kWh\u2009—\u00a0ok"));
  });

  it("stableHashOf(parts) is stableHash of the joined parts", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 20 }), { maxLength: 5 }), (parts) => {
        expect(stableHashOf(...parts)).toBe(referenceHash(parts.join("")));
        expect(stableHash(parts.join(""))).toBe(referenceHash(parts.join("")));
      }),
      { numRuns: 1000 },
    );
  });

  it("stableHash(input, prefix) is the prefix followed by the hash, for any prefix", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 3 }), (input, prefix) => {
        expect(stableHash(input, prefix)).toBe(prefix + referenceHash(input));
      }),
      { numRuns: 1000 },
    );
    expect(stableHash("subject:call|duration|#", "f-")).toBe("f-" + referenceHash("subject:call|duration|#"));
  });
});
