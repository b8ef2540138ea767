import { reconcile } from "./audit/reconcile";
import { extractClaims } from "./extract/extractClaims";
import type { AuditOptions, AuditResult, Claim, Source } from "./types";

export interface AnalyseHooks {
  /**
   * Called when extraction fails on one source; that source is then left out and the others go on.
   * Without this hook the error is thrown.
   */
  onExtractError?: (source: Source, error: unknown) => void;
  /** Called after each source's extraction, with how many sources are done and the claims found so far. */
  onExtracted?: (done: number, claims: number) => void;
}

/**
 * Extraction and audit in one call: every numeric claim of every source, reconciled into figures with a
 * status and flags. Sources keep the order they were given in; claims follow their sources' order.
 */
export function analyse(sources: readonly Source[], options: AuditOptions = {}, hooks: AnalyseHooks = {}): AuditResult {
  const claims: Claim[] = [];
  const kept: Source[] = [];
  for (const [index, source] of sources.entries()) {
    let found: Claim[] = [];
    try {
      found = extractClaims(source);
      kept.push(source);
      for (const claim of found) claims.push(claim);
    } catch (error) {
      if (!hooks.onExtractError) throw error;
      hooks.onExtractError(source, error);
    }
    hooks.onExtracted?.(index + 1, claims.length);
  }
  return { sources: kept, claims, figures: reconcile(claims, kept, options) };
}
