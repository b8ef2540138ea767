/**
 * Number formats and readable text for values in their canonical unit (see core/types.ts Unit).
 * Money is shown in billions or millions when that large ("245.0 bn USD"), volumes in bcm, percentages
 * with a literal % (values are already in percent), prices with their unit.
 */

const CURRENCY = /^[A-Z]{3}$/;
const PRICE = /^[A-Z]{3}\/.+$/;

interface Scale {
  /** Commas appended to the format: each divides the shown value by 1,000. */
  commas: number;
  suffix: string;
  decimals: number;
}

/** A unit string made safe inside a quoted number-format literal. */
function literal(s: string): string {
  return s.replace(/["\\]/g, "");
}

function scaleFor(unit: string, magnitude: number): Scale {
  if (CURRENCY.test(unit)) {
    const code = literal(unit);
    if (magnitude >= 1e9) return { commas: 3, suffix: ` bn ${code}`, decimals: 1 };
    if (magnitude >= 1e6) return { commas: 2, suffix: ` mn ${code}`, decimals: 1 };
    return { commas: 0, suffix: ` ${code}`, decimals: magnitude >= 1000 || magnitude === 0 ? 0 : 2 };
  }
  if (PRICE.test(unit)) return { commas: 0, suffix: ` ${literal(unit)}`, decimals: magnitude < 1 ? 4 : 2 };
  switch (unit) {
    case "m3":
      if (magnitude >= 1e9) return { commas: 3, suffix: " bcm", decimals: 1 };
      if (magnitude >= 1e6) return { commas: 2, suffix: " mcm", decimals: 1 };
      return { commas: 0, suffix: " m³", decimals: 0 };
    case "%":
      return { commas: 0, suffix: "%", decimals: 1 };
    case "pp":
      return { commas: 0, suffix: " pp", decimals: 1 };
    case "x":
      return { commas: 0, suffix: "×", decimals: 2 };
    case "count":
    case "ordinal":
      return { commas: 0, suffix: "", decimals: Number.isInteger(magnitude) ? 0 : 1 };
    case "Wh":
      if (magnitude >= 1e12) return { commas: 4, suffix: " TWh", decimals: 1 };
      if (magnitude >= 1e9) return { commas: 3, suffix: " GWh", decimals: 1 };
      if (magnitude >= 1e6) return { commas: 2, suffix: " MWh", decimals: 1 };
      return { commas: 0, suffix: " Wh", decimals: 0 };
    case "m":
      if (magnitude >= 1000) return { commas: 1, suffix: " km", decimals: 1 };
      return { commas: 0, suffix: " m", decimals: 0 };
    case "":
      return { commas: 0, suffix: "", decimals: 2 };
    default:
      return { commas: 0, suffix: ` ${literal(unit)}`, decimals: Number.isInteger(magnitude) ? 0 : 2 };
  }
}

/** Excel number format for `value` in `unit`, e.g. `#,##0.0,,," bn USD"` for 245e9 USD. */
export function numberFormatFor(unit: string, value: number): string {
  const s = scaleFor(unit, Math.abs(value));
  const digits = s.decimals > 0 ? `#,##0.${"0".repeat(s.decimals)}` : "#,##0";
  return `${digits}${",".repeat(s.commas)}${s.suffix ? `"${s.suffix}"` : ""}`;
}

/** The same value as readable text, matching numberFormatFor: "245.0 bn USD", "38.8 bcm", "4.5%". */
/** A duration in seconds as people say it: "1 h 25 min", "30 days", "45 s". */
export function formatDuration(seconds: number): string {
  const s = Math.abs(seconds);
  const sign = seconds < 0 ? "-" : "";
  if (s >= 2 * 86400 && s % 86400 === 0) return `${sign}${(s / 86400).toLocaleString("en-US")} days`;
  if (s >= 3600) {
    const h = Math.floor(s / 3600);
    const m = Math.round((s - h * 3600) / 60);
    return m === 60 ? `${sign}${h + 1} h` : `${sign}${h} h${m ? ` ${m} min` : ""}`;
  }
  if (s >= 60) {
    const m = Math.floor(s / 60);
    const r = Math.round(s - m * 60);
    return `${sign}${m} min${r ? ` ${r} s` : ""}`;
  }
  return `${sign}${s.toLocaleString("en-US", { maximumFractionDigits: 2 })} s`;
}

export function formatQuantity(value: number, unit: string, scaleMagnitude = Math.abs(value)): string {
  if (!Number.isFinite(value)) return "";
  if (unit === "s") return formatDuration(value);
  const s = scaleFor(unit, scaleMagnitude);
  const shown = value / Math.pow(1000, s.commas);
  const number = shown.toLocaleString("en-US", {
    minimumFractionDigits: s.decimals,
    maximumFractionDigits: s.decimals,
  });
  return `${number}${s.suffix}`;
}

/** A figure's value or range as text: "245.0 bn USD" or "200.0 – 245.0 bn USD". */
export function formatRange(min: number, max: number, unit: string): string {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return "";
  const magnitude = Math.max(Math.abs(min), Math.abs(max));
  const high = formatQuantity(max, unit, magnitude);
  if (min === max) return high;
  if (unit === "s") return `${formatDuration(min)} – ${high}`;
  const low = formatQuantity(min, unit, magnitude);
  const suffix = scaleFor(unit, magnitude).suffix;
  const lowNumber = suffix && low.endsWith(suffix) ? low.slice(0, low.length - suffix.length) : low;
  return `${lowNumber} – ${high}`;
}
