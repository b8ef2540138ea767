import { CodeUnitBuilder, REPLACEMENT_CHARACTER } from "./codeUnits";

export interface Utf16Decoding {
  text: string;
  /** Unpaired surrogates and a dangling odd byte, each replaced by U+FFFD. */
  invalidUnits: number;
}

/** Decodes UTF-16 (little- or big-endian) starting at `from`; unpaired surrogates become U+FFFD. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, from = 0): Utf16Decoding {
  const out = new CodeUnitBuilder();
  let invalidUnits = 0;
  const end = from + ((bytes.length - from) & ~1);
  const unitAt = (i: number): number => (littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  let i = from;
  while (i < end) {
    const u = unitAt(i);
    i += 2;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i < end ? unitAt(i) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        out.push(u);
        out.push(next);
        i += 2;
      } else {
        out.push(REPLACEMENT_CHARACTER);
        invalidUnits++;
      }
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      out.push(REPLACEMENT_CHARACTER);
      invalidUnits++;
    } else {
      out.push(u);
    }
  }
  if (end < bytes.length) {
    out.push(REPLACEMENT_CHARACTER);
    invalidUnits++;
  }
  return { text: out.toString(), invalidUnits };
}

/**
 * Recognises UTF-16 without a byte-order mark: ASCII-heavy UTF-16 text has a zero byte in (nearly) every
 * other position. Returns the byte order, or null when the bytes do not look like UTF-16.
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
  return null;
}
