import { reconcile } from "../../../src/core/audit/reconcile";
import type { Figure } from "../../../src/core/types";
import { claim, source } from "./builder";

function figureOf(figures: Figure[], claimId: string): Figure {
  const f = figures.find((x) => x.claimIds.includes(claimId));
  if (!f) throw new Error(`no figure holds ${claimId}`);
  return f;
}

describe("reconcile: statuses", () => {
  test("two outlets on the same trade figure that agree are corroborated", () => {
    const a = claim({ source: "A", sentence: "Bilateral trade between Russia and China topped $200 billion in 2025.", surface: "$200 billion", value: 200e9, unit: "USD", qualifier: "over", subject: "bilateral trade", period: "2025" });
    const b = claim({ source: "B", sentence: "China–Russia trade reached $245 billion in 2025, customs data show.", surface: "$245 billion", value: 245e9, unit: "USD", subject: "trade", period: "2025" });
    const figures = reconcile([a, b], [source("A", "Daily One"), source("B", "Other Post")]);
    const f = figureOf(figures, a.id);
    expect(f.claimIds).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(f.status).toBe("corroborated");
    expect(f.spread).toBe(0);
    expect(f.label).toContain("2025");
    expect(f.id).toMatch(/^f-[0-9a-f]{12}$/);
  });

  test("over 56,000 and 55,000 students conflict, with spread and sides", () => {
    const a = claim({ source: "A", sentence: "More than 56,000 Chinese students study in Russia in 2025.", surface: "56,000", value: 56000, unit: "count", qualifier: "over", subject: "Chinese students in Russia" });
    const b = claim({ source: "B", sentence: "Some 55,000 Chinese students were enrolled in Russia in 2025.", surface: "55,000", value: 55000, unit: "count", subject: "Chinese students in Russia" });
    const figures = reconcile([a, b], [source("A", "One"), source("B", "Two")]);
    const f = figureOf(figures, a.id);
    expect(f.status).toBe("conflicting");
    expect(f.min).toBe(55000);
    expect(f.max).toBe(56000);
    expect(f.spread).toBeCloseTo(1000 / 56000, 6);
    expect(f.sides).toEqual([
      { value: 55000, sourceIds: ["B"], claimIds: [b.id] },
      { value: 56000, sourceIds: ["A"], claimIds: [a.id] },
    ]);
    expect(f.flags.find((x) => x.kind === "conflict")?.message).toMatch(/cannot both be true/);
  });

  test("one source repeating a figure is single-source", () => {
    const a = claim({ source: "A", sentence: "Russia ranks fifth among China's trade partners.", surface: "fifth", value: 5, unit: "ordinal", subject: "rank among trade partners" });
    const b = claim({ source: "A", sentenceStart: 200, sentence: "Russia ranks fifth among China's trade partners, the aide said.", surface: "fifth", value: 5, unit: "ordinal", subject: "rank among trade partners" });
    const figures = reconcile([a, b], [source("A", "One")]);
    expect(figureOf(figures, a.id)).toBe(figureOf(figures, b.id));
    expect(figureOf(figures, a.id).status).toBe("single-source");
  });

  test("two articles of the same outlet are one source", () => {
    const a = claim({ source: "A1", sentence: "Trade reached $245 billion in 2025.", surface: "$245 billion", value: 245e9, unit: "USD", subject: "trade", period: "2025" });
    const b = claim({ source: "A2", sentence: "Trade reached $245 billion in 2025.", surface: "$245 billion", value: 245e9, unit: "USD", subject: "trade", period: "2025" });
    const figures = reconcile([a, b], [source("A1", "Same Wire"), source("A2", "same wire")]);
    expect(figureOf(figures, a.id).status).toBe("single-source");
  });

  test("three outlets all quoting one aide are single-origin", () => {
    const sentences = [
      ["A", "The talks lasted two hours, Kremlin aide Yuri Ushakov told reporters.", "Kremlin aide Yuri Ushakov"],
      ["B", "According to Ushakov, the conversation lasted two hours.", "Ushakov"],
      ["C", "Yury Ushakov said the call lasted two hours.", "Yury Ushakov"],
    ];
    const claims = sentences.map(([s, sentence, attribution]) =>
      claim({ source: s, sentence, surface: "two hours", value: 7200, unit: "s", subject: /talks|conversation|call/.exec(sentence)?.[0], attribution }),
    );
    const figures = reconcile(claims, [source("A", "Wire A"), source("B", "Paper B"), source("C", "Site C")]);
    const f = figureOf(figures, claims[0].id);
    expect(f.claimIds).toHaveLength(3);
    expect(f.status).toBe("single-origin");
    expect(f.flags.map((x) => x.kind)).toContain("single-origin");
  });

  test("a report and its publisher are one origin: outlets crediting either are an echo", () => {
    const sentences = [
      ["A", "Kenyan students in Britain rose to 9,400 in 2025, according to the annual Campus Count survey published by the Higher Education Statistics Agency (HESA)."],
      ["B", "The Campus Count survey put the number of Kenyan students in Britain at 9,400 in 2025."],
      ["C", "There were 9,400 Kenyan students in Britain in 2025, HESA said."],
    ];
    const claims = sentences.map(([s, sentence]) => claim({ source: s, sentence, surface: "9,400", value: 9400, unit: "count" }));
    const figures = reconcile(claims, [source("A", "Wire A"), source("B", "Paper B"), source("C", "Site C")]);
    const f = figureOf(figures, claims[0].id);
    expect(f.claimIds).toHaveLength(3);
    expect(f.status).toBe("single-origin");
    // a survey of another body is another origin
    const d = claim({ source: "D", sentence: "There were 9,400 Kenyan students in Britain in 2025, the British Council said.", surface: "9,400", value: 9400, unit: "count" });
    const withD = reconcile([claims[1], d], [source("B", "Paper B"), source("D", "Site D")]);
    expect(figureOf(withD, d.id).status).toBe("corroborated");
  });

  test("a call of 1 h 30 min and an hour-and-a-half discussion are one event and agree", () => {
    const a = claim({ source: "A", sentence: "Their conversation lasted 1 hour and 30 minutes, the aide said.", surface: "1 hour and 30 minutes", value: 5400, unit: "s" });
    const b = claim({ source: "B", sentence: "During the hour-and-a-half discussion the leaders covered energy.", surface: "hour-and-a-half", value: 5400, unit: "s" });
    const figures = reconcile([a, b], [source("A", "One"), source("B", "Two")]);
    const f = figureOf(figures, a.id);
    expect(f.claimIds).toEqual([a.id, b.id]);
    expect(f.status).toBe("corroborated");
    expect(f.reason).toMatch(/measure talks/);
  });

  test("a conversion in parentheses never makes a figure corroborated", () => {
    const text = "Exports of cocoa were worth 2.4 billion euros ($2.6 billion) in 2025, the board said.";
    const a = claim({ source: "A", sentence: text, surface: "2.4 billion euros", value: 2.4e9, unit: "EUR" });
    const b = claim({ source: "A", sentence: text, surface: "$2.6 billion", value: 2.6e9, unit: "USD" });
    const figures = reconcile([a, b], [source("A", "One")], { fx: [{ from: "EUR", to: "USD", rate: 1.08 }] });
    const f = figureOf(figures, a.id);
    expect(f.claimIds).toEqual([a.id, b.id]);
    expect(f.status).toBe("single-source");
    expect(f.reason).toMatch(/conversion/);
  });

  test("a conversion that alone would disagree makes no conflict", () => {
    const one = "Cocoa exports were worth 2.4 billion euros ($9.9 billion) in 2025.";
    const two = "Cocoa exports came to 2.4 billion euros in 2025, the ministry said.";
    const a = claim({ source: "A", sentence: one, surface: "2.4 billion euros", value: 2.4e9, unit: "EUR" });
    const b = claim({ source: "A", sentence: one, surface: "$9.9 billion", value: 9.9e9, unit: "USD" });
    const c = claim({ source: "B", sentence: two, surface: "2.4 billion euros", value: 2.4e9, unit: "EUR" });
    const figures = reconcile([a, b, c], [source("A", "One"), source("B", "Two")], { fx: [{ from: "EUR", to: "USD", rate: 1.08 }] });
    expect(figures.map((f) => f.status)).not.toContain("conflicting");
    expect(figureOf(figures, b.id)).toBe(figureOf(figures, c.id));
  });
});

