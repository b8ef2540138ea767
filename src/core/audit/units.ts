/**
 * Unit dimensions: which canonical units measure the same kind of quantity, and how to bring them to one base.
 * Money keeps its currency apart (money:USD vs money:EUR are compared only through an FX table), prices are
 * "price:<currency>/<denominator dimension>". Counts and multipliers are different dimensions: a multiplier ("three
 * times") is compared with a ratio of two values, never with a count.
 */
import type { Unit } from "../types";
import { memo } from "../text/memo";

export interface UnitInfo {
  /** Dimension used for grouping: "money", "price:energy", "volume", "duration", "count", "multiplier", ... */
  group: string;
  /** Full dimension, currency included: "money:USD", "price:EUR/energy", "volume", ... */
  dimension: string;
  /** Currency code for money and prices, else "". */
  currency: string;
  /** Multiply a value in this unit by `scale` to get the dimension's base unit. */
  scale: number;
  /** Readable name of the dimension for labels and reasons. */
  name: string;
}

const PLAIN: Record<string, [string, number, string]> = {
  m3: ["volume", 1, "volume"],
  bcm: ["volume", 1e9, "volume"],
  mcm: ["volume", 1e6, "volume"],
  tcm: ["volume", 1e12, "volume"],
  bbl: ["volume", 0.158987, "volume"],
  s: ["duration", 1, "duration"],
  min: ["duration", 60, "duration"],
  h: ["duration", 3600, "duration"],
  d: ["duration", 86400, "duration"],
  day: ["duration", 86400, "duration"],
  week: ["duration", 604800, "duration"],
  month: ["duration", 2629800, "duration"],
  year: ["duration", 31557600, "duration"],
  count: ["count", 1, "count"],
  x: ["multiplier", 1, "multiplier"],
  ordinal: ["ordinal", 1, "rank"],
  rank: ["ordinal", 1, "rank"],
  "%": ["percent", 1, "percent"],
  pp: ["pp", 1, "percentage points"],
  t: ["mass", 1, "mass"],
  kg: ["mass", 1e-3, "mass"],
  Mt: ["mass", 1e6, "mass"],
  Wh: ["energy", 1e-3, "energy"],
  kWh: ["energy", 1, "energy"],
  MWh: ["energy", 1e3, "energy"],
  GWh: ["energy", 1e6, "energy"],
  TWh: ["energy", 1e9, "energy"],
  m: ["length", 1, "length"],
  km: ["length", 1e3, "length"],
  "bbl/d": ["flow", 0.158987, "flow"],
  "m3/d": ["flow", 1, "flow"],
  "m3/year": ["flow", 1 / 365.25, "flow"],
  "m3/y": ["flow", 1 / 365.25, "flow"],
  m2: ["area", 1, "area"],
  "km/h": ["speed", 1, "speed"],
  // temperatures: the scales differ by an offset, so each is a dimension of its own
  degC: ["temperature-celsius", 1, "temperature (°C)"],
  degF: ["temperature-fahrenheit", 1, "temperature (°F)"],
  W: ["power", 1, "power"],
  B: ["data", 1, "data size"],
  "bit/s": ["data-rate", 1, "data rate"],
  Hz: ["frequency", 1, "frequency"],
};

/** Dimension and scale of a canonical unit. Unknown units get a dimension of their own ("other:<unit>"). */
export const unitInfo: (unit: Unit) => UnitInfo = memo((unit) => computeUnitInfo(unit.trim()));

function computeUnitInfo(u: string): UnitInfo {
  const plain = PLAIN[u];
  if (plain) return { group: plain[0], dimension: plain[0], currency: "", scale: plain[1], name: plain[2] };
  if (/^[A-Z]{3}$/.test(u)) return { group: "money", dimension: `money:${u}`, currency: u, scale: 1, name: "money" };
  const per = /^([A-Z]{3})\/(.+)$/.exec(u);
  if (per) {
    const denom = PLAIN[per[2]];
    if (denom) {
      const group = `price:${denom[0]}`;
      return { group, dimension: `price:${per[1]}/${denom[0]}`, currency: per[1], scale: 1 / denom[1], name: `price per ${denom[2]}` };
    }
    const group = `price:${per[2]}`;
    return { group, dimension: `price:${per[1]}/${per[2]}`, currency: per[1], scale: 1, name: `price per ${per[2]}` };
  }
  return { group: `other:${u}`, dimension: `other:${u}`, currency: "", scale: 1, name: u || "unitless" };
}

/** The base unit a group is reported in when its claims use several units of one dimension (currency aside). */
export function baseUnitOf(info: UnitInfo, currency: string): Unit {
  switch (info.group) {
    case "money":
      return currency;
    case "volume":
      return "m3";
    case "duration":
      return "s";
    case "count":
      return "count";
    case "multiplier":
      return "x";
    case "ordinal":
      return "ordinal";
    case "percent":
      return "%";
    case "pp":
      return "pp";
    case "mass":
      return "t";
    case "energy":
      return "kWh";
    case "length":
      return "m";
    case "flow":
      return "m3/d";
    default:
      if (info.group.startsWith("price:")) {
        const denom = info.group.slice(6);
        const unit = { energy: "kWh", volume: "m3", mass: "t", duration: "s", length: "m" }[denom] ?? denom;
        return `${currency}/${unit}`;
      }
      return info.group.startsWith("other:") ? info.group.slice(6) : info.group;
  }
}
