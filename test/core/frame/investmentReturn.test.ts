/** An investment's return told at the number: "the fund made a return of 4.6%", "Equities returned 5.7%". */
import { INVESTMENT_RETURN, investmentReturnOf } from "../../../src/core/frame/investmentReturn";

const at = (sentence: string, surface: string) => {
  const start = sentence.indexOf(surface);
  return investmentReturnOf(sentence, start, start + surface.length);
};

describe("investmentReturnOf", () => {
  test.each([
    ["The pension fund made a return of 6.2% in the first half.", "6.2%"],
    ["Listed shares returned 8.1%, bonds 1.4%.", "8.1%"],
    ["Its return for the year was 11.3%.", "11.3%"],
    ["The return amounted to 412 billion yen.", "412 billion yen"],
    ["It posted a 7.5% return on its property holdings.", "7.5%"],
    ["The endowment reported annual returns of 9.4%.", "9.4%"],
    ["The portfolio's overall return stood at minus 2.3%.", "minus 2.3%"],
  ])("%s → the return", (sentence, surface) => {
    expect(at(sentence, surface)).toEqual(INVESTMENT_RETURN);
  });
  test.each([
    ["Exports returned to growth, rising 3.1% in May.", "3.1%"],
    ["The company returned $2 billion to shareholders through buybacks.", "$2 billion"],
    ["About 41,000 migrants returned home last year.", "41,000"],
    ["Some 12% of tax returns were filed late.", "12%"],
    ["Return flights cost 30% more.", "30%"],
    ["Revenue rose 4% to $2.1 billion.", "$2.1 billion"],
  ])("not: %s", (sentence, surface) => {
    expect(at(sentence, surface)).toBeUndefined();
  });
});
