import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main, MAX_WORKBOOK_CLAIMS } from "../../src/cli/main";
import { createProgress } from "../../src/cli/progress";

function terminal(isTTY: boolean) {
  const out = { text: "", isTTY, write: (t: string) => (out.text += t) };
  return out;
}

describe("createProgress", () => {
  it("stays silent for a short run and on a pipe, then updates one line at most every 250 ms, and clears it", () => {
    let t = 0;
    const now = () => t;
    const tty = terminal(true);
    const progress = createProgress(tty, { now });
    progress.reading(1, 400); // at 0 ms: too early
    t = 2500;
    progress.reading(100, 400);
    t = 2600;
    progress.reading(120, 400); // 100 ms later: skipped
    t = 3000;
    progress.extracting(300, 400, 4200);
    progress.clear();
    expect(tty.text).toBe(
      "\rfigure-audit: reading 100/400 files · 40/s\x1b[K" + "\rfigure-audit: extracting 300/400 articles · 4,200 claims · 100/s\x1b[K" + "\r\x1b[K",
    );
    const pipe = terminal(false);
    const quiet = createProgress(pipe, { now });
    quiet.reading(100, 400);
    quiet.clear();
    expect(pipe.text).toBe("");
  });
});

describe("figure-audit's progress line", () => {
  it("is written to a terminal's stderr as one line rewritten in place, and cleared before the messages", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-progress-"));
    try {
      fs.writeFileSync(path.join(dir, "a.txt"), "Port volumes\n\nThe port handled 4.2 million containers in 2025.");
      fs.writeFileSync(path.join(dir, "b.pdf"), "not a pdf");
      let stderr = "";
      const io = { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t), isTTY: true }, cwd: dir, env: {} };
      const code = await main(["a.txt", "b.pdf", "--json", "out.json", "--quiet"], io, { workbookClaims: MAX_WORKBOOK_CLAIMS, progressAfterMs: 0 });
      expect(code).toBe(0);
      const ESC = "\x1b[K";
      expect(stderr.replace(/[\d,]+\/s/g, "N/s")).toBe(
        `\rfigure-audit: reading 1/2 files · N/s${ESC}\rfigure-audit: reading 2/2 files · N/s${ESC}\r${ESC}` +
          "figure-audit: b.pdf: not a valid PDF file\n" +
          `\rfigure-audit: extracting 1/1 articles · 1 claim · N/s${ESC}\r${ESC}`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
