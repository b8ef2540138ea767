import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadFx, loadMetrics } from "../../src/cli/loadTables";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-tables-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

describe("loadMetrics", () => {
  it("reads CSV with keywords separated by ; or |", () => {
    const p = file("m.csv", 'key,label,unit,keywords\ntrade,"Bilateral trade",USD,"bilateral trade; trade turnover|commerce"\n');
    expect(loadMetrics(p)).toEqual({
      ok: true,
      rows: [{ key: "trade", label: "Bilateral trade", unit: "USD", keywords: ["bilateral trade", "trade turnover", "commerce"] }],
    });
  });

  it("reads JSON, as an array or under a metrics key, with keywords as a list or a string", () => {
    const p = file("m.json", JSON.stringify({ metrics: [{ key: "gas", unit: "m3", keywords: ["gas exports"] }, { key: "x", keywords: "a;b" }] }));
    expect(loadMetrics(p)).toEqual({
      ok: true,
      rows: [
        { key: "gas", label: "gas", unit: "m3", keywords: ["gas exports"] },
        { key: "x", label: "x", unit: "", keywords: ["a", "b"] },
      ],
    });
  });

  it("explains what is wrong", () => {
    expect(loadMetrics(path.join(dir, "missing.csv"))).toEqual({ ok: false, error: "no such file" });
    expect(loadMetrics(file("e.csv", "\n"))).toEqual({ ok: false, error: "empty file" });
    expect(loadMetrics(file("nokw.csv", "key,label,unit,keywords\nk,L,USD,\n"))).toEqual({ ok: false, error: 'metric "k" has no keywords' });
    expect(loadMetrics(file("bad.json", "[1,"))).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid JSON/) });
  });
});

describe("loadFx", () => {
  it("reads CSV and JSON rates, upper-casing the codes", () => {
    expect(loadFx(file("fx.csv", "from,to,rate\neur,usd,1.08\n"))).toEqual({ ok: true, rows: [{ from: "EUR", to: "USD", rate: 1.08 }] });
    expect(loadFx(file("fx.json", '[{"from":"CNY","to":"USD","rate":0.14}]'))).toEqual({ ok: true, rows: [{ from: "CNY", to: "USD", rate: 0.14 }] });
  });

  it("refuses codes that are not ISO and rates that are not positive numbers", () => {
    expect(loadFx(file("b1.csv", "from,to,rate\neuro,USD,1\n"))).toEqual({ ok: false, error: "entry 1: from and to must be ISO currency codes" });
    expect(loadFx(file("b2.csv", "from,to,rate\nEUR,USD,-1\n"))).toEqual({ ok: false, error: "entry 1 (EUR→USD): rate must be a positive number" });
    expect(loadFx(file("b3.csv", "from,to,rate\n"))).toEqual({ ok: false, error: "no rates (expected a header from,to,rate and rows)" });
  });
});
