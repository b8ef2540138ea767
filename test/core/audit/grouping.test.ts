/** Which claims form one figure: frames (measure, places with roles, period, kind), partial frames, overrides, metrics. */
import { reconcile } from "../../../src/core/audit/reconcile";
import type { Claim, Figure } from "../../../src/core/types";
import { extractClaims } from "../../../src/core/extract/extractClaims";
import { createSource } from "../../../src/core/source/createSource";
import { claim, source } from "./builder";

const SOURCES = [source("A", "Outlet A"), source("B", "Outlet B"), source("C", "Outlet C")];
const figureOf = (figures: Figure[], c: Claim) => figures.find((f) => f.claimIds.includes(c.id)) as Figure;
const say = (src: string, sentence: string, surface: string, value: number, unit: string, extra: Partial<Parameters<typeof claim>[0]> = {}) =>
  claim({ source: src, sentence, surface, value, unit, ...extra });

describe("grouping by claim frame", () => {
  test("the same fact in other words is one figure: synonyms of the measure, capitals for countries", () => {
    const a = say("A", "Two-way trade between Peru and Chile reached $6.1 billion in 2024.", "$6.1 billion", 6.1e9, "USD");
    const b = say("B", "Chile-Peru trade turnover stood at $6.1 billion in 2024.", "$6.1 billion", 6.1e9, "USD");
    const c = say("C", "Trade between Lima and Santiago came to $6.1 billion in 2024, officials said.", "$6.1 billion", 6.1e9, "USD");
    const figures = reconcile([a, b, c], SOURCES);
    expect(figureOf(figures, a).claimIds).toEqual([a.id, b.id, c.id]);
    expect(figureOf(figures, a).status).toBe("corroborated");
    expect(figureOf(figures, a).label).toBe("Chile–Peru bilateral trade · 2024 · USD");
    expect(figureOf(figures, a).reason).toMatch(/measure bilateral trade, places Chile–Peru, period 2024/);
  });

  test("a people is named after the measure: students from a country, permits for people from it", () => {
    const a = say("A", "Some 9,400 Kenyan students studied in Britain in 2025.", "9,400", 9400, "count");
    const b = say("B", "Britain issued 5,100 study permits to Kenyan nationals in 2025.", "5,100", 5100, "count");
    const figures = reconcile([a, b], SOURCES);
    expect(figureOf(figures, a).label).toBe("UK students from Kenya · 2025 · count");
    expect(figureOf(figures, b).label).toBe("UK permits for people from Kenya · 2025 · count");
  });

  test("a flow and its mirror: 'Chile's exports to Peru' = 'Peru's imports from Chile'; the reverse flow is another figure", () => {
    const a = say("A", "Chile's copper exports to Peru reached 40,000 tonnes in 2024.", "40,000 tonnes", 40000, "t");
    const b = say("B", "Peru imported 40,000 tonnes of copper from Chile in 2024.", "40,000 tonnes", 40000, "t");
    const c = say("C", "Peru's copper exports to Chile reached 40,000 tonnes in 2024.", "40,000 tonnes", 40000, "t");
    const figures = reconcile([a, b, c], SOURCES);
    expect(figureOf(figures, a)).toBe(figureOf(figures, b));
    expect(figureOf(figures, c)).not.toBe(figureOf(figures, a));
    expect(figureOf(figures, a).label).toBe("Chile → Peru copper deliveries · 2024 · t");
  });

  test("Nigerian students in Malaysia and Malaysian students in Nigeria are two figures", () => {
    const a = say("A", "Over 9,000 Nigerian students study in Malaysia in 2025.", "9,000", 9000, "count", { qualifier: "over" });
    const b = say("B", "Over 9,000 Malaysian students study in Nigeria in 2025.", "9,000", 9000, "count", { qualifier: "over" });
    const figures = reconcile([a, b], SOURCES);
    expect(figureOf(figures, a)).not.toBe(figureOf(figures, b));
  });

  test("2023 and 2024 are two figures; the period resolves 'last year' against the date line", () => {
    const y23 = say("A", "Kenya's tea exports reached 560,000 tonnes in 2023.", "560,000 tonnes", 560000, "t");
    const y24 = say("B", "Kenya's tea exports reached 600,000 tonnes in 2024.", "600,000 tonnes", 600000, "t");
    const last = say("C", "Kenya's tea exports reached 600,000 tonnes last year.", "600,000 tonnes", 600000, "t");
    const figures = reconcile([y23, y24, last], [source("A", "Outlet A"), source("B", "Outlet B"), source("C", "Outlet C", { published: "2025-01-20" })]);
    expect(figureOf(figures, y23)).not.toBe(figureOf(figures, y24));
    expect(figureOf(figures, y24)).toBe(figureOf(figures, last));
    expect(figureOf(figures, y24).status).toBe("corroborated");
  });

  test("a claim with no period joins no dated figure of another measure; undated claims that disagree are never a conflict", () => {
    const dated = say("A", "The plant cost $3,200 million in 2021.", "$3,200 million", 3.2e9, "USD");
    const a = say("B", "It cost 3,200 jobs.", "3,200 jobs", 3200, "count");
    const b = say("C", "It cost 4,100 jobs.", "4,100 jobs", 4100, "count");
    const figures = reconcile([dated, a, b], SOURCES);
    expect(figures.map((f) => f.status)).not.toContain("conflicting");
    expect(figureOf(figures, a)).not.toBe(figureOf(figures, b));
  });

  test("undated claims of one frame, where one dated figure exists: those that agree join it, the earlier level stays apart", () => {
    const dated = say("A", "Chile's trade deficit with Peru reached $5.9 billion in 2024.", "$5.9 billion", 5.9e9, "USD");
    const lede = "Chile's trade deficit with Peru has grown from $0.7 billion to $5.9 billion.";
    const from = say("B", lede, "$0.7 billion", 0.7e9, "USD");
    const to = say("B", lede, "$5.9 billion", 5.9e9, "USD");
    const again = say("C", "Chile faces a trade deficit with Peru of $5.9 billion.", "$5.9 billion", 5.9e9, "USD");
    const figures = reconcile([dated, from, to, again], SOURCES);
    expect(figureOf(figures, dated).claimIds.sort()).toEqual([dated.id, to.id, again.id].sort());
    expect(figureOf(figures, from).claimIds).toEqual([from.id]);
    expect(figures.map((f) => f.status)).not.toContain("conflicting");
  });

  test("a running toll told without a period is the count of the day it was told", () => {
    const sources = [source("A", "Outlet A", { published: "2026-11-03" }), source("B", "Outlet B", { published: "2026-11-05" }), source("C", "Outlet C", { published: "2026-11-05" })];
    const early = say("A", "The earthquake in Chile killed at least 412 people, the civil protection agency said.", "412", 412, "count", { qualifier: "at-least" });
    const late = say("B", "The death toll from the earthquake in Chile rose to 917, the civil protection agency said.", "917", 917, "count");
    const sheet = "Chile quake deaths: 917, up from 412 on Tuesday.";
    const lateAgain = say("C", sheet, "917", 917, "count");
    const earlyAgain = say("C", sheet, "412", 412, "count");
    const figures = reconcile([early, late, lateAgain, earlyAgain], sources);
    // "at least 412" on Tuesday is no confirmation of Thursday's 917
    expect(figureOf(figures, early)).not.toBe(figureOf(figures, late));
    expect(figureOf(figures, late).claimIds.sort()).toEqual([late.id, lateAgain.id].sort());
    expect(figureOf(figures, early).claimIds.sort()).toEqual([early.id, earlyAgain.id].sort());
    expect(figureOf(figures, late).label).toMatch(/as of 5 November 2026/);
  });

  test("a change on the month and a change on the year are two facts; a change that says neither joins the one it agrees with", () => {
    const monthly = say("A", "Irish retail sales volumes fell 0.8% in October from September.", "0.8%", 0.8, "%");
    const yearly = say("B", "Irish retail sales volumes were 1.2% higher than in October last year.", "1.2%", 1.2, "%");
    const bare = say("C", "Irish retail sales volumes fell 0.8% in October.", "0.8%", 0.8, "%");
    const sources = ["A", "B", "C"].map((id) => source(id, `Outlet ${id}`, { published: "2026-11-20" }));
    const figures = reconcile([monthly, yearly, bare], sources);
    expect(figureOf(figures, monthly)).not.toBe(figureOf(figures, yearly));
    expect(figureOf(figures, monthly).claimIds.sort()).toEqual([monthly.id, bare.id].sort());
    expect(figures.map((f) => f.status)).not.toContain("conflicting");
    expect(figureOf(figures, monthly).label).toMatch(/change on the month · October 2026/);
  });

  test("a change whose article gives its measure's changes one basis is of that basis: another outlet's value there is a conflict", () => {
    const a = createSource("World zinc output dips in May\nPublished: 2025-06-24\n\nGlobal refined zinc output fell 1.9% in May from a year earlier, the study group said.\nMexico's output slipped 4.2% to 54,000 tonnes.\n", { file: "a.txt", outlet: "Wire A" });
    const b = createSource("Zinc smelters\nPublished: 2025-06-25\n\nMexico's zinc output was down 2.4% in May on a year earlier, the study group said.\n", { file: "b.txt", outlet: "Paper B" });
    // (the same unsaid change in an article that gives no basis to any change stays apart, as it was)
    const c = createSource("Zinc smelters\nPublished: 2025-06-25\n\nMexico's zinc output slipped 4.2% in May.\n", { file: "c.txt", outlet: "Weekly C" });
    const read = (sources: ReturnType<typeof createSource>[]) => reconcile(sources.flatMap((s) => extractClaims(s)), sources);
    const conflict = read([a, b]).filter((f) => f.status === "conflicting");
    expect(conflict.map((f) => f.label)).toEqual(["Mexico output, change on the year · May 2025 · %"]);
    expect(conflict[0].reason).toMatch(/1 change that states no basis joined: its article measures the other changes of its measure and period on the year/);
    expect(read([c, b]).map((f) => f.status)).not.toContain("conflicting");
  });

  test("a deadline told in the past perfect is a level reached by then, not a target", () => {
    const done = say("A", "By 2025, Peru had bought more than $30 billion of Chilean copper.", "$30 billion", 30e9, "USD", { qualifier: "over" });
    const aim = say("B", "By 2030, Peru aims to buy $30 billion of Chilean copper.", "$30 billion", 30e9, "USD");
    const figures = reconcile([done, aim], SOURCES);
    expect(figureOf(figures, done).label).not.toMatch(/target/);
    expect(figureOf(figures, aim).label).toMatch(/target/);
  });

  test("a target never meets an actual, a change never meets a level, a share never meets a change", () => {
    const target = say("A", "The two countries aim to lift trade to $10 billion by 2030.", "$10 billion", 10e9, "USD");
    const actual = say("B", "Trade between the two countries reached $10 billion in 2030.", "$10 billion", 10e9, "USD");
    const change = say("A", "Gold output rose 12% in 2024.", "12%", 12, "%");
    const share = say("B", "Gold output was 12% of the total in 2024.", "12%", 12, "%");
    const figures = reconcile([target, actual, change, share], SOURCES);
    expect(figureOf(figures, target)).not.toBe(figureOf(figures, actual));
    expect(figureOf(figures, change)).not.toBe(figureOf(figures, share));
    expect(figureOf(figures, target).label).toMatch(/target/);
  });

  test("a claim whose measure cannot be read stays on its own", () => {
    const a = say("A", "The figure was 12 this year.", "12", 12, "count");
    const b = say("B", "It came to 12.", "12", 12, "count");
    const figures = reconcile([a, b], SOURCES);
    expect(figureOf(figures, a)).not.toBe(figureOf(figures, b));
    expect(figureOf(figures, a).reason).toMatch(/no measure could be read/);
  });

  test("one source stating two values for one frame is two facts, not a conflict with a third source", () => {
    const a1 = say("A", "Utilisation of the terminals averaged 91% of design capacity and 78% of peak capacity in 2024.", "91%", 91, "%");
    const a2 = say("A", "Utilisation of the terminals averaged 91% of design capacity and 78% of peak capacity in 2024.", "78%", 78, "%");
    const b = say("B", "Terminal utilisation averaged 78% of peak capacity in 2024.", "78%", 78, "%");
    const figures = reconcile([a1, a2, b], SOURCES);
    expect(figures.map((f) => f.status)).not.toContain("conflicting");
  });

  test("the same measure in different dimensions is two figures", () => {
    const money = say("A", "Cocoa exports were worth $10 billion in 2024.", "$10 billion", 10e9, "USD");
    const volume = say("B", "Cocoa exports came to 2.2 Mt in 2024.", "2.2 Mt", 2.2e6, "t");
    const figures = reconcile([money, volume], SOURCES);
    expect(figureOf(figures, money)).not.toBe(figureOf(figures, volume));
  });

  test("an override puts a claim into the named figure, whatever the frame says", () => {
    const a = say("A", "Shipments totalled 38.8 bcm.", "38.8 bcm", 38.8e9, "m3");
    const b = say("B", "The pipeline carried 38.8 bcm.", "38.8 bcm", 38.8e9, "m3");
    expect(figureOf(reconcile([a, b], SOURCES), a)).not.toBe(figureOf(reconcile([a, b], SOURCES), b));
    const overrides = [
      { claimId: a.id, figureKey: "pipe-2025" },
      { claimId: b.id, figureKey: "pipe-2025" },
    ];
    const figures = reconcile([a, b], SOURCES, { overrides });
    const f = figureOf(figures, a);
    expect(f).toBe(figureOf(figures, b));
    expect(f.status).toBe("corroborated");
    expect(f.reason).toMatch(/set by hand/);
    expect(reconcile([b, a], SOURCES, { overrides: [...overrides].reverse() }).find((x) => x.claimIds.includes(a.id))?.id).toBe(f.id);
  });

  test("the metric catalogue assigns claims first, by keyword in subject or sentence", () => {
    const metrics = [{ key: "pos-flow", label: "Power of Siberia flow", unit: "m3", keywords: ["Power of Siberia"] }];
    const a = say("A", "Flows through Power of Siberia reached 38.8 bcm in 2025.", "38.8 bcm", 38.8e9, "m3", { subject: "flows" });
    const b = say("B", "The pipeline (Power of Siberia) pumped 38.8 bcm in 2025.", "38.8 bcm", 38.8e9, "m3", { subject: "the pipeline" });
    const money = say("B", "Power of Siberia earned $10 billion in 2025.", "$10 billion", 10e9, "USD", { subject: "earnings" });
    const figures = reconcile([a, b, money], SOURCES, { metrics });
    const f = figureOf(figures, a);
    expect(f.metric).toBe("pos-flow");
    expect(f.claimIds).toEqual([a.id, b.id]);
    expect(f.label).toBe("Power of Siberia flow · 2025 · m3");
    expect(f.reason).toMatch(/metric 'pos-flow'/);
    expect(figureOf(figures, money).metric).toBeUndefined();
  });

  test("a place set off as part of another ('Europe, Norway included') does not change the scope", () => {
    const a = say("A", "Europe, Norway included, took 40% of all exports in 2024.", "40%", 40, "%");
    const b = say("B", "Europe took 40% of all exports in 2024.", "40%", 40, "%");
    const figures = reconcile([a, b], SOURCES);
    expect(figureOf(figures, a)).toBe(figureOf(figures, b));
  });
});

