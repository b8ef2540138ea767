/** The article's context: the places it is about. Texts of our own. */
import { articleContext } from "../../../src/core/frame/article";
import { scanPlaces } from "../../../src/core/frame/places";

function mainPlaces(title: string, body: string): string[] {
  const sentences = body.split("\n").filter(Boolean);
  const places = sentences.flatMap((s) => scanPlaces(s));
  return articleContext({ title, text: `${title}\n\n${body}`, published: "2026-07-28" }, sentences, places, []).mainPlaces;
}

describe("articleContext: the places an article is about", () => {
  test("one adjective in the body is no place it is about", () => {
    expect(mainPlaces("Port volumes rise in first half", "Coal handling dropped 18% as German power plants burned less.")).toEqual([]);
  });
  test("a name in the body, or an adjective named twice, is", () => {
    expect(mainPlaces("Port volumes rise in first half", "Exports to Germany rose 4%.")).toEqual(["de"]);
    expect(mainPlaces("Port volumes rise in first half", "German plants burned less.\nGerman buyers paid more.")).toEqual(["de"]);
    expect(mainPlaces("German port volumes rise", "Coal handling dropped 18%.")).toEqual(["de"]);
  });
  test("a title's region that stands for one of its members ('Europe's largest economy') is no place the article is about", () => {
    expect(mainPlaces("Europe's largest economy grows, but barely", "Germany's output rose 0.3%.")).toEqual(["de"]);
    expect(mainPlaces("Europe's gas storage fills up", "Germany's storage rose 3%.")).toEqual(["europe"]);
  });
});
