/**
 * `npm run bench`: extraction throughput on a corpus of at least 2 MB built from samples/, side by side with
 * Microsoft Recognizers-Text, compromise and one pass of /\d[\d,.]*\/g (the floor); linearity; peak memory;
 * then the audit benchmark (scripts/bench-audit.ts, each size in processes of its own). Prints numbers; asserts nothing.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as Extract from "../src/core/extract/extractClaims";
import type * as Read from "../src/core/input/readArticle";
import type * as Create from "../src/core/source/createSource";
import type { Source } from "../src/core/types";
import { describeAuditBench, runAuditBench, type AuditBench } from "./bench-audit";
import { runInputsBench } from "./bench-inputs";
import { compiled } from "./compiled";

// The engine as the CLI runs it, compiled (see compiled.ts).
const WHO = "bench";
const { extractClaims } = compiled<typeof Extract>("core/extract/extractClaims", WHO);
const { readArticle } = compiled<typeof Read>("core/input/readArticle", WHO);
const { createSource } = compiled<typeof Create>("core/source/createSource", WHO);


const MB = 1024 * 1024;
const CORPUS_BYTES = 2 * MB;
const RUNS = 5;
/**
 * The comparison libraries are 100-10,000× slower (and Recognizers-Text's currency model grows faster than
 * linearly with the text: 4 kB take 5 s, 8 kB 25 s here), so they run article by article over the same corpus
 * until a time budget is spent; their MB/s is measured on what they processed.
 */
const RECOGNIZERS_BUDGET_MS = 15_000;
/** compromise is fastest on one long text (its per-call cost is high): one call on this much of the corpus. */
const COMPROMISE_SLICE = 128 * 1024;

const samplesDir = path.resolve(__dirname, "..", "samples");

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Sample texts (as the CLI reads them), varied per copy so the corpus is not one text repeated verbatim. */
function sampleTexts(): string[] {
  const texts: string[] = [];
  for (const name of fs.readdirSync(samplesDir).sort()) {
    const read = readArticle(name, fs.readFileSync(path.join(samplesDir, name)));
    if (read.ok) texts.push(read.text);
  }
  if (texts.length === 0) throw new Error(`no sample articles in ${samplesDir}`);
  return texts;
}

/** Copy k of a text: every digit shifted by k (mod 10), so values, widths and separators vary across copies. */
function vary(text: string, k: number): string {
  return text.replace(/\d/g, (d) => String((Number(d) + k) % 10));
}

function buildDocuments(minBytes: number): string[] {
  const texts = sampleTexts();
  const docs: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < minBytes; k++) {
    for (const t of texts) {
      const doc = vary(t, k % 10) + (k >= 10 ? `\n\nUpdate ${k}: figures revised.` : "");
      docs.push(doc);
      bytes += utf8Bytes(doc) + 2;
    }
  }
  return docs;
}

interface Memory {
  peakHeap: number;
}
const memory: Memory = { peakHeap: 0 };
function sampleMemory(): void {
  memory.peakHeap = Math.max(memory.peakHeap, process.memoryUsage().heapUsed);
}

/** Best wall time of `runs` runs after one warm-up run, in ms. */
function best(runs: number, fn: () => unknown): number {
  fn();
  sampleMemory();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    sampleMemory();
    min = Math.min(min, ms);
  }
  return min;
}

