/** Readable values for labels, flags and reasons ("USD 245 bn", "1 h 25 min", "38.8 bcm", "2.70×"). */
import { unitInfo } from "./units";

function group3(n: string): string {
  const [int, frac] = n.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + grouped + (frac ? "." + frac : "");
}

/** A number with at most `sig` significant digits, thousands grouped, trailing zeros dropped. */
export function formatNumber(n: number, sig = 4): string {
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "-∞";
  if (n === 0) return "0";
  const abs = Math.abs(n);
  const decimals = abs >= 10 ** sig ? 0 : Math.max(0, sig - 1 - Math.floor(Math.log10(abs)));
  const fixed = n.toFixed(Math.min(decimals, 10));
  return group3(fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed);
}

function scaled(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${formatNumber(n / 1e12)} tn`;
  if (abs >= 1e9) return `${formatNumber(n / 1e9)} bn`;
  if (abs >= 1e6) return `${formatNumber(n / 1e6)} mn`;
  return formatNumber(n);
}

function duration(s: number): string {
  if (!Number.isFinite(s)) return formatNumber(s);
  const abs = Math.abs(s);
  if (abs >= 86400 * 2) return `${formatNumber(s / 86400)} days`;
  if (abs >= 3600) {
    const h = Math.floor(abs / 3600);
    const m = Math.round((abs - h * 3600) / 60);
    return (s < 0 ? "-" : "") + (m ? `${h} h ${m} min` : `${h} h`);
  }
  if (abs >= 60) return `${formatNumber(s / 60)} min`;
  return `${formatNumber(s)} s`;
}

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  const info = unitInfo(unit);
  switch (info.group) {
    case "money":
      return `${unit} ${scaled(value)}`;
    case "duration":
      return unit === "s" ? duration(value) : `${formatNumber(value)} ${unit}`;
    case "volume":
      if (unit === "m3" && Math.abs(value) >= 1e8) return `${formatNumber(value / 1e9)} bcm`;
      return `${scaled(value)} ${unit}`;
    case "energy": {
      const wh = value * (unitInfo(unit).scale * 1000);
      const steps: [number, string][] = [[1e12, "TWh"], [1e9, "GWh"], [1e6, "MWh"], [1e3, "kWh"]];
      for (const [size, name] of steps) if (Math.abs(wh) >= size) return `${formatNumber(wh / size)} ${name}`;
      return `${formatNumber(wh)} Wh`;
    }
    case "length":
      return unit === "m" && Math.abs(value) >= 1000 ? `${formatNumber(value / 1000)} km` : `${formatNumber(value)} ${unit}`;
    case "percent":
      return `${formatNumber(value)}%`;
    case "pp":
      return `${formatNumber(value)} pp`;
    case "multiplier":
      return `${formatNumber(value, 3)}×`;
    case "ordinal":
      return `#${formatNumber(value)}`;
    case "count":
      return scaled(value);
    default:
      return `${formatNumber(value)} ${unit}`;
  }
}
