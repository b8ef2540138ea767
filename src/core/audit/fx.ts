/**
 * Currency conversion through the user's FX table only. Never a built-in rate: a pair the table does not give
 * (directly, inverted, or through one intermediate currency) cannot be converted, and the caller must say so.
 *
 * A rate the user typed always wins over one derived from it: with EUR→USD 1.08 and USD→EUR 0.5 both typed,
 * USD→EUR is 0.5 (and EUR→USD 1.08), never 1/1.08. Typed rates that contradict each other are listed by
 * `fxDisagreements` so the caller can report them.
 */
import type { FxRate } from "../types";

/**
 * Two rates for one pair agree when they are within 1% of each other (typed rates are rounded: 1.08 one way and
 * 0.93 the other are 0.4% apart).
 */
export const FX_AGREEMENT = 0.01;

interface TypedRate {
  from: string;
  to: string;
  rate: number;
}

/** The usable rows, currency codes trimmed and upper-cased, in a fixed order (the order of the table is free). */
function typedRates(rates: readonly FxRate[]): TypedRate[] {
  return rates
    .filter((r) => r && Number.isFinite(r.rate) && r.rate > 0 && r.from && r.to)
    .map((r) => ({ from: r.from.trim().toUpperCase(), to: r.to.trim().toUpperCase(), rate: r.rate }))
    .filter((r) => r.from && r.to && r.from !== r.to)
    .sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || a.rate - b.rate);
}

export class FxTable {
  private readonly rates = new Map<string, Map<string, number>>();

  constructor(rates: readonly FxRate[] = []) {
    const typed = typedRates(rates);
    // Typed rates first (for one pair typed twice, the first after sorting: the smaller), then the inverses,
    // each only where no rate is known for its pair yet.
    for (const r of typed) this.add(r.from, r.to, r.rate);
    for (const r of typed) this.add(r.to, r.from, 1 / r.rate);
  }

  get size(): number {
    return this.rates.size;
  }

  private add(from: string, to: string, rate: number): void {
    let m = this.rates.get(from);
    if (!m) this.rates.set(from, (m = new Map()));
    if (!m.has(to)) m.set(to, rate);
  }

  /** How many `to` one `from` is worth, or undefined when the table cannot tell. */
  rate(from: string, to: string): number | undefined {
    if (from === to) return 1;
    const direct = this.rates.get(from)?.get(to);
    if (direct !== undefined) return direct;
    const via = this.rates.get(from);
    if (!via) return undefined;
    const hops = [...via.keys()].sort();
    for (const mid of hops) {
      const second = this.rates.get(mid)?.get(to);
      if (second !== undefined) return (via.get(mid) as number) * second;
    }
    return undefined;
  }
}

/** Typed rates for one pair that contradict each other, and the one the table uses. */
export interface FxDisagreement {
  from: string;
  to: string;
  /** Every typed rate for from→to, the reverse ones (1 to = x from) turned into from→to (1 / x). */
  rates: number[];
  /** The rates the table uses, from→to and to→from. */
  used: [number, number];
  message: string;
}

/**
 * Pairs whose typed rates disagree by more than FX_AGREEMENT: the same pair typed twice with different rates, or
 * both directions typed with rates that are not each other's inverse. One entry per pair of currencies.
 */
export function fxDisagreements(rates: readonly FxRate[]): FxDisagreement[] {
  const byPair = new Map<string, { from: string; to: string; rates: number[]; shown: string[] }>();
  for (const r of typedRates(rates)) {
    const forward = r.from < r.to;
    const [from, to] = forward ? [r.from, r.to] : [r.to, r.from];
    const key = `${from}/${to}`;
    let entry = byPair.get(key);
    if (!entry) byPair.set(key, (entry = { from, to, rates: [], shown: [] }));
    entry.rates.push(forward ? r.rate : 1 / r.rate);
    entry.shown.push(`${r.from}→${r.to} ${r.rate}`);
  }
  const table = new FxTable(rates);
  const out: FxDisagreement[] = [];
  for (const { from, to, rates: list, shown } of byPair.values()) {
    const low = Math.min(...list);
    const high = Math.max(...list);
    if (high - low <= FX_AGREEMENT * high) continue;
    const used: [number, number] = [table.rate(from, to) as number, table.rate(to, from) as number];
    out.push({
      from,
      to,
      rates: list,
      used,
      message:
        `FX rates for ${from}/${to} disagree by more than ${100 * FX_AGREEMENT}%: ${shown.join(", ")}; ` +
        `used ${from}→${to} ${short(used[0])}, ${to}→${from} ${short(used[1])}`,
    });
  }
  return out;
}

function short(rate: number): string {
  return String(Number(rate.toPrecision(6)));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
