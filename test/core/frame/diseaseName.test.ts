/** An illness known by its acronym is no organisation: positive and negative examples. */
import { diseaseAcronyms } from "../../../src/core/frame/diseaseName";

const found = (text: string) => [...diseaseAcronyms(text)];

describe("diseaseAcronyms", () => {
  test("an acronym before a word of medicine, or what a medicine works against", () => {
    expect(found("Its RSV vaccine candidate did well.")).toEqual(["rsv"]);
    expect(found("Cases of RSV-related illness rose.")).toEqual(["rsv"]);
    expect(found("HIV infections fell by a third.")).toEqual(["hiv"]);
    expect(found("The ministry counted 412 MERS cases.")).toEqual(["mers"]);
    expect(found("A jab against HPV was rolled out.")).toEqual(["hpv"]);
    expect(found("Protection against TB lasted a decade.")).toEqual(["tb"]);
  });

  test("not: a body before words of business, after 'the', or after 'against' with no medicine", () => {
    expect(found("The FDA approved the drug on Monday.")).toEqual([]);
    expect(found("A WHO report counted 2 million deaths.")).toEqual([]);
    expect(found("The WHO vaccines programme grew.")).toEqual([]);
    expect(found("Regulators filed a case against BHP.")).toEqual([]);
    expect(found("Lyon won 2-1 against PSG.")).toEqual([]);
  });
});
