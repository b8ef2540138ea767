#!/usr/bin/env node
// `npm run eval`: runs figure-audit --json on the seed articles and scores the result against the gold
// annotation with ../shared/eval/score.mjs. Skips (exit 0) when ../shared is not beside the repository.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCli } from "./ensureCli.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const seeds = join(shared, "corpus", "seeds");
const gold = join(shared, "corpus", "seeds.gold.json");
const scorer = join(shared, "eval", "score.mjs");

if (![seeds, gold, scorer].every((p) => existsSync(p))) {
  console.log(`eval: skipped, ${shared} (corpus/seeds, corpus/seeds.gold.json, eval/score.mjs) is not there`);
  process.exit(0);
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", ...options });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

if (ensureCli(root, "eval") !== 0) process.exit(1);

mkdirSync(join(root, "out"), { recursive: true });
const result = join(root, "out", "seeds.json");
const cli = run(process.execPath, [join(root, "bin", "figure-audit.js"), "--quiet", "--json", result, seeds]);
if (cli !== 0) {
  console.error(`eval: figure-audit exited with ${cli}`);
  process.exit(cli);
}
const status = run(process.execPath, [
  scorer, "--gold", gold, "--corpus", seeds, result,
  "--min-recall", "0.95", "--min-precision", "0.90", "--min-status", "0.95",
  ...process.argv.slice(2),
]);
process.exit(status);
