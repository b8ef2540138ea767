/**
 * The unit table: what may follow a number, and how it maps to a canonical unit (see types.ts).
 * Each entry is a sticky regular expression tried at the position right after the number (and its scale word).
 */
import * as lookupModule from "../text/lookup";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
export type UnitKind = "percent" | "currency" | "measure" | "duration" | "multiplier" | "frequency";

export interface UnitMatch {
  unit: string;
  /** Multiply the number by this to get the canonical value. */
  factor: number;
  kind: UnitKind;
  /** End offset of the unit text. */
  end: number;
}

interface UnitRule {
  re: RegExp;
  unit: string;
  factor: number;
  kind: UnitKind;
  /** Allowed directly after the digits with no space ("20%", "38.8bcm", "5km"). */
  attached: boolean;
  /** Allowed after a hyphen ("30-day", "10-km", "3-fold"). */
  hyphen: boolean;
  /** Characters the unit text can start with: rules are only tried when the next character is one of them. */
  first: string;
}

const DAY = 86400;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;

function rule(source: string, flags: string, unit: string, factor: number, kind: UnitKind, attached = true, hyphen = true): UnitRule {
  return { re: new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, `y${flags}u`), unit, factor, kind, attached, hyphen, first: firstChars(source, flags) };
}

/** The characters a rule's text can start with (lower-cased), read off its alternatives. */
function firstChars(source: string, flags: string): string {
  const out = new Set<string>();
  let depth = 0;
  let atStart = true;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      if (atStart && depth === 0) out.add(source[i + 1] === "u" ? String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)) : source[i + 1]);
      atStart = false;
      i += source[i + 1] === "u" ? 5 : 1;
      continue;
    }
    if (ch === "(") {
      depth++;
      if (source[i + 1] === "?") i += 2;
      continue;
    }
    if (ch === ")") {
      depth--;
      continue;
    }
    if (ch === "|") {
      if (depth === 0) atStart = true;
      continue;
    }
    if (atStart && depth === 0) {
      out.add(ch);
      atStart = false;
    } else if (atStart && depth > 0) {
      // an alternative that starts with a group: "(?:US|U\\.S\\.|American)": take each branch's first letter
      out.add(ch);
    }
    if (depth === 0) atStart = false;
  }
  const all = [...out].join("");
  return flags.includes("i") ? all.toLowerCase() + all.toUpperCase() : all;
}

