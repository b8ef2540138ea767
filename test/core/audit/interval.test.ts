import { claimInterval, entirelyBelow, intersects } from "../../../src/core/audit/interval";
import { impliedHalfStep } from "../../../src/core/audit/rounding";
import { claim } from "./builder";

const c = (sentence: string, surface: string, value: number, unit: string, qualifier: Parameters<typeof claim>[0]["qualifier"] = "exact", extra = {}) =>
  claim({ source: "S", sentence, surface, value, unit, qualifier, ...extra });

describe("implied rounding of the surface text", () => {
  test("'1.5 hours' is precise to ±0.05 h; 'an hour-and-a-half' only to the half hour it names (±15 min)", () => {
    expect(impliedHalfStep(c("It took 1.5 hours.", "1.5 hours", 5400, "s"))).toBeCloseTo(180, 6);
    expect(impliedHalfStep(c("It took an hour-and-a-half.", "an hour-and-a-half", 5400, "s"))).toBeCloseTo(900, 6);
    expect(impliedHalfStep(c("It took two and a quarter hours.", "two and a quarter hours", 8100, "s"))).toBeCloseTo(450, 6);
  });
  test("'$245 bn' is precise to ±0.5 bn", () => {
    expect(impliedHalfStep(c("Trade hit $245 bn.", "$245 bn", 245e9, "USD"))).toBeCloseTo(0.5e9, 0);
  });
  test("'1 hour and 25 minutes' is precise to ±0.5 min", () => {
    expect(impliedHalfStep(c("It lasted 1 hour and 25 minutes.", "1 hour and 25 minutes", 5100, "s"))).toBeCloseTo(30, 6);
  });
  test("a price per 100 kWh is read from its first number, not the denominator", () => {
    expect(impliedHalfStep(c("Gas costs €4.23 per 100 kWh.", "€4.23 per 100 kWh", 0.0423, "EUR/kWh"))).toBeCloseTo(0.00005, 9);
  });
  test("'38.8 bcm' is precise to ±0.05 bcm", () => {
    expect(impliedHalfStep(c("Flows reached 38.8 bcm.", "38.8 bcm", 38.8e9, "m3"))).toBeCloseTo(0.05e9, 0);
  });
  test("digit groups and decimal marks: '1,234', '12 345', '1,234.5', a decimal comma, and an unreadable '1.234.567'", () => {
    expect(impliedHalfStep(c("There were 1,234 of them.", "1,234", 1234, "count"))).toBeCloseTo(0.5, 9);
    expect(impliedHalfStep(c("There were 12\u00a0345 of them.", "12\u00a0345", 12345, "count"))).toBeCloseTo(0.5, 9);
    expect(impliedHalfStep(c("It cost 1,234.5 euros.", "1,234.5", 1234.5, "EUR"))).toBeCloseTo(0.05, 9);
    expect(impliedHalfStep(c("It took 1,5 hours.", "1,5 hours", 5400, "s"))).toBeCloseTo(180, 6);
    // Several dots cannot be read as one number: the rounding falls back to the value's own digits (none here).
    expect(impliedHalfStep(c("It was 1.234.567.", "1.234.567", 1234567, "count"))).toBe(0);
  });
});

