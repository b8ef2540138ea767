/** The sector a count is of, in a story that breaks a count down by sector. Our own sentences. */
import { sectorMeasure, sectorOf, sectorStoryOf } from "../../../src/core/frame/sector";

const sector = (sentence: string, surface: string) => sectorOf(sentence, sentence.indexOf(surface), sentence.indexOf(surface) + surface.length);

describe("sectorOf", () => {
  test.each([
    ["Construction again led the table with 3,912 insolvencies (+7.1 per cent).", "3,912", "construction"],
    ["Builders were hit hardest, with about 3,900 firms going under.", "3,900", "construction"],
    ["Some 1,650 restaurants, hotels and caterers went bust.", "1,650", "hospitality"],
    ["Retail and wholesale businesses followed with nearly 2,800 cases.", "2,800", "trade"],
    ["The transport and storage sector registered 1,105 insolvencies, up 11.2%.", "11.2%", "transport"],
    ["Health care added 61,000 jobs and leisure and hospitality 38,000.", "38,000", "hospitality"],
    ["Health care added 61,000 jobs and leisure and hospitality 38,000.", "61,000", "health"],
    ["Manufacturing employment fell by 14,000.", "14,000", "manufacturing"],
    ["Consumer insolvencies rose 5.2% to 71,300.", "71,300", "consumers"],
  ])("%s (%s: %s)", (sentence, surface, expected) => {
    expect(sector(sentence, surface)).toBe(expected);
  });
  test.each([
    ["Courts registered 21,400 corporate insolvencies in 2025.", "21,400", "no sector named"],
    ["Employers added 190,000 jobs, with health care leading.", "190,000", "a sector named only after the number, past its noun"],
    ["Construction slowed; employers added 190,000 jobs.", "190,000", "past a semicolon"],
  ])("not: %s (%s: %s)", (sentence, surface) => {
    expect(sector(sentence, surface)).toBeUndefined();
  });
});

describe("sectorStoryOf", () => {
  test("a story about firms failing, about jobs, or neither", () => {
    expect(sectorStoryOf("Dutch bankruptcies climb to a ten-year high", [])).toBe("failures");
    expect(sectorStoryOf("Economy", ["Corporate insolvencies rose 9% last year."])).toBe("failures");
    expect(sectorStoryOf("US employers added 175,000 jobs in May", [])).toBe("jobs");
    expect(sectorStoryOf("Nonfarm payrolls beat forecasts", [])).toBe("jobs");
    expect(sectorStoryOf("Retail sales rise 2%", ["Shops sold more in May."])).toBeUndefined();
  });
});

describe("sectorMeasure", () => {
  test("failures are one measure however counted", () => {
    expect(sectorMeasure("failures", "n:insolvency", "", "", undefined)?.key).toBe("n:insolvency");
    expect(sectorMeasure("failures", "n:case", "nearly 2,800 cases", "", "trade")?.key).toBe("n:insolvency");
    expect(sectorMeasure("failures", "n:company", "about 3,900 construction companies filing for insolvency", "", "construction")?.key).toBe("n:insolvency");
    // (a sector's count in a sentence about failures, whatever its sector's words made of the measure)
    expect(sectorMeasure("failures", "retail-sales", "wholesale and retail trade with 2,911", "Construction topped the table with 3,912 insolvencies, ahead of wholesale and retail trade with 2,911.", "trade")?.key).toBe("n:insolvency");
    // (a carried measure's sector is dropped: the caller adds the number's own)
    expect(sectorMeasure("failures", "n:insolvency@construction", "", "", "trade")?.key).toBe("n:insolvency");
  });
  test("not: firms counted where nothing fails, workers, money", () => {
    expect(sectorMeasure("failures", "n:company", "Germany has 3.4 million companies", "Germany has 3.4 million companies.", undefined)).toBeUndefined();
    expect(sectorMeasure("failures", "n:worker", "the firms employed 141,000 people", "The firms employed 141,000 people.", undefined)).toBeUndefined();
    expect(sectorMeasure("failures", "retail-sales", "Retail sales fell 2%", "Retail sales fell 2%.", "trade")).toBeUndefined();
  });
  test("jobs keep their measure", () => {
    expect(sectorMeasure("jobs", "n:job", "", "", "health")).toEqual({ key: "n:job", name: "jobs" });
    expect(sectorMeasure("jobs", "unemployment", "", "", undefined)).toBeUndefined();
  });
});

describe("the kind of school students are counted at", () => {
  test("colleges and universities, in a story about students", () => {
    expect(sectorStoryOf("Foreign student numbers fall 12%", [])).toBe("schooling");
    const s = "Enrolment at colleges fell 28 per cent, while universities recorded a decline of about 5 per cent.";
    expect(sectorOf(s, s.indexOf("28"), s.indexOf("28") + 2, "schooling")).toBe("colleges");
    expect(sectorOf(s, s.indexOf("5 per"), s.indexOf("5 per") + 1, "schooling")).toBe("universities");
    expect(sectorMeasure("schooling", "n:student", "", "", "colleges")?.key).toBe("n:student");
    // (the country's total names no kind of school)
    const t = "There were 612,000 international students in the country.";
    expect(sectorOf(t, t.indexOf("612,000"), t.indexOf("612,000") + 7, "schooling")).toBeUndefined();
  });
});
