import { createSource } from "../../../src/core/source/createSource";
import { stableHash } from "../../../src/core/hash";

const ARTICLE = [
  "Pipeline flows hit a record as winter demand peaks",
  "By Jane Doe",
  "Published: 4 February 2026",
  "",
  "Gas deliveries reached 38.8 bcm last year, the operator said.",
  "",
  "Original article: example-news.com/energy/pipeline-record-123",
].join("\n");

describe("createSource", () => {
  it("reads title, author, date, URL and outlet from the text", () => {
    const s = createSource(ARTICLE);
    expect(s.title).toBe("Pipeline flows hit a record as winter demand peaks");
    expect(s.author).toBe("Jane Doe");
    expect(s.published).toBe("2026-02-04");
    expect(s.url).toBe("https://example-news.com/energy/pipeline-record-123");
    expect(s.outlet).toBe("example-news.com");
    expect(s.text).toBe(ARTICLE);
  });

  it("derives a stable id from the article's stated address, never from the file name", () => {
    const a = createSource(ARTICLE, { file: "a.txt" });
    expect(a.id).toBe("s-" + stableHash("url\nhttps://example-news.com/energy/pipeline-record-123"));
    expect(createSource(ARTICLE, { file: "b.txt" }).id).toBe(a.id);
    expect(createSource(ARTICLE).id).toBe(a.id);
    const noAddress = ARTICLE.replace(/\nOriginal article:.*$/, "");
    expect(createSource(noAddress, { file: "a.txt" }).id).toBe("s-" + stableHash("\n" + noAddress.trimEnd()));
    expect(a.file).toBe("a.txt");
  });

  it("lets overrides win", () => {
    const s = createSource(ARTICLE, { title: "Mine", outlet: "Daily Gas", author: "", published: "2026-01-01", id: "s-x" });
    expect(s).toMatchObject({ title: "Mine", outlet: "Daily Gas", author: "", published: "2026-01-01", id: "s-x" });
  });

  it.each([
    ["This analysis was written by MD. Rana. She may be reached by e-mail.", "MD. Rana"],
    ["Story\nWritten by Tomás Rocha\nBody.", "Tomás Rocha"],
    ["Title\nAuthor: Li Wei\nBody.", "Li Wei"],
    ["Title\nNo byline here.", ""],
  ])("reads the byline in %j", (text, author) => {
    expect(createSource(text).author).toBe(author);
  });

  it.each([
    ["Title\nFebruary 4, 2026 — Moscow and Beijing met.", "2026-02-04"],
    ["Title\nPosted on Feb. 5, 2026\nBody", "2026-02-05"],
    ["Title\nUpdated 2026-03-12T10:00Z\nBody", "2026-03-12"],
    ["Title\nThe talks of February 4 ended.", ""],
    ["Title\nBy Tomasz Nowak | 12 March 2026, 18:45\nBody", "2026-03-12"],
    ["Title\nBy Jane Doe, March 12, 2026\nBody", "2026-03-12"],
    // a date in the path of the article's link
    ["Title\nURL: https://example.org/2025/02/19/slug\nBody", "2025-02-19"],
    ["Title\nURL: https://example.in/business/2025/Apr/18/slug\nBody", "2025-04-18"],
    ["Title\nURL: https://example.org/2023/08/slug\nBody", ""],
    ["Title\nURL: https://example.org/article/12345/67/89/\nBody", ""],
  ])("reads the date in %j", (text, date) => {
    expect(createSource(text).published).toBe(date);
  });

  it.each([
    ["Title\nhttps://www.reuters.com/world/china-russia-2026-02-04/\nBody", "https://www.reuters.com/world/china-russia-2026-02-04/", "reuters.com"],
    ["Title\nSource: Xinhua\nBody", "", "Xinhua"],
    ["Title\nURL: https://atlanticwire.example/news/link\nBody", "https://atlanticwire.example/news/link", "atlanticwire.example"],
    ["Annual report\nPublished by the Fisheries Council, May 2026\nBody", "", "Fisheries Council"],
    ["Annual report\nPublished by the council in May after the vote.\nBody", "", ""],
    // a sentence that says who published the data names no outlet
    ["Ferry traffic up\nFerries carried 2.1 million people in 2025, according to data published by Statistics Norway on Friday.\nBody", "", ""],
  ])("reads URL and outlet in %j", (text, url, outlet) => {
    const s = createSource(text);
    expect(s.url).toBe(url);
    expect(s.outlet).toBe(outlet);
  });

  it("skips page chrome before the title line", () => {
    expect(createSource("Listen to the article\nPutin and Xi Hold Virtual Summit\nBody").title).toBe("Putin and Xi Hold Virtual Summit");
    expect(createSource("Port report\nBy Ana Ruiz\nThe port handled 41 million tonnes.").title).toBe("Port report");
    expect(createSource("Is the U.S. buying more LNG?\n\nImports rose.").title).toBe("Is the U.S. buying more LNG?");
    expect(createSource("Exports at Acme Inc.\n\nSales rose.").title).toBe("Exports at Acme Inc.");
  });

  it("takes no title from a text that opens with its body: the first sentence never names the source", () => {
    const long = "On February 4, 2026, the two presidents held a virtual meeting. " + "More words follow here. ".repeat(20);
    expect(createSource(long).title).toBe("");
    expect(createSource("The port handled 41 million tonnes of cargo in 2024.\nIt was a record.").title).toBe("");
    expect(createSource("Dock workers at the port unloaded 31 containers an hour\nper crane last year, up from 27.").title).toBe("");
    expect(createSource("x".repeat(500)).title).toBe("");
    expect(createSource("The port handled 41 million tonnes.", { file: "port-2024.txt" })).toMatchObject({ title: "", file: "port-2024.txt" });
  });

  it("gives empty strings, never undefined, for an empty text", () => {
    const s = createSource("");
    expect(s).toMatchObject({ title: "", outlet: "", url: "", published: "", author: "", text: "" });
    expect(s.id).toMatch(/^s-[0-9a-f]{12}$/);
  });
});

describe("the title", () => {
  it("is never a cut line, whatever characters stand at the cut", () => {
    for (let pad = 150; pad < 165; pad++) expect(findTitleOf(`${"x".repeat(pad)}😀😀😀 ${"y".repeat(200)}`)).toBe("");
  });
});

function findTitleOf(text: string): string {
  return createSource(text).title;
}
