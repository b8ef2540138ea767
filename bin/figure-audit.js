#!/usr/bin/env node
"use strict";
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
