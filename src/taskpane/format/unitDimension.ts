import type { Unit } from "../../core/types";

/** The unit families the Audit filter offers. */
export type UnitDimension = "money" | "volume" | "price" | "share" | "count" | "time" | "other";

export const UNIT_DIMENSIONS: readonly UnitDimension[] = ["money", "volume", "price", "share", "count", "time", "other"];

export const DIMENSION_LABELS: Record<UnitDimension, string> = {
  money: "Money",
  volume: "Volume",
  price: "Price",
  share: "Share",
  count: "Count",
  time: "Time",
  other: "Other",
};

const VOLUME_UNITS = new Set(["m3", "bbl", "bbl/d", "t", "Wh"]);
const SHARE_UNITS = new Set(["%", "pp", "x"]);
const COUNT_UNITS = new Set(["count", "ordinal"]);

/**
 * The family of a canonical unit: an ISO currency code is money, "<ISO>/<unit>" a price, %, pp and multipliers a
 * share, durations time; physical quantities (m3, barrels, tonnes, energy) count as volume.
 */
export function unitDimension(unit: Unit): UnitDimension {
  if (/^[A-Z]{3}$/.test(unit)) return "money";
  if (/^[A-Z]{3}\//.test(unit)) return "price";
  if (VOLUME_UNITS.has(unit)) return "volume";
  if (SHARE_UNITS.has(unit)) return "share";
  if (COUNT_UNITS.has(unit)) return "count";
  if (unit === "s") return "time";
  return "other";
}
