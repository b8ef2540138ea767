/** What a count, a duration or a rank is of. */
import { countedNoun, durationSubject, eventKey, numberOfNoun } from "../../../src/core/frame/countedNoun";

const after = (s: string, surface: string) => countedNoun(s, s.indexOf(surface) + surface.length);

describe("countedNoun", () => {
  test("the noun of the number's phrase, singular", () => {
    expect(after("The firm runs nine bottling plants in total.", "nine")).toBe("plant");
    expect(after("Officials agreed a two-year extension of the deal.", "two-year")).toBe("extension");
    expect(after("after six years of drought", "six years")).toBe("drought");
    expect(after("the third-largest producer of tin", "third")).toBe("producer");
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
