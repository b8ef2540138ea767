/**
 * Runs the extraction engine on a folder of .txt articles and writes score.mjs's input format:
 *   npx tsx scripts/eval-extract.ts OUT.json [CORPUS_DIR]
 * then: node ../shared/eval/score.mjs --gold ../shared/corpus/seeds.gold.json --corpus ../shared/corpus/seeds OUT.json
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createSource } from "../src/core/source/createSource";
import { extractClaims } from "../src/core/extract/extractClaims";

const out = process.argv[2] ?? "out.json";
const dir = process.argv[3] ?? resolve(__dirname, "../../shared/corpus/seeds");
const files = readdirSync(dir).filter((f) => /\.(txt|md)$/i.test(f)).sort();
const sources = files.map((f) => createSource(readFileSync(join(dir, f), "utf8"), { file: f }));
const claims = sources.flatMap((s) => extractClaims(s));
writeFileSync(out, JSON.stringify({ sources, claims, figures: [] }, null, 1));
if (process.env.SHOW) {
  for (const c of claims) {
    const s = sources.find((x) => x.id === c.sourceId);
    console.log(`${s?.file?.slice(0, 3)} ${JSON.stringify(c.surface)} ${c.value} ${c.unit} [${c.qualifier}] subj=${JSON.stringify(c.subject)} per=${JSON.stringify(c.period)} attr=${JSON.stringify(c.attribution)}`);
  }
}
console.error(`${sources.length} sources, ${claims.length} claims -> ${out}`);
