/** Which claims form one figure: subjects, entities and their direction, periods, vague subjects, overrides, metrics. */
import { reconcile } from "../../../src/core/audit/reconcile";
import type { Claim, Figure } from "../../../src/core/types";
import { claim, source } from "./builder";

const SOURCES = [source("A", "Outlet A"), source("B", "Outlet B"), source("C", "Outlet C")];
const figureOf = (figures: Figure[], c: Claim) => figures.find((f) => f.claimIds.includes(c.id)) as Figure;

describe("grouping", () => {
  test("'China lets Russians stay 30 days' and 'Russia lets Chinese stay 30 days' are two figures", () => {
    const a = claim({ source: "A", sentence: "Beijing now lets Russian citizens stay visa-free for up to 30 days.", surface: "30 days", value: 2592000, unit: "s", qualifier: "up-to", subject: "visa-free stay" });
    const b = claim({ source: "B", sentence: "Moscow lets Chinese citizens stay visa-free for up to 30 days.", surface: "30 days", value: 2592000, unit: "s", qualifier: "up-to", subject: "visa-free stay" });
    const c = claim({ source: "C", sentence: "Chinese citizens can now stay in Russia visa-free for 30 days.", surface: "30 days", value: 2592000, unit: "s", subject: "visa-free stay" });
    const figures = reconcile([a, b, c], SOURCES);
    expect(figureOf(figures, a)).not.toBe(figureOf(figures, b));
    expect(figureOf(figures, a).status).toBe("single-source");
    // The same direction in other words is the same figure.
    expect(figureOf(figures, b)).toBe(figureOf(figures, c));
    expect(figureOf(figures, b).status).toBe("corroborated");
    expect(figureOf(figures, b).reason).toMatch(/China \(people\), Russia \(place\)/);
  });

  test("Chinese students in Russia and Russian students in China are two figures", () => {
    const a = claim({ source: "A", sentence: "Over 56,000 Chinese students study in Russia.", surface: "56,000", value: 56000, unit: "count", qualifier: "over", subject: "students" });
    const b = claim({ source: "B", sentence: "Over 56,000 Russian students study in China.", surface: "56,000", value: 56000, unit: "count", qualifier: "over", subject: "students" });
    const figures = reconcile([a, b], SOURCES);
    expect(figureOf(figures, a)).not.toBe(figureOf(figures, b));
  });

  test("2024 trade and 2025 trade are two figures; a claim with no period joins the only period given", () => {
    const y24 = claim({ source: "A", sentence: "Trade reached $240 billion in 2024.", surface: "$240 billion", value: 240e9, unit: "USD", subject: "trade", period: "2024" });
    const y25 = claim({ source: "B", sentence: "Trade reached $245 billion in 2025.", surface: "$245 billion", value: 245e9, unit: "USD", subject: "trade", period: "2025" });
    const figures = reconcile([y24, y25], SOURCES);
    expect(figureOf(figures, y24)).not.toBe(figureOf(figures, y25));
    expect(figureOf(figures, y24).status).toBe("single-source");

    const bare = claim({ source: "C", sentence: "Trade reached $245 billion.", surface: "$245 billion", value: 245e9, unit: "USD", subject: "trade" });
    // Two periods stated: the bare claim cannot tell which, so it stays apart.
    const three = reconcile([y24, y25, bare], SOURCES);
    expect(figureOf(three, bare).claimIds).toEqual([bare.id]);
    // One period stated: it joins.
    const two = reconcile([y25, bare], SOURCES);
    expect(figureOf(two, bare)).toBe(figureOf(two, y25));
    expect(figureOf(two, bare).status).toBe("corroborated");
    expect(figureOf(two, bare).reason).toMatch(/no period joined the only group/);
  });

  test("synonyms of the news lexicon merge; different subjects do not", () => {
    const a = claim({ source: "A", sentence: "Russia-China trade turnover rose to $245 billion in 2025.", surface: "$245 billion", value: 245e9, unit: "USD", subject: "trade turnover", period: "2025" });
    const b = claim({ source: "B", sentence: "Russia-China trade rose to $245 billion in 2025.", surface: "$245 billion", value: 245e9, unit: "USD", subject: "trade", period: "2025" });
    const c = claim({ source: "C", sentence: "China bought Russian energy worth $245 billion in 2025.", surface: "$245 billion", value: 245e9, unit: "USD", subject: "purchases of Russian energy", period: "2025" });
    const figures = reconcile([a, b, c], SOURCES);
    expect(figureOf(figures, a)).toBe(figureOf(figures, b));
    expect(figureOf(figures, c)).not.toBe(figureOf(figures, a));
  });

  test("a vague or empty subject never merges across sources", () => {
    const a = claim({ source: "A", sentence: "The figure was 12 this year.", surface: "12", value: 12, unit: "count", subject: "the figure" });
    const b = claim({ source: "B", sentence: "It came to 12.", surface: "12", value: 12, unit: "count", subject: "" });
    const figures = reconcile([a, b], SOURCES);
    expect(figureOf(figures, a)).not.toBe(figureOf(figures, b));
    expect(figureOf(figures, a).reason).toMatch(/too vague|no subject/);
  });

  test("the same subject in different dimensions is two figures", () => {
    const money = claim({ source: "A", sentence: "Gas deliveries were worth $10 billion.", surface: "$10 billion", value: 10e9, unit: "USD", subject: "gas deliveries" });
    const volume = claim({ source: "B", sentence: "Gas deliveries came to 38.8 bcm.", surface: "38.8 bcm", value: 38.8e9, unit: "m3", subject: "gas deliveries" });
    const figures = reconcile([money, volume], SOURCES);
    expect(figureOf(figures, money)).not.toBe(figureOf(figures, volume));
  });

  test("an override puts a claim into the named figure, whatever the heuristics say", () => {
    const a = claim({ source: "A", sentence: "Shipments totalled 38.8 bcm.", surface: "38.8 bcm", value: 38.8e9, unit: "m3", subject: "shipments" });
    const b = claim({ source: "B", sentence: "Power of Siberia carried 38.8 bcm.", surface: "38.8 bcm", value: 38.8e9, unit: "m3", subject: "pipeline throughput" });
    expect(figureOf(reconcile([a, b], SOURCES), a)).not.toBe(figureOf(reconcile([a, b], SOURCES), b));
    const overrides = [
      { claimId: a.id, figureKey: "pos-2025" },
      { claimId: b.id, figureKey: "pos-2025" },
    ];
    const figures = reconcile([a, b], SOURCES, { overrides });
    const f = figureOf(figures, a);
    expect(f).toBe(figureOf(figures, b));
    expect(f.status).toBe("corroborated");
    expect(f.reason).toMatch(/set by hand/);
    // Stable id across runs.
    expect(reconcile([b, a], SOURCES, { overrides: [...overrides].reverse() }).find((x) => x.claimIds.includes(a.id))?.id).toBe(f.id);
  });

  test("the metric catalogue assigns claims first, by keyword in subject or sentence", () => {
    const metrics = [{ key: "pos-flow", label: "Power of Siberia flow", unit: "m3", keywords: ["Power of Siberia"] }];
    const a = claim({ source: "A", sentence: "Flows through Power of Siberia reached 38.8 bcm in 2025.", surface: "38.8 bcm", value: 38.8e9, unit: "m3", subject: "flows", period: "2025" });
    const b = claim({ source: "B", sentence: "The pipeline (Power of Siberia) pumped 38.8 bcm in 2025.", surface: "38.8 bcm", value: 38.8e9, unit: "m3", subject: "the pipeline", period: "2025" });
    const money = claim({ source: "B", sentence: "Power of Siberia earned $10 billion in 2025.", surface: "$10 billion", value: 10e9, unit: "USD", subject: "earnings", period: "2025" });
    const figures = reconcile([a, b, money], SOURCES, { metrics });
    const f = figureOf(figures, a);
    expect(f.metric).toBe("pos-flow");
    expect(f.claimIds).toEqual([a.id, b.id]);
    expect(f.label).toBe("Power of Siberia flow, 2025, m3");
    expect(f.reason).toMatch(/metric 'pos-flow'/);
    // Unit outside the metric's: the heuristics take it.
    expect(figureOf(figures, money).metric).toBeUndefined();
  });

  test("two subjects whose bucket hashes collide stay two figures (the keys themselves are compared)", () => {
    // "nilejogodobix" and "gidibivurinax" share the 32-bit bucket hash in the count dimension.
    const a = claim({ source: "A", sentence: "The nilejogodobix count was 500.", surface: "500", value: 500, unit: "count", subject: "nilejogodobix" });
    const b = claim({ source: "B", sentence: "The gidibivurinax count was 700.", surface: "700", value: 700, unit: "count", subject: "gidibivurinax" });
    const c = claim({ source: "C", sentence: "The nilejogodobix count was 500.", surface: "500", value: 500, unit: "count", subject: "nilejogodobix" });
    const figures = reconcile([b, a, c], SOURCES);
    expect(figures).toHaveLength(2);
    expect(figureOf(figures, a)).toBe(figureOf(figures, c));
    expect(figureOf(figures, a).status).toBe("corroborated");
    expect(figureOf(figures, b).claimIds).toEqual([b.id]);
    expect(figureOf(figures, b).status).toBe("single-source");
  });
});
