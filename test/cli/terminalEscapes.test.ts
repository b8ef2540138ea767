import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "./runCli";

// Control characters a hostile page or file name could carry: OSC 52 (writes the clipboard), CSI colour, a
// carriage return that overwrites the line, an 8-bit CSI and a bidi override.
const OSC52 = "\u001b]52;c;ZWNobyBoaQ==\u0007";
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-esc-"));
  fs.writeFileSync(
    path.join(dir, "page.html"),
    `<html><head><meta property="og:site_name" content="Harbour${OSC52}Times\u009b2J"><title>Port\u202e news</title></head>` +
      `<body><p>Container traffic at the port rose 9% to 4.1 million boxes in 2025.</p></body></html>`,
  );
  fs.writeFileSync(path.join(dir, "red\u001b[31mname\r.txt"), "Freight volumes fell 3% in March, the operator said.\n");
  fs.writeFileSync(path.join(dir, "empty\u001b[2J.txt"), "");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("what the CLI prints holds no raw control characters", () => {
  it("in the summary on stdout and in the messages on stderr, coloured or not", async () => {
    for (const isTTY of [false, true]) {
      const r = await runCli(["--xlsx", "out.xlsx", "."], dir, { isTTY });
      expect(r.code).toBe(0);
      // the palette's own colour codes are the only escapes on a terminal
      // eslint-disable-next-line no-control-regex
      const withoutColour = r.stdout.replace(/\u001b\[[0-9;]*m/g, "");
      expect(withoutColour).not.toMatch(RAW);
      expect(withoutColour).toContain("Harbour\\x1b]52;c;ZWNobyBoaQ==\\x07Times\\x9b2J");
      expect(r.stderr).not.toMatch(RAW);
      expect(r.stderr).toContain("empty\\x1b[2J.txt: empty file");
    }
  });

  it("in JSON printed to stdout, which still reads back the exact metadata", async () => {
    const r = await runCli(["--json", "-", "."], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    const json = JSON.parse(r.stdout) as { sources: { outlet: string; file: string }[] };
    expect(json.sources.map((s) => s.outlet)).toContain(`Harbour${OSC52}Times\u009b2J`);
    expect(json.sources.map((s) => s.file)).toContain("red\u001b[31mname\r.txt");
  });
});
