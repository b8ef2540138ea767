import { DEFAULT_TOLERANCE } from "../../core/audit/tolerance";
import type { FxRate } from "../../core/types";

/** What the analyst sets in the pane's Settings tab. */
export interface PaneSettings {
  /** Relative tolerance for exact figures (0.005 = 0.5%). */
  tolerance: number;
  fx: FxRate[];
}

export const DEFAULT_SETTINGS: PaneSettings = { tolerance: DEFAULT_TOLERANCE, fx: [] };

/** The workbook's FX rates with the pane's on top (the pane wins for the same pair). */
export function mergeFx(workbook: FxRate[], pane: FxRate[]): FxRate[] {
  const byPair = new Map<string, FxRate>();
  for (const rate of [...workbook, ...pane]) byPair.set(`${rate.from}>${rate.to}`, rate);
  return [...byPair.values()];
}

/** Only complete, positive rates between two currency codes are used. */
export function usableFx(rates: FxRate[]): FxRate[] {
  return rates.filter((r) => /^[A-Z]{3}$/.test(r.from) && /^[A-Z]{3}$/.test(r.to) && Number.isFinite(r.rate) && r.rate > 0);
}
