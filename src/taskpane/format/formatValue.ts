import type { Unit } from "../../core/types";

const SCALES: [number, string][] = [
  [1e12, "tn"],
  [1e9, "bn"],
  [1e6, "m"],
  [1e3, "k"],
];

function trim(n: number, digits = 3): string {
  const rounded = Number(n.toPrecision(digits));
  return rounded.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

function scaled(value: number): string {
  const abs = Math.abs(value);
  for (const [size, suffix] of SCALES) if (abs >= size) return `${trim(value / size)} ${suffix}`;
  return trim(value, 4);
}

function duration(seconds: number): string {
  const abs = Math.abs(seconds);
  if (abs >= 86400 * 2) return `${trim(seconds / 86400)} days`;
  if (abs >= 3600) {
    const h = Math.floor(abs / 3600);
    const m = Math.round((abs - h * 3600) / 60);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  if (abs >= 60) return `${trim(seconds / 60)} min`;
  return `${trim(seconds)} s`;
}

/** A value in its canonical unit, short and readable: "USD 245 bn", "38.8 bcm", "1 h 25 min", "12%". */
export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return "—";
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${scaled(value)}`;
  if (unit === "m3" && Math.abs(value) >= 1e8) return `${trim(value / 1e9)} bcm`;
  if (unit === "s") return duration(value);
  if (unit === "%") return `${trim(value)}%`;
  if (unit === "pp") return `${trim(value)} pp`;
  if (unit === "x") return `${trim(value)}×`;
  if (unit === "count") return Math.abs(value) >= 1e6 ? scaled(value) : trim(value, 9);
  if (unit === "ordinal") return `#${trim(value)}`;
  return `${scaled(value)} ${unit}`;
}

/** A figure's stated values: one value, or "min – max" when the sources differ. */
export function formatRange(min: number, max: number, unit: Unit): string {
  if (min === max) return formatValue(min, unit);
  return `${formatValue(min, unit)} – ${formatValue(max, unit)}`;
}
