/** A ballot's yes vote. Sentences of our own. */
import { ballotYes } from "../../../src/core/frame/ballot";
import { frameClaims } from "../../../src/core/frame/frameClaims";
import { extractClaims } from "../../../src/core/extract/extractClaims";
import { createSource } from "../../../src/core/source/createSource";

const yes = (sentence: string, number: string) => {
  const start = sentence.indexOf(number);
  return ballotYes(sentence, start, start + number.length)?.key;
};

describe("ballotYes", () => {
  test.each([
    ["The union said 88.2% of those who took part in the ballot had voted in favour of a walkout.", "88.2%"],
    ["In the ballot, 76% of those voting backed the offer.", "76%"],
    ["Teachers backed the deal by 64%, the union said.", "64%"],
    ["The drivers' union reported a 71% yes vote.", "71%"],
    ["Porters voted 69% in favour.", "69%"],
    ["Cleaners returned an 83% vote for acceptance.", "83%"],
    ["Some 92% of members voted to strike.", "92%"],
  ])("yes: %s", (sentence, number) => expect(yes(sentence, number)).toBe("ballot-yes"));

  test.each([
    ["The ballot was held on a turnout of 68.3%.", "68.3%"],
    ["The Greens won 14.2% of the vote.", "14.2%"],
    ["Some 62% of members work in hospitals.", "62%"],
    ["Pay rose by 4.5% in the deal.", "4.5%"],
    ["Exports were backed by 40% state guarantees.", "40%"],
  ])("no: %s", (sentence, number) => expect(yes(sentence, number)).toBeUndefined());
});

describe("frameClaims: a ballot's yes vote is of the ballot the article reports", () => {
  test("told with no period, it is the article's month, in every outlet", () => {
    const source = createSource("Porters strike\nPublished: 2026-11-20\n\nThe porters' union said 91% of those voting had backed the strike.\n", { file: "a.txt" });
    const claims = extractClaims(source);
    const frame = frameClaims(claims, new Map([[source.id, source]])).get(claims[0].id);
    expect(frame?.measure?.key).toBe("ballot-yes");
    expect(frame?.period?.label).toBe("November 2026");
  });
});
