/** Asides set off by commas: what they say is about the subject, not the number. */
import { asideAt, asidesOf, withoutAsides } from "../../../src/core/frame/aside";

/** The aside of the sentence holding offset `at`, as the framing finds it (asidesOf once per sentence, then asideAt). */
const asideHolding = (sentence: string, at: number, opensWithPlace: (from: number, to: number) => boolean) => asideAt(asidesOf(sentence, opensWithPlace), at);

describe("aside", () => {
  const noPlace = () => false;
  test("an appositive, a relative clause with 'where', and 'another' of its kind hold what is inside them", () => {
    const s = "The United States, the largest market outside Europe, bought NOK 6.8 billion.";
    expect(asideHolding(s, s.indexOf("Europe"), noPlace)).toEqual([s.indexOf(", the"), s.indexOf(", bought") + 1]);
    expect(asideHolding(s, s.indexOf("NOK"), noPlace)).toBeUndefined();
    const w = "Poland, where much of the salmon is smoked and sold on across Europe, remained the biggest buyer.";
    expect(asideHolding(w, w.indexOf("sold"), noPlace)).toBeDefined();
    expect(withoutAsides("Denmark, another processing and distribution hub, was second.")).toBe("Denmark was second.");
  });
  test("a list of places after 'the' is no aside, nor a stretch with a number in it", () => {
    const s = "Exports to France, the Netherlands and Belgium, which buy most of it, rose.";
    const netherlands = s.indexOf("the Netherlands");
    expect(asideHolding(s, netherlands + 4, (a, b) => netherlands >= a && netherlands <= b)).toBeUndefined();
    const n = "Norway, the exporter of 2.1 million tonnes, grew.";
    expect(asideHolding(n, n.indexOf("exporter"), noPlace)).toBeUndefined();
  });
});
