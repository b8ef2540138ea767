/**
 * Regression on the shared seed articles (skipped with a message when ../shared is absent): every must-claim of the
 * gold annotation is found with the right value and unit, and nothing outside the annotation is extracted.
 */
import * as fs from "fs";
import * as path from "path";
import { createSource } from "../../../src/core/source/createSource";
import { extractClaims } from "../../../src/core/extract/extractClaims";
import { describeUnless } from "../../helpers/skip";

const shared = path.resolve(__dirname, "../../../../shared");
const goldPath = path.join(shared, "corpus/seeds.gold.json");
const have = fs.existsSync(goldPath);

interface GoldClaim { text: string; occurrence: number; value: number; unit: string; level: string }
const SCALE: Record<string, number> = { m3: 1, s: 1, count: 1, x: 1, ordinal: 1, "%": 1, USD: 1, EUR: 1, "EUR/kWh": 1 };

describeUnless(have ? null : `${goldPath} not found`, "seed regression")("seed articles", () => {
  // without ../shared there are no documents: one test stands for them, counted as skipped
  if (!have) it("every seed article", () => undefined);
  const gold = have ? JSON.parse(fs.readFileSync(goldPath, "utf8")) : { documents: [] };
  for (const doc of gold.documents as { file: string; claims: GoldClaim[] }[]) {
    it(doc.file, () => {
      const text = fs.readFileSync(path.join(shared, "corpus/seeds", doc.file), "utf8");
      const claims = extractClaims(createSource(text, { file: doc.file }));
      const spans = doc.claims.map((g) => {
        let at = -1;
        for (let k = 0; k < g.occurrence; k++) at = text.indexOf(g.text, at + 1);
        return { ...g, start: at, end: at + g.text.length };
      });
      for (const g of spans.filter((x) => x.level === "must")) {
        const hit = claims.find((c) => c.start < g.end && g.start < c.end);
        expect(hit && { text: g.text, unit: hit.unit }).toEqual({ text: g.text, unit: g.unit });
        expect(hit!.value * (SCALE[hit!.unit] ?? 1)).toBeCloseTo(g.value, 6);
      }
      const outside = claims.filter((c) => !spans.some((g) => c.start < g.end && g.start < c.end)).map((c) => c.surface);
      expect(outside).toEqual([]);
    });
  }
});
