/**
 * Stable short ids: FNV-1a (32-bit) twice with different seeds, as 12 hex digits.
 * Deterministic across runs and platforms; not cryptographic.
 *
 * The one implementation of the hash: source, claim and figure ids all come from here. The two lanes are exposed
 * as a HashState so that a caller can hash characters without building the string first (claim ids hash
 * `${sourceId}:${start}:${end}:${surface}` straight from the article text).
 */

/** The two FNV lanes. */
export interface HashState {
  a: number;
  b: number;
}

const PRIME_A = 0x01000193;
const PRIME_B = 0x5bd1e995;

export function initialHashState(): HashState {
  return { a: 0x811c9dc5, b: PRIME_A ^ PRIME_B };
}

export function feedChar(s: HashState, c: number): void {
  s.a = Math.imul(s.a ^ c, PRIME_A);
  let b = Math.imul(s.b ^ c, PRIME_B);
  b ^= b >>> 15;
  s.b = b;
}

/** Feeds text.charCodeAt(from) … text.charCodeAt(to - 1). */
export function feedString(s: HashState, text: string, from = 0, to = text.length): void {
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

/** Char code of a hex digit 0–f. */
function hexCode(n: number): number {
  return n < 10 ? 48 + n : 87 + n;
}

/**
 * The 12 hex digits of a state (the 8 of lane a, then the first 4 of lane b) after `prefix`. With a prefix of two
 * characters ("c-", "f-", "s-") the id is made as one flat string from char codes: joining pieces made a rope of
 * six or seven strings per id, garbage as soon as it was read.
 */
export function hashHex(s: HashState, prefix = ""): string {
  if (prefix.length === 2) return hexAfter(s, prefix.charCodeAt(0), prefix.charCodeAt(1));
  return prefix + hexAfter(s, 48, 48).slice(2);
}

/** The two characters c0 c1, then the 12 hex digits of the state. */
function hexAfter(s: HashState, c0: number, c1: number): string {
  const a = s.a >>> 0;
  const b = s.b >>> 0;
  return String.fromCharCode(
    c0,
    c1,
    hexCode(a >>> 28),
    hexCode((a >>> 24) & 15),
    hexCode((a >>> 20) & 15),
    hexCode((a >>> 16) & 15),
    hexCode((a >>> 12) & 15),
    hexCode((a >>> 8) & 15),
    hexCode((a >>> 4) & 15),
    hexCode(a & 15),
    hexCode(b >>> 28),
    hexCode((b >>> 24) & 15),
    hexCode((b >>> 20) & 15),
    hexCode((b >>> 16) & 15),
  );
}

/** `prefix` + the 12 hex digits of the hash of `input`. */
export function stableHash(input: string, prefix = ""): string {
  const s = initialHashState();
  feedString(s, input);
  return hashHex(s, prefix);
}

/**
 * stableHash of the parts written one after the other — exactly stableHash(parts.join("")) — without building
 * the joined string (a concatenation is a rope whose characters are slower to read than a flat string's).
 */
export function stableHashOf(...parts: string[]): string {
  const s = initialHashState();
  for (const part of parts) feedString(s, part);
  return hashHex(s);
}