/** Runs `fn` on the documents in order until `budgetMs` is spent (at least one); bytes and ms processed. */
function budgeted(docs: readonly string[], budgetMs: number, fn: (text: string) => number): { bytes: number; ms: number; found: number; docs: number } {
  fn(docs[0]); // warm-up
  let bytes = 0;
  let found = 0;
  let n = 0;
  const t0 = process.hrtime.bigint();
  let ms = 0;
  while (n < docs.length && (n === 0 || ms < budgetMs)) {
    found += fn(docs[n]);
    bytes += utf8Bytes(docs[n]);
    n++;
    ms = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  sampleMemory();
  return { bytes, ms, found, docs: n };
}

function mbps(bytes: number, ms: number): number {
  return bytes / MB / (ms / 1000);
}

function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return "n/a";
  if (n >= 100) return n.toFixed(0);
  return n.toFixed(n >= 10 ? 1 : digits);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function maxRssMB(): number {
  return process.resourceUsage().maxRSS / 1024; // maxRSS is in kB
}

function progress(what: string): void {
  if (process.stderr.isTTY) process.stderr.write(`  … ${what}\r`);
}

async function main(): Promise<void> {
  const docs = buildDocuments(CORPUS_BYTES);
  const corpus = docs.join("\n\n");
  const corpusBytes = utf8Bytes(corpus);
  const sources: Source[] = docs.map((text, i) => createSource(text, { file: `doc-${i}.txt` }));
  const whole = createSource(corpus, { file: "corpus.txt" });
  const rssBefore = maxRssMB();

  console.log(`corpus: ${docs.length} articles built from samples/, ${(corpusBytes / MB).toFixed(2)} MB (UTF-8)`);
  console.log(`node ${process.version}, best of ${RUNS} runs after a warm-up unless noted\n`);

  // --- Figure Audit -------------------------------------------------------------------------------------------
  let claimCount = 0;
  const docsMs = best(RUNS, () => {
    claimCount = 0;
    for (const s of sources) claimCount += extractClaims(s).length;
  });
  let wholeClaims = 0;
  const wholeMs = best(RUNS, () => {
    wholeClaims = extractClaims(whole).length;
  });
  const rssOurs = maxRssMB();

  // Linearity: one text of 1× and 4× the corpus.
  const x4 = createSource([corpus, corpus, corpus, corpus].map((c, i) => vary(c, i + 1)).join("\n\n"), { file: "x4.txt" });
  const oneMs = wholeMs;
  let x4Claims = 0;
  const fourMs = best(RUNS, () => {
    x4Claims = extractClaims(x4).length;
  });
  const linearity = fourMs / oneMs;
  const rssOursX4 = maxRssMB();

  // --- The floor: one pass of a regular expression -------------------------------------------------------------
  let regexMatches = 0;
  const regexMs = best(RUNS, () => {
    regexMatches = 0;
    const re = /\d[\d,.]*/g;
    while (re.exec(corpus)) regexMatches++;
  });

  // --- compromise ---------------------------------------------------------------------------------------------
  progress("compromise");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require("compromise") as (text: string) => { numbers(): { length: number } };
  const compSlice = corpus.slice(0, COMPROMISE_SLICE);
  let compFound = 0;
  const compMs = best(1, () => {
    compFound = nlp(compSlice).numbers().length;
  });
  const compromise = { bytes: utf8Bytes(compSlice), ms: compMs, found: compFound, docs: compSlice.split("\n\n").length };

  // --- Microsoft Recognizers-Text -----------------------------------------------------------------------------
  progress("recognizers-text");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const R = require("@microsoft/recognizers-text-suite") as {
    Culture: { English: string };
    recognizeNumber(t: string, c: string): unknown[];
    recognizeCurrency(t: string, c: string): unknown[];
    recognizeDimension(t: string, c: string): unknown[];
    recognizePercentage(t: string, c: string): unknown[];
  };
  const en = R.Culture.English;
  const recognizers = budgeted(
    docs,
    RECOGNIZERS_BUDGET_MS,
    (text) =>
      R.recognizeNumber(text, en).length +
      R.recognizeCurrency(text, en).length +
      R.recognizeDimension(text, en).length +
      R.recognizePercentage(text, en).length,
  );

  const ours = mbps(corpusBytes, docsMs);
  const comp = mbps(compromise.bytes, compromise.ms);
  const rec = mbps(recognizers.bytes, recognizers.ms);
  const floor = mbps(corpusBytes, regexMs);
  const size = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} kB`);

  console.log("extraction throughput (same corpus; compromise on its first 128 kB in one call, Recognizers-Text article by article for 15 s)");
  console.log(
    table(
      ["extractor", "articles", "text", "ms", "MB/s", "found", "vs compromise"],
      [
        ["figure-audit extractClaims, per article", String(docs.length), size(corpusBytes), fmt(docsMs), fmt(ours), `${claimCount} claims`, `${fmt(ours / comp, 0)}×`],
        ["figure-audit extractClaims, one long text", "1", size(corpusBytes), fmt(wholeMs), fmt(mbps(corpusBytes, wholeMs)), `${wholeClaims} claims`, `${fmt(mbps(corpusBytes, wholeMs) / comp, 0)}×`],
        ["compromise nlp(t).numbers()", "(slice)", size(compromise.bytes), fmt(compromise.ms), fmt(comp, 3), `${compromise.found} numbers`, "1×"],
        ["recognizers-text number+currency+dimension+percentage", String(recognizers.docs), size(recognizers.bytes), fmt(recognizers.ms), fmt(rec, 3), `${recognizers.found} results`, `${fmt(rec / comp, 2)}×`],
        ["floor: one pass of /\\d[\\d,.]*/g", "1", size(corpusBytes), fmt(regexMs), fmt(floor), `${regexMatches} matches`, `${fmt(floor / comp, 0)}×`],
      ],
    ),
  );
  console.log("");
  console.log(`throughput ≥ 20 MB/s:            ${fmt(ours)} MB/s  ${ours >= 20 ? "yes" : "NO"}`);
  console.log(`more than 100× compromise:       ${fmt(ours / comp, 0)}×  ${ours / comp > 100 ? "yes" : "NO"}`);
  console.log(
    `linearity (4× text / 1× text):   ${fmt(fourMs)} ms / ${fmt(oneMs)} ms = ${linearity.toFixed(2)}×  (≤ 4.5: ${linearity <= 4.5 ? "yes" : "NO"}); ` +
      `claims ${x4Claims} / ${wholeClaims} = ${(x4Claims / wholeClaims).toFixed(2)}×`,
  );
  console.log(
    `peak memory:                     rss ${rssBefore.toFixed(0)} MB after building the corpus, ${rssOurs.toFixed(0)} MB after extraction, ` +
      `${rssOursX4.toFixed(0)} MB with the 4× text; ${maxRssMB().toFixed(0)} MB at the end (the comparison libraries loaded); ` +
      `heapUsed peak ${(memory.peakHeap / MB).toFixed(0)} MB (sampled after each run)`,
  );

  const loadavg = os.loadavg()[0];
  console.log(
    `machine speed now:               the floor runs at ${fmt(floor)} MB/s (the issue quotes ~1,800 MB/s for its machine), ` +
      `load average ${loadavg.toFixed(1)} on ${os.cpus().length} cores; ` +
      `extraction is ${(100 * ours / floor).toFixed(2)}% of the floor`,
  );

  // --- Reading the inputs -------------------------------------------------------------------------------------
  console.log("\ninputs: reading files (test/fixtures/inputs and samples/)");
  progress("inputs");
  for (const line of await runInputsBench()) console.log(`  ${line}`);

  // --- The audit ----------------------------------------------------------------------------------------------
  console.log("\naudit: reconcile()");
  // Each size in processes of its own (see runAuditBench): neither is timed in a heap grown by the other's corpus, or
  // by this benchmark's corpus and comparison libraries.
  let audit: AuditBench;
  try {
    audit = runAuditBench((line) => console.error(line));
  } catch (error) {
    console.log(`  audit bench failed: ${(error as Error).message}`);
    return;
  }
  for (const line of describeAuditBench(audit)) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
