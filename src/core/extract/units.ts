/**
 * The unit table: what may follow a number, and how it maps to a canonical unit (see types.ts).
 * Each entry is a sticky regular expression tried at the position right after the number (and its scale word).
 */
import * as lookupModule from "../text/lookup";
import * as chars from "../text/chars";
import * as unitRuleModule from "./unitRule";
import type { UnitKind, UnitRule } from "./unitRule";
import * as physicalModule from "./physicalUnits";
import * as flowModule from "./flowUnits";
import * as currencyNamesModule from "./currencyNames";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
const { rule } = unitRuleModule;
const { isUpper } = chars;
const { CROP_YIELD_UNITS, PHYSICAL_UNITS } = physicalModule;
const { FLOW_UNITS, perDayAfter } = flowModule;
const { currencyNameAt } = currencyNamesModule;
export type { UnitKind } from "./unitRule";

export interface UnitMatch {
  unit: string;
  /** Multiply the number by this to get the canonical value. */
  factor: number;
  kind: UnitKind;
  /** End offset of the unit text. */
  end: number;
  /** A reading that depends on the text around it: "won" (a verb too), "pound" (a weight too), "MT" (million or metric tonnes). */
  ambiguous?: boolean;
}

const DAY = 86400;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;
const SP = "[ \\u00a0]";
const CUBIC_FOOT = 0.028316846592;

/** Ordered: longer and more specific forms first. */
const RULES: UnitRule[] = [
  rule("percentage[ \\u00a0-]points?|pct[ \\u00a0]points?", "i", "pp", 1, "percent"),
  rule("pp|ppts?|p\\.p\\.", "", "pp", 1, "percent"),
  rule("basis[ \\u00a0]points?|bps", "i", "pp", 0.01, "percent"),
  rule("bp", "", "pp", 0.01, "percent"),
  rule("%|percent|per[ \\u00a0]cent|pct|pc|percents|percentage", "i", "%", 1, "percent"),
  ...FLOW_UNITS,
  // volumes (gas, oil)
  rule("bcm|bcma", "i", "m3", 1e9, "measure"),
  rule("mcm|mmscm|mmcm", "i", "m3", 1e6, "measure"),
  rule("tcm", "i", "m3", 1e12, "measure"),
  // water held in reservoirs and lakes, as Spain and Latin America count it: cubic hectometres (a million m³), cubic kilometres
  rule(`hm3|hm\\u00b3|cubic${SP}hectomet(?:re|er)s?`, "i", "m3", 1e6, "measure"),
  rule(`km3|km\\u00b3|cubic${SP}kilomet(?:re|er)s?`, "i", "m3", 1e9, "measure"),
  rule("tcf", "i", "m3", 1e12 * CUBIC_FOOT, "measure"),
  rule("bcf", "i", "m3", 1e9 * CUBIC_FOOT, "measure"),
  rule("mmcf", "i", "m3", 1e6 * CUBIC_FOOT, "measure"),
  rule(`cubic${SP}(?:feet|foot)|cu\\.?${SP}?ft`, "i", "m3", CUBIC_FOOT, "measure"),
  rule(`standard${SP}cubic${SP}met(?:re|er)s?|cubic${SP}met(?:re|er)s?|cubic${SP}m|cu\\.?${SP}?m|m3|m\\u00b3|scm`, "i", "m3", 1, "measure"),
  rule("barrels?|bbls?", "i", "bbl", 1, "measure"),
  // crop yields, then mass
  ...CROP_YIELD_UNITS,
  // (of carbon dioxide, or its equivalent in other gases: "371MtCO2e", "41 MtCO2", "1.2 GtCO2e", "3 tCO2e")
  rule(`GtCO(?:2|\u2082)e?|Gt${SP}CO(?:2|\u2082)e?`, "", "t", 1e9, "measure"),
  rule(`MtCO(?:2|\u2082)e?|Mt${SP}CO(?:2|\u2082)e?`, "", "t", 1e6, "measure"),
  rule(`ktCO(?:2|\u2082)e?|kt${SP}CO(?:2|\u2082)e?`, "", "t", 1e3, "measure"),
  rule(`tCO(?:2|\u2082)e?`, "", "t", 1, "measure"),
  rule(`million${SP}(?:metric${SP})?(?:tonnes|tons|tonne)`, "i", "t", 1e6, "measure"),
  rule("Mt|mmt|MMT|Mtpa|MTPA|mtpa|mmtpa|MMTPA|Mt/y|Mt/yr|mt/y", "", "t", 1e6, "measure"),
  rule("MT|mt", "", "t", 1e6, "measure"),
  rule("kt|ktpa", "", "t", 1e3, "measure"),
  rule(`(?:metric${SP})?(?:tonnes?|tons?)|t`, "i", "t", 1, "measure"),
  rule("kg|kilogram(?:me)?s?|kilos?", "i", "t", 1e-3, "measure"),
  // energy and power
  rule("TWh|terawatt[ \\u00a0-]hours?", "i", "Wh", 1e12, "measure"),
  rule("GWh|gigawatt[ \\u00a0-]hours?", "i", "Wh", 1e9, "measure"),
  rule("MWh|megawatt[ \\u00a0-]hours?", "i", "Wh", 1e6, "measure"),
  rule("kWh|kilowatt[ \\u00a0-]hours?", "i", "Wh", 1e3, "measure"),
  rule("Wh|watt[ \\u00a0-]hours?", "", "Wh", 1, "measure"),
  rule("GW|gigawatts?", "", "W", 1e9, "measure"),
  rule("MW|megawatts?", "", "W", 1e6, "measure"),
  rule("kW|kilowatts?", "", "W", 1e3, "measure"),
  // the other physical units (speeds before "km" and "miles")
  ...PHYSICAL_UNITS,
  // lengths
  rule("km|kilomet(?:re|er)s?", "i", "m", 1000, "measure"),
  rule("miles?|mi", "i", "m", 1609.344, "measure"),
  rule("met(?:re|er)s?", "i", "m", 1, "measure"),
  rule("m", "", "m", 1, "measure"),
  // durations
  rule("seconds?|secs?", "i", "s", 1, "duration"),
  rule("minutes?|mins?", "i", "s", 60, "duration"),
  rule("hours?|hrs?", "i", "s", 3600, "duration"),
  rule("days?", "i", "s", DAY, "duration"),
  rule("weeks?", "i", "s", 7 * DAY, "duration"),
  rule("months?", "i", "s", MONTH, "duration"),
  rule("years?|yrs?", "i", "s", YEAR, "duration"),
  // years of age, as medical and police reports abbreviate them: "a 87 yo man", "23 y/o"
  rule("yo|y\\.o\\.|y/o", "", "s", YEAR, "duration"),
  rule("decades?", "i", "s", 10 * YEAR, "duration"),
  rule("centur(?:y|ies)", "i", "s", 100 * YEAR, "duration"),
  // multipliers
  rule("times(?=[ \\u00a0]+(?:lower|higher|more|less|greater|larger|bigger|smaller|cheaper|faster|slower|longer|shorter|as|the|over|above|below|bigger|costlier|heavier|stronger|weaker|oversubscribed|subscribed|covered)\\b)", "i", "x", 1, "multiplier", false, false),
  rule("fold", "i", "x", 1, "multiplier", true, true),
  rule("x", "", "x", 1, "multiplier", true, false),
  rule("times", "i", "count", 1, "frequency", false, false),
];

