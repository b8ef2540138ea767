/** A date told by pointing back ("on that date", "the same day"): the day or month the sentence before named. */
import { frameClaims } from "../../../src/core/frame/frameClaims";
import { findPeriods } from "../../../src/core/frame/period";
import { sameDateMentions, storyTimeMentions } from "../../../src/core/frame/sameDate";
import { extractClaims } from "../../../src/core/extract/extractClaims";
import { createSource } from "../../../src/core/source/createSource";

const CTX = { year: 2025, month: 6, dated: true, fiscalStart: 0, day: "2025-06-20" };

/** What the phrases of `text` point back to, after the sentence `before`: "role:from/to" each. */
function pointed(before: string, text: string): string[] {
  return sameDateMentions(text, before, findPeriods(before, CTX)).map((m) => `${text.slice(m.start, m.end)}=${m.span?.from}`);
}

describe("sameDateMentions", () => {
  test("'on that date', 'by the same day', 'that same day' take the day or month of the sentence before", () => {
    expect(pointed("The herd stood at 9.1 million head as of June 1.", "Texas had 2.3 million head on that date.")).toEqual(["on that date=2025-06-01"]);
    expect(pointed("Reservoirs were 61% full on May 12.", "By the same day, 14 towns had rationed water.")).toEqual(["By the same day=2025-05"]);
    expect(pointed("The strike began in April, the union said.", "That same day, 3,000 workers walked out.")).toEqual(["That same day=2025-04"]);
  });
  test("not: nothing dated before, a year or a stretch before, what was compared with, the same day of another year", () => {
    expect(pointed("The herd stood at 9.1 million head.", "Texas had 2.3 million head on that date.")).toEqual([]);
    expect(pointed("The herd grew 3% in 2024.", "Texas had 2.3 million head on that date.")).toEqual([]);
    expect(pointed("Sales rose 4% in the first half.", "On the same day, the firm hired 200 people.")).toEqual([]);
    expect(pointed("The herd was up 2% from June 1, 2024.", "Texas had 2.3 million head on that date.")).toEqual([]);
    expect(pointed("The herd stood at 9.1 million head as of June 1.", "It was 8.7 million on the same day a year earlier.")).toEqual([]);
    expect(pointed("The herd stood at 9.1 million head as of June 1.", "Nobody could say what the date of the count was.")).toEqual([]);
  });
});

describe("storyTimeMentions", () => {
  const q2 = { from: "2025-04", to: "2025-06", label: "Q2 2025" };
  const may = { from: "2025-05", to: "2025-05", label: "May 2025" };
  test("'in the quarter', 'during the month', 'for the quarter': the last quarter or month the story was about", () => {
    expect(storyTimeMentions("The price averaged $3,281 an ounce in the quarter.", q2, may).map((m) => m.span?.label)).toEqual(["Q2 2025"]);
    expect(storyTimeMentions("Output fell 2% during the month.", q2, may).map((m) => m.span?.label)).toEqual(["May 2025"]);
  });
  test("not: the quarter to June, the month before, the quarter's, one the story has not named", () => {
    expect(storyTimeMentions("Sales in the quarter to June rose.", q2, may)).toEqual([]);
    expect(storyTimeMentions("Prices rose 0.3% over the month before.", q2, may)).toEqual([]);
    expect(storyTimeMentions("Output fell 2% during the month.", q2, undefined)).toEqual([]);
  });
});

describe("frameClaims: a count on a date told by pointing back", () => {
  test("the states' counts 'on that date' are the day's, as the national count was", () => {
    const a = "Cattle herd shrinks\nPublished: 2025-06-20\n\nThe national cattle herd fell 2.1% to 86.7 million head on June 1, the department said.\nTexas had 12.3 million head on that date, and Nebraska 6.4 million.\n";
    const source = createSource(a, { file: "a.txt" });
    const claims = extractClaims(source);
    const frames = frameClaims(claims, new Map([[source.id, source]]));
    const period = (surface: string) => frames.get(claims.find((c) => c.surface === surface)?.id ?? "")?.period?.label;
    expect(period("86.7 million")).toBe("June 2025");
    expect(period("12.3 million")).toBe("June 2025");
    expect(period("6.4 million")).toBe("June 2025");
  });
  test("'in the quarter', after a sentence about the first half, is the quarter the story was about", () => {
    const text = "Silver buying\nPublished: 2025-07-20\n\nCentral banks bought 96 tonnes of silver in the second quarter, the group said.\nIn the first half, they bought 170 tonnes.\nThe silver price averaged $36.2 an ounce in the quarter.\n";
    const source = createSource(text, { file: "a.txt" });
    const claims = extractClaims(source);
    const frames = frameClaims(claims, new Map([[source.id, source]]));
    const period = (surface: string) => frames.get(claims.find((c) => c.surface === surface)?.id ?? "")?.period?.label;
    expect(period("170 tonnes")).toBe("H1 2025");
    expect(period("$36.2 an ounce")).toBe("Q2 2025");
  });
});
