/** "there" standing for the one place of the sentence before. Sentences of our own. */
import { scanPlaces } from "../../../src/core/frame/places";
import { withPossessiveReferences, withThereReferences } from "../../../src/core/frame/thereReference";

const codes = (texts: string[]) => withThereReferences(texts.map((t) => scanPlaces(t)), texts).map((list) => list.map((p) => p.code));

describe("withThereReferences", () => {
  test("a locative 'there' is the single place of the sentence before", () => {
    expect(codes(["Poland, the region's fastest-growing market, led the way.", "Registrations there rose 31% to 12,900."])).toEqual([["pl"], ["pl"]]);
    expect(codes(["Output fell in Chile.", "There, miners struck for a week."])).toEqual([["cl"], ["cl"]]);
  });

  test("no place: existential 'there', several places or none before, or the first sentence", () => {
    expect(codes(["Output fell in Chile.", "There were 12 strikes."])).toEqual([["cl"], []]);
    expect(codes(["Output fell in Chile and Peru.", "Registrations there rose 31%."])).toEqual([["cl", "pe"], []]);
    expect(codes(["Output fell.", "Registrations there rose 31%."])).toEqual([[], []]);
    expect(codes(["Sales there rose."])).toEqual([[]]);
  });
});

describe("withPossessiveReferences: 'Its output' after a sentence that opened with its one place", () => {
  const read = (texts: string[]) => withPossessiveReferences(texts.map((t) => scanPlaces(t)), texts).map((list) => list.map((m) => m.code));
  test("'India is moving the other way. Its output climbed 11.4%': India's", () => {
    expect(read(["India is moving the other way.", "Its output climbed 11.4% to 13.8 million tonnes."])).toEqual([["in"], ["in"]]);
    expect(read(["The Netherlands saw the opposite.", "Their exports fell 3%."])).toEqual([["nl"], ["nl"]]);
  });
  test("not: a place that does not open the sentence before, two places before, a sentence with a place of its own, no opening pronoun", () => {
    expect(read(["In India, demand rose.", "Its imports rose 3%."])).toEqual([["in"], []]);
    expect(read(["India and China diverged.", "Its output climbed 11.4%."])).toEqual([["in", "cn"], []]);
    expect(read(["India is moving the other way.", "Its output beat Japan's."])).toEqual([["in"], ["jp"]]);
    // a place of a later clause is the later clause's
    expect(read(["China remained far ahead.", "Its yards booked 24.3 million CGT, 57% of the total, while Korea's share stood at 27%."])).toEqual([["cn"], ["cn", "kr"]]);
    expect(read(["China remained far ahead.", "Its yards, like Korea's, booked 24.3 million CGT."])).toEqual([["cn"], ["cn", "kr"]]);
    expect(read(["China remained far ahead.", "Its yards beat Korea's, booking 24.3 million CGT."])).toEqual([["cn"], ["kr"]]);
    expect(read(["India is moving the other way.", "Output climbed 11.4%."])).toEqual([["in"], []]);
  });
});
