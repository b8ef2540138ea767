import { isPresentState, isToldAsNow, presentPeriod } from "../../../src/core/frame/presentState";

describe("isToldAsNow: a number told as it stands now", () => {
  const now = (sentence: string, number: string) => isToldAsNow(sentence, sentence.indexOf(number), sentence.indexOf(number) + number.length);
  test.each([
    ["Japan's population, now 123.8 million, is projected to shrink.", "123.8 million"],
    ["It rose from 8.1 billion today, before declining.", "8.1 billion"],
    ["The global population currently stands at 8.1 billion.", "8.1 billion"],
    ["In all, 140 dairy farms currently sit inside the zones.", "140"],
  ])("%s", (sentence, number) => expect(now(sentence, number)).toBe(true));
  test.each([
    ["Sales now exceed 8.1 billion.", "8.1 billion"],
    ["It fell 3% to 8.1 billion.", "8.1 billion"],
    ["Visits should ease to about 6.9 million this year now that the festival is over.", "6.9 million"],
    ["Visits should ease to 6.9 million now that the festival is over.", "6.9 million"],
  ])("not: %s", (sentence, number) => expect(now(sentence, number)).toBe(false));
});

const at = (sentence: string, number: string) => isPresentState(sentence, sentence.indexOf(number));

describe("isPresentState: a number a present-tense verb of having or employing holds", () => {
  test.each([
    ["Nordlicht, which employs 61,000 people, will appeal.", "61,000"],
    ["The group, based in Hamburg and employing about 64,000 people, had revenue of $40 billion.", "64,000"],
    ["The chain has more than 3,000 stores.", "3,000"],
    ["The insurer, which runs 120 clinics, said so.", "120"],
    ["The city is home to 2.1 million people.", "2.1 million"],
  ])("%s", (sentence, number) => expect(at(sentence, number)).toBe(true));

  test.each([
    ["The group employed 61,000 people at the end of 2024.", "61,000"],
    ["Russian LNG accounts for a third of France's imports.", "a third"],
    ["Sales have risen 5% this year.", "5%"],
    ["The firm cut 2,000 jobs and has 9,000 left.", "2,000"],
  ])("not: %s", (sentence, number) => expect(at(sentence, number)).toBe(false));
});

describe("presentPeriod", () => {
  test("the article's month, said as of it", () => {
    expect(presentPeriod("2026-10")).toEqual({ from: "2026-10", to: "2026-10", label: "as of October 2026" });
    expect(presentPeriod("")).toBeUndefined();
  });
});
