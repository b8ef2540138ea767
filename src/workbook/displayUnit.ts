/**
 * The unit a value is shown in: the one the article used ("four years", "€70 per MWh", "8 TWh"), or a readable one of
 * the same family when the words do not tell (7,200 s → 2 hours). Claims keep their value in the canonical unit of
 * core/types.ts; this only decides how it is shown: shown value = canonical value ÷ factor.
 * Pure: shared by the workbook writers and the task pane.
 */

export interface DisplayUnit {
  /** What is written after the number ("hours", "TWh", "EUR/MWh"); the canonical unit when nothing reads better. */
  label: string;
  /** Canonical units per one shown unit. */
  factor: number;
}

interface Candidate extends DisplayUnit {
  /** The unit's words, matched as whole words in a claim's surface. */
  words: string;
  /** Chosen by magnitude when no surface names a unit (weeks, months and miles only when the text says so). */
  byMagnitude: boolean;
}

const DAY = 86400;
const YEAR = 365.25 * DAY;

const c = (label: string, factor: number, words: string, byMagnitude = true): Candidate => ({ label, factor, words, byMagnitude });

/** Units of one canonical unit, smallest first. */
const FAMILIES: Readonly<Record<string, readonly Candidate[]>> = {
  s: [
    c("seconds", 1, "seconds?|secs?|s"),
    c("minutes", 60, "minutes?|mins?"),
    c("hours", 3600, "hours?|hrs?|h"),
    c("days", DAY, "days?"),
    c("weeks", 7 * DAY, "weeks?", false),
    c("months", YEAR / 12, "months?", false),
    c("years", YEAR, "years?|yrs?"),
    c("decades", 10 * YEAR, "decades?", false),
  ],
  Wh: [
    c("Wh", 1, "Wh|watt[ \\u00a0-]hours?"),
    c("kWh", 1e3, "kWh|kilowatt[ \\u00a0-]hours?"),
    c("MWh", 1e6, "MWh|megawatt[ \\u00a0-]hours?"),
    c("GWh", 1e9, "GWh|gigawatt[ \\u00a0-]hours?"),
    c("TWh", 1e12, "TWh|terawatt[ \\u00a0-]hours?"),
  ],
  W: [
    c("W", 1, "W|watts?"),
    c("kW", 1e3, "kW|kilowatts?"),
    c("MW", 1e6, "MW|megawatts?"),
    c("GW", 1e9, "GW|gigawatts?"),
  ],
  m: [c("m", 1, "met(?:re|er)s?|m"), c("km", 1000, "km|kilomet(?:re|er)s?"), c("miles", 1609.344, "miles?", false)],
  m3: [
    c("m³", 1, "cubic[ \\u00a0]met(?:re|er)s?|m3|m\\u00b3"),
    c("mcm", 1e6, "mcm"),
    c("bcm", 1e9, "bcm|bcma"),
    c("tcm", 1e12, "tcm", false),
  ],
  t: [c("kg", 1e-3, "kg|kilogram(?:me)?s?", false), c("t", 1, "tonnes?|tons?|t"), c("Mt", 1e6, "Mt|mmt", false)],
};

/** What a price is per: "EUR/kWh" is also shown per MWh or per 100 kWh when the article says so. */
const PER_UNITS: Readonly<Record<string, readonly { label: string; size: number; words: string }[]>> = {
  kWh: [
    { label: "kWh", size: 1, words: "kWh|kilowatt[ \\u00a0-]hours?" },
    { label: "MWh", size: 1e3, words: "MWh|megawatt[ \\u00a0-]hours?" },
    { label: "GWh", size: 1e6, words: "GWh|gigawatt[ \\u00a0-]hours?" },
  ],
  m3: [
    { label: "m³", size: 1, words: "cubic[ \\u00a0]met(?:re|er)s?|m3|m\\u00b3" },
    { label: "1,000 m³", size: 1e3, words: "thousand[ \\u00a0]cubic[ \\u00a0]met(?:re|er)s?|tcm" },
    { label: "mcm", size: 1e6, words: "mcm" },
  ],
  t: [
    { label: "t", size: 1, words: "tonnes?|tons?|t" },
    { label: "kg", size: 1e-3, words: "kg|kilograms?" },
  ],
};