describe("a claim that says nowhere whose figure it is", () => {
  test("joins the only figure of its frame that names a place, when its value agrees", () => {
    const a = say("A", "Norway's unemployment rate rose to 4.2% in March 2025.", "4.2%", 4.2, "%");
    const b = say("B", "The jobless rate rose to 4.2% in March 2025, the statistics office said.", "4.2%", 4.2, "%");
    const figures = reconcile([a, b], SOURCES);
    expect(figureOf(figures, b)).toBe(figureOf(figures, a));
    expect(figureOf(figures, a).label).toBe("Norway unemployment · March 2025 · %");
    expect(figureOf(figures, a).reason).toMatch(/1 claim that names no place or organisation joined/);
  });

  test("stays apart where two places could claim it, or where its value disagrees; never a conflict", () => {
    const a = say("A", "Norway's unemployment rate rose to 4.2% in March 2025.", "4.2%", 4.2, "%");
    const c = say("C", "Sweden's unemployment rate rose to 4.2% in March 2025.", "4.2%", 4.2, "%");
    const b = say("B", "The jobless rate rose to 4.2% in March 2025, the statistics office said.", "4.2%", 4.2, "%");
    const two = reconcile([a, b, c], SOURCES);
    expect(figureOf(two, b).claimIds).toEqual([b.id]);
    const off = say("B", "The jobless rate rose to 5.1% in March 2025, the statistics office said.", "5.1%", 5.1, "%");
    const apart = reconcile([a, off], SOURCES);
    expect(figureOf(apart, off).claimIds).toEqual([off.id]);
    expect(apart.some((f) => f.status === "conflicting")).toBe(false);
  });
});

