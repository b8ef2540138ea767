/**
 * Claim ids: exactly "c-" + stableHash(`${sourceId}:${start}:${end}:${surface}`) (see src/core/hash.ts), computed
 * without building that string: the hash runs over the same characters, with the source id's part hashed once per
 * source.
 */

import { feedChar, feedString, hashHex, initialHashState, type HashState } from "../hash";

/** Feeds the decimal digits of a non-negative integer. */
function feedInt(s: HashState, n: number): void {
  if (!(n >= 0) || !Number.isSafeInteger(n)) {
    const str = String(n);
    feedString(s, str, 0, str.length);
    return;
  }
  let div = 1;
  while (div * 10 <= n) div *= 10;
  for (; div >= 1; div = Math.floor(div / 10)) feedChar(s, 48 + (Math.floor(n / div) % 10));
}

/** State after hashing `${sourceId}:` — compute once per source. */
export function sourceIdState(sourceId: string): HashState {
  const s = initialHashState();
  feedString(s, sourceId);
  feedChar(s, 58);
  return s;
}

/** "c-" + stableHash(`${sourceId}:${start}:${end}:${text.slice(start, end)}`). */
export function claimId(prefix: HashState, text: string, start: number, end: number): string {
  const s: HashState = { a: prefix.a, b: prefix.b };
  feedInt(s, start);
  feedChar(s, 58);
  feedInt(s, end);
  feedChar(s, 58);
  feedString(s, text, start, end);
  return hashHex(s, "c-");
}
