import fc from "fast-check";
import { htmlToText, parseHtml } from "../../../src/core/input/htmlToText";

describe("htmlToText", () => {
  it("drops script, style, noscript, template, iframe contents and comments", () => {
    const html = `<html><head><style>p { width: 300px }</style><script>var secret = 123456; document.write("<p>x</p>")</script></head>
      <body><p>Exports rose 5%.</p><script type="module">alert('pwned 42')</script><noscript>enable JS 77</noscript>
      <template><p>hidden 88</p></template><iframe src="x">frame 99</iframe><!-- note 66 --></body></html>`;
    const text = htmlToText(html);
    expect(text).toBe("Exports rose 5%.");
    for (const hidden of ["123456", "secret", "pwned", "77", "88", "99", "66", "300px"]) expect(text).not.toContain(hidden);
  });

  it("does not end a script at a closing tag of another name, nor inside a longer name", () => {
    const html = "<p>a</p><script>if (x) { s = '</div>'; t = '</scripts>'; }</script><p>b</p>";
    expect(htmlToText(html)).toBe("a\n\nb");
  });

  it("turns block elements into line breaks and collapses white space", () => {
    const html = "<h1>Gas   deal</h1>\n\n<p>Line one<br>line two</p><ul><li>first</li><li>second</li></ul><div>a <b>bold</b>  word</div>";
    expect(htmlToText(html)).toBe("Gas deal\n\nLine one\nline two\n\nfirst\nsecond\n\na bold word");
  });

  it("decodes named and numeric character references, and never produces markup", () => {
    expect(htmlToText("<p>&euro;4.23 &ndash; 5&nbsp;% &amp; &lt;script&gt;alert(1)&lt;/script&gt; &#8364; &#x20AC; &#150; &bogus;</p>")).toBe(
      "€4.23 – 5\u00a0% & <script>alert(1)</script> € € – &bogus;",
    );
  });

  it("keeps a lone less-than sign as text", () => {
    expect(htmlToText("<p>growth < 5% and 3 <4</p>")).toBe("growth < 5% and 3 <4");
  });

  it("drops an unterminated script or comment to the end rather than leaking it", () => {
    expect(htmlToText("<p>ok</p><script>var x = 1; <p>not text</p>")).toBe("ok");
    expect(htmlToText("<p>ok</p><!-- open comment <p>hidden</p>")).toBe("ok");
  });

  it("reads title, canonical URL, author, outlet and date from the head", () => {
    const html = `<head><title>Fallback | Paper</title><meta property="og:site_name" content="The Paper">
      <link rel="canonical" href="https://paper.example/a?x=1&amp;y=2"><meta name="author" content="By Jo Smith">
      <meta property="article:published_time" content="2025-05-08T09:00:00+03:00"></head><body><p>x</p></body>`;
    expect(parseHtml(html).meta).toEqual({
      title: "Fallback | Paper",
      url: "https://paper.example/a?x=1&y=2",
      author: "Jo Smith",
      outlet: "The Paper",
      published: "2025-05-08",
    });
  });

  it("reads schema.org JSON-LD without putting it into the text", () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Big deal","datePublished":"2024-01-02",
      "author":[{"@type":"Person","name":"A. Writer"}],"publisher":{"name":"Wire"}}</script><p>Body 12%</p>`;
    const page = parseHtml(html);
    expect(page.text).toBe("Body 12%");
    expect(page.meta).toMatchObject({ title: "Big deal", published: "2024-01-02", author: "A. Writer", outlet: "Wire" });
  });

  it("never lets script content through, whatever surrounds it (property)", () => {
    const fragment = fc.constantFrom("<p>", "</p>", "<div class='a'>", "text 12 ", "&amp;", "<b>", "</b>", "<br/>", "<!-- c -->", "< ", ">", "'", '"');
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 20 }), fc.array(fragment, { maxLength: 20 }), (before, after) => {
        const html = `${before.join("")}<script>MARKER_SECRET</script>${after.join("")}`;
        expect(htmlToText(html)).not.toContain("MARKER_SECRET");
      }),
    );
  });

  it("takes linear time on pathological input", () => {
    // Each unit opens constructs whose end is searched for; 100,000 units (2.4 MB) would take minutes with a
    // quadratic scan and finish well inside the test timeout with a linear one.
    const unit = "x<!-- -->&amp;<i>y</i> < ";
    const text = htmlToText(unit.repeat(100_000));
    expect(text.startsWith("x&y < x&y < ")).toBe(true);
    expect(htmlToText("<a".repeat(100_000) + ">tail")).toBe("tail");
    expect(htmlToText("<script>" + "</scrip".repeat(100_000))).toBe("");
  });
});

describe("page furniture and titles", () => {
  it("drops navigation menus and buttons", () => {
    expect(htmlToText("<nav><a>Home</a> <a>16 Comments</a></nav><p>Sales rose 4%.</p><button>Share 12</button>")).toBe("Sales rose 4%.");
  });

  it("removes the outlet's name from the <title> when the page names the outlet", () => {
    const head = (title: string) => `<head><title>${title}</title><meta property="og:site_name" content="Daily Wire"></head><p>x</p>`;
    expect(parseHtml(head("Gas deal signed | Daily Wire")).meta.title).toBe("Gas deal signed");
    expect(parseHtml(head("Gas deal signed - daily wire")).meta.title).toBe("Gas deal signed");
    expect(parseHtml(head("Trade - a view | Other Site")).meta.title).toBe("Trade - a view | Other Site");
  });
});

describe("preformatted text", () => {
  it("keeps the line breaks inside <pre>", () => {
    expect(htmlToText("<p>Table:</p><pre>2024   $190 bn\n2025   $245 bn</pre><p>a\nb</p>")).toBe("Table:\n\n2024 $190 bn\n2025 $245 bn\n\na b");
  });
});