describe("intervals from qualifiers", () => {
  test("exact: ±1% by default, or the rounding when wider", () => {
    const precise = claimInterval(c("It was 5,100 seconds.", "5,100", 5100, "s"), 0.01);
    expect(precise.lo).toBeCloseTo(5049);
    expect(precise.hi).toBeCloseTo(5151);
    const rounded = claimInterval(c("Trade hit $245 bn.", "$245 bn", 245e9, "USD"), 0.01);
    expect(rounded.lo).toBeCloseTo(242.55e9, -3); // 1% of 245 bn is wider than 0.5 bn
    const half = claimInterval(c("It took 1.5 hours.", "1.5 hours", 5400, "s"), 0.01);
    expect(half.lo).toBeCloseTo(5220);
    expect(half.hi).toBeCloseTo(5580);
  });
  test("a rounded value covers [v − half, v + half): neighbours on the rounding grid disagree, a finer value between agrees", () => {
    const tol = 0.01;
    const m41 = claimInterval(c("It shipped 41 million.", "41 million", 41e6, "count"), tol);
    const m42 = claimInterval(c("It shipped 42 million.", "42 million", 42e6, "count"), tol);
    expect(m41.hiOpen).toBe(true);
    expect(intersects(m41, m42)).toBe(false);
    const finer = claimInterval(c("It shipped 41.47 million.", "41.47 million", 41.47e6, "count"), tol);
    expect(intersects(m41, finer)).toBe(true);
    // where the tolerance is wider than the rounding, the interval is closed
    expect(claimInterval(c("Trade hit $245 bn.", "$245 bn", 245e9, "USD"), tol).hiOpen).toBe(false);
  });

  test("an index's reading told with decimals is held to its last digit; a whole count keeps the tolerance", () => {
    const tol = 0.005;
    const a = claimInterval(c("The PMI rose to 49.2.", "49.2", 49.2, "count"), tol);
    const b = claimInterval(c("The PMI rose to 49.4.", "49.4", 49.4, "count"), tol);
    expect(intersects(a, b)).toBe(false);
    expect(a.hi).toBeCloseTo(49.25);
    const whole = claimInterval(c("It sold 2,010 cars.", "2,010", 2010, "count"), tol);
    expect(whole.hi).toBeCloseTo(2020.05);
  });

  test("the tolerance is a setting", () => {
    const iv = claimInterval(c("It was 5,100 seconds.", "5,100", 5100, "s"), 0.1);
    expect(iv.lo).toBeCloseTo(4590);
    expect(iv.hi).toBeCloseTo(5610);
  });
  test("over X is (X, ∞), under X is (−∞, X)", () => {
    expect(claimInterval(c("over 56,000 students", "56,000", 56000, "count", "over"), 0.01)).toEqual({ lo: 56000, hi: Infinity, loOpen: true, hiOpen: true });
    expect(claimInterval(c("under 10%", "10%", 10, "%", "under"), 0.01)).toEqual({ lo: -Infinity, hi: 10, loOpen: true, hiOpen: true });
  });
  test("up to X is [0, X]; at least X is [X, ∞)", () => {
    expect(claimInterval(c("up to 30 days", "30 days", 2592000, "s", "up-to"), 0.01)).toEqual({ lo: 0, hi: 2592000, loOpen: false, hiOpen: false });
    expect(claimInterval(c("at least 3", "3", 3, "count", "at-least"), 0.01)).toEqual({ lo: 3, hi: Infinity, loOpen: false, hiOpen: true });
  });
  test("approx is ±10% (or the rounding); nearly/almost X is [0.85X, X]", () => {
    const approx = claimInterval(c("about 18 bcm", "18 bcm", 18e9, "m3", "approx"), 0.01);
    expect(approx.lo).toBeCloseTo(16.2e9, -3);
    expect(approx.hi).toBeCloseTo(19.8e9, -3);
    const nearly = claimInterval(c("prices are nearly three times lower", "three times", 3, "x", "approx"), 0.01);
    expect(nearly.lo).toBeCloseTo(2.55);
    expect(nearly.hi).toBeCloseTo(3);
  });
  test("range is [low, high] (widened by its rounding)", () => {
    const iv = claimInterval(c("between $3 billion and $5 billion", "$3 billion and $5 billion", 4e9, "USD", "range", { low: 3e9, high: 5e9 }), 0.01);
    expect(iv.lo).toBeCloseTo(2.5e9, -3);
    expect(iv.hi).toBeCloseTo(5.5e9, -3);
  });
  test("open ends: (X, ∞) and [.., X] touch at X without sharing it", () => {
    const over = { lo: 5, hi: Infinity, loOpen: true, hiOpen: true };
    const upTo = { lo: 0, hi: 5, loOpen: false, hiOpen: false };
    expect(entirelyBelow(upTo, over)).toBe(true);
    expect(intersects(upTo, { ...over, loOpen: false })).toBe(true);
  });
});

describe("a vague quantity", () => {
  test("spans what its words allow ('dozens of' is 24–120), not 24 ± 10%", () => {
    const claim = { ...c("Dozens of ships waited.", "Dozens", 24, "count"), qualifier: "approx" as const, low: 24, high: 120 };
    const iv = claimInterval(claim, 0.01);
    expect(iv.lo).toBe(24);
    expect(iv.hi).toBe(120);
  });
});

describe("a percent is held to its rounding alone", () => {
  test("63.8% and 64.2% turnout disagree whatever the relative tolerance; 64.2% and 64.24% agree", () => {
    const a = claimInterval(c("Turnout was 63.8%.", "63.8%", 63.8, "%"), 0.01);
    const b = claimInterval(c("Turnout was 64.2%.", "64.2%", 64.2, "%"), 0.01);
    expect(intersects(a, b)).toBe(false);
    expect(intersects(b, claimInterval(c("Turnout was 64.24%.", "64.24%", 64.24, "%"), 0.01))).toBe(true);
  });
  test("other units keep the relative tolerance: 1,000.4 t and 1,004 t agree at 0.5%", () => {
    const a = claimInterval(c("Output was 1,000.4 t.", "1,000.4 t", 1000.4, "t"), 0.005);
    const b = claimInterval(c("Output was 1,004 t.", "1,004 t", 1004, "t"), 0.005);
    expect(intersects(a, b)).toBe(true);
  });
});

describe("a temperature is held to its rounding alone", () => {
  test("47.3C and 47.4C disagree; 47.4C and 47.43C agree", () => {
    const a = claimInterval(c("It hit 47.3C.", "47.3C", 47.3, "degC"), 0.005);
    const b = claimInterval(c("It hit 47.4C.", "47.4C", 47.4, "degC"), 0.005);
    expect(intersects(a, b)).toBe(false);
    expect(intersects(b, claimInterval(c("It hit 47.43C.", "47.43C", 47.43, "degC"), 0.005))).toBe(true);
  });
});
