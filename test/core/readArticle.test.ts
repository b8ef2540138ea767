/** Reading an article once (claims, frames, runs) gives the audit the same figures as framing it in the audit. */
import { reconcile } from "../../src/core/audit/reconcile";
import { analyse } from "../../src/core/analyse";
import { ArticleCache, readArticle } from "../../src/core/readArticle";
import { createSource } from "../../src/core/source/createSource";

const wire =
  "Copper exports from Chile to Peru reached $4.2 billion in 2025, the customs office said in a statement on Monday, adding that shipments of refined cathodes had doubled since the new rail link opened in the spring.";
const a = createSource(`Copper trade\nPublished: 2026-02-03\n\n${wire} Chile also sold 310,000 tonnes of lithium to Japan in 2025.\n`, { file: "a.txt" });
const b = createSource(`Chile's copper\nPublished: 2026-02-04\n\nA busy year for miners. ${wire}\n`, { file: "b.txt" });
const c = createSource("Harbour report\nPublished: 2026-02-05\n\nCopper exports from Chile to Peru reached $4.3 billion in 2025, port data showed.\n", { file: "c.txt" });

describe("readArticle", () => {
  test("keeps at most the limit of claims and frames exactly those", () => {
    const read = readArticle(a, 1);
    expect(read.found).toBeGreaterThan(1);
    expect(read.claims).toHaveLength(1);
    expect([...read.frames.keys()]).toEqual([read.claims[0].id]);
    expect(read.runs.length).toBeGreaterThan(0);
  });

  test("the audit of read articles equals the audit that frames them itself", () => {
    const reads = [a, b, c].map((s) => readArticle(s, 1000));
    const claims = reads.flatMap((r) => r.claims);
    const articles = new Map([a, b, c].map((s, i) => [s.id, reads[i]]));
    const framed = reconcile(claims, [a, b, c], {}, articles);
    expect(JSON.stringify(reconcile(claims, [a, b, c], { fx: [{ from: "EUR", to: "USD", rate: 1.1 }] }, articles))).toBe(JSON.stringify(reconcile(claims, [a, b, c], { fx: [{ from: "EUR", to: "USD", rate: 1.1 }] })));
    expect(JSON.stringify(framed)).toBe(JSON.stringify(reconcile(claims, [a, b, c])));
    // the reprint (b copies a's wire story) is found from the runs read with the articles: one origin, not two
    const copper = framed.find((f) => f.unit === "USD" && f.claimIds.length === 3);
    expect(copper?.status).toBe("conflicting");
    expect(framed.find((f) => f.unit === "USD" && f.claimIds.length === 2)).toBeUndefined();
  });

  test("frames given for only some of a source's claims: that source is framed again", () => {
    const read = readArticle(a, 1000);
    const partial = new Map([...read.frames].slice(0, 1));
    const withPartial = reconcile(read.claims, [a], {}, new Map([[a.id, { frames: partial, runs: read.runs }]]));
    expect(JSON.stringify(withPartial)).toBe(JSON.stringify(reconcile(read.claims, [a])));
  });
});

describe("ArticleCache", () => {
  test("reads an article once, again when its text or date line changes, and forgets removed sources", () => {
    const cache = new ArticleCache();
    const first = cache.read(a, 100);
    expect(cache.read({ ...a }, 100)).toBe(first);
    expect(cache.read({ ...a, published: "2027-01-01" }, 100)).not.toBe(first);
    expect(cache.read({ ...a, text: `${a.text} More.` }, 100)).not.toBe(first);
    expect(cache.read(a, 1)).not.toBe(first);
    cache.read(b, 100);
    cache.keepOnly(new Set([b.id]));
    expect(cache.size).toBe(1);
  });

  test("analyse with a cache gives the same result as without, and reports the claim limit each time", () => {
    const cache = new ArticleCache();
    const limits: number[] = [];
    const hooks = { articles: cache, maxClaimsPerSource: 1, onClaimLimit: (_s: unknown, found: number) => limits.push(found) };
    const once = analyse([a, b, c], {}, hooks);
    const firstLimits = limits.length;
    const twice = analyse([a, b, c], {}, hooks);
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
    expect(JSON.stringify(analyse([a, b, c], {}, { maxClaimsPerSource: 1 }))).toBe(JSON.stringify(once));
    expect(firstLimits).toBeGreaterThan(0);
    expect(limits.length).toBe(2 * firstLimits);
  });
});
