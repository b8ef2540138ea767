/** The sector emissions come from, in a story about emissions. Our own sentences. */
import { emissionSectorOf, isEmissionsStory, SHARE_OF_TOTAL_AFTER } from "../../../src/core/frame/emissionSector";

const sector = (sentence: string, surface: string) => emissionSectorOf(sentence, sentence.indexOf(surface));

describe("emissionSectorOf", () => {
  test.each([
    ["Emissions from power stations dropped 12% to 38.1 MtCO2e.", "38.1", "power"],
    ["Electricity generation accounted for 9% of the total.", "9%", "power"],
    ["Emissions from the power sector fell 12% to 38 MtCO2e, while transport emissions held at 109MtCO2e.", "109", "transport"],
    ["Domestic transport produced 109 million tonnes.", "109", "transport"],
    ["Farming emitted 44 million tonnes.", "44", "agriculture"],
  ])("%s (%s: %s)", (sentence, surface, expected) => {
    expect(sector(sentence, surface)).toBe(expected);
  });

  test.each([
    ["Emissions fell 3.1% to 402 MtCO2e, with transport emissions flat.", "402", "a sector named only after the number"],
    ["Emissions fell 3.1% to 402 MtCO2e.", "402", "no sector"],
    ["Transport emissions were flat; total emissions fell to 402 MtCO2e.", "402", "past a semicolon"],
  ])("not: %s (%s: %s)", (sentence, surface) => {
    expect(sector(sentence, surface)).toBeUndefined();
  });
});

describe("an emissions story, and a share of its total", () => {
  test("a title or a first sentence about emissions", () => {
    expect(isEmissionsStory("Ireland's emissions fall 6.8%", [])).toBe(true);
    expect(isEmissionsStory("Power mix", ["Ireland's greenhouse gas output fell."])).toBe(true);
    expect(isEmissionsStory("Power mix", ["Renewables supplied 40% of electricity."])).toBe(false);
  });
  test("'of the total', 'of emissions' after a share", () => {
    expect(SHARE_OF_TOTAL_AFTER.test(" of the total, with")).toBe(true);
    expect(SHARE_OF_TOTAL_AFTER.test(" of all emissions")).toBe(true);
    expect(SHARE_OF_TOTAL_AFTER.test(" of electricity")).toBe(false);
  });
});
