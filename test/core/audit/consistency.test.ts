/** Checks inside one source: a stated ratio against the values it compares; a stated total against its parts. */
import { reconcile } from "../../../src/core/audit/reconcile";
import type { Claim, Flag } from "../../../src/core/types";
import { claim, source } from "./builder";
import { analyse } from "../../../src/core/analyse";
import { createSource } from "../../../src/core/source/createSource";

const flagsOf = (claims: Claim[]): Flag[] => reconcile(claims, [source("A", "Outlet A")]).flatMap((f) => f.flags);

describe("ratio checks", () => {
  const sentence = "At €4.23 per 100 kWh, households in China pay nearly three times less for gas than EU households, who pay €11.43 per 100 kWh.";
  const low = claim({ source: "A", sentence, surface: "€4.23 per 100 kWh", value: 0.0423, unit: "EUR/kWh", subject: "household gas price in China" });
  const high = claim({ source: "A", sentence, surface: "€11.43 per 100 kWh", value: 0.1143, unit: "EUR/kWh", subject: "household gas price in the EU" });

  test("'nearly three times' agrees with 11.43 / 4.23 = 2.70", () => {
    const ratio = claim({ source: "A", sentence, surface: "three times", value: 3, unit: "x", qualifier: "approx", subject: "price ratio" });
    const flags = flagsOf([low, high, ratio]);
    expect(flags.map((f) => f.kind)).not.toContain("ratio-mismatch");
    const check = flags.find((f) => f.kind === "ratio-check");
    expect(check?.message).toMatch(/nearly three times.*2\.7/);
    expect(check?.claimIds).toEqual(expect.arrayContaining([ratio.id, low.id, high.id]));
  });

  test("'nearly five times' does not, and says why in one line", () => {
    const s5 = sentence.replace("three", "five");
    const ratio = claim({ source: "A", sentence: s5, surface: "five times", value: 5, unit: "x", qualifier: "approx" });
    const flags = flagsOf([{ ...low, sentence: s5 }, { ...high, sentence: s5, start: high.start, end: high.end }, ratio]);
    const mismatch = flags.find((f) => f.kind === "ratio-mismatch");
    expect(mismatch?.message).toMatch(/2\.7/);
    expect(mismatch?.message).not.toMatch(/\n/);
  });

  test("the two values may stand in the sentence before", () => {
    const first = "Households in the EU pay €11.43 per 100 kWh, those in China €4.23 per 100 kWh.";
    const second = "That is almost three times as much.";
    const a = claim({ source: "A", sentence: first, surface: "€11.43 per 100 kWh", value: 0.1143, unit: "EUR/kWh" });
    const b = claim({ source: "A", sentence: first, surface: "€4.23 per 100 kWh", value: 0.0423, unit: "EUR/kWh" });
    const r = claim({ source: "A", sentence: second, sentenceStart: first.length + 1, surface: "three times", value: 3, unit: "x", qualifier: "approx" });
    expect(flagsOf([a, b, r]).map((f) => f.kind)).toContain("ratio-check");
  });

  test("a ratio whose own sentence states one value is not checked against the sentence before", () => {
    const first = "Exports reached $24.14 billion, up from $15.57 billion.";
    const second = "Shipments to the US more than doubled to $10.6 billion.";
    const a = claim({ source: "A", sentence: first, surface: "$24.14 billion", value: 24.14e9, unit: "USD" });
    const b = claim({ source: "A", sentence: first, surface: "$15.57 billion", value: 15.57e9, unit: "USD" });
    const r = claim({ source: "A", sentence: second, sentenceStart: first.length + 1, surface: "doubled", value: 2, unit: "x", qualifier: "over" });
    const c = claim({ source: "A", sentence: second, sentenceStart: first.length + 1, surface: "$10.6 billion", value: 10.6e9, unit: "USD" });
    const kinds = flagsOf([a, b, r, c]).map((f) => f.kind);
    expect(kinds).not.toContain("ratio-mismatch");
    expect(kinds).not.toContain("ratio-check");
  });
});

