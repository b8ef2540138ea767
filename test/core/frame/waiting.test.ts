/** Waiting lists and waiting times: who waits past a limit, the limit itself, the list's count. Sentences of our own. */
import { isWaitLimit, waitingListMeasure, waitingOver } from "../../../src/core/frame/waiting";

const over = (sentence: string, surface: string) => {
  const start = sentence.indexOf(surface);
  return waitingOver(sentence, 0, sentence.length, start, start + surface.length)?.key;
};
const limit = (sentence: string, surface: string) => isWaitLimit(sentence, sentence.indexOf(surface));

describe("waitingOver: the people waiting past a limit", () => {
  test.each([
    ["The number of people waiting more than a year for surgery fell to 41,000.", "41,000", "n:waiting>365d"],
    ["Waits of more than 52 weeks fell to 38,000.", "38,000", "n:waiting>365d"],
    ["Some 41,000 patients had waited over 18 months.", "41,000", "n:waiting>547d"],
    ["Patients waiting longer than 18 weeks numbered 2.9 million.", "2.9 million", "n:waiting>126d"],
  ])("%s", (sentence, surface, expected) => {
    expect(over(sentence, surface)).toBe(expected);
  });

  test("not: a count with no wait past a limit, or one far from the wait", () => {
    expect(over("The list fell to 6.1 million.", "6.1 million")).toBeUndefined();
    expect(over("Some 6.1 million cases were open, and officials said that many who had waited more than a year were seen.", "6.1 million")).toBeUndefined();
  });
});

describe("isWaitLimit: the limit that says what is counted is no figure", () => {
  test.each([
    ["Some 58.2% were treated within 18 weeks.", "18 weeks"],
    ["72% of patients were seen within four hours.", "four hours"],
    ["The number of people waiting more than a year fell.", "a year"],
    ["Waits of more than 52 weeks fell.", "52 weeks"],
  ])("%s (%s)", (sentence, surface) => {
    expect(limit(sentence, surface)).toBe(true);
  });

  test.each([
    ["The median wait was 14.3 weeks.", "14.3 weeks"],
    ["The strike lasted four hours.", "four hours"],
  ])("not: %s (%s)", (sentence, surface) => {
    expect(limit(sentence, surface)).toBe(false);
  });
});

describe("waitingListMeasure: a waiting list's cases, treatments and pathways are one count", () => {
  test("in a sentence of a waiting list", () => {
    expect(waitingListMeasure("The waiting list fell to 6.1 million cases.", { key: "n:case", name: "cases", how: "noun" })?.key).toBe("n:waiting-list");
    expect(waitingListMeasure("Some 6.1 million treatments were waiting to be carried out.", { key: "n:treatment", name: "treatments", how: "noun" })?.key).toBe("n:waiting-list");
  });
  test("not: cases of an illness, or patients (people on the list, another count)", () => {
    expect(waitingListMeasure("Measles cases rose to 2,911.", { key: "n:case", name: "cases", how: "noun" })).toBeUndefined();
    expect(waitingListMeasure("The waiting list holds 5.2 million patients.", { key: "n:patient", name: "patients", how: "noun" })).toBeUndefined();
  });
});
