/**
 * The benchmarks time the code the CLI runs: compiled by tsc into dist/ (built first when older than src/), not the
 * sources as tsx runs these scripts. tsx keeps function names by wrapping every closure it makes in a call
 * (`__name`), which no shipped build does (the audit measured ~40% slower under tsx). For extraction the difference
 * is within this virtual machine's drift: runs of the same comparison gave 12.5 vs 20.9, 20.4 vs 11.8 and 11.8 vs
 * 12.0 MB/s (sources vs compiled), so only the compiled numbers are the CLI's.
 */
import { createRequire } from "node:module";
import * as path from "node:path";
import { ensureCli } from "./ensureCli.mjs";

const root = path.resolve(__dirname, "..");
let built = false;

/** The module at `src/<modulePath>` as compiled into dist/ (`modulePath` without extension, e.g. "core/audit/reconcile"). */
export function compiled<T>(modulePath: string, who = "bench"): T {
  if (!built) {
    if (ensureCli(root, who) !== 0) throw new Error(`${who}: the build (npm run build:cli) failed`);
    built = true;
  }
  return createRequire(__filename)(path.join(root, "dist", modulePath)) as T;
}
