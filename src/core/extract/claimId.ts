/**
 * Claim ids: exactly "c-" + stableHash(`${sourceId}:${start}:${end}:${surface}`) (see src/core/hash.ts), computed
 * without building that string: the hash runs over the same characters, with the source id's part hashed once per
 * source, and the hex digits come from a table (number-to-hex conversion was the slowest step).
 */

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push((i < 16 ? "0" : "") + i.toString(16));

const PRIME_A = 0x01000193;
const PRIME_B = 0x5bd1e995;

/** The two FNV lanes of stableHash. */
export interface HashState {
  a: number;
  b: number;
}

function feedChar(s: HashState, c: number): void {
  s.a = Math.imul(s.a ^ c, PRIME_A);
  let b = Math.imul(s.b ^ c, PRIME_B);
  b ^= b >>> 15;
  s.b = b;
}

function feedString(s: HashState, text: string, from: number, to: number): void {
  let a = s.a;
  let b = s.b;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, PRIME_A);
    b = Math.imul(b ^ c, PRIME_B);
    b ^= b >>> 15;
  }
  s.a = a;
  s.b = b;
}

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
  const s: HashState = { a: 0x811c9dc5, b: 0x01000193 ^ 0x5bd1e995 };
  feedString(s, sourceId, 0, sourceId.length);
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
  const a = s.a >>> 0;
  const b = s.b >>> 0;
  return "c-" + HEX[a >>> 24] + HEX[(a >>> 16) & 255] + HEX[(a >>> 8) & 255] + HEX[a & 255] + HEX[b >>> 24] + HEX[(b >>> 16) & 255];
}
