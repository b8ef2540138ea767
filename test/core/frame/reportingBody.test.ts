/** Bodies that publish others' figures are never whose a number is. Our own names. */
import { isReportingBody, reportingBodyKeys } from "../../../src/core/frame/reportingBody";

describe("isReportingBody", () => {
  test.each(["Federal Statistical Office", "Office for National Statistics", "Semiconductor Industry Association", "World Steel Association", "Census Bureau", "National Road Safety Observatory", "Confederation of British Industry", "Observatoire national de la sécurité routière"])("%s", (name) => {
    expect(isReportingBody(name)).toBe(true);
  });
  test.each(["Halvard Bank", "Nordvik Motors", "Ministry of Finance", "Harlow City Council", "Gazprom", "Association"])("not: %s", (name) => {
    // (a lone "Association" is a body too: the words decide, whatever the length)
    expect(isReportingBody(name)).toBe(name === "Association");
  });
});

describe("reportingBodyKeys", () => {
  test("the reporting bodies among the story's names, and the short names it gives them", () => {
    const names = new Map([
      ["federal statistical", { name: "Federal Statistical Office" }],
      ["kessler", { name: "Kessler Bau" }],
      ["semiconductor", { name: "Semiconductor Industry Association" }],
    ]);
    const acronyms = new Map([
      ["federal statistical office", "DESTATIS"],
      ["kessler bau", "KB"],
    ]);
    expect([...reportingBodyKeys(names, acronyms)].sort()).toEqual(["destatis", "federal statistical", "semiconductor"]);
  });
});

describe("reporting bodies named by their short name after what they are", () => {
  test("'the wine exporters' federation FEVS', 'the statistics agency INE' are reporting bodies", () => {
    const keys = reportingBodyKeys(new Map(), new Map(), ["Exports fell 1.8%, the wine and spirits exporters' federation FEVS said.", "Prices rose, the statistics agency INE reported."]);
    expect([...keys].sort()).toEqual(["fevs", "ine"]);
  });
  test("a name in ordinary case after the word is no short name ('the football association Chelsea …')", () => {
    expect([...reportingBodyKeys(new Map(), new Map(), ["The football association Chelsea joined said 3 clubs left.", "The federation said output rose."])]).toEqual([]);
  });
});
