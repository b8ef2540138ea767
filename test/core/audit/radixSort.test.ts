/** The radix sort behind the grouping: ascending unsigned keys, stable, only the first `count` pairs. */
import { sortPairsByKey } from "../../../src/core/audit/radixSort";

function reference(keys: number[], values: number[]): { keys: number[]; values: number[] } {
  const pairs = keys.map((k, i) => ({ k: k >>> 0, v: values[i], i }));
  pairs.sort((a, b) => a.k - b.k || a.i - b.i);
  return { keys: pairs.map((p) => p.k | 0), values: pairs.map((p) => p.v) };
}

describe("sortPairsByKey", () => {
  test("orders keys as unsigned 32-bit numbers (negative Int32 values last) and keeps equal keys in order", () => {
    const keys = Int32Array.from([5, -1, 0, 5, 2 ** 31 - 1, -(2 ** 31), 5, 3]);
    const values = Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]);
    const out = sortPairsByKey(keys, values, keys.length);
    expect([...out.keys]).toEqual([0, 3, 5, 5, 5, 2 ** 31 - 1, -(2 ** 31), -1]);
    expect([...out.values]).toEqual([2, 7, 0, 3, 6, 4, 5, 1]);
    // The input is left as it was.
    expect([...keys]).toEqual([5, -1, 0, 5, 2 ** 31 - 1, -(2 ** 31), 5, 3]);
  });

  test("sorts only the first `count` pairs", () => {
    const out = sortPairsByKey(Int32Array.from([9, 1, 0, 0]), Int32Array.from([10, 11, 12, 13]), 2);
    expect([...out.keys]).toEqual([1, 9]);
    expect([...out.values]).toEqual([11, 10]);
    expect(sortPairsByKey(new Int32Array(0), new Int32Array(0), 0).values).toHaveLength(0);
  });

  test("agrees with a comparison sort on random keys, many of them equal", () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) | 0);
    for (const n of [1, 2, 17, 1000, 5000]) {
      const keys: number[] = [];
      const values: number[] = [];
      for (let i = 0; i < n; i++) {
        keys.push(i % 3 === 0 ? next() & 0xff : next());
        values.push(i);
      }
      const out = sortPairsByKey(Int32Array.from(keys), Int32Array.from(values), n);
      const want = reference(keys, values);
      expect([...out.keys]).toEqual(want.keys);
      expect([...out.values]).toEqual(want.values);
    }
  });
});
