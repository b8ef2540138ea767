import { findEntities, stripEntities } from "../../../src/core/audit/entities";

describe("entities and their roles", () => {
  test("a country name is a place; a demonym before a people noun is people", () => {
    expect(findEntities("China lets Russian citizens stay 30 days")).toEqual(["people:ru", "place:cn"]);
    expect(findEntities("Russia lets Chinese citizens stay 30 days")).toEqual(["people:cn", "place:ru"]);
    expect(findEntities("Russians may stay in China")).toEqual(["people:ru", "place:cn"]);
    expect(findEntities("Russian gas to the European Union")).toEqual(["place:eu", "place:ru"]);
  });
  test("capitals stand for their country; U.S. and multi-word names are found", () => {
    expect(findEntities("Moscow and Beijing agreed")).toEqual(["place:cn", "place:ru"]);
    expect(findEntities("the U.S. and South Korea")).toEqual(["place:kr", "place:us"]);
  });
  test("not countries: US$ amounts, lower-case words, the pronoun 'Us'", () => {
    expect(findEntities("worth US$230 billion")).toEqual([]);
    expect(findEntities("fine china and turkey dinners")).toEqual([]);
    expect(findEntities("Us and them")).toEqual([]);
  });
  test("stripEntities blanks the countries out of a subject", () => {
    expect(stripEntities("Chinese students in Russia").replace(/\s+/g, " ").trim()).toBe("students in");
  });
});
