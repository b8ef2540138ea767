// Preloaded by scripts/probe.mjs (node --require): when the process ends, writes its peak resident memory (KB) to
// the file named by PROBE_RSS_FILE.
"use strict";
const fs = require("node:fs");
process.on("exit", () => {
  if (process.env.PROBE_RSS_FILE) fs.writeFileSync(process.env.PROBE_RSS_FILE, String(process.resourceUsage().maxRSS));
});
