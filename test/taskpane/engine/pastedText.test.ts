import { coreEngine } from "../../../src/taskpane/engine/coreEngine";
import { looksLikeHtml, readPastedText } from "../../../src/taskpane/engine/pastedText";

describe("pasted text with markup", () => {
  it("makes no claim from markup: scripts, attributes and tags are dropped", async () => {
    const source = coreEngine.createSource('Budget note <script>alert(1)</script>\n<p>The town spent <b>$4 million</b> on roads.</p><img src="x" width="300">', {});
    expect(source.text).not.toMatch(/<|alert/);
    const claims = (await coreEngine.analyse([source], {})).claims;
    expect(claims.map((c) => c.surface)).toEqual(["$4 million"]);
  });

  it("takes the page's title from its head", () => {
    const read = readPastedText("<html><head><title>Harbour works begin</title></head><body><p>Work on 3 piers starts.</p></body></html>");
    expect(read).toMatchObject({ fromHtml: true, overrides: { title: "Harbour works begin" } });
    expect(read.text).toContain("Work on 3 piers starts.");
  });

  it("keeps plain text verbatim, a lone < or a comparison included", () => {
    for (const text of ["Costs rose 5% while a < b held.", "Rates of <5% are rare.", "Turnout was 3 < 4 points."]) {
      expect(looksLikeHtml(text)).toBe(false);
      expect(readPastedText(text)).toEqual({ text, overrides: {}, fromHtml: false });
    }
  });
});
