/**
 * The installed command: bin/figure-audit.js run as a child process on the compiled dist/ (built by `npm ci`
 * through "prepare", or by .ci/run). Built here only when dist/ is missing or older than the sources.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { makeMixedFolder } from "./badInputs";

const root = path.resolve(__dirname, "..", "..");
const bin = path.join(root, "bin", "figure-audit.js");
const built = path.join(root, "dist", "cli", "main.js");

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

let dir: string;
beforeAll(() => {
  const sources = ["core", "cli", "workbook", "xlsx"].map((d) => path.join(root, "src", d)).filter((d) => fs.existsSync(d));
  if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < Math.max(...sources.map(newest))) {
    execFileSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(root, "tsconfig.cli.json")], { stdio: "inherit" });
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-bin-"));
  makeMixedFolder(dir);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], cwd = dir, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "", ...env } });
}

describe("bin/figure-audit.js", () => {
  it("prints the JSON on stdout and one line per bad input on stderr, exit 0", () => {
    const r = cli(["--json", "-", "."]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sources.map((s: { file: string }) => s.file).sort()).toEqual(["good.txt", "latin1.txt", "notes.md", "page.html"]);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(6);
    for (const name of ["binary.txt", "broken-link.txt", "empty.txt", "garbage.md", "huge.txt", "latin1.txt"])
      expect(lines.filter((l) => l.includes(name))).toHaveLength(1);
  });

  it("exits 1 when nothing could be read and 2 on a usage error", () => {
    const none = cli(["empty.txt", "binary.txt"]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("figure-audit: empty.txt: empty file");
    expect(none.stderr).toContain("figure-audit: nothing could be read");
    const usage = cli(["--bogus"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr.split("\n")[0]).toBe("figure-audit: unknown option --bogus");
  });

  it("runs the samples into a workbook and prints the summary without colour when piped", () => {
    const r = cli(["--xlsx", path.join(dir, "out", "figures.xlsx"), path.join(root, "samples")], root);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^figure-audit: 4 sources, \d+ claims, \d+ figures/);
    expect(r.stdout).not.toContain("\u001b[");
    expect(fs.statSync(path.join(dir, "out", "figures.xlsx")).size).toBeGreaterThan(1000);
  });

  // The first line gives node its flags (a larger young generation for large audits: see the bin's comment).
  const posix = process.platform === "win32" ? it.skip : it;
  posix("runs through its first line, whose node flags node accepts", () => {
    const first = fs.readFileSync(bin, "utf8").split("\n", 1)[0];
    expect(first).toMatch(/^#!\/usr\/bin\/env -S node --max-semi-space-size=\d+$/);
    const direct = spawnSync(bin, ["--version"], { encoding: "utf8" });
    expect(direct.stderr).toBe("");
    expect(direct.stdout).toMatch(/^figure-audit \d+\.\d+\.\d+/);
  });

  it("prints its help and version", () => {
    expect(cli(["--help"]).stdout).toMatch(/^usage: figure-audit /);
    expect(cli(["--version"]).stdout).toMatch(/^figure-audit \d+\.\d+\.\d+/);
  });
});
