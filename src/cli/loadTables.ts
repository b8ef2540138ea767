import * as fs from "node:fs";
import type { FxRate, Metric } from "../core/types";
import { csvRecords } from "./csv";

export type Loaded<T> = { ok: true; rows: T[] } | { ok: false; error: string };

function readRecords(file: string, listKey: string): { ok: true; records: Record<string, unknown>[] } | { ok: false; error: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === "ENOENT" ? "no such file" : `cannot read (${code ?? String(error)})` };
  }
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed) return { ok: false, error: "empty file" };
  if (/\.json$/i.test(file) || trimmed.startsWith("[") || trimmed.startsWith("{")) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (error) {
      return { ok: false, error: `invalid JSON (${(error as Error).message})` };
    }
    const list = Array.isArray(data) ? data : (data as Record<string, unknown>)?.[listKey];
    if (!Array.isArray(list)) return { ok: false, error: `expected a JSON array (or an object with a "${listKey}" array)` };
    if (!list.every((r) => r && typeof r === "object")) return { ok: false, error: "every entry must be an object" };
    return { ok: true, records: list as Record<string, unknown>[] };
  }
  return { ok: true, records: csvRecords(trimmed) };
}

function keywordList(value: unknown): string[] {
  const parts = Array.isArray(value) ? value.map(String) : String(value ?? "").split(/[;|]/);
  return parts.map((k) => k.trim()).filter((k) => k !== "");
}

/** The metric catalogue from a CSV (key,label,unit,keywords; keywords separated by ";" or "|") or JSON file. */
export function loadMetrics(file: string): Loaded<Metric> {
  const read = readRecords(file, "metrics");
  if (!read.ok) return read;
  const rows: Metric[] = [];
  for (const [i, r] of read.records.entries()) {
    const key = String(r.key ?? "").trim();
    const keywords = keywordList(r.keywords);
    if (!key) return { ok: false, error: `entry ${i + 1} has no key` };
    if (keywords.length === 0) return { ok: false, error: `metric "${key}" has no keywords` };
    rows.push({ key, label: String(r.label ?? "").trim() || key, unit: String(r.unit ?? "").trim(), keywords });
  }
  if (rows.length === 0) return { ok: false, error: "no metrics (expected a header key,label,unit,keywords and rows)" };
  return { ok: true, rows };
}

/** Exchange rates from a CSV (from,to,rate: 1 from = rate to) or JSON file. */
export function loadFx(file: string): Loaded<FxRate> {
  const read = readRecords(file, "fx");
  if (!read.ok) return read;
  const rows: FxRate[] = [];
  for (const [i, r] of read.records.entries()) {
    const from = String(r.from ?? "").trim().toUpperCase();
    const to = String(r.to ?? "").trim().toUpperCase();
    const rate = typeof r.rate === "number" ? r.rate : Number(String(r.rate ?? "").trim());
    if (!/^[A-Z]{3}$/.test(from) || !/^[A-Z]{3}$/.test(to)) return { ok: false, error: `entry ${i + 1}: from and to must be ISO currency codes` };
    if (!Number.isFinite(rate) || rate <= 0) return { ok: false, error: `entry ${i + 1} (${from}→${to}): rate must be a positive number` };
    rows.push({ from, to, rate });
  }
  if (rows.length === 0) return { ok: false, error: "no rates (expected a header from,to,rate and rows)" };
  return { ok: true, rows };
}
