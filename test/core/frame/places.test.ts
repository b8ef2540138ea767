/** The gazetteer: names, capitals and demonyms, with case rules. */
import { placeOf, scanPlaces } from "../../../src/core/frame/places";

const codes = (text: string) => scanPlaces(text).map((m) => `${m.code}${m.form === "name" ? "" : `(${m.form})`}${m.possessive ? "'s" : ""}`);

describe("places", () => {
  test("names, capitals, demonyms and possessives", () => {
    expect(codes("Kenya's tea and Tokyo's demand for Brazilian coffee")).toEqual(["ke's", "jp(capital)'s", "br(demonym)"]);
    expect(codes("the U.S. and the United Kingdom")).toEqual(["us", "gb"]);
    expect(codes("South Korea, North Korea and Saudi Arabia")).toEqual(["kr", "kp", "sa"]);
  });

  test("Europe and the European Union are different places", () => {
    expect(codes("Europe and the EU")).toEqual(["europe", "eu"]);
  });

  test("not places: lower-case words, currency prefixes, parts of longer words", () => {
    expect(codes("fine china and the us pronoun")).toEqual([]);
    expect(codes("a US$5 billion loan")).toEqual([]);
    expect(codes("Indiana and Chinatown")).toEqual([]);
  });

  test("readable names", () => {
    expect(placeOf("gb").name).toBe("UK");
    expect(placeOf("zz").name).toBe("zz");
  });
});
