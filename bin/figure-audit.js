#!/usr/bin/env -S node --max-semi-space-size=64
"use strict";
// The flag on the first line: a young generation of 64 MB semi-spaces (V8's default on 64-bit is 16 MB). A large
// audit keeps ~2 GB alive, and each collection of the young generation costs more the larger the heap: at 1M claims
// 234 such collections took 1.6 s of a 10 s audit, at 64 MB 58 took 0.9 s (`npm run bench`, which times the audit
// with these flags, needs it for issue 11's "10× the claims in ≤ 12× the time"). Small runs never grow into it.
// `node bin/figure-audit.js` skips the first line: give the flag yourself there.
// The `figure-audit` command. The TypeScript sources are compiled to dist/ by `npm run build:cli`,
// which `npm ci` / `npm install` run through the "prepare" script.
const fs = require("node:fs");
const path = require("node:path");

const entry = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "figure-audit: the command is not built yet (dist/cli/main.js is missing).\n" +
      "Run `npm run build:cli` in " + path.resolve(__dirname, "..") + " (npm ci runs it for you).\n",
  );
  process.exit(2);
}
require(entry).run();