describe("event durations in places with nothing in common", () => {
  test("talks between two pairs of countries may agree, never conflict", () => {
    const a = say("A", "Talks between Russia and the US lasted two hours.", "two hours", 7200, "s");
    const b = say("B", "Talks in Lisbon lasted five hours.", "five hours", 18000, "s");
    const figures = reconcile([a, b], SOURCES);
    expect(figures.map((f) => f.status)).not.toContain("conflicting");
  });
  test("talks between the same countries, or two lone places, that disagree still conflict", () => {
    const a = say("A", "Talks between Russia and the US lasted two hours.", "two hours", 7200, "s");
    const b = say("B", "Talks between the US and Russia lasted five hours.", "five hours", 18000, "s");
    expect(figureOf(reconcile([a, b], SOURCES), a).status).toBe("conflicting");
    const c = say("A", "The talks in Lisbon lasted two hours.", "two hours", 7200, "s");
    const d = say("B", "The talks in Morocco lasted five hours.", "five hours", 18000, "s");
    expect(figureOf(reconcile([c, d], SOURCES), c).status).toBe("conflicting");
  });
  test("each event is a figure of its own: the two accounts of the Lisbon talks still conflict beside the Moscow ones", () => {
    const a = say("A", "Talks between Russia and the US lasted two hours.", "two hours", 7200, "s");
    const b = say("B", "Talks between the US and Russia lasted two hours.", "two hours", 7200, "s");
    const c = say("C", "Talks between Portugal and Morocco in Lisbon lasted five hours.", "five hours", 18000, "s");
    const d = say("A", "The Portugal–Morocco talks in Lisbon lasted two hours.", "two hours", 7200, "s");
    const figures = reconcile([a, b, c, d], SOURCES);
    expect(figureOf(figures, a)).toBe(figureOf(figures, b));
    expect(figureOf(figures, a).status).toBe("corroborated");
    expect(figureOf(figures, c)).toBe(figureOf(figures, d));
    expect(figureOf(figures, c).status).toBe("conflicting");
    expect(figureOf(figures, a)).not.toBe(figureOf(figures, c));
    // the same figures whatever the order of the claims
    const again = reconcile([d, c, b, a], SOURCES);
    expect(figureOf(again, c).id).toBe(figureOf(figures, c).id);
    expect(figureOf(again, a).id).toBe(figureOf(figures, a).id);
  });
});

