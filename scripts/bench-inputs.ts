/**
 * What reading the inputs costs (npm run bench prints it; `npx tsx scripts/bench-inputs.ts` runs this part alone):
 * plain text read and extracted (decoding by TextDecoder included), a saved news page in reader mode
 * (@mozilla/readability over linkedom), a PDF page (PDF.js through unpdf) and a Word file (mammoth), each on
 * our own fixtures in test/fixtures/inputs, best of several runs after a warm-up.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type * as ParseDocument from "../src/cli/parseDocument";
import type * as Extract from "../src/core/extract/extractClaims";
import type * as Read from "../src/core/input/readArticle";
import type * as Create from "../src/core/source/createSource";
import type * as ReadDocument from "../src/reader/readDocument";
import { compiled } from "./compiled";

// The engine as the CLI runs it, compiled (see compiled.ts).
const WHO = "inputs bench";
const { extractClaims } = compiled<typeof Extract>("core/extract/extractClaims", WHO);
const { readArticle } = compiled<typeof Read>("core/input/readArticle", WHO);
const { createSource } = compiled<typeof Create>("core/source/createSource", WHO);
const { readDocument } = compiled<typeof ReadDocument>("reader/readDocument", WHO);
const { parseDocument } = compiled<typeof ParseDocument>("cli/parseDocument", WHO);

const fixtures = path.resolve(__dirname, "..", "test", "fixtures", "inputs");
const samples = path.resolve(__dirname, "..", "samples");
const MB = 1024 * 1024;

async function bestMs(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn(); // warm-up
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** Plain-text articles of about `bytes` in total, from samples/*.txt, digits varied per copy. */
function plainTexts(bytes: number): { name: string; bytes: Uint8Array }[] {
  const texts = fs.readdirSync(samples).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(samples, f), "utf8"));
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (let k = 0, total = 0; total < bytes; k++) {
    for (const t of texts) {
      const doc = Buffer.from(t.replace(/\d/g, (d) => String((Number(d) + k) % 10)));
      out.push({ name: `doc-${out.length}.txt`, bytes: doc });
      total += doc.length;
    }
  }
  return out;
}

export async function runInputsBench(): Promise<string[]> {
  const lines: string[] = [];
  const texts = plainTexts(2 * MB);
  const textBytes = texts.reduce((n, t) => n + t.bytes.length, 0);
  const plainMs = await bestMs(3, () => {
    for (const t of texts) {
      const read = readArticle(t.name, t.bytes);
      if (read.ok) extractClaims(createSource(read.text, { file: t.name }));
    }
  });
  const plain = textBytes / MB / (plainMs / 1000);
  lines.push(
    `plain text, read (TextDecoder) + extracted: ${plain.toFixed(1)} MB/s on ${(textBytes / MB).toFixed(2)} MB in ${texts.length} files  ` +
      `(≥ 10 MB/s: ${plain >= 10 ? "yes" : "NO"})`,
  );

  const pages = fs.readdirSync(fixtures).filter((f) => f.endsWith(".html")).map((f) => ({ name: f, bytes: fs.readFileSync(path.join(fixtures, f)) }));
  const pageMs = await bestMs(10, async () => {
    for (const p of pages) await readDocument(p.name, p.bytes, { parseDocument });
  });
  const pageKb = pages.reduce((n, p) => n + p.bytes.length, 0) / pages.length / 1024;
  lines.push(`saved page, reader mode (readability over linkedom): ${(pageMs / pages.length).toFixed(2)} ms per page (${pages.length} pages of ${pageKb.toFixed(1)} kB)`);
  // A larger page: the first fixture's article repeated until the page is about 300 kB (a long live blog).
  const big = fs.readFileSync(path.join(fixtures, "harbour-gazette-port-volumes.html"), "utf8");
  const body = big.slice(big.indexOf("<p>The Port"), big.indexOf("<aside class=\"related\">"));
  const long = Buffer.from(big.replace(body, body.repeat(Math.ceil((300 * 1024) / body.length))));
  const longMs = await bestMs(3, () => readDocument("long.html", long, { parseDocument }));
  lines.push(`saved page of ${(long.length / 1024).toFixed(0)} kB: ${longMs.toFixed(1)} ms (${(long.length / MB / (longMs / 1000)).toFixed(1)} MB/s)`);

  const pdf = fs.readFileSync(path.join(fixtures, "rail-freight-review.pdf"));
  const firstPdf = performance.now();
  await readDocument("r.pdf", pdf, { parseDocument });
  const firstPdfMs = performance.now() - firstPdf;
  const pdfMs = await bestMs(10, () => readDocument("r.pdf", pdf, { parseDocument }));
  lines.push(`PDF (PDF.js through unpdf): ${(pdfMs / 2).toFixed(2)} ms per page (2-page report; the first PDF of a run also loads PDF.js: ${firstPdfMs.toFixed(0)} ms)`);

  const docx = fs.readFileSync(path.join(fixtures, "health-board-clinics.docx"));
  const docxMs = await bestMs(10, () => readDocument("d.docx", docx, { parseDocument }));
  lines.push(`Word (mammoth): ${docxMs.toFixed(2)} ms per document (${(docx.length / 1024).toFixed(1)} kB)`);
  return lines;
}

if (require.main === module) {
  runInputsBench().then(
    (lines) => console.log(lines.join("\n")),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
