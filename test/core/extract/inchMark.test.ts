import { brief } from "./helpers";

type Row = [string, number, string, string];
const rows = (text: string) => brief(text).map(([s, v, u, q]) => [s, Number(v.toPrecision(6)), u, q] as Row);

describe("feet and inches written with marks", () => {
  it.each<[string, Row[]]>([
    ["The rookie forward is 6'9\" and still growing.", [["6'9\"", 2.0574, "m", "exact"]]],
    ["At 5\u2032 11\u2033 she is the shortest on the team.", [["5\u2032 11\u2033", 1.8034, "m", "exact"]]],
    ["The chef swears by a 10\" cast-iron pan.", [["10\"", 0.254, "m", "exact"]]],
    ["Screens grew from a 55\" model to a 65 \" one.", [["55\"", 1.397, "m", "exact"], ["65 \"", 1.651, "m", "exact"]]],
    ["The \"budget\" model has a 13\" display.", [["13\"", 0.3302, "m", "exact"]]],
  ])("%s", (text, want) => expect(rows(text)).toEqual(want));

  it.each<[string, Row[]]>([
    // a closing quotation mark after a number
    ["She wrote \"the answer is 42\" on the board.", [["42", 42, "count", "exact"]]],
    ["Fans chanted \"we are 11\" and \"top 4\" all night.", [["11", 11, "count", "exact"], ["4", 4, "count", "exact"]]],
    // an opening quote glued to the word after it
    ["They built 30 \"smart\" homes.", [["30", 30, "count", "exact"]]],
    // twelve inches or more is not the inch part of a height
    ["Code 5'14\" is not a height.", [["5", 5, "count", "exact"], ["14\"", 0.3556, "m", "exact"]]],
  ])("not inches in %s", (text, want) => expect(rows(text)).toEqual(want));
});
