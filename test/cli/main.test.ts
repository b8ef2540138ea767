import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main, type CliIo } from "../../src/cli/main";
import { makeMixedFolder } from "./badInputs";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runCli(
  argv: string[],
  cwd: string,
  extra: { isTTY?: boolean; env?: Record<string, string>; workbookClaims?: number } = {},
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t), isTTY: extra.isTTY ?? false },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
    env: extra.env ?? {},
  };
  const code = await main(argv, io, extra.workbookClaims === undefined ? undefined : { workbookClaims: extra.workbookClaims });
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-cli-"));
  fs.mkdirSync(path.join(dir, "mixed"));
  makeMixedFolder(path.join(dir, "mixed"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("figure-audit on a folder mixing good and bad inputs", () => {
  let run: Run;
  let json: { sources: { file: string; text?: string }[]; claims: { sourceId: string }[]; figures: unknown[] };
  beforeAll(async () => {
    run = await runCli(["--json", "-", "--with-text", "mixed", "missing-folder", "missing.txt"], dir);
    json = JSON.parse(run.stdout);
  });

  it("still reads the good files and exits 0", () => {
    expect(run.code).toBe(0);
    expect(json.sources.map((s) => s.file).sort()).toEqual(["good.txt", "latin1.txt", "notes.md", "page.html"]);
    expect(json.claims.length).toBeGreaterThan(0);
    expect(Array.isArray(json.figures)).toBe(true);
  });

  it("gives exactly one stderr line per bad input, naming the file", () => {
    const lines = run.stderr.trimEnd().split("\n");
    const expected: [string, RegExp][] = [
      ["missing-folder", /no such file or folder/],
      ["missing.txt", /no such file or folder/],
      [path.join("mixed", "binary.txt"), /binary file, not text/],
      [path.join("mixed", "broken-link.txt"), /no such file or folder/],
      [path.join("mixed", "empty.txt"), /empty file/],
      [path.join("mixed", "garbage.md"), /not UTF-8 text/],
      [path.join("mixed", "huge.txt"), /too large \(50 MB, limit 16 MB\)/],
      [path.join("mixed", "latin1.txt"), /warning: invalid UTF-8: 1 byte sequence/],
    ];
    expect(lines).toHaveLength(expected.length);
    for (const [name, message] of expected) {
      const line = lines.find((l) => l.includes(name));
      expect(line).toBeDefined();
      expect(line).toMatch(/^figure-audit: /);
      expect(line).toMatch(message);
    }
  });

  it("drops script and style contents from HTML and keeps the decodable part of invalid UTF-8", () => {
    const page = json.sources.find((s) => s.file === "page.html")!;
    expect(page.text).toBe("Port traffic\n\nContainer traffic rose 9% last year.");
    expect(run.stdout).not.toContain("SCRIPT_SECRET_4242");
    expect(run.stdout).not.toContain("31337");
    const latin = json.sources.find((s) => s.file === "latin1.txt")!;
    expect(latin.text).toContain("Imports rose 7% in M\ufffdnchen");
  });

  it("leaves source texts out of the JSON unless --with-text", async () => {
    const r = await runCli(["--json", "-", path.join("mixed", "good.txt")], dir);
    const out = JSON.parse(r.stdout);
    expect(out.sources).toHaveLength(1);
    expect(out.sources[0]).not.toHaveProperty("text");
    expect(out.sources[0]).toMatchObject({ file: "good.txt", url: "https://grain.example/wheat" });
  });
});

describe("special files", () => {
  it("refuses a named pipe and a device instead of blocking on them", async () => {
    const fifo = path.join(dir, "pipe.txt");
    const made = spawnSync("mkfifo", [fifo]).status === 0;
    const args = made ? ["--json", "-", "pipe.txt", "/dev/zero"] : ["--json", "-", "/dev/zero"];
    const r = await runCli(args, dir);
    expect(r.code).toBe(1);
    if (made) expect(r.stderr).toContain("figure-audit: pipe.txt: not a regular file");
    expect(r.stderr).toContain("figure-audit: /dev/zero: not a regular file");
  });
});

describe("the same article twice", () => {
  it("is read once, with a warning, when two files hold the same text, whatever their names", async () => {
    fs.mkdirSync(path.join(dir, "copy"), { recursive: true });
    fs.copyFileSync(path.join(dir, "mixed", "good.txt"), path.join(dir, "copy", "good.txt"));
    fs.copyFileSync(path.join(dir, "mixed", "good.txt"), path.join(dir, "copy", "renamed.txt"));
    const r = await runCli(["--json", "-", path.join("mixed", "good.txt"), path.join("copy", "good.txt"), path.join("copy", "renamed.txt")], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sources).toHaveLength(1);
    expect(r.stderr).toBe(
      `figure-audit: warning: ${path.join("copy", "good.txt")}: same text as ${path.join("mixed", "good.txt")}; read once\n` +
        `figure-audit: warning: ${path.join("copy", "renamed.txt")}: same text as ${path.join("mixed", "good.txt")}; read once\n`,
    );
  });

  it("is read once when a page and its text, saved apart, give the same address", async () => {
    fs.mkdirSync(path.join(dir, "saved"), { recursive: true });
    fs.writeFileSync(
      path.join(dir, "saved", "wheat.html"),
      '<html><head><link rel="canonical" href="https://www.grain.example/wheat?utm_source=feed"></head><body><p>Wheat exports reached 52 million tonnes in 2025.</p></body></html>',
    );
    const r = await runCli(["--json", "-", path.join("mixed", "good.txt"), path.join("saved", "wheat.html")], dir);
    expect(JSON.parse(r.stdout).sources).toHaveLength(1);
    expect(r.stderr).toBe(
      `figure-audit: warning: ${path.join("saved", "wheat.html")}: same address (https://www.grain.example/wheat?utm_source=feed) as ${path.join("mixed", "good.txt")}; read once\n`,
    );
  });

  it("keeps source, claim and figure ids when a file is renamed or moved", async () => {
    const ids = async (file: string) => {
      const out = JSON.parse((await runCli(["--json", "-", file], dir)).stdout) as {
        sources: { id: string }[];
        claims: { id: string }[];
        figures: { id: string }[];
      };
      return { sources: out.sources.map((s) => s.id), claims: out.claims.map((c) => c.id), figures: out.figures.map((f) => f.id) };
    };
    fs.mkdirSync(path.join(dir, "moved", "deeper"), { recursive: true });
    fs.copyFileSync(path.join(dir, "mixed", "notes.md"), path.join(dir, "moved", "deeper", "freight-2025.md"));
    const before = await ids(path.join("mixed", "notes.md"));
    expect(before.claims.length).toBeGreaterThan(0);
    expect(await ids(path.join("moved", "deeper", "freight-2025.md"))).toEqual(before);
  });
});

describe("exit status", () => {
  it("is 1 when nothing could be read, after one line per input", async () => {
    const r = await runCli(["--json", "-", path.join("mixed", "empty.txt"), path.join("mixed", "binary.txt"), "nope.txt"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      "figure-audit: nope.txt: no such file or folder",
      `figure-audit: ${path.join("mixed", "empty.txt")}: empty file`,
      `figure-audit: ${path.join("mixed", "binary.txt")}: binary file, not text`,
      "figure-audit: nothing could be read",
    ]);
  });

  it("is 2 on a usage error or an unusable table", async () => {
    const usage = await runCli(["--tolerance", "x", "mixed"], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^figure-audit: --tolerance must be/);
    expect((await runCli([], dir)).code).toBe(2);
    const fx = await runCli(["--fx", "nope.csv", "mixed"], dir);
    expect(fx.code).toBe(2);
    expect(fx.stderr).toBe("figure-audit: nope.csv: no such file\n");
  });
});

describe("outputs", () => {
  it("writes --json and --xlsx files, creating folders, and prints the summary", async () => {
    const r = await runCli(["--json", "out/deep/r.json", "--xlsx", "out/deeper/x/w.xlsx", "--no-color", path.join("mixed", "good.txt")], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "out/deep/r.json"), "utf8")).sources[0].file).toBe("good.txt");
    const xlsx = fs.readFileSync(path.join(dir, "out/deeper/x/w.xlsx"));
    expect(xlsx.subarray(0, 2).toString()).toBe("PK");
    expect(r.stdout).toMatch(/^figure-audit: 1 source, \d+ claims?, \d+ figures?/);
    expect(r.stdout).toContain("wrote out/deeper/x/w.xlsx");
  });

  it("writes figures.xlsx in the working folder when neither --json nor --xlsx is given", async () => {
    const cwd = fs.mkdtempSync(path.join(dir, "cwd-"));
    const r = await runCli([path.join(dir, "mixed", "good.txt")], cwd);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(cwd, "figures.xlsx"))).toBe(true);
  });

  it("colours the summary only on a terminal without NO_COLOR", async () => {
    const file = path.join("mixed", "good.txt");
    const tty = await runCli(["--xlsx", "out/c.xlsx", file], dir, { isTTY: true });
    expect(tty.stdout).toContain("\u001b[");
    const noColor = await runCli(["--xlsx", "out/c.xlsx", file], dir, { isTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\u001b[");
    const pipe = await runCli(["--xlsx", "out/c.xlsx", file], dir, { isTTY: false });
    expect(pipe.stdout).not.toContain("\u001b[");
  });

  it("refuses a workbook with more claims than the writer takes, after writing the JSON", async () => {
    const r = await runCli(["--json", "out/big.json", "--xlsx", "out/big.xlsx", path.join("mixed", "good.txt")], dir, { workbookClaims: 0 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^figure-audit: not writing out\/big\.xlsx: \d+ claims? are more than the workbook writer takes \(limit 0\); use --json/);
    expect(fs.existsSync(path.join(dir, "out/big.json"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "out/big.xlsx"))).toBe(false);
  });

  it("reports a workbook it cannot write", async () => {
    fs.writeFileSync(path.join(dir, "a-file"), "x");
    const r = await runCli(["--xlsx", "a-file/inside.xlsx", path.join("mixed", "good.txt")], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^figure-audit: cannot write output: /m);
  });
});
