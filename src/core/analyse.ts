import { reconcile } from "./audit/reconcile";
import { extractClaims } from "./extract/extractClaims";
import type { AuditOptions, AuditResult, Claim, Source } from "./types";

export interface AnalyseHooks {
  /**
   * Called when extraction fails on one source; that source is then left out and the others go on.
   * Without this hook the error is thrown.
   */
  onExtractError?: (source: Source, error: unknown) => void;
}

/**
 * Extraction and audit in one call: every numeric claim of every source, reconciled into figures with a
 * status and flags. Sources keep the order they were given in; claims follow their sources' order.
 */
export function analyse(sources: readonly Source[], options: AuditOptions = {}, hooks: AnalyseHooks = {}): AuditResult {
  const claims: Claim[] = [];
  const kept: Source[] = [];
  for (const source of sources) {
    let found: Claim[];
    try {
      found = extractClaims(source);
    } catch (error) {
      if (!hooks.onExtractError) throw error;
      hooks.onExtractError(source, error);
      continue;
    }
    kept.push(source);
    for (const claim of found) claims.push(claim);
  }
  return { sources: kept, claims, figures: reconcile(claims, kept, options) };
}
