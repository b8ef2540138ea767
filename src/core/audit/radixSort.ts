/**
 * A stable sort of values by 32-bit keys, in three counting passes of 11 bits (LSD radix sort): linear in the
 * number of keys, reading and writing flat typed arrays only, in order. The grouping uses it instead of a Map of
 * strings, whose cost grows faster than the number of claims once the table no longer fits in the caches.
 */

const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;

export interface SortedPairs {
  /** The keys, ascending as unsigned 32-bit numbers. */
  keys: Int32Array;
  /** The values, in the order of their keys; equal keys keep the order they were given in. */
  values: Int32Array;
}

/** Sorts the first `count` (key, value) pairs by key; the arrays given are not changed. */
export function sortPairsByKey(keys: Int32Array, values: Int32Array, count: number): SortedPairs {
  let fromKeys = keys.slice(0, count);
  let fromValues = values.slice(0, count);
  if (count < 2) return { keys: fromKeys, values: fromValues };
  let toKeys = new Int32Array(count);
  let toValues = new Int32Array(count);
  const offsets = new Int32Array(RADIX);
  for (let shift = 0; shift < 32; shift += BITS) {
    offsets.fill(0);
    for (let i = 0; i < count; i++) offsets[(fromKeys[i] >>> shift) & MASK]++;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const n = offsets[d];
      offsets[d] = sum;
      sum += n;
    }
    for (let i = 0; i < count; i++) {
      const key = fromKeys[i];
      const at = offsets[(key >>> shift) & MASK]++;
      toKeys[at] = key;
      toValues[at] = fromValues[i];
    }
    [fromKeys, toKeys] = [toKeys, fromKeys];
    [fromValues, toValues] = [toValues, fromValues];
  }
  return { keys: fromKeys, values: fromValues };
}
