/** A cap: the most a rule allows, a figure of its own. Our own sentences. */
import { isCap } from "../../../src/core/frame/cap";

const cap = (sentence: string, surface: string) => isCap(sentence, sentence.indexOf(surface), sentence.indexOf(surface) + surface.length);

describe("isCap", () => {
  test.each([
    ["Australia capped new student visas at 270,000 for 2025.", "270,000"],
    ["The 2026 cap stands at 295,000.", "295,000"],
    ["Approvals stayed well below the 270,000 cap.", "270,000"],
    ["The government cut the ceiling by a further 10% to 243,000.", "10%"],
    ["It set an import quota of 2 million tonnes.", "2 million tonnes"],
    ["The legal cap of 10% was not reached.", "10%"],
  ])("%s (%s)", (sentence, surface) => {
    expect(cap(sentence, surface)).toBe(true);
  });

  test.each([
    ["Approvals fell to 280,400 after the cap took effect.", "280,400", "the count the cap limits"],
    ["Its market cap rose to $12 billion.", "$12 billion", "a company's value"],
    ["The energy price cap rises to £1,849 in April.", "£1,849", "a price cap is a price"],
    ["Permits issued reached 96,000, a third of the total.", "96,000", "no cap"],
  ])("not: %s (%s: %s)", (sentence, surface) => {
    expect(cap(sentence, surface)).toBe(false);
  });
});
