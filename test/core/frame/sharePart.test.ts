/** The part a share tells of its whole. Our own sentences. */
import { sharePart } from "../../../src/core/frame/sharePart";

const part = (clause: string, surface: string) => sharePart(clause, clause.indexOf(surface))?.key;

describe("sharePart", () => {
  test.each([
    ["Women accounted for 41% of those injured", "41%", "women"],
    ["people aged 65 and over made up 28 per cent of the dead", "28 per cent", "people-aged-65-and-over"],
    ["Cyclists represented about 9% of deaths", "9%", "cyclists"],
    ["while pedestrians accounted for 14%", "14%", "pedestrians"],
    ["The over-75s comprised nearly a fifth", "nearly", "over-75s"],
  ])("%s (%s: %s)", (clause, surface, expected) => {
    expect(part(clause, surface)).toBe(expected);
  });
  test.each([
    ["They accounted for 41% of the total", "41%", "a pronoun"],
    ["Deaths rose 4% to 3,100", "4%", "no verb of parts"],
    ["which accounted for 12% of sales", "12%", "a relative pronoun"],
  ])("not: %s (%s: %s)", (clause, surface) => {
    expect(part(clause, surface)).toBeUndefined();
  });
});
