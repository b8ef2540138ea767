import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const DIST = path.join(ROOT, "dist");

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when dist/ holds a task pane built after the last change to its sources. */
export function distIsFresh(): boolean {
  const built = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(built) || !fs.existsSync(path.join(DIST, "taskpane.js"))) return false;
  const inputs = Math.max(
    newestMtime(path.join(ROOT, "src")),
    newestMtime(path.join(ROOT, "assets")),
    newestMtime(path.join(ROOT, "webpack.config.js")),
    newestMtime(path.join(ROOT, "manifest.xml")),
  );
  return fs.statSync(path.join(DIST, "taskpane.js")).mtimeMs >= inputs;
}

/**
 * Builds the production bundle unless dist/ is fresh. With `stats`, also writes webpack's stats JSON (for naming
 * the largest modules). Returns null when the build is ready, else why it could not be built.
 */
export function ensureDist(options: { stats?: string; force?: boolean } = {}): string | null {
  if (!options.force && !options.stats && distIsFresh()) return null;
  const webpack = path.join(ROOT, "node_modules", ".bin", "webpack");
  if (!fs.existsSync(webpack)) return "webpack is not installed (run npm ci)";
  const args = ["--mode", "production"];
  if (options.stats) args.push("--json", options.stats);
  const run = spawnSync(webpack, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    const tail = `${run.stdout ?? ""}\n${run.stderr ?? ""}`.trim().split("\n").slice(-15).join("\n");
    return `webpack --mode production failed:\n${tail}`;
  }
  return fs.existsSync(path.join(DIST, "taskpane.html")) ? null : "the build wrote no dist/taskpane.html";
}