describe("reconcile: a claim that states no period", () => {
  const dated = (src: string, value: number, year: string) =>
    claim({ source: src, sentence: `Kenya's tea exports reached $${value} million in ${year}, the board said.`, surface: `$${value} million`, value: value * 1e6, unit: "USD" });
  const undated = (src: string, value: number) => claim({ source: src, sentence: `Kenya's tea exports stand at about $${value} million, traders say.`, surface: `$${value} million`, value: value * 1e6, unit: "USD" });
  const sources = [source("A", "Tea Daily"), source("B", "Leaf Post"), source("C", "Cup Wire")];

  test("joins the only dated figure of its frame when its value agrees, and the reason says so", () => {
    const a = dated("A", 1300, "2024");
    const b = dated("B", 1300, "2024");
    const c = undated("C", 1300);
    const f = figureOf(reconcile([a, b, c], sources), c.id);
    expect(f.claimIds).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
    expect(f.period).toBe("2024");
    expect(f.reason).toMatch(/1 claim that states no period joined/);
  });

  test("stays apart when its value disagrees, or when two dated figures could claim it", () => {
    const a = dated("A", 1300, "2024");
    const c = undated("C", 900);
    expect(figureOf(reconcile([a, c], sources), c.id).claimIds).toEqual([c.id]);
    const bound = claim({ source: "C", sentence: "Kenya's tea exports stand at more than $300 million, traders say.", surface: "$300 million", value: 300e6, unit: "USD", qualifier: "over" });
    expect(figureOf(reconcile([a, bound], sources), bound.id).claimIds).toEqual([bound.id]);
    const b = dated("B", 1300, "2023");
    const d = undated("C", 1300);
    const figures = reconcile([a, b, d], sources);
    expect(figureOf(figures, d.id).claimIds).toEqual([d.id]);
    expect(figureOf(figures, d.id).status).not.toBe("conflicting");
  });

  test("of two dated figures, joins the one its value agrees with; two undated facts each join their own", () => {
    const y24 = dated("A", 1300, "2024");
    const y23 = claim({ source: "A", sentenceStart: 200, sentence: "Kenya's tea exports reached $1100 million in 2023, the board said.", surface: "$1100 million", value: 1100e6, unit: "USD" });
    const now = claim({ source: "C", sentence: "Kenya's tea exports reached $1,300 million, up from $1,100 million, the board said.", surface: "$1,300 million", value: 1300e6, unit: "USD" });
    const before = claim({ source: "C", sentence: "Kenya's tea exports reached $1,300 million, up from $1,100 million, the board said.", surface: "$1,100 million", value: 1100e6, unit: "USD" });
    const figures = reconcile([y24, y23, now, before], sources);
    expect(figureOf(figures, now.id).claimIds).toEqual(expect.arrayContaining([y24.id, now.id]));
    expect(figureOf(figures, now.id).period).toBe("2024");
    expect(figureOf(figures, before.id).claimIds).toEqual(expect.arrayContaining([y23.id, before.id]));
    expect(figureOf(figures, before.id).period).toBe("2023");
  });
});

