/**
 * Stable short ids: FNV-1a (32-bit) twice with different seeds, as 12 hex digits.
 * Deterministic across runs and platforms; not cryptographic.
 */
export function stableHash(input: string): string {
  return stableHashOf(input);
}

/**
 * stableHash of the parts written one after the other — exactly stableHash(parts.join("")) — without building
 * the joined string (a concatenation is a rope whose characters are slower to read than a flat string's).
 */
export function stableHashOf(...parts: string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const input of parts) {
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
  }
  return ((a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0")).slice(0, 12);
}
