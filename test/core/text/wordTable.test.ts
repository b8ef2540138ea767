/** Words found in a text by position and hash, without building the word's string. */
import { WordTable, fnv1a, foldedFnv1a } from "../../../src/core/text/wordTable";

test("fnv1a is FNV-1a (32 bits): the published values, a span, and a continuation", () => {
  expect(fnv1a("")).toBe(0x811c9dc5);
  expect(fnv1a("a")).toBe(0xe40c292c);
  expect(fnv1a("foobar")).toBe(0xbf9cf968);
  expect(fnv1a("xx foobar yy", 3, 9)).toBe(fnv1a("foobar"));
  expect(fnv1a("bar", 0, 3, fnv1a("foo"))).toBe(fnv1a("foobar"));
  expect(foldedFnv1a("FooBAR", 0, 6)).toBe(fnv1a("foobar"));
});

test("a WordTable finds whole words of its set, A–Z read as a–z, and nothing else", () => {
  const table = new WordTable(["china", "united", "of"]);
  const text = "The United States of China-ish Chinatown";
  expect(table.find(text, 4, 10)).toBe("united");
  expect(table.find(text, 18, 20)).toBe("of");
  expect(table.find(text, 21, 26)).toBe("china");
  expect(table.find(text, 0, 3)).toBeUndefined();
  // A longer or shorter span of the same letters is another word.
  expect(table.find(text, 31, 40)).toBeUndefined();
  expect(table.find(text, 31, 35)).toBeUndefined();
  // Words given with capitals are never found.
  expect(new WordTable(["China"]).find("China", 0, 5)).toBeUndefined();
});
