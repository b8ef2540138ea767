/** A government bond's yield and its term. Sentences of our own. */
import { bondYieldOf } from "../../../src/core/frame/bondYield";

const read = (sentence: string, surface: string, unit = "%") => {
  const start = sentence.indexOf(surface);
  const y = bondYieldOf(sentence, 0, start, unit);
  return y ? `${y.measure.key}${y.years ? `:${y.years}y` : ""}` : "-";
};

describe("bondYieldOf", () => {
  test("a yield of bonds, with the term nearest its yield word", () => {
    expect(read("The 10-year Bund yield rose to 2.71%.", "2.71%")).toBe("bond-yield:10y");
    expect(read("The yield on 30-year Treasuries jumped to 5.05% on Friday.", "5.05%")).toBe("bond-yield:30y");
    expect(read("Ten-year yields fell to 3.9% and two-year yields stood at 3.4%.", "3.4%")).toBe("bond-yield:2y");
    expect(read("Italian government bond yields eased to 3.6%.", "3.6%")).toBe("bond-yield");
    expect(read("The 10-year yield rose 6 basis points.", "6 basis points", "pp")).toBe("bond-yield:10y");
  });
  test("not a crop's yield, a dividend yield or a number before any yield word", () => {
    expect(read("Wheat yields rose 4% this season.", "4%")).toBe("-");
    expect(read("The shares offer a dividend yield of 5.2%.", "5.2%")).toBe("-");
    expect(read("Inflation rose to 3.1%, lifting bond yields.", "3.1%")).toBe("-");
  });
});
