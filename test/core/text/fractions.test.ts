import { slashFractionAt, vulgarFractionAt } from "../../../src/core/text/fractions";
import { brief } from "../extract/helpers";

describe("fractions written with digits", () => {
  it("reads N/D with a small denominator, not dates or ratios", () => {
    expect(slashFractionAt("1/4 mile", 0)).toEqual({ value: 0.25, end: 3 });
    expect(slashFractionAt("3/8", 0)).toEqual({ value: 0.375, end: 3 });
    expect(slashFractionAt("1/4/2025", 0)).toBeNull();
    expect(slashFractionAt("24/7", 0)).toBeNull();
    expect(slashFractionAt("5/40", 0)).toBeNull();
    expect(slashFractionAt("12/1/4", 3)).toBeNull();
  });

  it("reads the vulgar-fraction characters", () => {
    expect(vulgarFractionAt("½", 0)).toBe(0.5);
    expect(vulgarFractionAt("¾", 0)).toBe(0.75);
    expect(vulgarFractionAt("a", 0)).toBeUndefined();
  });

  it.each<[string, [string, number, string]]>([
    ["The trail runs 10 1/2 miles.", ["10 1/2 miles", 16898.112, "m"]],
    ["The track is a 1/4 mile oval.", ["1/4 mile", 402.336, "m"]],
    ["Add ½ teaspoon of salt.", ["½ teaspoon", 2.46446079687e-6, "m3"]],
    ["Repairs took 2½ years.", ["2½ years", 2.5 * 365.25 * 86400, "s"]],
  ])("%s", (text, [surface, value, unit]) => {
    const [got] = brief(text);
    expect([got[0], got[2]]).toEqual([surface, unit]);
    expect(got[1] / value).toBeCloseTo(1, 6);
  });

  it.each([["The shop is open 24/7."], ["It happened on 1/4/2025."], ["The score was ½."]])("no fraction in %s", (text) => {
    expect(brief(text)).toEqual([]);
  });
});
