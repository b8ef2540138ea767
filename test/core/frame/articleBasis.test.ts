/** The basis an article gives its changes, for a change it leaves unsaid. Sentences of our own. */
import { comparesWithTime } from "../../../src/core/frame/articleBasis";
import { frameClaims } from "../../../src/core/frame/frameClaims";
import { extractClaims } from "../../../src/core/extract/extractClaims";
import { createSource } from "../../../src/core/source/createSource";

/** The article basis of each claim of an article, by its surface ("" for none). */
function articleBases(text: string): Map<string, string> {
  const source = createSource(text, { file: "a.txt" });
  const claims = extractClaims(source);
  const frames = frameClaims(claims, new Map([[source.id, source]]));
  return new Map(claims.map((c) => [c.surface, frames.get(c.id)?.articleBasis ?? ""]));
}

describe("comparesWithTime", () => {
  const at = (sentence: string, number: string) => {
    const start = sentence.indexOf(number);
    return comparesWithTime(sentence, 0, sentence.length, start, start + number.length);
  };
  test.each([
    ["Revenue fell 1.8% from the fourth quarter of 2025.", "1.8%"],
    ["Shipments slipped 3 per cent from the record 4.1 million of the final quarter.", "3 per cent"],
    ["Sales were 2% lower than in February.", "2%"],
    ["Compared with the previous season, the crush was down 6%.", "6%"],
  ])("yes: %s", (sentence, number) => expect(at(sentence, number)).toBe(true));
  test.each([
    ["Japan's output slipped 4.2% to 6.9 million tonnes, the association said.", "4.2%"],
    ["Exports rose 3.1%, helped by a weaker currency.", "3.1%"],
    ["Output fell 2%; the year before it had risen.", "2%"],
  ])("no: %s", (sentence, number) => expect(at(sentence, number)).toBe(false));
});

describe("frameClaims: a change that states no basis, in an article that gives one", () => {
  test("takes the one basis the article gives its measure's other changes of the period", () => {
    const bases = articleBases(
      "World zinc output dips in May\nPublished: 2025-06-24\n\nGlobal refined zinc output fell 1.9% in May from a year earlier to 1.12 million tonnes, the study group said.\nPeru produced 118,000 tonnes, down 5.4% year on year.\nMexico's output slipped 2.2% to 54,000 tonnes, while Canada's rose 3.5%.\n",
    );
    expect(bases.get("2.2%")).toBe("year");
    expect(bases.get("3.5%")).toBe("year");
    // (a change that states its basis keeps it, and has no article basis)
    expect(bases.get("5.4%")).toBe("");
  });

  test("not where the article states a basis for the change's own figure: the unsaid one is another basis", () => {
    const bases = articleBases(
      "Irish retail sales dip\nPublished: 2026-11-20\n\nIrish retail sales volumes fell 0.8% in October, the statistics office said.\nFrom a year earlier, Irish retail sales volumes were up 2.1% in October.\n",
    );
    expect(bases.get("0.8%")).toBe("");
  });

  test("not where the article gives its measure's changes of the period two bases", () => {
    const bases = articleBases(
      "Zinc output\nPublished: 2025-06-24\n\nGlobal refined zinc output fell 1.9% in May from a year earlier, the study group said.\nPeru's output fell 0.7% in May from April.\nMexico's output slipped 2.2% in May.\n",
    );
    expect(bases.get("2.2%")).toBe("");
  });

  test("not for a change of another measure or another period, nor one compared with a time of its own", () => {
    const bases = articleBases(
      "Zinc output\nPublished: 2025-06-24\n\nGlobal refined zinc output fell 1.9% in May from a year earlier, the study group said.\nZinc prices slipped 2.6% in May.\nIn the first quarter, Peru's output rose 4.4%.\nMexico's output fell 1.3% in May from its first-quarter average.\n",
    );
    expect(bases.get("2.6%")).toBe("");
    expect(bases.get("4.4%")).toBe("");
    expect(bases.get("1.3%")).toBe("");
  });
});
