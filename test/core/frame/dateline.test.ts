import { newsroomEnd } from "../../../src/core/frame/dateline";

describe("newsroomEnd: bylines and datelines", () => {
  test.each(["By Tomas Reyes", "By Ana Ruiz, Energy Desk", "Ankara Correspondent", "Western Canada Bureau", "Markets Staff", "Staff Writer", "Outlet: Business Ledger SA", "Source: Kenya Times"])("'%s' is a byline or a header", (line) => {
    expect(newsroomEnd(line)).toBe(line.length);
  });
  test.each(["By 2030 the port will handle 4 million containers.", "By the end of the year, sales rose.", "Markets fell sharply on Monday as bonds sold off.", "Oil Minister Ana Ruiz said output rose.", "Sources said output rose 4%."])("'%s' is no byline", (line) => {
    expect(newsroomEnd(line)).toBe(0);
  });
  test.each(["(Reporting by Lena Park in Seoul; Editing by the Asia desk)", "Reporting by Omar Haddad; additional reporting by Ines Costa in Lisbon; writing by Tom Hale", "(Compiled by the Markets team in London)"])("'%s' is a wire's closing credits", (line) => {
    expect(newsroomEnd(line)).toBe(line.length);
  });
  test.each(["(Reporting fell 4% in 2025, editors said.)", "Editing by hand took 12 hours, the agency said.", "The ministry's reporting by region showed 3.1% growth."])("'%s' is no closing credits", (line) => {
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