describe("reconcile: forecasts by different forecasters", () => {
  const sources = [source("A", "Wire A"), source("B", "Paper B"), source("C", "Site C")];
  const say = (src: string, who: string, value: number) =>
    claim({ source: src, sentence: `Kenya's economy is expected to grow ${value}% in 2027, ${who} said.`, surface: `${value}%`, value, unit: "%", attribution: who });
  test("forecasts that differ by forecaster are different figures, not a conflict", () => {
    const imf = say("A", "the IMF", 4.8);
    const bank = say("B", "the World Bank", 5.3);
    const figures = reconcile([imf, bank], sources);
    expect(figureOf(figures, imf.id)).not.toBe(figureOf(figures, bank.id));
    expect(figures.map((f) => f.status)).not.toContain("conflicting");
    expect(figureOf(figures, imf.id).reason).toMatch(/different forecast, not a contradiction/);
  });
  test("one forecaster told two ways still conflicts; the same forecast in two outlets is an echo", () => {
    const a = say("A", "the IMF", 4.8);
    const b = say("B", "the IMF", 5.3);
    expect(reconcile([a, b], sources).map((f) => f.status)).toContain("conflicting");
    const c = say("C", "the IMF", 4.8);
    expect(figureOf(reconcile([a, c], sources), a.id).status).toBe("single-origin");
  });
});
