/** The basis an article gives its changes, for a change it leaves unsaid. Sentences of our own. */
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
