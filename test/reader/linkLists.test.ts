import { parseDocument } from "../../src/cli/parseDocument";
import { removeLinkLists } from "../../src/reader/linkLists";

describe("removeLinkLists", () => {
  it("removes lists of links with their heading, and keeps lists of prose that hold a link", () => {
    const document = parseDocument(`<html><body>
      <h2>Most read</h2><ol><li>1 <a href="/a">Rates rise to 5%</a></li><li>2 <a href="/b">Strike costs $40m</a></li></ol>
      <p>The plan has three parts:</p>
      <ul><li>a fund of $2 billion for ports, described in <a href="/r">the report</a>;</li><li>12 new ferries by 2030.</li></ul>
    </body></html>`);
    expect(removeLinkLists(document)).toBe(1);
    const text = document.body.textContent ?? "";
    expect(text).not.toMatch(/Most read|Rates rise|\$40m/);
    expect(text).toMatch(/fund of \$2 billion[\s\S]*12 new ferries/);
  });
});
