/** Excel stores dates as serial days since 1899-12-30 (the 1900 date system, leap-year bug included). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** "2025-05-08" → 45785; "" or anything not an ISO date → "" (the cell stays empty). */
export function isoDateToSerial(iso: string): number | "" {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return "";
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(ms);
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return "";
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

/** 45785 → "2025-05-08". */
export function serialToIsoDate(serial: number): string {
  if (!Number.isFinite(serial)) return "";
  return new Date(EPOCH_MS + Math.round(serial) * DAY_MS).toISOString().slice(0, 10);
}
