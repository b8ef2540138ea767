import { claimsOf } from "./helpers";
import { galleryEnd, isGluedToName } from "../../../src/core/extract/exclusions";

const surfaces = (text: string) => claimsOf(text).map((c) => c.surface);

describe("not claims", () => {
  it.each([
    "On February 4, 2026, the leaders spoke by video.",
    "The meeting took place on the afternoon of February 4th.",
    "From Sept. 15, 2025, to Sept. 14, 2026, the rule applies.",
    "The declaration of 2026–2027 as cross years was welcomed.",
    "Since the invasion in February 2022, sanctions have grown.",
    "The G20 and the G7 met; COVID-19 and the F-35 were discussed.",
    "Gas will flow via Power of Siberia-2 after World War II memorial events.",
    "Original article: newsportal.example/article/7730091245518820/",
    "Write to info@example.com or visit https://example.com/2025/05/12/page-123.",
    "16 Comments",
    "Share 12",
    "5 min read",
    "1. Exports rose sharply.",
    "Call +7 495 123-45-67 for details.",
    "The two leaders met and the two countries agreed; both sides spoke.",
    "This was one of the key topics, and Russia backs the One China policy.",
    "First, the talks were useful. Secondly, they were long.",
    "It was the first high-level exchange this year, in the first half of 2026.",
    "It is not directed against third parties.",
    "2026 marks the first year of the plan.",
    "The 5G network and 3D printing use 1e999 and A4 paper.",
    "The summit starts at 10:30 or 9 a.m. local time.",
    "The council passed Resolution 2231, invoking Article 5 and Chapter 11, and Windows 11 shipped.",
    "He was ranked No. 1 and lives at No. 10 Downing Street.",
    "Manchester United won 3-1 on Sunday.",
    "Output fell over the past three years and will rise in the next five months.",
    "Updated 3 hours ago",
    "The minister arrived two hours before the vote and left 3 days after it.",
    "Photo 1 of 12",
    "Share this article 48",
    "Table 1: Freight carried by commodity",
    "Exports fell (see Figure 3 and Annex 2).",
    "The poll has a margin of error of plus or minus 3 percentage points.",
    "Turnout was put at ± 2 points of the estimate.",
    "Sales rose in the three months to Oct. 27 and in the 12 months ended March.",
    "Profit for the six months through June beat the target.",
  ])("%s", (text) => {
    expect(surfaces(text)).toEqual([]);
  });

  it("keeps a duration governed by a duration verb even when 'before' or 'after' follows", () => {
    expect(surfaces("The hearing lasted two hours before the judge adjourned it.")).toEqual(["two hours"]);
    expect(surfaces("Crews worked for 3 days after the storm, and the repair took 12 hours before power returned.")).toEqual([
      "3 days",
      "12 hours",
    ]);
  });

  it("keeps the number a margin follows, and a stretch of time that is not the period of a figure", () => {
    expect(surfaces("Revenue of $37.5 billion, plus or minus 2%, is expected.")).toEqual(["$37.5 billion"]);
    expect(surfaces("Inflation fell 2%, and prices rose 3% minus energy.")).toEqual(["2%", "3%"]);
    expect(surfaces("The firm guided to sales of $4 billion, give or take 5%.")).toEqual(["$4 billion"]);
    expect(surfaces("The ban was extended by six months to March.")).toEqual(["six months"]);
    expect(surfaces("Talks lasted three months to June, officials said.")).toEqual(["three months"]);
    expect(surfaces("The board gave the firm the three years to decide.")).toEqual(["three years"]);
  });

  it("keeps numbers next to names that are real quantities", () => {
    expect(surfaces("The 2026 World Cup will feature 48 teams.")).toEqual(["48"]);
    expect(surfaces("China's 15th Five-Year Plan starts in 2026.")).toEqual(["15th"]);
    // the size of the container goods are counted in is no amount of them; the goods' own weight is
    expect(surfaces("Ghana shipped 1.2 million 64-kg bags and 300,000 500-gram packs; each bag weighs 64 kg.")).toEqual(["1.2 million", "300,000", "64 kg"]);
    // a number grouped by thousands after a name is a list's entry, not a model or a law
    expect(surfaces("Kenya sent 9,300 students, Ghana 4,100 and Peru 2,250.")).toEqual(["9,300", "4,100", "2,250"]);
  });
});

describe("gallery counters and 'No.' before a number (quick gates keep the same answers)", () => {
  it.each([
    ["Photo 3 of 12 shows the port", "Photo ".length, true],
    ["See PAGE 2 of 5", "See PAGE ".length, true],
    ["Step 4 of 9: sign", "Step ".length, true],
    ["the item 7 of 10", "the item ".length, true],
    ["a picture 1 of 3", "a picture ".length, true],
    ["the slide 2 of 4", "the slide ".length, true],
    ["in part 3 of 8", "in part ".length, true],
    ["an image 6 of 7", "an image ".length, true],
    ["the rate 3 of 12", "the rate ".length, false],
    ["a stop 4 of 5", "a stop ".length, false],
    ["the team 2 of 3", "the team ".length, false],
  ])("%s", (text, start, isGallery) => {
    const end = start + 1;
    const g = galleryEnd(text, start, end);
    if (isGallery) expect(g).toBeGreaterThan(end);
    else expect(g).toBe(-1);
  });

  it("reads 'No. 5' as a name and 'is 5' as not", () => {
    expect(isGluedToName("Resolution No. 5 passed", "Resolution No. ".length)).toBe(true);
    expect(isGluedToName("see Nos. 3 and 4", "see Nos. ".length)).toBe(true);
    expect(isGluedToName("output is 5 tonnes", "output is ".length)).toBe(false);
    expect(isGluedToName("It rose. 5 firms", "It rose. ".length)).toBe(false);
  });
});

describe("document part labels", () => {
  it("keeps figures that follow such a word without being its label", () => {
    expect(surfaces("The museum bought a table 3 metres long; the chart shows 12% growth.")).toEqual(["3 metres", "12%"]);
    expect(surfaces("Table 2 lists 14 ports; exports rose 9%.")).toEqual(["14", "9%"]);
  });
});
