import fc from "fast-check";
import { stableHash, stableHashOf } from "../../../src/core/hash";
import { createSource } from "../../../src/core/source/createSource";
import { articleAddress } from "../../../src/core/source/sourceId";
import { extractClaims } from "../../../src/core/extract/extractClaims";

/** The algorithm as first written (one pass over one string): ids must never change. */
function referenceHash(input: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return ((a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0")).slice(0, 12);
}

describe("source ids", () => {
  it("keep their fixed values", () => {
    expect(stableHash("")).toBe(referenceHash(""));
    expect(stableHash("")).toBe("811c9dc55ad1");
    expect(stableHash("a.txt\nTrade reached $245 billion in 2025.")).toBe(referenceHash("a.txt\nTrade reached $245 billion in 2025."));
    // an article with no address: its text (the id a pasted article always had)
    expect(createSource("Gas flows rose 12%.").id).toBe("s-" + referenceHash("\nGas flows rose 12%."));
    expect(createSource("€4.23 per 100 kWh\u2009—\u00a0ok", { file: "x" }).id).toBe("s-" + referenceHash("\n€4.23 per 100 kWh\u2009—\u00a0ok"));
    // an article with an address: the address
    expect(createSource("Gas flows rose 12%.", { url: "https://gas.example/flows" }).id).toBe("s-" + referenceHash("url\nhttps://gas.example/flows"));
  });

  it("stableHashOf(parts) is stableHash of the joined parts", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 20 }), { maxLength: 5 }), (parts) => {
        expect(stableHashOf(...parts)).toBe(referenceHash(parts.join("")));
        expect(stableHash(parts.join(""))).toBe(referenceHash(parts.join("")));
      }),
      { numRuns: 1000 },
    );
  });

  it("stableHash(input, prefix) is the prefix followed by the hash, for any prefix", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 3 }), (input, prefix) => {
        expect(stableHash(input, prefix)).toBe(prefix + referenceHash(input));
      }),
      { numRuns: 1000 },
    );
    expect(stableHash("subject:call|duration|#", "f-")).toBe("f-" + referenceHash("subject:call|duration|#"));
  });
});

describe("a source's id comes from what the article is", () => {
  const text = "Grain exports hit record\n\nWheat exports reached 52 million tonnes in 2025, up 8%, the ministry said.\n";

  it("not from its file name: a renamed copy keeps the source id and every claim id", () => {
    const a = createSource(text, { file: "wheat.txt" });
    const b = createSource(text, { file: "copy of wheat (2).txt" });
    expect(b.id).toBe(a.id);
    expect(extractClaims(b).map((c) => c.id)).toEqual(extractClaims(a).map((c) => c.id));
    expect(extractClaims(a).length).toBeGreaterThan(0);
  });

  it("from its text, surrounding white space aside, when it states no address", () => {
    expect(createSource(`\ufeff${text}\n\n`).id).toBe(createSource(text).id);
    expect(createSource(text.replace("52", "53")).id).not.toBe(createSource(text).id);
  });

  it("from its address when it has one: the page's canonical URL, a URL typed by the user, or a line giving it", () => {
    const page = createSource(text, { url: "https://www.grain.example/news/wheat-record?utm_source=x#top" });
    expect(page.id).toBe(createSource("another save, edited", { url: "http://grain.example/news/wheat-record/" }).id);
    expect(createSource(`URL: https://grain.example/news/wheat-record\n${text}`).id).toBe(page.id);
    expect(createSource(`${text}\nhttps://m.grain.example/news/wheat-record\n`).id).toBe(page.id);
    expect(createSource(text, { url: "https://grain.example/news/wheat-record?id=2" }).id).not.toBe(page.id);
  });

  it("not from a URL the text only mentions, nor from a site's home page", () => {
    const cites = (words: string) => `${words} rose 4%, according to https://stats.example/tables/2025 data.\n`;
    expect(createSource(cites("Exports")).id).not.toBe(createSource(cites("Imports")).id);
    expect(createSource(cites("Exports")).id).toBe(createSource(cites("Exports")).id);
    // the pane pre-fills its URL field with what the text gave: sent back unchanged, it is still only mentioned
    const read = createSource(cites("Exports"));
    expect(read.url).toBe("https://stats.example/tables/2025");
    expect(createSource(cites("Exports"), { url: read.url }).id).toBe(read.id);
    expect(createSource(cites("Imports"), { url: read.url }).id).not.toBe(read.id);
    // "Source:" often names another page (the data, the wire): not the article's own address
    expect(createSource(`Source: https://stats.example/tables/2025\n${text}`).id).toBe(createSource(`Source: https://stats.example/tables/2025\n${text}`).id);
    expect(createSource(`Source: https://stats.example/tables/2025\nA different story of 3%.`).id).not.toBe(
      createSource(`Source: https://stats.example/tables/2025\n${text}`).id,
    );
    expect(createSource(text, { url: "https://www.grain.example/" }).id).toBe(createSource(text).id);
  });

  it("keeps an id the caller gives (sources stored in a workbook)", () => {
    expect(createSource(text, { id: "s-stored", url: "https://grain.example/a" }).id).toBe("s-stored");
  });
});

describe("articleAddress", () => {
  it("normalises what varies between two saves of one page, and keeps what names the article", () => {
    expect(articleAddress("HTTP://WWW.News.Example:443/a/b/?utm_medium=x&id=7&fbclid=z#c")).toBe("https://news.example/a/b?id=7");
    expect(articleAddress("https://news.example")).toBe("");
    expect(articleAddress("https://news.example/?utm_source=x")).toBe("");
    expect(articleAddress("ftp://news.example/a")).toBe("");
    expect(articleAddress("javascript:alert(1)")).toBe("");
  });
});