/** Ordered: longer and more specific forms first. */
const RULES: UnitRule[] = [
  rule("percentage[ \\u00a0-]points?|pct[ \\u00a0]points?", "i", "pp", 1, "percent"),
  rule("pp|ppts?|p\\.p\\.", "", "pp", 1, "percent"),
  rule("basis[ \\u00a0]points?|bps", "i", "pp", 0.01, "percent"),
  rule("%|percent|per[ \\u00a0]cent|pct", "i", "%", 1, "percent"),
  // currencies written after the number
  rule("(?:US|U\\.S\\.|American)[ \\u00a0]dollars?", "", "USD", 1, "currency", false, false),
  rule("dollars?|USD", "i", "USD", 1, "currency", false, false),
  rule("euros?|EUR", "i", "EUR", 1, "currency", false, false),
  rule("yuan|renminbi|RMB|CNY", "i", "CNY", 1, "currency", false, false),
  rule("rubles?|roubles?|RUB", "i", "RUB", 1, "currency", false, false),
  rule("pounds[ \\u00a0]sterling|sterling|GBP", "i", "GBP", 1, "currency", false, false),
  rule("yen|JPY", "i", "JPY", 1, "currency", false, false),
  rule("rupees?|INR", "i", "INR", 1, "currency", false, false),
  rule("Swiss[ \\u00a0]francs?|CHF", "", "CHF", 1, "currency", false, false),
  rule("Canadian[ \\u00a0]dollars?", "", "CAD", 1, "currency", false, false),
  rule("Australian[ \\u00a0]dollars?", "", "AUD", 1, "currency", false, false),
  rule("Hong[ \\u00a0]Kong[ \\u00a0]dollars?", "", "HKD", 1, "currency", false, false),
  rule("New[ \\u00a0]Zealand[ \\u00a0]dollars?", "", "NZD", 1, "currency", false, false),
  rule("Singapore[ \\u00a0]dollars?", "", "SGD", 1, "currency", false, false),
  rule("zlotys?|zlotych|PLN", "i", "PLN", 1, "currency", false, false),
  rule("forints?|HUF", "i", "HUF", 1, "currency", false, false),
  rule("korunas?|koruny|CZK", "i", "CZK", 1, "currency", false, false),
  rule("hryvnias?|hryvnia|UAH", "i", "UAH", 1, "currency", false, false),
  rule("tenge|KZT", "i", "KZT", 1, "currency", false, false),
  rule("reais|BRL", "i", "BRL", 1, "currency", false, false),
  rule("rupiah|IDR", "i", "IDR", 1, "currency", false, false),
  rule("ringgit|MYR", "i", "MYR", 1, "currency", false, false),
  rule("baht|THB", "i", "THB", 1, "currency", false, false),
  rule("shekels?|ILS", "i", "ILS", 1, "currency", false, false),
  rule("naira|NGN", "i", "NGN", 1, "currency", false, false),
  rule("kronor|SEK", "i", "SEK", 1, "currency", false, false),
  rule("lira|liras|TRY", "", "TRY", 1, "currency", false, false),
  // volumes (gas, oil)
  rule("bcm|bcma", "i", "m3", 1e9, "measure"),
  rule("mcm", "i", "m3", 1e6, "measure"),
  rule("tcm", "i", "m3", 1e12, "measure"),
  rule("tcf", "i", "m3", 2.8316846592e10, "measure"),
  rule("bcf", "i", "m3", 2.8316846592e7, "measure"),
  rule("cubic[ \\u00a0](?:feet|foot)|cu\\.?[ \\u00a0]?ft", "i", "m3", 0.028316846592, "measure"),
  rule("cubic[ \\u00a0]met(?:re|er)s?|cubic[ \\u00a0]m|cu\\.?[ \\u00a0]?m|m3|m\\u00b3", "i", "m3", 1, "measure"),
  rule("barrels?[ \\u00a0](?:per|a)[ \\u00a0]day|b/d|bpd|bbl/d", "i", "bbl/d", 1, "measure"),
  rule("barrels?|bbls?", "i", "bbl", 1, "measure"),
  // mass
  rule("million[ \\u00a0](?:metric[ \\u00a0])?(?:tonnes|tons)", "i", "t", 1e6, "measure"),
  rule("Mt|mmt|MMT", "", "t", 1e6, "measure"),
  rule("kt", "", "t", 1e3, "measure"),
  rule("(?:metric[ \\u00a0])?(?:tonnes?|tons?)|t", "i", "t", 1, "measure"),
  rule("kg|kilogram(?:me)?s?", "i", "t", 1e-3, "measure"),
  // energy and power
  rule("TWh|terawatt[ \\u00a0-]hours?", "i", "Wh", 1e12, "measure"),
  rule("GWh|gigawatt[ \\u00a0-]hours?", "i", "Wh", 1e9, "measure"),
  rule("MWh|megawatt[ \\u00a0-]hours?", "i", "Wh", 1e6, "measure"),
  rule("kWh|kilowatt[ \\u00a0-]hours?", "i", "Wh", 1e3, "measure"),
  rule("Wh|watt[ \\u00a0-]hours?", "", "Wh", 1, "measure"),
  rule("GW|gigawatts?", "", "W", 1e9, "measure"),
  rule("MW|megawatts?", "", "W", 1e6, "measure"),
  rule("kW|kilowatts?", "", "W", 1e3, "measure"),
  // length
  rule("km|kilomet(?:re|er)s?", "i", "m", 1000, "measure"),
  rule("miles?", "i", "m", 1609.344, "measure"),
  rule("met(?:re|er)s?", "i", "m", 1, "measure"),
  // durations
  rule("seconds?|secs?", "i", "s", 1, "duration"),
  rule("minutes?|mins?", "i", "s", 60, "duration"),
  rule("hours?|hrs?", "i", "s", 3600, "duration"),
  rule("days?", "i", "s", DAY, "duration"),
  rule("weeks?", "i", "s", 7 * DAY, "duration"),
  rule("months?", "i", "s", MONTH, "duration"),
  rule("years?|yrs?", "i", "s", YEAR, "duration"),
  rule("decades?", "i", "s", 10 * YEAR, "duration"),
  // multipliers
  rule("times(?=[ \\u00a0]+(?:lower|higher|more|less|greater|larger|bigger|smaller|cheaper|faster|slower|longer|shorter|as|the|over|above|below|bigger|costlier|heavier|stronger|weaker)\\b)", "i", "x", 1, "multiplier", false, false),
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
  const rules = c < 128 ? RULES_BY_ASCII[c] : RULES_BY_CHAR.get(text[pos]);
  if (!rules) return null;
  for (const r of rules) {
    if (gap === "" && !r.attached) continue;
    if (gap === "-" && !r.hyphen) continue;
    r.re.lastIndex = pos;
    if (r.re.test(text)) return { unit: r.unit, factor: r.factor, kind: r.kind, end: r.re.lastIndex };
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
  per("MMBtu|mmbtu|mBtu|million[ \\u00a0]British[ \\u00a0]thermal[ \\u00a0]units", "", "MMBtu", 1),
  per("(?:metric[ \\u00a0])?(?:tonnes?|tons?)|t", "i", "t", 1),
  per("kg|kilograms?", "i", "t", 1e-3),
  per("thousand[ \\u00a0]cubic[ \\u00a0]met(?:re|er)s?|tcm", "i", "m3", 1e3),
  per("cubic[ \\u00a0]met(?:re|er)s?|m3|m\\u00b3|cu\\.?[ \\u00a0]?m", "i", "m3", 1),
  per("mcm", "i", "m3", 1e6),
  per("bcm", "i", "m3", 1e9),
  per("litres?|liters?", "i", "l", 1),
  per("gallons?|gal", "i", "gal", 1),
  per("ounces?|oz", "i", "oz", 1),
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
