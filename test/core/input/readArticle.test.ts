import { articleFormat, MAX_ARTICLE_BYTES, readArticle } from "../../../src/core/input/readArticle";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("readArticle", () => {
  it("chooses the reader by extension, case-insensitively", () => {
    expect(articleFormat("a.TXT")).toBe("text");
    expect(articleFormat("dir.v2/a.md")).toBe("markdown");
    expect(articleFormat("page.HTM")).toBe("html");
    expect(articleFormat("report.pdf")).toBeNull();
    expect(articleFormat(".txt")).toBeNull();
  });

  it("keeps .txt verbatim so offsets are offsets in the file", () => {
    const text = "# not a heading here\r\nPrices rose *5%*.";
    expect(readArticle("a.txt", utf8(text))).toEqual({ ok: true, text, format: "text", warnings: [], meta: {} });
  });

  it("strips Markdown and HTML, and returns the page's metadata", () => {
    const md = readArticle("a.md", utf8("# Title\n\n**12%** growth"));
    expect(md).toMatchObject({ ok: true, text: "Title\n\n12% growth", format: "markdown" });
    const html = readArticle("a.html", utf8('<head><meta property="og:site_name" content="Wire"></head><p>3 <script>x=1</script>ships</p>'));
    expect(html).toMatchObject({ ok: true, text: "3 ships", format: "html", meta: { outlet: "Wire" } });
  });

  it("refuses unsupported types, files over the limit, and pages with no text", () => {
    expect(readArticle("a.pdf", utf8("x"))).toEqual({ ok: false, error: "unsupported file type (.pdf); expected .txt, .md, .html or .htm" });
    expect(readArticle("a.txt", utf8("x".repeat(3 * 1024 * 1024)), 2 * 1024 * 1024)).toEqual({
      ok: false,
      error: "too large (3.0 MB, limit 2.0 MB)",
    });
    expect(readArticle("a.html", utf8("<script>only()</script>"))).toEqual({ ok: false, error: "no text after removing the HTML markup" });
    expect(MAX_ARTICLE_BYTES).toBe(16 * 1024 * 1024);
  });

  it("passes decoding errors through", () => {
    expect(readArticle("a.txt", new Uint8Array(0))).toEqual({ ok: false, error: "empty file" });
    expect(readArticle("a.html", new Uint8Array([0, 1, 2, 3]))).toEqual({ ok: false, error: "binary file, not text" });
  });
});

describe("declared HTML character sets", () => {
  it("reads a page that declares ISO-8859-1 or Windows-1252 as Windows-1252", () => {
    const bytes = (head: string) =>
      new Uint8Array([...new TextEncoder().encode(`${head}<p>Prix: 4,5 `), 0x80, 0x20, 0x96, 0x20, 0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e, ...new TextEncoder().encode("</p>")]);
    for (const head of ['<meta charset="iso-8859-1">', "<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"]) {
      expect(readArticle("p.html", bytes(head))).toMatchObject({ ok: true, text: "Prix: 4,5 € – München", warnings: [] });
    }
  });

  it("keeps UTF-8 for pages that declare it or nothing, and for text files", () => {
    const utf8Page = new TextEncoder().encode('<meta charset="utf-8"><p>€5 in München</p>');
    expect(readArticle("p.html", utf8Page)).toMatchObject({ ok: true, text: "€5 in München" });
    const latinTxt = new Uint8Array([...new TextEncoder().encode("charset=iso-8859-1 M"), 0xfc, ...new TextEncoder().encode("nchen 5%")]);
    expect(readArticle("a.txt", latinTxt)).toMatchObject({ ok: true, text: "charset=iso-8859-1 M\ufffdnchen 5%" });
  });
});
