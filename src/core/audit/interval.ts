/**
 * The set of values a claim's words allow, as an interval with open or closed ends.
 *   exact     → value ± max(tolerance·|value|, implied rounding); a percent or a temperature ± its implied rounding only
 *   approx    → value ± max(10%·|value|, implied rounding); "nearly/almost X" → [0.85·X, X]
 *   over X    → (X, ∞)        under X → (−∞, X)
 *   up-to X   → [0, X]        at-least X → [X, ∞)
 *   range     → [low, high] widened by the implied rounding
 * Two claims agree when their intervals intersect.
 */
import type { Claim } from "../types";
import { impliedHalfStep } from "./rounding";

export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

export const APPROX_TOLERANCE = 0.1;
/** Units held to their rounding alone: percentages, and temperatures (whose scale has no true zero). */
const ROUNDING_ONLY = new Set(["%", "degC", "degF"]);
export const NEARLY_LOW = 0.85;

const NEARLY_BEFORE = /\b(?:nearly|almost|just\s+(?:under|below|shy\s+of)|close\s+to|not\s+quite)\s*$/i;
const NEARLY_IN = /^\s*(?:nearly|almost|just\s+(?:under|below)|close\s+to)\b/i;

/** True when the words just before the number say "nearly"/"almost" (the value is approached from below). */
export function saysNearly(claim: Pick<Claim, "surface" | "sentence" | "sentenceStart" | "start">): boolean {
  if (NEARLY_IN.test(claim.surface)) return true;
  const rel = claim.start - claim.sentenceStart;
  if (rel <= 0 || rel > claim.sentence.length) return false;
  return NEARLY_BEFORE.test(claim.sentence.slice(Math.max(0, rel - 24), rel));
}

/**
 * Interval of a claim in its own canonical unit, multiplied by `factor` (unit scale or FX rate) when given.
 */
export function claimInterval(claim: Claim, tolerance: number, factor = 1): Interval {
  const v = claim.value;
  const half = impliedHalfStep(claim);
  // The ends as numbers first, one object at the end (scaled, when a factor is given, before it is made).
  let lo: number;
  let hi: number;
  let loOpen = false;
  let hiOpen = false;
  switch (claim.qualifier) {
    case "over":
      lo = claim.low ?? v;
      hi = Infinity;
      loOpen = hiOpen = true;
      break;
    case "under":
      lo = -Infinity;
      hi = claim.high ?? v;
      loOpen = hiOpen = true;
      break;
    case "up-to":
      lo = Math.min(0, claim.high ?? v);
      hi = claim.high ?? v;
      break;
    case "at-least":
      lo = claim.low ?? v;
      hi = Infinity;
      hiOpen = true;
      break;
    case "range": {
      lo = Math.min(claim.low ?? v, claim.high ?? v) - half;
      hi = Math.max(claim.low ?? v, claim.high ?? v) + half;
      break;
    }
    case "approx": {
      if (claim.low != null && claim.high != null) {
        // a vague quantity ("dozens of", "tens of thousands of euros") spans what its words allow
        lo = Math.min(claim.low, claim.high);
        hi = Math.max(claim.low, claim.high);
      } else if (saysNearly(claim)) {
        lo = Math.min(NEARLY_LOW * v, v);
        hi = Math.max(NEARLY_LOW * v, v);
      } else {
        const w = Math.max(APPROX_TOLERANCE * Math.abs(v), half);
        lo = v - w;
        hi = v + w;
      }
      break;
    }
    default: {
      // (a percent, a temperature or an index's reading is told to its last digit: 63.8% and 64.2% turnout, 47.4C and
      // 47.6C, a PMI of 49.2 and 49.4 disagree, whatever a relative tolerance allows; a temperature's zero is no zero
      // of the quantity)
      const w = Math.max(ROUNDING_ONLY.has(claim.unit) || isReading(claim) ? 0 : tolerance * Math.abs(v), half);
      lo = v - w;
      hi = v + w;
      // a rounded value covers [v − half, v + half): "41 million" and "42 million" cannot both be rounded from one
      // value (41.5 million rounds to 42), so two neighbours on the rounding grid disagree
      hiOpen = half > 0 && w === half;
    }
  }
  if (factor === 1) return { lo, hi, loOpen, hiOpen };
  if (factor > 0) return { lo: lo * factor, hi: hi * factor, loOpen, hiOpen };
  return { lo: hi * factor, hi: lo * factor, loOpen: hiOpen, hiOpen: loOpen };
}

/**
 * A reading of an index or a scale, told with decimals and no scale word ("49.2", "101.3"): held to its last digit, as
 * a percent is (a PMI of 49.2 and one of 49.4 disagree); people and goods are counted in whole numbers.
 */
function isReading(claim: Claim): boolean {
  return claim.unit === "count" && /^\d{1,4}\.\d+$/.test(claim.surface.trim());
}

/** True when `a` lies entirely below `b` (no common point). */
export function entirelyBelow(a: Interval, b: Interval): boolean {
  if (a.hi < b.lo) return true;
  return a.hi === b.lo && (a.hiOpen || b.loOpen);
}

/** Two intervals share at least one point. */
export function intersects(a: Interval, b: Interval): boolean {
  return !entirelyBelow(a, b) && !entirelyBelow(b, a);
}

export function contains(iv: Interval, x: number): boolean {
  const aboveLo = iv.loOpen ? x > iv.lo : x >= iv.lo;
  const belowHi = iv.hiOpen ? x < iv.hi : x <= iv.hi;
  return aboveLo && belowHi;
}

/** A small step below an open right end, still inside the interval. */
export function justInside(iv: Interval): number {
  if (!iv.hiOpen) return iv.hi;
  const eps = Math.max(Math.abs(iv.hi) * 1e-9, 1e-12);
  const p = iv.hi - eps;
  return contains(iv, p) ? p : (iv.lo + iv.hi) / 2;
}

export function describeInterval(iv: Interval, fmt: (n: number) => string): string {
  if (iv.hi === Infinity) return `${iv.loOpen ? ">" : "≥"} ${fmt(iv.lo)}`;
  if (iv.lo === -Infinity) return `${iv.hiOpen ? "<" : "≤"} ${fmt(iv.hi)}`;
  return `${iv.loOpen ? "(" : "["}${fmt(iv.lo)}, ${fmt(iv.hi)}${iv.hiOpen ? ")" : "]"}`;
}
