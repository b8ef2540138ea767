/**
 * The benchmarks time the code the CLI runs: compiled by tsc into dist/ (built first when older than src/), not the
 * sources as tsx runs these scripts. tsx keeps function names by wrapping every closure it makes in a call
 * (`__name`), which no shipped build does: on this machine (2 cores, quiet) extraction measured 12.5 MB/s from the
 * sources against 20.9 MB/s compiled, and the audit ~40% slower.
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
