/** What a count, a duration or a rank is of. */
import { countedNoun, durationSubject, eventKey, isNotFigure, numberOfNoun, shareBase } from "../../../src/core/frame/countedNoun";

const after = (s: string, surface: string) => countedNoun(s, s.indexOf(surface) + surface.length);

describe("countedNoun", () => {
  test("the noun of the number's phrase, singular", () => {
    expect(after("The firm runs nine bottling plants in total.", "nine")).toBe("plant");
    expect(after("Officials agreed a two-year extension of the deal.", "two-year")).toBe("extension");
    expect(after("after six years of drought", "six years")).toBe("drought");
    expect(after("the third-largest producer of tin", "third")).toBe("producer");
    expect(after("a 410 km undersea cable linking two ports", "410 km")).toBe("cable");
  });

  test("nothing to read", () => {
    expect(after("The total was 12.", "12")).toBe("");
    expect(after("It came to 40 this year.", "40")).toBe("");
  });

  test("durations read their event before the verb, synonyms of one event fold", () => {
    const s = "The meeting lasted about three hours.";
    expect(durationSubject(s, s.indexOf("three"))).toBe("meeting");
    const stay = "Visitors may now stay visa-free for up to 14 days.";
    expect(durationSubject(stay, stay.indexOf("14"))).toBe("stay");
    expect(eventKey("conversation")).toBe(eventKey("call"));
    expect(eventKey("summit")).not.toBe(eventKey("call"));
  });
});

describe("numberOfNoun", () => {
  test("'the number of X ... reached N' counts X; nothing to read without 'number of'", () => {
    expect(numberOfNoun("The number of foreign nurses in Ireland reached ")).toBe("nurse");
    expect(numberOfNoun("The total of registered voters rose to ")).toBe("voter");
    expect(numberOfNoun("Imports rose to ")).toBe("");
  });
});

describe("isNotFigure", () => {
  const at = (s: string, surface: string) => s.indexOf(surface) + surface.length;
  test("the numbering of an event or a name, a count of the text's own points", () => {
    const a = "The leaders marked the 30th anniversary of the treaty.";
    expect(isNotFigure("ordinal", 30, a, at(a, "30th"))).toBe(true);
    const b = "It falls under the 15th Five-Year Plan.";
    expect(isNotFigure("ordinal", 15, b, at(b, "15th"))).toBe(true);
    const c = "The minister sent three clear messages.";
    expect(isNotFigure("count", 3, c, at(c, "three"))).toBe(true);
  });
  test("figures: a rank in a market, a count of things measured", () => {
    const a = "Chile is the second-largest producer of copper.";
    expect(isNotFigure("ordinal", 2, a, at(a, "second"))).toBe(false);
    const b = "The firm runs seven terminals.";
    expect(isNotFigure("count", 7, b, at(b, "seven"))).toBe(false);
    const c = "Some 3,000 delegates attended.";
    expect(isNotFigure("count", 3000, c, at(c, "3,000"))).toBe(false);
  });
});

describe("durationSubject: future and infinitive forms", () => {
  test("'expect construction to take four years'", () => {
    const s = "Engineers expect construction to take four years.";
    expect(durationSubject(s, s.indexOf("four"))).toBe("construction");
  });
});

describe("shareBase", () => {
  const base = (s: string, surface: string) => shareBase(s, s.indexOf(surface) + surface.length);
  test("the last content words after 'of'", () => {
    expect(base("Wind met 78% of peak capacity.", "78%")).toBe("peak capacity");
    expect(base("They took 85% of all shipments.", "85%")).toBe("shipment");
  });
  test("a participle after the noun opens a relative clause, not the base", () => {
    expect(base("The port took 27% of the coal shipped to Asia.", "27%")).toBe("coal");
    expect(base("It handled 40% of the cargo delivered last year.", "40%")).toBe("cargo");
  });
  test("a participle before the noun is part of it", () => {
    expect(base("Cuts hit 12% of the reduced budget.", "12%")).toBe("reduced budget");
  });
});

