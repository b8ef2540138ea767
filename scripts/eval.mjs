#!/usr/bin/env node
// `npm run eval`: scores extraction on the corpora beside the repository (../shared) and prints one line each:
//   seeds  — ../shared/corpus/seeds against seeds.gold.json (score.mjs): recall ≥ 95%, precision ≥ 90%, status ≥ 95%
//   dev    — ../shared/corpus/dev (real trade and energy news) against its gold.json: recall ≥ 97%, precision ≥ 95%
//   six recognizer files (../shared/corpus/recognizers, score-sentences.mjs): value+unit recall of currency,
//   dimension, temperature, age, percent; value recall of ranges.
// `--verbose` prints every scorer's full output (misses included). Exit status 1 when a line is below its target.
// Skips (exit 0, with a message) when ../shared is not there.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCli } from "./ensureCli.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const corpus = join(shared, "corpus");
const scorer = join(shared, "eval", "score.mjs");
const sentenceScorer = join(shared, "eval", "score-sentences.mjs");
const verbose = process.argv.includes("--verbose");

if (![join(corpus, "seeds"), join(corpus, "seeds.gold.json"), scorer].every((p) => existsSync(p))) {
  console.log(`eval: skipped, ${shared} (corpus/seeds, corpus/seeds.gold.json, eval/score.mjs) is not there`);
  process.exit(0);
}

/** Runs a command; returns its status and stdout (stderr passes through). */
function run(cmd, args, capture = true) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"], encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  return { status: r.status ?? 1, out: r.stdout ?? "" };
}

if (ensureCli(root, "eval") !== 0) process.exit(1);

const outDir = join(root, "out");
mkdirSync(outDir, { recursive: true });
const cli = join(root, "bin", "figure-audit.js");

function extract(result, input) {
  const r = run(process.execPath, [cli, "--quiet", "--json", result, input]);
  if (r.status !== 0) {
    console.error(`eval: figure-audit exited with ${r.status} on ${input}`);
    process.exit(r.status);
  }
}

const lines = [];
let below = false;

/** score.mjs on one annotated folder; its last "recall … precision …" line. */
function scoreArticles(name, dir, gold, thresholds) {
  if (!existsSync(dir) || !existsSync(gold)) {
    lines.push(`${name}: skipped (${dir} is not there)`);
    return;
  }
  const result = join(outDir, `${name}.json`);
  extract(result, dir);
  const r = run(process.execPath, [scorer, "--gold", gold, "--corpus", dir, result, ...thresholds, ...(verbose ? ["--verbose"] : [])]);
  if (verbose) process.stdout.write(`--- ${name}\n${r.out}`);
  const summary = r.out.split("\n").find((l) => l.startsWith("recall ")) ?? "(no summary line)";
  const ok = r.status === 0;
  if (!ok) below = true;
  const which = /^below threshold: (.*)$/m.exec(r.out);
  lines.push(`${name.padEnd(6)} ${summary}${ok ? "" : `   (below target: ${which ? which[1] : `status ${r.status}`})`}`);
}

scoreArticles("seeds", join(corpus, "seeds"), join(corpus, "seeds.gold.json"), ["--min-recall", "0.95", "--min-precision", "0.90", "--min-status", "0.95"]);
scoreArticles("dev", join(corpus, "dev", "articles"), join(corpus, "dev", "gold.json"), ["--min-recall", "0.97", "--min-precision", "0.95"]);

// The recognizer files: [file, which recall counts, target %]
const RECOGNIZERS = [
  ["numberwithunit-CurrencyModel.jsonl", "value+unit", 90],
  ["numberwithunit-DimensionModel.jsonl", "value+unit", 85],
  ["numberwithunit-TemperatureModel.jsonl", "value+unit", 90],
  ["numberwithunit-AgeModel.jsonl", "value+unit", 85],
  ["number-PercentModel.jsonl", "value+unit", 80],
  ["number-NumberRangeModel.jsonl", "value", 70],
];
const recognizers = join(corpus, "recognizers");
for (const [file, kind, target] of RECOGNIZERS) {
  const data = join(recognizers, file);
  if (!existsSync(data) || !existsSync(sentenceScorer)) {
    lines.push(`${file}: skipped (not there)`);
    continue;
  }
  const base = join(outDir, file.replace(/\.jsonl$/, ""));
  if (run(process.execPath, [sentenceScorer, "corpus", data, `${base}.txt`]).status !== 0) process.exit(1);
  extract(`${base}.json`, `${base}.txt`);
  const r = run(process.execPath, [sentenceScorer, "score", data, `${base}.txt`, `${base}.json`, ...(verbose ? ["--misses", "1000"] : [])]);
  if (verbose) process.stdout.write(`--- ${file}\n${r.out}`);
  const summary = r.out.trim().split("\n").pop() ?? "";
  const m = kind === "value" ? /recall value ([\d.]+)%/.exec(summary) : /value\+unit ([\d.]+)%/.exec(summary);
  const got = m ? Number(m[1]) : NaN;
  const ok = got >= target;
  if (!ok) below = true;
  lines.push(`${summary}   (${kind} target ${target}%${ok ? "" : ": BELOW"})`);
}

console.log(lines.join("\n"));
process.exit(below ? 1 : 0);
