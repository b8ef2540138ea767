/**
 * A figure's id: "f-" + stableHash(group key) (see ../hash.ts), computed here with the same two FNV-1a passes but
 * written out through a table of hex digits, not toString(16) + padStart + slice (one id per figure, a hot path).
 * Must equal "f-" + stableHash(key) for every key (a test checks it).
 */
const HEX = "0123456789abcdef";
const BYTE_HEX: string[] = [];
for (let i = 0; i < 256; i++) BYTE_HEX.push(HEX[i >> 4] + HEX[i & 15]);

export function figureId(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // 12 hex digits: the 8 of a, then the first 4 of b.
  return (
    "f-" +
    BYTE_HEX[(a >>> 24) & 255] +
    BYTE_HEX[(a >>> 16) & 255] +
    BYTE_HEX[(a >>> 8) & 255] +
    BYTE_HEX[a & 255] +
    BYTE_HEX[(b >>> 24) & 255] +
    BYTE_HEX[(b >>> 16) & 255]
  );
}