/** Rules indexed by the character they can start with (order kept). */
const RULES_BY_CHAR = new Map<string, UnitRule[]>();
for (const r of RULES) {
  for (const ch of r.first) {
    const list = RULES_BY_CHAR.get(ch) ?? [];
    if (!list.includes(r)) list.push(r);
    RULES_BY_CHAR.set(ch, list);
  }
}

/** The same lists by char code for ASCII characters (an array index instead of a one-character string key). */
const RULES_BY_ASCII: (UnitRule[] | undefined)[] = [];
for (let c = 0; c < 128; c++) RULES_BY_ASCII.push(RULES_BY_CHAR.get(String.fromCharCode(c)));

/** Duration factors (seconds per unit) by unit word, for "hour-and-a-half" and compound durations. */
export const DURATION_SECONDS: Readonly<Record<string, number>> = lookupTable({
  second: 1, minute: 60, hour: 3600, day: DAY, week: 7 * DAY, month: MONTH, year: YEAR, decade: 10 * YEAR,
});

/**
 * The unit at pos. `gap` is what separates it from the number: "" (attached), " " (spaces) or "-" (hyphen).
 */
export function matchUnit(text: string, pos: number, gap: "" | " " | "-"): UnitMatch | null {
  if (pos >= text.length) return null;
  const c = text.charCodeAt(pos);
  if (c < 128) {
    // currency names and codes: "euros", "Swedish crowns", "cents", "USD"; a code may be glued ("115USD"), a name
    // hyphenated ("a 12-cent dividend", "a one-yen bid")
    const cur = currencyNameAt(text, pos);
    const code = cur !== null && cur.end - pos >= 3 && isUpper(c) && isUpper(text.charCodeAt(pos + 1));
    if (cur && (gap === " " || (gap === "" && code) || (gap === "-" && !code))) {
      return { unit: cur.code, factor: cur.factor, kind: "currency", end: cur.end, ambiguous: cur.ambiguous };
    }
  }
  const rules = c < 128 ? RULES_BY_ASCII[c] : RULES_BY_CHAR.get(text[pos]);
  if (!rules) return null;
  for (const r of rules) {
    if (gap === "" && !r.attached) continue;
    if (gap === "-" && !r.hyphen) continue;
    r.re.lastIndex = pos;
    if (r.re.test(text)) {
      const end = r.re.lastIndex;
      // a volume written with a daily rate is a flow: "11.9 billion cubic feet per day", "5 mcm a day"
      if (r.unit === "m3" || r.unit === "bbl") {
        const perDay = perDayAfter(text, end);
        if (perDay > 0) return { unit: `${r.unit}/d`, factor: r.factor, kind: r.kind, end: perDay };
      }
      const ambiguous = r.unit === "t" && end - pos === 2 && (c === 77 || c === 109) && (text.charCodeAt(pos + 1) | 32) === 116;
      return { unit: r.unit, factor: r.factor, kind: r.kind, end, ambiguous };
    }
  }
  return null;
}

