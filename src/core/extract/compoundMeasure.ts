/**
 * Imperial measures written in two units, the larger first: "5 ft 2 in", "5 feet and 2 inches", "6 lb 4 oz",
 * "7 lbs, 3 ounces". The smaller part (below one larger unit: under 12 inches, under 16 ounces) is added to the
 * value in the canonical unit. A bare "in" counts only at the end of the phrase, not before "the", "a", …
 * ("6 ft 2 in the photo" is not read so).
 */
import * as physicalModule from "./physicalUnits";

const { LENGTH_METRES, MASS_TONNES } = physicalModule;

interface Part {
  re: RegExp;
  /** Canonical units per smaller unit. */
  factor: number;
  /** How many smaller units make one larger unit (the part must be below it). */
  perLarger: number;
}

const JOIN = "[ \\u00a0]*(?:,[ \\u00a0]*)?(?:and[ \\u00a0]+)?(\\d{1,2}(?:\\.\\d+)?)[ \\u00a0]*";
const NOT_A_PREPOSITION = "(?![ \\u00a0]+(?:the|a|an|his|her|its|their|this|that|which|order|total|all)\\b)";
const INCHES: Part = {
  re: new RegExp(`${JOIN}(?:inch(?:es)?|ins?\\.?${NOT_A_PREPOSITION}|\\u2033|")(?![\\p{L}\\p{N}])`, "iuy"),
  factor: LENGTH_METRES.inch,
  perLarger: 12,
};
const OUNCES: Part = {
  re: new RegExp(`${JOIN}(?:ounces?|oz)(?![\\p{L}\\p{N}])`, "iuy"),
  factor: MASS_TONNES.ounce,
  perLarger: 16,
};

/** The smaller part after a measure in unit `unit` with factor `factor` that ends at `end`: [added value, end]. */
export function smallerPartAfter(text: string, unit: string, factor: number, end: number): [number, number] | null {
  const part = unit === "m" && factor === LENGTH_METRES.foot ? INCHES : unit === "t" && factor === MASS_TONNES.pound ? OUNCES : null;
  if (!part) return null;
  part.re.lastIndex = end;
  const m = part.re.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  if (!(n < part.perLarger)) return null;
  return [n * part.factor, part.re.lastIndex];
}