describe("an organisation's figure told with no place", () => {
  test("joins the one of its frame that names a place, when their values agree; never a conflict", () => {
    const a = say("A", "The European Commission fined Halvard Bank 90 million euros for rigging rates, Halvard Bank said.", "90 million euros", 9e7, "EUR");
    const b = say("B", "Halvard Bank must pay a fine of 90 million euros for rigging rates, Halvard Bank said.", "90 million euros", 9e7, "EUR");
    const c = say("C", "Halvard Bank must pay a fine of 75 million euros for rigging rates, Halvard Bank said.", "75 million euros", 7.5e7, "EUR");
    const figures = reconcile([a, b, c], SOURCES);
    expect(figureOf(figures, a).claimIds).toContain(b.id);
    expect(figureOf(figures, a).claimIds).not.toContain(c.id);
    expect(figureOf(figures, a).reason).toMatch(/of the organisation or site that names no place joined/);
    expect(figures.some((f) => f.status === "conflicting")).toBe(false);
  });
  test("a named site is where its figure is: told with and without its country, one figure, and a value apart conflicts", () => {
    const a = say("A", "Kelby Airport in Norway served 9.1 million travellers in 2025.", "9.1 million", 9.1e6, "count");
    const b = say("B", "Kelby Airport served 9.1 million travellers in 2025.", "9.1 million", 9.1e6, "count");
    const c = say("C", "Kelby Airport served 7.4 million travellers in 2025.", "7.4 million", 7.4e6, "count");
    const figures = reconcile([a, b, c], SOURCES);
    expect(figureOf(figures, a).claimIds).toEqual([a.id, b.id, c.id]);
    expect(figureOf(figures, a).status).toBe("conflicting");
    expect(figureOf(figures, a).label).toBe("Kelby Airport travellers · 2025 · count");
    // (a region named by its compass point keeps its country: every country has a north-east)
    const d = say("A", "In Norway's north-east, 640 cases were reported in 2025.", "640", 640, "count");
    const e = say("B", "In Sweden's north-east, 640 cases were reported in 2025.", "640", 640, "count");
    const regions = reconcile([d, e], SOURCES);
    expect(figureOf(regions, d)).not.toBe(figureOf(regions, e));
  });
});

