/** A crude benchmark's price quoted without its unit is per barrel. Our own sentences. */
import { brief } from "./helpers";

describe("crude benchmark prices without a unit are per barrel", () => {
  it.each<[string, [string, number, string, string][]]>([
    ["WTI closed at $73.09 on Monday.", [["$73.09", 73.09, "USD/bbl", "exact"]]],
    ["Brent gained $2.41 to settle at $77.65.", [["$2.41", 2.41, "USD/bbl", "exact"], ["$77.65", 77.65, "USD/bbl", "exact"]]],
    ["Urals traded near $58, traders said.", [["$58", 58, "USD/bbl", "exact"]]],
  ])("%s", (text, want) => expect(brief(text)).toEqual(want));

  it.each<[string, [string, number, string, string][]]>([
    // a scale word, a unit of its own, no benchmark, no price word
    ["Brent's rally added $2 billion to the firm's value.", [["$2 billion", 2e9, "USD", "exact"]]],
    ["Brent rose to $86 a barrel.", [["$86 a barrel", 86, "USD/bbl", "exact"]]],
    ["Gold closed at $2,350.", [["$2,350", 2350, "USD", "exact"]]],
    ["Brent traders paid $40 for lunch.", [["$40", 40, "USD", "exact"]]],
  ])("not: %s", (text, want) => expect(brief(text)).toEqual(want));
});
