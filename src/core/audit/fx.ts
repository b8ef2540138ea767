/**
 * Currency conversion through the user's FX table only. Never a built-in rate: a pair the table does not give
 * (directly, inverted, or through one intermediate currency) cannot be converted, and the caller must say so.
 */
import type { FxRate } from "../types";

export class FxTable {
  private readonly rates = new Map<string, Map<string, number>>();

  constructor(rates: readonly FxRate[] = []) {
    // Deterministic regardless of the order of the table: the first valid rate for a pair, after sorting, wins.
    const sorted = [...rates]
      .filter((r) => r && Number.isFinite(r.rate) && r.rate > 0 && r.from && r.to)
      .sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || a.rate - b.rate);
    for (const r of sorted) {
      const from = r.from.trim().toUpperCase();
      const to = r.to.trim().toUpperCase();
      this.add(from, to, r.rate);
      this.add(to, from, 1 / r.rate);
    }
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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
