/** Agreement rules of the issue, each on hand-written claims from two independent outlets. */
import { reconcile } from "../../../src/core/audit/reconcile";
import type { AuditOptions, Claim, Figure } from "../../../src/core/types";
import { claim, source } from "./builder";

const SOURCES = [source("A", "Outlet A"), source("B", "Outlet B")];

function statusOf(a: Claim, b: Claim, options?: AuditOptions): Figure {
  const figures = reconcile([a, b], SOURCES, options);
  const f = figures.find((x) => x.claimIds.includes(a.id));
  expect(f?.claimIds).toContain(b.id);
  return f as Figure;
}

const students = (src: string, surface: string, value: number, qualifier: Claim["qualifier"] = "exact") =>
  claim({ source: src, sentence: `Universities report ${surface} Chinese students in Russia in 2025.`, surface, value, unit: "count", qualifier, subject: "Chinese students in Russia" });
const trade = (src: string, surface: string, value: number, unit: string, qualifier: Claim["qualifier"] = "exact") =>
  claim({ source: src, sentence: `Russia-China trade stood at ${surface} in 2025.`, surface, value, unit, qualifier, subject: "trade", period: "2025" });
const call = (src: string, surface: string, value: number) =>
  claim({ source: src, sentence: `The phone call between the two leaders lasted ${surface}.`, surface, value, unit: "s", subject: "phone call" });

describe("agreement", () => {
  test("'over $200 billion' and '$245 billion' agree", () => {
    expect(statusOf(trade("A", "over $200 billion", 200e9, "USD", "over"), trade("B", "$245 billion", 245e9, "USD")).status).toBe("corroborated");
  });
  test("'over 56,000' and '55,000' conflict", () => {
    expect(statusOf(students("A", "over 56,000", 56000, "over"), students("B", "55,000", 55000)).status).toBe("conflicting");
  });
  test("a rounded figure agrees with a precise one within its rounding: '1.5 hours' vs 1 h 32 min", () => {
    expect(statusOf(call("A", "1.5 hours", 5400), call("B", "1 hour and 32 minutes", 5520)).status).toBe("corroborated");
  });
  test("...but not outside it: '1.5 hours' vs 1 h 25 min", () => {
    expect(statusOf(call("A", "1.5 hours", 5400), call("B", "1 hour and 25 minutes", 5100)).status).toBe("conflicting");
  });
  test("the same event word in articles dated months apart is two events, never a conflict", () => {
    const a = call("A", "1.5 hours", 5400);
    const b = call("B", "1 hour and 25 minutes", 5100);
    const figures = reconcile([a, b], [source("A", "Outlet A", { published: "2025-03-02" }), source("B", "Outlet B", { published: "2025-09-14" })]);
    expect(figures.find((f) => f.claimIds.includes(a.id))?.claimIds).toEqual([a.id]);
    expect(figures.map((f) => f.status)).not.toContain("conflicting");
  });
  test("'$245 bn' vs '$245.3 billion' agree within the rounding of the first", () => {
    expect(statusOf(trade("A", "$245 bn", 245e9, "USD"), trade("B", "$245.3 billion", 245.3e9, "USD")).status).toBe("corroborated");
  });
  test("the tolerance is a setting: 100,000 vs 103,000 conflict at 1% and agree at 5%", () => {
    const a = students("A", "100,000", 100000);
    const b = students("B", "103,000", 103000);
    expect(statusOf(a, b).status).toBe("conflicting");
    expect(statusOf(a, b, { tolerance: 0.05 }).status).toBe("corroborated");
  });
  test("'up to 30 days' agrees with '30 days'; 'at least 40' conflicts with '35'", () => {
    const v = (src: string, surface: string, q: Claim["qualifier"]) =>
      claim({ source: src, sentence: `Chinese citizens may stay in Russia visa-free for ${surface}.`, surface, value: 2592000, unit: "s", qualifier: q, subject: "visa-free stay" });
    expect(statusOf(v("A", "up to 30 days", "up-to"), v("B", "30 days", "exact")).status).toBe("corroborated");
    expect(statusOf(students("A", "at least 40", 40, "at-least"), students("B", "35", 35)).status).toBe("conflicting");
  });
  test("'about 18 bcm' agrees with 19.5 bcm (±10%) and conflicts with 21 bcm", () => {
    const g = (src: string, surface: string, value: number, q: Claim["qualifier"] = "exact") =>
      claim({ source: src, sentence: `Russian pipeline gas to the EU came to ${surface} in 2025.`, surface, value, unit: "m3", qualifier: q, subject: "pipeline gas to the EU", period: "2025" });
    expect(statusOf(g("A", "about 18 bcm", 18e9, "approx"), g("B", "19.5 bcm", 19.5e9)).status).toBe("corroborated");
    expect(statusOf(g("A", "about 18 bcm", 18e9, "approx"), g("B", "21 bcm", 21e9)).status).toBe("conflicting");
  });
});

describe("currencies: compared only through the user's FX table", () => {
  const usd = trade("A", "$245 billion", 245e9, "USD");
  const eur = trade("B", "€226 billion", 226e9, "EUR");
  const eurFar = trade("B", "€150 billion", 150e9, "EUR");

  test("without an FX table amounts in different currencies are different figures, never compared", () => {
    const figures = reconcile([usd, eurFar], SOURCES);
    const f = figures.find((x) => x.claimIds.includes(usd.id));
    expect(f?.claimIds).toEqual([usd.id]);
    expect(figures.map((x) => x.status)).not.toContain("conflicting");
  });
  test("with a rate they are compared: €226 bn at 1.085 = $245.2 bn agrees", () => {
    const f = statusOf(usd, eur, { fx: [{ from: "EUR", to: "USD", rate: 1.085 }] });
    expect(f.status).toBe("corroborated");
    expect(f.flags.map((x) => x.kind)).not.toContain("fx-missing");
  });
  test("the inverse rate works too, and a far value conflicts", () => {
    const f = statusOf(usd, eurFar, { fx: [{ from: "USD", to: "EUR", rate: 0.92 }] });
    expect(f.status).toBe("conflicting");
    expect(["USD", "EUR"]).toContain(f.unit);
  });
  test("a table without the needed pair still says the rate is missing", () => {
    const f = statusOf(usd, eur, { fx: [{ from: "GBP", to: "USD", rate: 1.27 }] });
    expect(f.status).toBe("single-source");
    expect(f.flags.find((x) => x.kind === "fx-missing")?.message).toMatch(/FX table has no rate/);
  });
});
