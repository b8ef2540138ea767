import { reconcile } from "./audit/reconcile";
import { extractClaims } from "./extract/extractClaims";
import type { AuditOptions, AuditResult, Claim, Source } from "./types";

/**
 * Extraction and audit in one call: every numeric claim of every source, reconciled into figures with a
 * status and flags. Sources keep the order they were given in; claims follow their sources' order.
 */
export function analyse(sources: readonly Source[], options: AuditOptions = {}): AuditResult {
  const claims: Claim[] = [];
  for (const source of sources) {
    for (const claim of extractClaims(source)) claims.push(claim);
  }
  const list = [...sources];
  return { sources: list, claims, figures: reconcile(claims, list, options) };
}