describe("an organisation's quarter told by its number alone", () => {
  const DATED = ["A", "B", "C"].map((id) => source(id, `Outlet ${id}`, { published: "2025-11-06" }));
  test("joins the quarter of the same organisation told by its end, when their values agree; never a conflict", () => {
    const a = say("A", "Tarvik Foods said revenue for its fiscal second quarter, which ended Oct. 4, rose to $8.44 billion.", "$8.44 billion", 8.44e9, "USD");
    const b = say("B", "Tarvik Foods posted revenue of $8.4 billion for the second quarter.", "$8.4 billion", 8.4e9, "USD");
    const c = say("C", "Tarvik Foods posted profit of $610 million for the second quarter.", "$610 million", 6.1e8, "USD");
    const figures = reconcile([a, b, c], DATED);
    expect(figureOf(figures, a).claimIds).toEqual([a.id, b.id]);
    expect(figureOf(figures, a).label).toMatch(/Aug–Oct 2025|3 months to Oct 2025/);
    expect(figureOf(figures, a).reason).toMatch(/quarter told by its number alone joined \(read as the calendar's Q2 2025/);
    expect(figureOf(figures, c).claimIds).toEqual([c.id]);
  });
  test("not when the values differ, nor a country's quarter, nor one whose year is stated", () => {
    const a = say("A", "Tarvik Foods said revenue for its fiscal second quarter, which ended Oct. 4, rose to $8.44 billion.", "$8.44 billion", 8.44e9, "USD");
    const b = say("B", "Tarvik Foods posted revenue of $7.9 billion for the second quarter.", "$7.9 billion", 7.9e9, "USD");
    const c = say("C", "Tarvik Foods posted revenue of $8.44 billion in the second quarter of 2025.", "$8.44 billion", 8.44e9, "USD");
    const differ = reconcile([a, b], DATED);
    expect(figureOf(differ, a).claimIds).toEqual([a.id]);
    expect(differ.some((f) => f.status === "conflicting")).toBe(false);
    const stated = reconcile([a, c], DATED);
    expect(figureOf(stated, a).claimIds).toEqual([a.id]);
    const d = say("A", "Norway's economy grew 0.5% in the three months to October.", "0.5%", 0.5, "%");
    const e = say("B", "Norway's economy grew 0.5% in the third quarter.", "0.5%", 0.5, "%");
    const countries = reconcile([d, e], DATED);
    expect(figureOf(countries, d).claimIds).toEqual([d.id]);
  });
});

describe("grouping: a market's share whose part was not read", () => {
  test("may agree, never conflicts: two outlets' shares of a market with no part read are two segments, perhaps", () => {
    const a = say("A", "In Peru, the share of the segment rose to 17.2% in October 2026.", "17.2%", 17.2, "%");
    const b = say("B", "In Peru, its share fell to 26.5% in October 2026.", "26.5%", 26.5, "%");
    const figures = reconcile([a, b], SOURCES);
    expect(figures.map((f) => f.status)).not.toContain("conflicting");
  });
  test("a share whose part is read still conflicts", () => {
    const a = say("A", "In Peru, electric cars took 17.2% of the market in October 2026.", "17.2%", 17.2, "%");
    const b = say("B", "In Peru, electric cars took 26.5% of the market in October 2026.", "26.5%", 26.5, "%");
    expect(reconcile([a, b], SOURCES).map((f) => f.status)).toContain("conflicting");
  });
});

describe("a forecast for a year is one figure told 'by 2100' or 'in 2100'", () => {
  test("two outlets' forecasts of a level meet", () => {
    const a = say("A", "Japan's population is projected to fall to 87 million by 2070.", "87 million", 87e6, "count");
    const b = say("B", "Japan's population is projected to shrink to 87 million in 2070.", "87 million", 87e6, "count");
    const figures = reconcile([a, b], SOURCES);
    expect(figureOf(figures, a).claimIds).toEqual([a.id, b.id]);
  });
});