// ----- prices: "<money> per 100 kWh", "$80 a barrel", "$300 per 1,000 cubic metres" -----

interface PerRule {
  re: RegExp;
  /** Suffix of the price unit ("kWh" → "EUR/kWh"). */
  per: string;
  /** How many canonical per-units one of these is (MWh → 1000 kWh). */
  size: number;
}

function per(source: string, flags: string, perUnit: string, size: number): PerRule {
  return { re: new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, `y${flags}u`), per: perUnit, size };
}

const PER_RULES: PerRule[] = [
  per("kWh|kilowatt[ \\u00a0-]hours?", "i", "kWh", 1),
  per("MWh|megawatt[ \\u00a0-]hours?", "i", "kWh", 1e3),
  per("GWh|gigawatt[ \\u00a0-]hours?", "i", "kWh", 1e6),
  per("barrels?|bbl", "i", "bbl", 1),
  per("MMBtu|mmbtu|mBtu|million[ \\u00a0]British[ \\u00a0]thermal[ \\u00a0]units", "i", "MMBtu", 1),
  // "per million British thermal units": the million is read as the quantity per unit
  per("British[ \\u00a0]thermal[ \\u00a0]units?|Btu", "i", "MMBtu", 1e-6),
  per("(?:metric[ \\u00a0])?(?:tonnes?|tons?)|t", "i", "t", 1),
  per("kg|kilograms?|kilos?", "i", "t", 1e-3),
  per("thousand[ \\u00a0]cubic[ \\u00a0]met(?:re|er)s?|tcm", "i", "m3", 1e3),
  per("cubic[ \\u00a0]met(?:re|er)s?|m3|m\\u00b3|cu\\.?[ \\u00a0]?m", "i", "m3", 1),
  per("mcm", "i", "m3", 1e6),
  per("bcm", "i", "m3", 1e9),
  per("litres?|liters?", "i", "l", 1),
  per("gallons?|gal", "i", "gal", 1),
  per("ounces?|oz", "i", "oz", 1),
  // rents and prices of space: per square metre, a square foot counted as its share of one
  per("square[ \\u00a0]met(?:re|er)s?|sq\\.?[ \\u00a0]?m|m2|m\\u00b2", "i", "m2", 1),
  per("square[ \\u00a0](?:feet|foot)|sq\\.?[ \\u00a0]?ft|ft2|ft\\u00b2", "i", "m2", 0.09290304),
];

const PER_WORD = /[ \u00a0]*(?:per|a|an|each|for[ \u00a0]+(?:every|each))[ \u00a0]+|[ \u00a0]*\/[ \u00a0]*/iy;
const PER_QTY = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[ \u00a0]*|(thousand|hundred|million)[ \u00a0]+/iy;

export interface PerMatch {
  per: string;
  /** The amount is for this many canonical per-units: divide by it. */
  divisor: number;
  end: number;
}

/** "per 100 kWh" / "a barrel" / "/MMBtu" at pos. */
export function matchPer(text: string, pos: number): PerMatch | null {
  PER_WORD.lastIndex = pos;
  if (!PER_WORD.test(text)) return null;
  let p = PER_WORD.lastIndex;
  let qty = 1;
  PER_QTY.lastIndex = p;
  const q = PER_QTY.exec(text);
  if (q) {
    qty = q[1] ? Number(q[1].replace(/,/g, "")) : q[2].toLowerCase() === "thousand" ? 1e3 : q[2].toLowerCase() === "hundred" ? 100 : 1e6;
    p = PER_QTY.lastIndex;
  }
  if (!(qty > 0) || !Number.isFinite(qty)) return null;
  for (const r of PER_RULES) {
    r.re.lastIndex = p;
    if (r.re.test(text)) return { per: r.per, divisor: qty * r.size, end: r.re.lastIndex };
  }
  return null;
}
