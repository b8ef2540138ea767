import fc from "fast-check";
import { decodeUtf8 } from "../../../src/core/input/utf8";

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

describe("decodeUtf8", () => {
  it("decodes one- to four-byte sequences", () => {
    const text = "a é € 😀 中文";
    const r = decodeUtf8(new TextEncoder().encode(text));
    expect(r.text).toBe(text);
    expect(r.invalidSequences).toBe(0);
  });

  it("replaces each ill-formed sequence with one U+FFFD and counts it", () => {
    expect(decodeUtf8(bytes(0x41, 0xff, 0x42))).toEqual({ text: "A\ufffdB", invalidSequences: 1, invalidBytes: 1 });
    // truncated three-byte sequence at the end
    expect(decodeUtf8(bytes(0x41, 0xe2, 0x82)).text).toBe("A\ufffd");
    // overlong encoding of "/" and an encoded surrogate are ill-formed
    expect(decodeUtf8(bytes(0xc0, 0xaf)).text).toBe("\ufffd\ufffd");
    expect(decodeUtf8(bytes(0xed, 0xa0, 0x80)).text).toBe("\ufffd\ufffd\ufffd");
    // above U+10FFFF
    expect(decodeUtf8(bytes(0xf4, 0x90, 0x80, 0x80)).text).toBe("\ufffd\ufffd\ufffd\ufffd");
  });

  it("agrees with the WHATWG decoder on arbitrary bytes", () => {
    const reference = new TextDecoder("utf-8", { ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        expect(decodeUtf8(b).text).toBe(reference.decode(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the WHATWG decoder on mostly valid text with damage", () => {
    const reference = new TextDecoder("utf-8", { ignoreBOM: true });
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.nat(), fc.integer({ min: 0, max: 255 }), (s, at, value) => {
        const b = new TextEncoder().encode(s);
        if (b.length) b[at % b.length] = value;
        expect(decodeUtf8(b).text).toBe(reference.decode(b));
      }),
      { numRuns: 1000 },
    );
  });

  it("decodes long texts (chunked string building)", () => {
    const text = "€1,234.5 billion; ".repeat(50_000);
    expect(decodeUtf8(new TextEncoder().encode(text)).text).toBe(text);
  });
});
