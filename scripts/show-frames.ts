/**
 * Prints the claim frame of every claim of the given articles, one line each: a tool to read what the frame
 * stages make of real text.   npx tsx scripts/show-frames.ts FILE...
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { extractClaims } from "../src/core/extract/extractClaims";
import { frameClaims } from "../src/core/frame/frameClaims";
import { readArticle } from "../src/core/input/readArticle";
import { withBatchDates } from "../src/core/source/batchDates";
import { createSource } from "../src/core/source/createSource";
import type { Claim, Source } from "../src/core/types";

const read: Source[] = [];
for (const file of process.argv.slice(2)) {
  const article = readArticle(basename(file), new Uint8Array(readFileSync(file)));
  if (!article.ok) throw new Error(`${file}: ${article.error}`);
  read.push(createSource(article.text, { file: basename(file) }));
}
// (the files given together are read as one batch, as analyse reads them)
const sources = withBatchDates(read);
const claims: Claim[] = sources.flatMap((source) => extractClaims(source));
const frames = frameClaims(claims, new Map(sources.map((s) => [s.id, s])));
for (const c of claims) {
  const f = frames.get(c.id);
  const file = sources.find((s) => s.id === c.sourceId)?.file?.slice(0, 3);
  if (!f) continue;
  const places = f.places.map((p) => `${p.code}${p.role === "place" || p.role === "pair" ? "" : p.role === "exporter" ? "(exp)" : "(imp)"}${p.explicit ? "" : "*"}`).join(" ");
  console.log(`${file} ${JSON.stringify(c.surface).padEnd(34)} ${c.unit.padEnd(7)} ${(f.measure ? `${f.measure.key}[${f.measure.how[0]}]` : "-").padEnd(18)} ${(f.product ?? "-").padEnd(12)} ${f.scopeKey.padEnd(10)} ${(f.period ? `${f.period.label}[${f.periodHow[0]}]` : "-").padEnd(16)} ${f.kind.padEnd(6)} ${f.holder ? `@${f.holder} ` : ""}${f.site ? `#${f.site} ` : ""}${f.origin || "-"}${f.originHow === "story" ? "*" : ""} ${f.conversionOf ? "CONV" : ""} | ${places}`);
}