const wordRe = (words: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}])`, "u");

const FAMILY_RES = new Map<string, RegExp[]>(Object.entries(FAMILIES).map(([unit, list]) => [unit, list.map((x) => wordRe(x.words))]));

/** "per 100 kWh", "/MWh", "a tonne": the amount (default 1) and the per-unit's index. */
function perUnitIn(surface: string, per: string): { size: number; amount: number; label: string } | null {
  const list = PER_UNITS[per];
  if (!list) return null;
  for (const u of list) {
    const re = new RegExp(`(?:\\bper|\\ba|\\ban|\\/)[ \\u00a0]*(?:(\\d{1,3}(?:,\\d{3})+|\\d+)[ \\u00a0]*)?(?:${u.words})(?![\\p{L}])`, "iu");
    const m = re.exec(surface);
    if (m) return { size: u.size, amount: m[1] ? Number(m[1].replace(/,/g, "")) : 1, label: u.label };
  }
  return null;
}

const identity = (unit: string): DisplayUnit => ({ label: unit, factor: 1 });

/** The unit one claim's surface names, or null when it names none of its family's units. */
export function unitNamedIn(surface: string, unit: string): DisplayUnit | null {
  const price = /^([A-Z]{3})\/(.+)$/.exec(unit);
  if (price) {
    const per = perUnitIn(surface, price[2]);
    if (!per || (per.size === 1 && per.amount === 1)) return null;
    const amount = per.amount === 1 ? "" : `${per.amount.toLocaleString("en-US")} `;
    return { label: `${price[1]}/${amount}${per.label}`, factor: 1 / (per.size * per.amount) };
  }
  const family = FAMILIES[unit];
  const res = FAMILY_RES.get(unit);
  if (!family || !res) return null;
  // A compound duration ("1 hour and 25 minutes") names several: the smallest keeps the value exact.
  for (let i = 0; i < family.length; i++) if (res[i].test(surface)) return { label: family[i].label, factor: family[i].factor };
  return null;
}

/** A readable unit of the family for a value no surface speaks of: the largest that keeps it at 1 or more. */
export function unitByMagnitude(unit: string, magnitude: number): DisplayUnit {
  const family = FAMILIES[unit];
  if (!family) return identity(unit);
  let best: Candidate | undefined;
  for (const x of family) {
    if (!x.byMagnitude) continue;
    if (!best || magnitude >= x.factor * 0.999999) best = x;
  }
  return best ? { label: best.label, factor: best.factor } : identity(unit);
}

/** The unit to show one claim in: the one its own words use, else one readable for its size. */
export function claimDisplayUnit(surface: string, unit: string, value: number): DisplayUnit {
  return unitNamedIn(surface, unit) ?? unitByMagnitude(unit, Math.abs(value));
}

/**
 * The unit to show a figure in: the one most of its claims' words use (ties: the smaller unit, which keeps every
 * value exact), else one readable for its largest value. `surfaces` are those of the claims in the figure's unit.
 */
export function figureDisplayUnit(surfaces: readonly string[], unit: string, magnitude: number): DisplayUnit {
  const votes = new Map<string, { unit: DisplayUnit; count: number }>();
  for (const s of surfaces) {
    const named = unitNamedIn(s, unit);
    if (!named) continue;
    const v = votes.get(named.label);
    if (v) v.count++;
    else votes.set(named.label, { unit: named, count: 1 });
  }
  let best: { unit: DisplayUnit; count: number } | undefined;
  for (const v of votes.values()) {
    if (!best || v.count > best.count || (v.count === best.count && v.unit.factor < best.unit.factor)) best = v;
  }
  return best?.unit ?? unitByMagnitude(unit, magnitude);
}
