/**
 * The platform's TextDecoder (WHATWG Encoding standard: browsers and Node both have it). `src/core` is compiled
 * without DOM or Node types, so the few members used are declared here and the constructor is taken from
 * globalThis.
 */
export type EncodingLabel = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

interface WebTextDecoder {
  decode(input: Uint8Array): string;
}

type WebTextDecoderConstructor = new (label: EncodingLabel, options?: { fatal?: boolean; ignoreBOM?: boolean }) => WebTextDecoder;

function decoderConstructor(): WebTextDecoderConstructor {
  const ctor = (globalThis as unknown as { TextDecoder?: WebTextDecoderConstructor }).TextDecoder;
  if (!ctor) throw new Error("this platform has no TextDecoder");
  return ctor;
}

/** Decodes strictly: the text, or null when the bytes are not well-formed in that encoding. Any BOM is kept. */
export function decodeStrict(bytes: Uint8Array, label: EncodingLabel): string | null {
  const Decoder = decoderConstructor();
  try {
    return new Decoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes with replacement: each ill-formed sequence becomes one U+FFFD. Any BOM is kept. */
export function decodeLenient(bytes: Uint8Array, label: EncodingLabel): string {
  const Decoder = decoderConstructor();
  return new Decoder(label, { ignoreBOM: true }).decode(bytes);
}
