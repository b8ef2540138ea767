// Builds the CLI (npm run build:cli) only when dist/cli/main.js is missing or older than a file under src/:
// `npm ci` already built it (prepare), so `npm ci && npm run demo` compiles once.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Returns 0 when dist/ is ready, else the build's exit status. `who` names the caller in the message. */
export function ensureCli(root, who) {
  const built = join(root, "dist", "cli", "main.js");
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(root, "src"))) return 0;
  console.log(`${who}: building the CLI (npm run build:cli)`);
  const r = spawnSync("npm", ["run", "--silent", "build:cli"], { cwd: root, stdio: "inherit" });
  if (r.error) throw r.error;
  return r.status ?? 1;
}
