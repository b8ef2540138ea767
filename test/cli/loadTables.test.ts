import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadFx, loadMetrics } from "../../src/cli/loadTables";
import { runCli } from "./runCli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-tables-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
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

describe("--fx with rates that disagree", () => {
  it("runs with the typed rates and says which pair disagrees, once", async () => {
    file("disagree.csv", "from,to,rate\nEUR,USD,1.08\nUSD,EUR,0.5\nGBP,USD,1.27\n");
    file("cable.txt", "The cable will cost $2.6 billion, the operator said.\n");
    const r = await runCli(["--json", "-", "--fx", "disagree.csv", "cable.txt"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "figure-audit: warning: disagree.csv: FX rates for EUR/USD disagree by more than 1%: EUR→USD 1.08, USD→EUR 0.5; used EUR→USD 1.08, USD→EUR 0.5\n",
    );
  });

  it("converts with the rate typed for the direction, not the inverse of the other row", async () => {
    const fx = file("typed.csv", "from,to,rate\nEUR,USD,1.08\nUSD,EUR,0.5\n");
    file("eur/cost.txt", "The Sines data centre cost €2.4 billion to build in 2025, the operator said.\n");
    file("usd/cost.txt", "The Sines data centre cost $2.6 billion to build in 2025, a rival paper wrote.\n");
    const r = await runCli(["--json", "-", "--fx", fx, path.join(dir, "eur"), path.join(dir, "usd")], dir);
    const figures = (JSON.parse(r.stdout) as { figures: { label: string; min: number; max: number }[] }).figures;
    const cost = figures.find((f) => /2025/.test(f.label))!;
    // $2.6 bn at the typed USD→EUR 0.5 is EUR 1.3 bn (1/1.08 would have made it EUR 2.407 bn)
    expect([cost.min, cost.max]).toEqual([1.3e9, 2.4e9]);
  });
});
