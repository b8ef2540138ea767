/** A story about a film's takings: its money is what the film took, by market, or what it cost to make. Our own sentences. */
import { boxOfficeMarket, boxOfficeMeasures, isBoxOfficeStory } from "../../../src/core/frame/boxOffice";
import { findMeasures } from "../../../src/core/frame/measure";

const keys = (s: string) => boxOfficeMeasures(s, findMeasures(s)).map((h) => `${s.slice(h.start, h.end)}=${h.concept.key}`);
const market = (s: string, n: string) => {
  const start = s.indexOf(n);
  return boxOfficeMarket(s, 0, s.length, start, start + n.length)?.code;
};

describe("box-office stories", () => {
  test("a title or opening that tells a film's takings", () => {
    expect(isBoxOfficeStory("'Tidewater' leads weekend box office", [])).toBe(true);
    expect(isBoxOfficeStory("Tidewater sails on", ["The thriller took $40m from 3,900 cinemas."])).toBe(true);
    expect(isBoxOfficeStory("Tidewater sails on", ["The film debuted to $40 million."])).toBe(true);
    // an office's box, a cinema chain's profit without a film's takings
    expect(isBoxOfficeStory("Acme profit rises", ["Acme's revenue rose 4% to $2 billion."])).toBe(false);
  });

  test("what a film cost to make is its production cost; its other money words are its takings", () => {
    expect(keys("The film, which cost about $150 million to make, added $112 million abroad.")).toEqual(["cost=production-cost", "added=revenue"]);
    expect(keys("The production budget was put at $160m.")).toEqual(["budget=production-cost"]);
    expect(keys("Overseas audiences contributed another $112m.")).toEqual(["contributed=revenue"]);
    expect(keys("It fell to second place with $21.3 million.")).toEqual(["with=revenue"]);
    expect(keys("A global opening of $196.5 million.")).toEqual(["opening=revenue"]);
    // "with" before no amount is no takings
    expect(keys("It fell to second place with ease.")).toEqual([]);
  });

  test("the market: the word nearest the number in its stretch", () => {
    const s = "The film added $112 million from international markets for a global opening of $196.5 million.";
    expect(market(s, "$112 million")).toBe("intl");
    expect(market(s, "$196.5 million")).toBe("world");
    expect(market("It took $84.5 million in U.S. and Canadian theaters.", "$84.5 million")).toBe("us");
    expect(market("It collected $84.5m from 4,100 North American cinemas.", "$84.5m")).toBe("us");
    // a market past a comma is the next number's
    expect(market("Overseas fans gave another $112m, taking the worldwide total to $196.5m.", "$112m")).toBe("intl");
    expect(market("The film took $40m.", "$40m")).toBeUndefined();
  });
});