describe("ratio checks: a multiple that compares nothing", () => {
  const first = "The bank lent $12 billion, up from $4 billion.";
  const a = claim({ source: "A", sentence: first, surface: "$12 billion", value: 12e9, unit: "USD" });
  const b = claim({ source: "A", sentence: first, surface: "$4 billion", value: 4e9, unit: "USD" });
  const multiple = (second: string, surface: string) => claim({ source: "A", sentence: second, sentenceStart: first.length + 1, surface, value: 3, unit: "x" });
  test("how often, or how many times over an offering was wanted, is not checked against the values near it", () => {
    for (const [second, surface] of [["Its board meets three times a year.", "three times"], ["The bond sale was three times oversubscribed.", "three times"], ["Orders covered the notes on offer three times over.", "three times"]]) {
      expect(flagsOf([a, b, multiple(second, surface)]).map((f) => f.kind)).toEqual([]);
    }
  });
  test("a multiple that compares is", () => {
    expect(flagsOf([a, b, multiple("That is three times as much.", "three times")]).map((f) => f.kind)).toContain("ratio-check");
  });
});

describe("total checks", () => {
  test("parts that exceed the stated total are flagged", () => {
    const s = "Exports reached a total of $100 billion, of which oil brought $70 billion and gas $45 billion.";
    const total = claim({ source: "A", sentence: s, surface: "$100 billion", value: 100e9, unit: "USD", subject: "exports" });
    const oil = claim({ source: "A", sentence: s, surface: "$70 billion", value: 70e9, unit: "USD", subject: "oil" });
    const gas = claim({ source: "A", sentence: s, surface: "$45 billion", value: 45e9, unit: "USD", subject: "gas" });
    const flag = flagsOf([total, oil, gas]).find((f) => f.kind === "total-mismatch");
    expect(flag?.message).toMatch(/exceed the stated total/);
  });
  test("parts that add up to the total are not flagged", () => {
    const s = "Exports reached a total of $100 billion, of which oil brought $60 billion and gas $40 billion.";
    const total = claim({ source: "A", sentence: s, surface: "$100 billion", value: 100e9, unit: "USD", subject: "exports" });
    const oil = claim({ source: "A", sentence: s, surface: "$60 billion", value: 60e9, unit: "USD", subject: "oil" });
    const gas = claim({ source: "A", sentence: s, surface: "$40 billion", value: 40e9, unit: "USD", subject: "gas" });
    expect(flagsOf([total, oil, gas]).map((f) => f.kind)).not.toContain("total-mismatch");
  });
  test("exhaustive wording that falls short is flagged", () => {
    const s = "The fleet totals 50 ships, of which 20 tankers and 10 carriers.";
    const total = claim({ source: "A", sentence: s, surface: "50 ships", value: 50, unit: "count", subject: "ships" });
    const t = claim({ source: "A", sentence: s, surface: "20 tankers", value: 20, unit: "count", subject: "tankers" });
    const c = claim({ source: "A", sentence: s, surface: "10 carriers", value: 10, unit: "count", subject: "carriers" });
    expect(flagsOf([total, t, c]).find((f) => f.kind === "total-mismatch")?.message).toMatch(/fall short/);
  });
});

describe("ratio checks: an organisation's ratio", () => {
  const flagsOfText = (text: string) => analyse([createSource(text, { file: "cars.txt" })]).figures.flatMap((f) => f.flags.map((x) => x.kind));
  test("compares its own values, not another organisation's", () => {
    expect(flagsOfText("Car sales\nDate: 2026-11-25\n\nVolkner's registrations fell 40% to 6,964 cars in October, while Sorensen more than tripled its sales to 17,470 cars.\n")).not.toContain("ratio-mismatch");
    expect(flagsOfText("Car sales\nDate: 2026-11-25\n\nSorensen more than tripled its sales in October, from 6,964 cars to 17,470 cars.\n")).toContain("ratio-mismatch");
  });
});
