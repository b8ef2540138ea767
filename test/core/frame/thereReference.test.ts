/** "there" standing for the one place of the sentence before. Sentences of our own. */
import { scanPlaces } from "../../../src/core/frame/places";
import { withThereReferences } from "../../../src/core/frame/thereReference";

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
