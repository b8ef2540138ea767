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
