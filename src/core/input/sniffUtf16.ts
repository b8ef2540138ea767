/**
 * Recognises UTF-16 without a byte-order mark. Returns the byte order, or null when the bytes do not look like
 * UTF-16. Two signs, tried on the first `sampleSize` bytes:
 * - Latin-script text: a zero byte in (nearly) every other position;
 * - any other script (Cyrillic, Greek, Arabic, Hebrew, Devanagari, ...): read in one byte order, every code unit is
 *   plausible text (no NUL, no control other than tab, line feed, form feed and carriage return, no C1 control,
 *   no unpaired surrogate, no private-use or non-character unit) and at least 5% of them are ASCII (the spaces,
 *   digits, punctuation and line breaks such text carries). Read in the wrong byte order those ASCII units become
 *   U+xx00, so the share tells the orders apart; binary data fails on its controls and NULs, and UTF-8 text has no
 *   zero bytes, so no ASCII units. Text with no ASCII at all in its first 4 kB (some CJK) needs a byte-order mark.
 */
export function sniffUtf16(bytes: Uint8Array, sampleSize = 4096): "le" | "be" | null {
  const n = Math.min(bytes.length, sampleSize) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > 0.7 * pairs && zeroEven < 0.05 * pairs) return "le";
  if (zeroEven > 0.7 * pairs && zeroOdd < 0.05 * pairs) return "be";
  if (zeroEven === 0 && zeroOdd === 0) return null;
  if (looksLikeText(bytes, n, true)) return "le";
  if (looksLikeText(bytes, n, false)) return "be";
  return null;
}

/** Share of ASCII code units above which text in another script is recognised as UTF-16. */
const MIN_ASCII_SHARE = 0.05;

function isImplausibleUnit(u: number): boolean {
  if (u < 0x20) return u !== 0x09 && u !== 0x0a && u !== 0x0c && u !== 0x0d;
  if (u >= 0x7f && u <= 0x9f) return true;
  if (u >= 0xe000 && u <= 0xf8ff) return true; // private use
  if (u >= 0xfdd0 && u <= 0xfdef) return true; // non-characters
  return u === 0xfffe || u === 0xffff;
}

/** True when the first `n` bytes read in this byte order are plausible text with enough ASCII in it. */
function looksLikeText(bytes: Uint8Array, n: number, littleEndian: boolean): boolean {
  let ascii = 0;
  // A sample may end inside a pair: a high surrogate as the very last unit is not held against it.
  for (let i = 0; i < n; i += 2) {
    const u = littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    if (u < 0x7f && !isImplausibleUnit(u)) {
      ascii++;
      continue;
    }
    if (isImplausibleUnit(u)) return false;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 2 >= n) break;
      const next = littleEndian ? bytes[i + 2] | (bytes[i + 3] << 8) : (bytes[i + 2] << 8) | bytes[i + 3];
      if (next < 0xdc00 || next > 0xdfff) return false;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      return false;
    }
  }
  return ascii >= MIN_ASCII_SHARE * (n / 2);
}
