/**
 * 10,000 claims: a refresh takes a constant number of context.sync calls (≤ 6) and every request stays under
 * Excel on the web's 5 MB limit, while keeping the analyst's reviews after a re-sort.
 */
import { OfficeWorkbookGateway } from "../../src/excel/officeGateway";
import { refresh } from "../../src/workbook/refresh";
import type { AuditResult, Claim, Figure, Source } from "../../src/core/types";
import { claimRecord } from "../helpers/claim";
import { FakeExcel } from "./fakes/fakeExcel";

const LIMIT = 5 * 1024 * 1024;

function bigResult(sourceCount: number, claimsPerSource: number, variant = 0): AuditResult {
  const sources: Source[] = [];
  const claims: Claim[] = [];
  const figures: Figure[] = [];
  for (let s = 0; s < sourceCount; s++) {
    const sentences: string[] = [];
    for (let k = 0; k < claimsPerSource; k++) {
      sentences.push(
        `Officials in region ${s} said shipments of item ${k} rose to ${100 + k + variant} thousand tonnes in 2025, according to a statement issued by the ministry on Friday.`,
      );
    }
    const text = `Report ${s}\n` + sentences.join(" ");
    const id = `src-${s}`;
    sources.push({ id, title: `=Report ${s}`, outlet: `Outlet ${s % 37}`, url: `https://news${s % 37}.example/report/${s}`, published: "2025-06-01", author: "Desk", text });
    let offset = text.indexOf("\n") + 1;
    sentences.forEach((sentence, k) => {
      const surface = `${100 + k + variant} thousand tonnes`;
      const start = offset + sentence.indexOf(surface);
      claims.push(
        claimRecord(
          { id: `c-${s}-${k}`, sourceId: id, start, surface, value: (100 + k + variant) * 1000, unit: "t", sentence: k % 10 === 0 ? `=${sentence}` : sentence, sentenceStart: offset },
          { period: "2025", subject: `shipments of item ${k}`, attribution: "the ministry" },
        ),
      );
      offset += sentence.length + 1;
    });
  }
  for (let k = 0; k < claimsPerSource; k++) {
    const ids = claims.filter((c) => c.id.endsWith(`-${k}`)).map((c) => c.id);
    figures.push({
      id: `f-${k}`,
      label: `Shipments of item ${k}, 2025, t`,
      unit: "t",
      period: "2025",
      status: "corroborated",
      claimIds: ids,
      min: (100 + k + variant) * 1000,
      max: (100 + k + variant) * 1000,
      spread: 0,
      sources: sources.map((x) => x.id),
      flags: [],
      reason: "same subject, period and unit",
    });
  }
  return { sources, claims, figures };
}

describe("10,000 claims", () => {
  it("writes, then refreshes in ≤ 6 syncs with every request under 5 MB, keeping reviews after a re-sort", async () => {
    const fake = new FakeExcel();
    const first = bigResult(500, 20);
    expect(first.claims).toHaveLength(10_000);
    const gateway = new OfficeWorkbookGateway({ run: fake.run });

    let t0 = Date.now();
    await gateway.write(first, { tolerance: 0.01 });
    const writeSyncs = fake.syncs;
    const writePayloads = [...fake.payloads];
    console.log(
      `first write of 10,000 claims: ${writeSyncs} syncs, max request ${(Math.max(...writePayloads) / 1e6).toFixed(2)} MB, ` +
        `requests ${writePayloads.map((p) => (p / 1e6).toFixed(2)).join(" / ")} MB, ${Date.now() - t0} ms`,
    );
    expect(Math.max(...writePayloads)).toBeLessThan(LIMIT);
    expect(writeSyncs).toBeLessThanOrEqual(6);

    // The analyst reviews some claims and sorts the table.
    const written = fake.tableValues("Claims");
    const ids = written.rows.map((r) => String(r[written.headers.indexOf("Claim ID")]));
    for (let i = 0; i < 10_000; i += 97) fake.typeInTable("Claims", i, "Review", i % 2 ? "Accepted" : "Rejected");
    const expected = new Map<string, string>();
    for (let i = 0; i < 10_000; i += 97) expected.set(ids[i], i % 2 ? "Accepted" : "Rejected");
    fake.sortTable("Claims", "Subject", true);

    // Refresh: the engine finds changed values, 100 claims fewer and 100 new ones.
    const syncsBefore = fake.syncs;
    const payloadsBefore = fake.payloads.length;
    const responsesBefore = fake.responses.length;
    const next = bigResult(505, 20, 1);
    next.claims = next.claims.filter((c) => !c.id.startsWith("c-7-") && !c.id.startsWith("c-8-") && !c.id.startsWith("c-9-") && !c.id.startsWith("c-10-") && !c.id.startsWith("c-11-"));
    t0 = Date.now();
    const outcome = await refresh(new OfficeWorkbookGateway({ run: fake.run }), { tolerance: 0.01 }, (sources) => {
      expect(sources).toHaveLength(500);
      return next;
    });
    const refreshSyncs = fake.syncs - syncsBefore;
    const refreshPayloads = fake.payloads.slice(payloadsBefore);
    const refreshResponses = fake.responses.slice(responsesBefore);
    console.log(
      `refresh of 10,000 claims: ${refreshSyncs} syncs, max request ${(Math.max(...refreshPayloads) / 1e6).toFixed(2)} MB ` +
        `(${refreshPayloads.map((p) => (p / 1e6).toFixed(2)).join(" / ")} MB), max response ${(Math.max(...refreshResponses) / 1e6).toFixed(2)} MB, ` +
        `${Date.now() - t0} ms; report ${JSON.stringify(outcome.report)}`,
    );
    expect(refreshSyncs).toBeLessThanOrEqual(6);
    expect(Math.max(...refreshPayloads)).toBeLessThan(LIMIT);
    expect(Math.max(...refreshResponses)).toBeLessThan(LIMIT);
    // Calculation is suspended in every write request.
    expect(fake.suspends.slice(syncsBefore + 3).every((n) => n === 1)).toBe(true);
    expect(outcome.report).toEqual({ claimsWritten: 10_000, claimsGone: 100, figuresWritten: 20 });

    const t = fake.tableValues("Claims");
    const h = (name: string): number => t.headers.indexOf(name);
    expect(t.rows).toHaveLength(10_100);
    for (const row of t.rows) {
      const id = String(row[h("Claim ID")]);
      if (expected.has(id)) expect(row[h("Review")]).toBe(expected.get(id));
      if (/^c-(7|8|9|10|11)-/.test(id)) expect(row[h("Status")]).toBe("gone");
    }
    const updated = t.rows.find((r) => r[h("Claim ID")] === "c-0-0")!;
    expect(updated[h("Canonical value")]).toBe(101_000);
    expect(fake.tableCells("Claims").flat().filter((c) => c?.formula)).toEqual([]);
  }, 120_000);
});
