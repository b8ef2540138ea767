#!/usr/bin/env node
// `npm run probe`: the hostile inputs of issue 13 (1–3), generated at 1 MB and 4 MB in a temporary folder, each
// run through the built CLI in a process of its own. Prints, per input and size, the time, the peak memory (maxRSS),
// the exit status and what was written; then whether 4× the input took at most 4.5× the time (linear). Nothing is
// asserted: the numbers depend on the machine and its load. `--sizes 1,4` sets the sizes in MB.
//
//   1. number-dense text: "1 " repeated, beside the sample articles, --json to a file (was: "Invalid string length"
//      at 1 MB, heap out of memory at 4 MB);
//   2. one unbroken run of digits: "1234567890" repeated (quadratic while parseNumeral rescans the run);
//   3. terminal escapes: an HTML page whose og:site_name writes the clipboard (OSC 52), whose title recolours the
//      terminal, and whose body is escape sequences between figures; the file's name holds ESC[31m. The summary
//      and the messages must hold no raw control character.
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCli } from "./ensureCli.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sizeArg = process.argv.indexOf("--sizes");
const sizes = (sizeArg > 0 ? process.argv[sizeArg + 1] : "1,4").split(",").map(Number);
const MB = 1024 * 1024;
if (ensureCli(root, "probe") !== 0) process.exit(1);

/** Writes `piece` repeated to `bytes` bytes (cut at the end), in chunks. */
function writeRepeated(file, piece, bytes, head = "", tail = "") {
  const chunk = Buffer.from(piece.repeat(Math.max(1, Math.floor(MB / piece.length))));
  const fd = openSync(file, "w");
  let left = bytes - Buffer.byteLength(head) - Buffer.byteLength(tail);
  writeSync(fd, head);
  while (left > 0) left -= writeSync(fd, chunk, 0, Math.min(chunk.length, left));
  writeSync(fd, tail);
  closeSync(fd);
}

/** The last `n` bytes of a file, and how many lines of it start a claim. */
function scanJson(file) {
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(MB);
  let claims = 0;
  let sources = 0;
  let section = "";
  let carry = "";
  for (let got; (got = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) {
    const lines = (carry + buffer.toString("utf8", 0, got)).split("\n");
    carry = lines.pop();
    for (const line of lines) {
      if (line.startsWith('  "')) section = line.slice(3, line.indexOf('"', 3));
      else if (line.startsWith("    {")) {
        if (section === "claims") claims++;
        else if (section === "sources") sources++;
      }
    }
  }
  closeSync(fd);
  return { sources, claims, endsWell: carry === "" };
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function run(dir, args) {
  const rss = join(dir, "rss");
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", join(root, "scripts", "probe-rss.cjs"), join(root, "bin", "figure-audit.js"), ...args], {
    cwd: dir,
    env: { ...process.env, PROBE_RSS_FILE: rss, NO_COLOR: "1" },
    encoding: "utf8",
    maxBuffer: 256 * MB,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakMb = Number(readFileSync(rss, "utf8")) / 1024;
  return { seconds, peakMb, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CASES = [
  {
    name: "1. number-dense text beside the samples, --json FILE",
    make(dir, bytes) {
      for (const f of readdirSync(join(root, "samples"))) if (/\.(txt|md|html)$/.test(f)) copyFileSync(join(root, "samples", f), join(dir, f));
      writeRepeated(join(dir, "numbers.txt"), "1 ", bytes);
      return ["--json", "out.json", "--quiet", "."];
    },
    check(dir, r) {
      const json = scanJson(join(dir, "out.json"));
      return `JSON ${(statSync(join(dir, "out.json")).size / MB).toFixed(0)} MB, ${json.sources} sources, ${json.claims.toLocaleString("en-US")} claims${json.endsWell ? "" : ", NOT COMPLETE"}${r.stderr ? `; stderr: ${r.stderr.trim().slice(0, 120)}` : ""}`;
    },
  },
  {
    name: "2. one unbroken run of digits, --json FILE",
    make(dir, bytes) {
      writeRepeated(join(dir, "digits.txt"), "1234567890", bytes);
      return ["--json", "out.json", "--quiet", "digits.txt"];
    },
    check(dir) {
      const json = scanJson(join(dir, "out.json"));
      return `JSON ${json.claims.toLocaleString("en-US")} claims${json.endsWell ? "" : ", NOT COMPLETE"}`;
    },
  },
  {
    name: "3. terminal escapes in page metadata, text and file name, summary on stdout",
    make(dir, bytes) {
      const head = `<html><head><meta property="og:site_name" content="Harbour\u001b]52;c;ZWNobyBwd25lZA==\u0007Times">` +
        `<title>Port \u001b[31mnews\u001b[0m</title></head><body><p>`;
      writeRepeated(join(dir, "page\u001b[31m.html"), "Cargo rose 4% \u001b[2J\u001b]0;title\u001b\\ to 12 million tonnes. ", bytes, head, "</p></body></html>");
      writeFileSync(join(dir, "empty\u001b[5m.txt"), "");
      return ["--json", "out.json", "."];
    },
    check(_dir, r) {
      const raw = RAW_CONTROL.test(r.stdout) || RAW_CONTROL.test(r.stderr);
      const lines = r.stderr.split("\n").filter(Boolean);
      return `${r.stdout.split("\n").length} summary lines, ${lines.length} stderr lines (${lines.map((l) => l.slice(0, 60)).join(" | ")}); raw control characters printed: ${raw ? "YES" : "none"}`;
    },
  },
];

console.log(`probe: ${process.version}, sizes ${sizes.join(" and ")} MB (temporary files, removed after)`);
for (const c of CASES) {
  console.log(`\n${c.name}`);
  const times = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), "fa-probe-"));
    try {
      const args = c.make(dir, size * MB);
      const r = run(dir, args);
      times.push(r.seconds);
      console.log(`  ${String(size).padStart(2)} MB: ${r.seconds.toFixed(1).padStart(6)} s, peak ${r.peakMb.toFixed(0).padStart(5)} MB, exit ${r.status}; ${c.check(dir, r)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (times.length >= 2) {
    const scale = sizes[sizes.length - 1] / sizes[0];
    const ratio = times[times.length - 1] / times[0];
    const budget = 1.125 * scale;
    console.log(`  ${scale}× the input: ${ratio.toFixed(2)}× the time (${ratio <= budget ? "linear" : "NOT linear"}: budget ${budget.toFixed(1)}×)`);
  }
}
