import { CodeUnitBuilder, REPLACEMENT_CHARACTER } from "./codeUnits";

export interface Utf8Decoding {
  text: string;
  /** Number of ill-formed byte sequences, each replaced by one U+FFFD. */
  invalidSequences: number;
  /** Number of bytes that were not part of a well-formed sequence. */
  invalidBytes: number;
}

/**
 * Decodes UTF-8 by hand (no TextDecoder: src/core has no DOM or Node types), replacing every ill-formed
 * sequence with U+FFFD the way the WHATWG Encoding standard does ("maximal subpart" replacement):
 * overlong forms, surrogates (ED A0..BF) and code points above U+10FFFF are ill-formed.
 */
export function decodeUtf8(bytes: Uint8Array, from = 0): Utf8Decoding {
  const out = new CodeUnitBuilder();
  const n = bytes.length;
  let invalidSequences = 0;
  let invalidBytes = 0;
  let i = from;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      out.push(b);
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      out.push(REPLACEMENT_CHARACTER);
      invalidSequences++;
      invalidBytes++;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < n ? bytes[j] : -1;
      const lo = k === 0 ? lower : 0x80;
      const hi = k === 0 ? upper : 0xbf;
      if (c < lo || c > hi) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok) {
      out.pushCodePoint(cp);
      i = j;
    } else {
      // The maximal subpart (lead byte plus the valid continuation bytes seen) becomes one U+FFFD;
      // the byte that broke the sequence is decoded afresh.
      out.push(REPLACEMENT_CHARACTER);
      invalidSequences++;
      invalidBytes += j - i;
      i = j;
    }
  }
  return { text: out.toString(), invalidSequences, invalidBytes };
}
