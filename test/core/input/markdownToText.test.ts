import { markdownToText } from "../../../src/core/input/markdownToText";

describe("markdownToText", () => {
  it("strips heading, quote and list markers, emphasis, code marks and link targets", () => {
    const md = [
      "# Gas deal signed ##",
      "",
      "> Trade reached **$245 billion** in [2025](https://x.example/a).",
      "",
      "* first: `38.8 bcm`",
      "- second _point_",
      "1. numbered item of 12%",
      "![chart](img.png)",
    ].join("\n");
    expect(markdownToText(md)).toBe(
      ["Gas deal signed", "", "Trade reached $245 billion in 2025.", "", "first: 38.8 bcm", "second point", "numbered item of 12%", "chart"].join("\n"),
    );
  });

  it("keeps underscores inside words and asterisks used as multiplication", () => {
    expect(markdownToText("snake_case_name and 2 * 3 = 6")).toBe("snake_case_name and 2 * 3 = 6");
  });

  it("drops fences, rules, table dividers and reference definitions, keeping table cells", () => {
    const md = "Intro\n\n---\n\n| a | b |\n|---|:---:|\n| 1 | 2 |\n\n```\ncode 5\n```\n\n[ref]: https://x.example";
    expect(markdownToText(md)).toBe("Intro\n\na  b\n\n1  2\n\ncode 5");
  });

  it("drops the content of embedded script and style elements", () => {
    const md = "Title\n\nText 5%.\n\n<script>steal(99)</script>\n<style>.x{width:10px}</style>\n\nMore 7%.";
    const text = markdownToText(md);
    expect(text).toContain("Text 5%.");
    expect(text).toContain("More 7%.");
    expect(text).not.toContain("99");
    expect(text).not.toContain("10px");
  });
});
