import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { analyse } from "../../src/core/analyse";
import { createSource } from "../../src/core/source/createSource";
import { CHUNK_CHARS, resultJsonChunks } from "../../src/cli/jsonChunks";
import { writeJsonFile, writeJsonTo } from "../../src/cli/writeOutputs";
import { runCli } from "./runCli";

const result = analyse([
  createSource("Exports rose 4% to $12 billion in 2025, the ministry said. Imports fell 3%.\n", { file: "a.txt" }),
  createSource("Harbour traffic\n\nThe port handled 4.1 million containers, up 9%.\n", { file: "b.txt" }),
]);

describe("resultJsonChunks", () => {
  it("makes one JSON document of sources, claims and figures, claims pointing at their sentence", () => {
    const json = JSON.parse([...resultJsonChunks(result, true)].join(""));
    expect(json.sources).toEqual(result.sources);
    expect(json.figures).toEqual(result.figures);
    expect(json.claims).toHaveLength(result.claims.length);
    const text = new Map(result.sources.map((s) => [s.id, s.text]));
    result.claims.forEach((claim, i) => {
      const written = json.claims[i];
      expect(written).not.toHaveProperty("sentence");
      const { sentence, ...rest } = claim;
      expect(written).toEqual({ ...rest, sentenceEnd: claim.sentenceStart + sentence.length });
      expect(text.get(written.sourceId)!.slice(written.sentenceStart, written.sentenceEnd)).toBe(sentence);
      expect(text.get(written.sourceId)!.slice(written.start, written.end)).toBe(written.surface);
    });
  });

  it("leaves the texts out without --with-text, and writes an empty result as empty arrays", () => {
    const json = JSON.parse([...resultJsonChunks(result, false)].join(""));
    expect(json.sources.every((s: object) => !("text" in s))).toBe(true);
    expect(JSON.parse([...resultJsonChunks({ sources: [], claims: [], figures: [] }, false)].join(""))).toEqual({ sources: [], claims: [], figures: [] });
  });

  it("comes in chunks of bounded size however large the result", () => {
    const many = analyse([createSource("Counts: " + "7 ships, ".repeat(20000) + "end.\n", { file: "list.txt" })]);
    expect(many.claims.length).toBeGreaterThanOrEqual(20000);
    // a chunk ends after the element that filled it: at most CHUNK_CHARS plus the largest one element
    const largest = Math.max(...[...many.claims, ...many.figures].map((x) => JSON.stringify(x).length));
    let chunks = 0;
    let text = "";
    for (const chunk of resultJsonChunks(many, false)) {
      expect(chunk.length).toBeLessThanOrEqual(CHUNK_CHARS + largest + 8);
      chunks++;
      text += chunk;
    }
    expect(chunks).toBeGreaterThan(10);
    expect(JSON.parse(text).claims).toHaveLength(many.claims.length);
  });
});

describe("writing the JSON", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-json-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("waits for a stream to drain when it says its buffer is full", async () => {
    const written: string[] = [];
    let waits = 0;
    const sink = {
      write: (t: string) => (written.push(t), written.length % 2 === 0),
      once: (_event: "drain", listener: () => void) => (waits++, setImmediate(listener)),
    };
    const many = analyse([createSource("Counts: " + "7 ships, ".repeat(20000) + "end.\n")]);
    await writeJsonTo(sink, many, false);
    expect(waits).toBe(Math.ceil(written.length / 2));
    expect(JSON.parse(written.join("")).claims).toHaveLength(many.claims.length);
  });

  it("replaces the target only when the whole file is written, leaving no temporary file behind on failure", () => {
    const target = path.join(dir, "out", "r.json");
    writeJsonFile(target, result, false);
    expect(JSON.parse(fs.readFileSync(target, "utf8")).claims).toHaveLength(result.claims.length);
    const broken = { ...result, figures: [{ get id(): string { throw new Error("disk full"); } }] } as never;
    expect(() => writeJsonFile(target, broken, false)).toThrow("disk full");
    expect(JSON.parse(fs.readFileSync(target, "utf8")).claims).toHaveLength(result.claims.length);
    expect(fs.readdirSync(path.dirname(target))).toEqual(["r.json"]);
  });
});

describe("the CLI on a number-dense file beside ordinary articles", () => {
  it("exits 0 and writes JSON holding every article and every claim (generated: 128 kB of '1 ')", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-dense-"));
    try {
      const samples = path.join(__dirname, "..", "..", "samples");
      for (const name of fs.readdirSync(samples)) if (/\.(txt|md|html)$/.test(name)) fs.copyFileSync(path.join(samples, name), path.join(dir, name));
      fs.writeFileSync(path.join(dir, "numbers.txt"), "1 ".repeat(64 * 1024));
      const r = await runCli(["--json", "out.json", "--quiet", "."], dir);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const json = JSON.parse(fs.readFileSync(path.join(dir, "out.json"), "utf8"));
      expect(json.sources.map((s: { file: string }) => s.file).sort()).toEqual(
        ["atlantic-wire-cable.md", "iberia-energy-daily.txt", "lisbon-ledger-cable-deal.txt", "maghreb-business-review.html", "numbers.txt"],
      );
      const dense = json.sources.find((s: { file: string }) => s.file === "numbers.txt").id;
      expect(json.claims.filter((c: { sourceId: string }) => c.sourceId === dense)).toHaveLength(64 * 1024);
      expect(json.claims.length).toBeGreaterThan(64 * 1024);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
