/**
 * Numbers as the analyst reads them, in the unit chosen by displayUnit.ts: Excel number formats for the shown
 * value columns, and the same values as text ("2 – 5 hours", "2.4 bn EUR", "70 EUR/MWh", "4.5%").
 * Money, counts, barrels and tonnes are scaled by the format (thousands separators as Excel's "," scaling), so
 * the cell keeps the whole value; other families were already brought to a readable unit.
 */
import type { DisplayUnit } from "./displayUnit";

const CURRENCY = /^[A-Z]{3}$/;

/** Units whose large values are shown in millions or billions ("2.4 bn", "3.2 mn"). */
function scales(unit: string): boolean {
  return CURRENCY.test(unit) || unit === "count" || unit === "bbl" || unit === "bbl/d" || unit === "t" || unit === "";
}

interface Scale {
  /** Each comma appended to an Excel format divides the shown value by 1,000. */
  commas: number;
  word: string;
}

function scaleFor(unit: string, magnitude: number): Scale {
  if (!scales(unit)) return { commas: 0, word: "" };
  if (magnitude >= 1e12) return { commas: 4, word: " tn" };
  if (magnitude >= 1e9) return { commas: 3, word: " bn" };
  if (magnitude >= 1e6) return { commas: 2, word: " mn" };
  return { commas: 0, word: "" };
}

/** Decimals that show `v` without noise: as few as it needs, fewer for large numbers (1,461 days, 2.407 bn). */
function decimalsOf(v: number): number {
  const a = Math.abs(v);
  if (!Number.isFinite(a) || a === 0) return 0;
  const cap = a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : Math.min(8, 3 + Math.ceil(-Math.log10(a)));
  for (let d = 0; d < cap; d++) {
    const rounded = Number(v.toFixed(d));
    if (Math.abs(rounded - v) <= 1e-9 * Math.max(1, a)) return d;
  }
  return cap;
}

/** The decimals shared by values shown side by side (a figure's min and max). */
function sharedDecimals(values: readonly number[]): number {
  return values.reduce((d, v) => Math.max(d, decimalsOf(v)), 0);
}

/** A unit string made safe inside a quoted number-format literal. */
function literal(s: string): string {
  return s.replace(/["\\]/g, "");
}

/**
 * Excel number format for the shown values of one row (already divided by the display factor): "#,##0.0,,, bn"
 * for 2.4e9 EUR, "#,##0" for 2 hours, "0.0000" style decimals for small prices. The unit is in its own column.
 */
export function shownNumberFormat(unit: string, shownValues: readonly number[]): string {
  const magnitude = shownValues.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const scale = scaleFor(unit, magnitude);
  const decimals = sharedDecimals(shownValues.map((v) => v / Math.pow(1000, scale.commas)));
  const digits = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  return `${digits}${",".repeat(scale.commas)}${scale.word ? `"${literal(scale.word)}"` : ""}`;
}

function numberText(v: number, decimals: number): string {
  return v.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function withUnit(number: string, unit: string, display: DisplayUnit): string {
  if (unit === "%") return `${number}%`;
  if (unit === "x") return `${number}×`;
  if (unit === "count" || unit === "ordinal" || unit === "") return number;
  if (unit === "pp") return `${number} pp`;
  return `${number} ${display.label}`;
}

/** Shown values side by side, as text: "2 – 5 hours", "2.4 – 2.407 bn EUR", "8 TWh". */
export function formatShownRange(min: number, max: number, unit: string, display: DisplayUnit): string {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return "";
  const lo = min / display.factor;
  const hi = max / display.factor;
  const scale = scaleFor(unit, Math.max(Math.abs(lo), Math.abs(hi)));
  const div = Math.pow(1000, scale.commas);
  const decimals = sharedDecimals(lo === hi ? [hi / div] : [lo / div, hi / div]);
  const high = numberText(hi / div, decimals) + scale.word;
  if (lo === hi) return withUnit(high, unit, display);
  return withUnit(`${numberText(lo / div, decimals)} – ${high}`, unit, display);
}

/** One value as text in its display unit: "4 years", "70 EUR/MWh", "56,000". */
export function formatShown(value: number, unit: string, display: DisplayUnit): string {
  return formatShownRange(value, value, unit, display);
}
