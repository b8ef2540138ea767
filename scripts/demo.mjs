#!/usr/bin/env node
// `npm run demo`: the sample articles with the sample metric catalogue and FX table, out/figures.xlsx written and
// the audit printed. Builds the CLI only when dist/ is missing or stale.
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCli } from "./ensureCli.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const built = ensureCli(root, "demo");
if (built !== 0) process.exit(built);
const args = ["--xlsx", "out/figures.xlsx", "--metrics", "samples/metrics.csv", "--fx", "samples/fx.csv", "samples", ...process.argv.slice(2)];
const r = spawnSync(process.execPath, [join(root, "bin", "figure-audit.js"), ...args], { cwd: root, stdio: "inherit" });
if (r.error) throw r.error;
process.exit(r.status ?? 1);
