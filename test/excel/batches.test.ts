import { jsonLength, packBatches, sliceRows, type WriteOp } from "../../src/excel/batches";

const op = (size: number): WriteOp => ({ size, label: String(size), apply: () => undefined });

describe("batches", () => {
  it("measures JSON length in UTF-8 bytes without building the string", () => {
    for (const v of [[["a", 1, "é€😀", ""], [true, null]], "x\"y\n", 12.5, []]) {
      expect(jsonLength(v)).toBe(Buffer.byteLength(JSON.stringify(v)));
    }
  });

  it("packs operations in order under the budget, an oversized one alone", () => {
    const batches = packBatches([op(3), op(3), op(5), op(12), op(1)], 10);
    expect(batches.map((b) => b.map((o) => o.size))).toEqual([[3, 3], [5], [12], [1]]);
    expect(packBatches([], 10)).toEqual([]);
  });

  it("slices rows under a chunk budget, never empty", () => {
    expect(sliceRows(5, () => 4, 10)).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
    expect(sliceRows(2, () => 100, 10)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(sliceRows(0, () => 1, 10)).toEqual([]);
  });
});
