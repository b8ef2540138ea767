import { decodeEntities } from "../../../src/core/input/entities";
import { decodeText } from "../../../src/core/input/decodeText";
import { MAX_ARTICLE_BYTES, tooLargeMessage } from "../../../src/core/input/readArticle";
import { sniffUtf16 } from "../../../src/core/input/sniffUtf16";
import { extractClaims } from "../../../src/core/extract/extractClaims";
import { createSource } from "../../../src/core/source/createSource";

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out[2 * i] = littleEndian ? u & 0xff : u >> 8;
    out[2 * i + 1] = littleEndian ? u >> 8 : u & 0xff;
  }
  return out;
}

describe("numeric character references that overflow", () => {
  it("become one U+FFFD, leaving no digits behind", () => {
    expect(decodeEntities("a&#99999999999;b")).toBe("a\ufffdb");
    expect(decodeEntities("a&#x1234567890ABCDEF;b")).toBe("a\ufffdb");
    expect(decodeEntities(`a&#${"9".repeat(400)};b`)).toBe("a\ufffdb");
    expect(decodeEntities("&#1114112;&#x110000;")).toBe("\ufffd\ufffd");
  });

  it("still decode the ordinary ones, leading zeros included", () => {
    expect(decodeEntities("&#8364;&#x20AC;&#0000000036;&#150;")).toBe("€€$\u2013");
  });

  it("give no claim", () => {
    const text = decodeEntities("The index stood at &#99999999999; points.");
    expect(extractClaims(createSource(text)).map((c) => c.surface)).toEqual([]);
  });
});

describe("UTF-16 without a byte-order mark", () => {
  const russian = "Товарооборот между странами в 2025 году вырос на 12% и составил 245 млрд долларов.\nЭто рекорд.\n";
  const greek = "Οι εξαγωγές αυξήθηκαν κατά 7% το 2025, σύμφωνα με την υπηρεσία.\n";
  const arabic = "ارتفعت الصادرات بنسبة 9% في عام 2025 حسب الوزارة.\n";

  it("is recognised in a non-Latin script, either byte order", () => {
    for (const text of [russian, greek, arabic, russian.repeat(200)]) {
      expect(sniffUtf16(utf16(text, true))).toBe("le");
      expect(sniffUtf16(utf16(text, false))).toBe("be");
      expect(decodeText(utf16(text, true), "ru.txt")).toEqual({ ok: true, text, warnings: [] });
      expect(decodeText(utf16(text, false), "ru.txt")).toEqual({ ok: true, text, warnings: [] });
    }
  });

  it("is not mistaken for UTF-8 text, binary data or text with no ASCII in it", () => {
    expect(sniffUtf16(new TextEncoder().encode(russian))).toBeNull();
    const random = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < random.length; i++) random[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
    for (let i = 0; i < random.length; i += 7) random[i] = 0;
    expect(sniffUtf16(random)).toBeNull();
    expect(decodeText(random, "r.txt")).toEqual({ ok: false, error: "binary file, not text" });
    // a PNG-like header: controls and NULs
    expect(sniffUtf16(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toBeNull();
    expect(sniffUtf16(utf16("中国经济增长百分之五。", true))).toBeNull();
  });
});

describe("the too-large message", () => {
  it("never says a file of the limit's size in megabytes is over it", () => {
    expect(tooLargeMessage(MAX_ARTICLE_BYTES + 1)).toBe("too large (16,777,217 bytes, limit 16,777,216 bytes)");
    expect(tooLargeMessage(50 * 1024 * 1024)).toBe("too large (50 MB, limit 16 MB)");
    expect(tooLargeMessage(17 * 1024 * 1024)).toBe("too large (17 MB, limit 16 MB)");
  });
});
