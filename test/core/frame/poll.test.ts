/** An opinion poll's numbers: a party's support, the sample, the margin; whose poll. Our own sentences. */
import { isPollStory, pollMeasure, pollstersIn, storyPollster } from "../../../src/core/frame/poll";

function read(sentence: string, surface: string, unit: string, hasHolder = true): string {
  const start = sentence.indexOf(surface);
  return pollMeasure(sentence, 0, sentence.length, start, start + surface.length, unit, hasHolder)?.key ?? "-";
}

describe("isPollStory", () => {
  test.each([
    "Labour slips in latest poll",
    "A survey by Norstat put the Greens on 9%.",
    "The Centre Party is second, an opinion poll showed.",
    "Pollsters expect a close race.",
    "Another survey, by Ipsara, had the party on 22%.",
  ])("'%s' is about a poll", (s) => {
    expect(isPollStory(s, [])).toBe(true);
  });
  test.each(["Polls close at 8 p.m.", "The party won 31% of the vote.", "The survey vessel returned to port.", "Voters went to the polls on Sunday."])("'%s' is not", (s) => {
    expect(isPollStory(s, [])).toBe(false);
  });
});

describe("pollstersIn and storyPollster", () => {
  test("a pollster named after 'a poll by', or right before the word poll; not a nation, not a determiner", () => {
    expect(pollstersIn("A poll by the Norstat Institute showed a lead.").map((p) => p.key)).toEqual(["norstat"]);
    expect(pollstersIn("A new Norstat poll puts the Greens on 9%.").map((p) => p.key)).toEqual(["norstat"]);
    expect(pollstersIn("Another survey, by Ipsara, published on Sunday, had them on 8%.").map((p) => p.key)).toEqual(["ipsara"]);
    expect(pollstersIn("Danish poll: Greens gain")).toEqual([]);
    expect(pollstersIn("The latest poll shows a lead.")).toEqual([]);
  });
  test("the story's pollster is the one it names most", () => {
    expect(storyPollster(["A Norstat poll shows a lead.", "An Ipsara poll differs.", "Norstat asked 1,000 people in its survey by Norstat."])?.key).toBe("norstat");
    expect(storyPollster(["Voters are split."])).toBeUndefined();
  });
});

describe("pollMeasure", () => {
  test("a party's percent: on, at, with, would win, held steady at; support after it", () => {
    expect(read("The Greens are on 9%, the poll shows.", "9%", "%")).toBe("poll-share");
    expect(read("The Centre Party would win 24% of the vote.", "24%", "%")).toBe("poll-share");
    expect(read("The Left held steady at 14%.", "14%", "%")).toBe("poll-share");
    expect(read("The Greens have 9% support.", "9%", "%")).toBe("poll-share");
  });
  test("the sample and the margin of error", () => {
    expect(read("The survey of 2,104 voters was taken online.", "2,104", "count", false)).toBe("poll-sample");
    expect(read("Norstat questioned 1,000 people.", "1,000", "count")).toBe("poll-sample");
    expect(read("It has a margin of error of 2.1 percentage points.", "2.1 percentage points", "pp", false)).toBe("poll-margin");
  });
  test("not: a percent no party holds, a count of something else, a change", () => {
    expect(read("Turnout is expected at 70%.", "70%", "%", false)).toBe("-");
    expect(read("The party has 41,000 members.", "41,000", "count")).toBe("-");
    expect(read("Inflation rose 3% last year.", "3%", "%")).toBe("-");
  });
});
