/** The demo's promise: the sample articles show every status, and the HTML sample's script never leaks. */
import * as fs from "node:fs";
import * as path from "node:path";
import { readInputs } from "../src/cli/readInputs";
import { discoverFiles } from "../src/cli/discoverFiles";
import { loadFx, loadMetrics } from "../src/cli/loadTables";
import { analyse } from "../src/core/analyse";
import { STATUS_ORDER } from "../src/core/types";

const samples = path.resolve(__dirname, "..", "samples");

async function run(withMetrics: boolean, withFx = withMetrics) {
  const found = discoverFiles([samples]);
  const read = await readInputs(found.files);
  expect(found.problems).toEqual([]);
  expect(read.problems).toEqual([]);
  expect(read.warnings).toEqual([]);
  const metrics = loadMetrics(path.join(samples, "metrics.csv"));
  const fx = loadFx(path.join(samples, "fx.csv"));
  if (!metrics.ok || !fx.ok) throw new Error("sample tables unreadable");
  return analyse(read.sources, { metrics: withMetrics ? metrics.rows : [], fx: withFx ? fx.rows : [] });
}

describe("samples/", () => {
  it("holds three or four short articles in .txt, .md and .html", async () => {
    const files = fs.readdirSync(samples).filter((f) => /\.(txt|md|html?)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.length).toBeLessThanOrEqual(4);
    expect(new Set(files.map((f) => path.extname(f)))).toEqual(new Set([".txt", ".md", ".html"]));
  });

  it("gives every article a URL, an author and a date", async () => {
    const { sources } = await run(true);
    for (const s of sources) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.author).not.toBe("");
      expect(s.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("shows every status in the demo (with the sample metrics and FX table)", async () => {
    const { figures } = await run(true);
    for (const status of STATUS_ORDER) expect(figures.filter((f) => f.status === status).length).toBeGreaterThan(0);
  });

  it("keeps the HTML sample's script and style out of the text", async () => {
    const { sources } = await run(false);
    const page = sources.find((s) => s.file?.endsWith(".html"))!;
    expect(page.text).not.toMatch(/pageViews|987654|adRevenue|font-size|300px|7\.5 GW|related stories/);
    expect(page.text).toContain("410\u00a0km");
  });

  it("compares the cable cost across currencies only with the FX table", async () => {
    const withFx = (await run(true)).figures.find((f) => f.metric === "cable-cost")!;
    expect(withFx.sources).toHaveLength(3);
    expect(withFx.flags.map((f) => f.kind)).not.toContain("fx-missing");
    const withoutFx = (await run(true, false)).figures.filter((f) => f.metric === "cable-cost");
    expect(withoutFx.some((f) => f.flags.some((fl) => fl.kind === "fx-missing"))).toBe(true);
  });
});
