/** The age band a number is about: positive and negative examples. */
import { ageBandOf, findAgeBands, mayNameAgeBand } from "../../../src/core/frame/ageBand";

const keys = (s: string) => findAgeBands(s).map((b) => b.key);

describe("findAgeBands", () => {
  test("ranges, 'and over', 'over-21s', 'under-18s', people over or under an age", () => {
    expect(keys("The rate for 18 to 20-year-olds will rise.")).toEqual(["18-20"]);
    expect(keys("Unemployment among 16-24 year olds rose.")).toEqual(["16-24"]);
    expect(keys("Jobless rates of 16-24s climbed.")).toEqual(["16-24"]);
    expect(keys("Workers aged between 16 and 17 get less.")).toEqual(["16-17"]);
    expect(keys("Workers aged 21 and over get the full rate.")).toEqual(["21+"]);
    expect(keys("The rate for over-21s goes up.")).toEqual(["21+"]);
    expect(keys("Adults aged 65 or older were first in line.")).toEqual(["65+"]);
    expect(keys("Under-18s pay less; people over 60 pay nothing.")).toEqual(["<18", "60+"]);
  });
  test("not: a range of other things, a share over a number, a count of years", () => {
    expect(keys("Prices rose 18 to 20 per cent.")).toEqual([]);
    expect(keys("Support is over 60% among people over 60 million.")).toEqual([]);
    expect(keys("The mine ran for 20 to 30 years.")).toEqual([]);
    expect(keys("Sales in the 1990s were weak.")).toEqual([]);
  });
  test("a cheap test lets through every sentence that names one", () => {
    for (const s of ["The rate for 18 to 20-year-olds will rise.", "Workers aged 21 and over", "The rate for over-21s", "Under-18s pay less", "16-24s climbed"]) expect(mayNameAgeBand(s)).toBe(true);
    expect(mayNameAgeBand("Exports rose 4% in May.")).toBe(false);
  });
});

describe("ageBandOf", () => {
  const bandOf = (s: string, surface: string) => {
    const start = s.indexOf(surface);
    return ageBandOf(s, findAgeBands(s), 0, s.length, start, start + surface.length)?.key;
  };
  test("the band of the number's clause, before or after it", () => {
    expect(bandOf("Younger workers aged 18 to 20 will see a 16.3% rise to £10.", "£10")).toBe("18-20");
    expect(bandOf("The hourly rate goes up 6.8% for over-21s.", "6.8%")).toBe("21+");
  });
  test("not past a credit, nor the band's own ages", () => {
    expect(bandOf("Pay for workers aged 21 and over rises in April, the minister said, a boost for 3 million workers.", "3 million")).toBeUndefined();
    expect(bandOf("Workers aged 18 to 20 get £10.", "18 to 20")).toBeUndefined();
  });
});
