/** A measure named in full, then by its head noun alone. Sentences of our own. */
import { findMeasures } from "../../../src/core/frame/measure";
import { FullNames } from "../../../src/core/frame/shortForm";

/** The keys of the measures read in `sentence` after the story's earlier texts were noted. */
function keysAfter(earlier: string[], sentence: string): string[] {
  const names = new FullNames();
  for (const t of earlier) names.note(t, findMeasures(t));
  return names.apply(sentence, findMeasures(sentence)).map((h) => h.concept.key);
}

describe("FullNames", () => {
  test("a bare head noun takes the measure named in full before it", () => {
    expect(keysAfter(["Chile's foreign exchange reserves rose to $46 billion."], "Reserves had fallen the month before.")).toEqual(["fx-reserves"]);
    expect(keysAfter(["Forex reserves climb for a third week"], "The reserves hit a record in June.")).toEqual(["fx-reserves"]);
    expect(keysAfter(["Peru's international reserves rose."], "Peru's reserves are the region's largest.")).toEqual(["fx-reserves"]);
  });
  test("not a head noun with a word of its own, one named in full for two measures, or one never named in full", () => {
    expect(keysAfter(["Chile's foreign exchange reserves rose to $46 billion."], "Gold reserves fell.")).toEqual(["stocks"]);
    expect(keysAfter(["Foreign reserves rose, while crude oil reserves fell."], "Reserves were lower than thought.")).toEqual(["stocks"]);
    expect(keysAfter(["Copper output rose."], "Reserves at the mine fell.")).toEqual(["stocks"]);
    expect(keysAfter([], "Reserves had fallen the month before.")).toEqual(["stocks"]);
  });
});
