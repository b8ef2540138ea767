/** Revisions: an earlier estimate or an old forecast the text says was replaced. */
import { isSuperseded } from "../../../src/core/frame/revision";

function superseded(sentence: string, surface: string): boolean {
  return isSuperseded(sentence, sentence.indexOf(surface));
}

describe("revision: the number a revision replaced", () => {
  test("an estimate revised: the old value, told as earlier or as where the revision moved from", () => {
    const s = "The agency revised first-quarter growth to 0.6%, from a previously reported 0.4%.";
    expect(superseded(s, "0.4%")).toBe(true);
    expect(superseded(s, "0.6%")).toBe(false);
    expect(superseded("Retail sales were revised up to 1.1% from 0.8%.", "0.8%")).toBe(true);
    expect(superseded("Retail sales were revised up to 1.1% from 0.8%.", "1.1%")).toBe(false);
    expect(superseded("Payrolls for August were revised from 142,000 to 89,000.", "142,000")).toBe(true);
    expect(superseded("Payrolls for August were revised from 142,000 to 89,000.", "89,000")).toBe(false);
    expect(superseded("The spring quarter is now seen as having grown 0.5% instead of 0.3%.", "0.3%")).toBe(true);
    expect(superseded("The revision put the loss at $40 million, above an initial estimate of $25 million.", "$25 million")).toBe(true);
  });

  test("a forecast changed: the old forecast", () => {
    const s = "The bank raised its 2027 growth forecast to 1.4% from 1.1%.";
    expect(superseded(s, "1.1%")).toBe(true);
    expect(superseded(s, "1.4%")).toBe(false);
    expect(superseded("The IMF cut its forecast for world trade to 2.3%, down from its previous forecast of 3.2%.", "3.2%")).toBe(true);
  });

  test("no revision: a start of a change, an earlier figure, a first estimate still standing", () => {
    // a change from one level to another
    expect(superseded("Exports rose to $5 billion from $4 billion.", "$4 billion")).toBe(false);
    // revised data that tell a change: "from" is where the change started
    expect(superseded("Revised data show exports rose to $5 billion from $4 billion.", "$4 billion")).toBe(false);
    // an estimate reported before, with nothing revised
    expect(superseded("The flash estimate of 0.3% was confirmed on Friday.", "0.3%")).toBe(false);
    expect(superseded("The company previously reported revenue of $5 billion for 2023.", "$5 billion")).toBe(false);
    expect(superseded("Inflation eased to 2.1% from 2.4% in May.", "2.4%")).toBe(false);
  });
});
