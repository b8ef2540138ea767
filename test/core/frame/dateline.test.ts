import { newsroomEnd } from "../../../src/core/frame/dateline";

describe("newsroomEnd: bylines and datelines", () => {
  test.each(["By Tomas Reyes", "By Ana Ruiz, Energy Desk", "Ankara Correspondent", "Western Canada Bureau", "Markets Staff", "Staff Writer", "Outlet: Business Ledger SA", "Source: Kenya Times"])("'%s' is a byline or a header", (line) => {
    expect(newsroomEnd(line)).toBe(line.length);
  });
  test.each(["By 2030 the port will handle 4 million containers.", "By the end of the year, sales rose.", "Markets fell sharply on Monday as bonds sold off.", "Oil Minister Ana Ruiz said output rose.", "Sources said output rose 4%."])("'%s' is no byline", (line) => {
    expect(newsroomEnd(line)).toBe(0);
  });
  test.each([
    ["OSLO (Reuters) - Exports rose 4%.", "Exports rose 4%."],
    ["NEW DELHI: Imports fell 2%.", "Imports fell 2%."],
    ["Nairobi, March 3 (AFP) — Prices rose.", "Prices rose."],
    ["WASHINGTON — The deficit widened.", "The deficit widened."],
  ])("'%s' opens with a dateline", (sentence, rest) => {
    expect(sentence.slice(newsroomEnd(sentence))).toBe(rest);
  });
  test.each(["Jobs report: what it means for the Fed", "Kenya's exports rose 4% - a record.", "Brazil: a record harvest", "US-China trade talks resume"])("'%s' opens with no dateline", (sentence) => {
    expect(newsroomEnd(sentence)).toBe(0);
  });
});
