import fc from "fast-check";
import { decodeText } from "../../../src/core/input/decodeText";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let o = 0;
  if (bom) {
    out[o++] = littleEndian ? 0xff : 0xfe;
    out[o++] = littleEndian ? 0xfe : 0xff;
  }
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out[o++] = littleEndian ? u & 0xff : u >> 8;
    out[o++] = littleEndian ? u >> 8 : u & 0xff;
  }
  return out;
}

describe("decodeText", () => {
  it("refuses an empty file, and one holding only white space", () => {
    expect(decodeText(new Uint8Array(0), "a.txt")).toEqual({ ok: false, error: "empty file" });
    expect(decodeText(utf8(" \n\t\r\n"), "a.txt")).toEqual({ ok: false, error: "empty file" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), "a.txt")).toEqual({ ok: false, error: "empty file" });
  });

  it("refuses binary data: NUL bytes, or many control characters", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeText(png, "x.txt")).toEqual({ ok: false, error: "binary file, not text" });
    const controls = new Uint8Array(1000).map((_, i) => (i % 5 === 0 ? 0x01 : 0x41));
    expect(decodeText(controls, "x.txt")).toEqual({ ok: false, error: "binary file, not text" });
  });

  it("keeps ordinary text verbatim (CRLF, tabs, no-break spaces) and drops only a UTF-8 byte-order mark", () => {
    const text = "Trade reached\u00a0$245 billion.\r\n\tNext line";
    expect(decodeText(utf8(text), "a.txt")).toEqual({ ok: true, text, warnings: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeText(withBom, "a.txt")).toEqual({ ok: true, text, warnings: [] });
  });

  it("decodes invalid UTF-8 with U+FFFD and a warning naming the file", () => {
    const bytes = new Uint8Array([...utf8("Prices rose 5% in M"), 0xfc, ...utf8("nchen and 7% elsewhere.")]);
    const r = decodeText(bytes, "munich.txt");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe("Prices rose 5% in M\ufffdnchen and 7% elsewhere.");
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/invalid UTF-8.*1 byte sequence.*munich\.txt/);
  });

  it("refuses input that is mostly invalid UTF-8", () => {
    const latin = new Uint8Array(100).map((_, i) => (i % 2 ? 0xe9 : 0x61));
    const r = decodeText(latin, "latin1.txt");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/not UTF-8 text/);
  });

  it("decodes UTF-16 with a byte-order mark, either byte order, and without one when recognisable", () => {
    const text = "Gas exports: 38.8 bcm 😀";
    expect(decodeText(utf16(text, true), "le.txt")).toEqual({ ok: true, text, warnings: [] });
    expect(decodeText(utf16(text, false), "be.txt")).toEqual({ ok: true, text, warnings: [] });
    expect(decodeText(utf16(text, true, false), "nobom.txt")).toEqual({ ok: true, text, warnings: [] });
  });

  it("replaces unpaired UTF-16 surrogates and warns", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x42, 0x00]);
    const r = decodeText(bytes, "u.txt");
    expect(r).toEqual({ ok: true, text: "A\ufffdB", warnings: [expect.stringMatching(/invalid UTF-16/)] });
  });
});

describe("decodeText on UTF-8 (the platform's TextDecoder)", () => {
  const reference = new TextDecoder("utf-8", { ignoreBOM: true });

  it("counts each ill-formed sequence once in its warning, and a U+FFFD written in the file not at all", () => {
    const r = decodeText(new Uint8Array([...utf8("Imports "), 0xff, 0x42, 0xef, 0xbf, 0xbd, 0x43, 0xe2, 0x82]), "x.txt");
    expect(r).toEqual({ ok: true, text: "Imports \ufffdB\ufffdC\ufffd", warnings: ["invalid UTF-8: 2 byte sequence(s) replaced with U+FFFD in x.txt"] });
  });

  it("refuses by the share of invalid bytes: 10% damaged is read, 30% is refused", () => {
    const make = (every: number): Uint8Array => new Uint8Array(1000).map((_, i) => (i % every === 0 ? 0xfe : 0x61));
    expect(decodeText(make(10), "a.txt").ok).toBe(true);
    expect(decodeText(make(3), "a.txt")).toEqual({ ok: false, error: "not UTF-8 text (33% of the bytes are invalid UTF-8)" });
  });

  it("gives the WHATWG decoding of damaged text, with a warning exactly when something was replaced", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.nat(), fc.integer({ min: 0x80, max: 255 }), (s, at, value) => {
        const b = new TextEncoder().encode(`Exports ${s} rose 4%.`);
        b[at % b.length] = value;
        const r = decodeText(b, "d.txt");
        if (!r.ok) return;
        expect(r.text).toBe(reference.decode(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b));
        let wellFormed = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(b);
        } catch {
          wellFormed = false;
        }
        expect(r.warnings).toHaveLength(wellFormed ? 0 : 1);
      }),
      { numRuns: 500 },
    );
  });

  it("reads Windows-1252 when asked: curly quotes, euro and en dash from 0x80-0x9F", () => {
    const r = decodeText(new Uint8Array([0x93, 0x80, 0x35, 0x96, 0x36, 0x94, 0x20, 0xe9]), "p.html", { encoding: "windows-1252" });
    expect(r).toEqual({ ok: true, text: "\u201c\u20ac5\u20136\u201d \u00e9", warnings: [] });
  });

  it("decodes long texts", () => {
    const text = "€1,234.5 billion; ".repeat(50_000);
    expect(decodeText(new TextEncoder().encode(text), "long.txt")).toEqual({ ok: true, text, warnings: [] });
  });
});
