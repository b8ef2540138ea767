import { reconcile } from "./audit/reconcile";
import type { ArticleReading } from "./frame/types";
import { readArticle, type ArticleCache, type ReadArticle } from "./readArticle";
import { withBatchDates } from "./source/batchDates";
import type { AuditOptions, AuditResult, Claim, Source } from "./types";

export interface AnalyseHooks {
  /**
   * Called when extraction fails on one source; that source is then left out and the others go on.
   * Without this hook the error is thrown.
   */
  onExtractError?: (source: Source, error: unknown) => void;
  /** Called when a source holds more claims than the limit: only the first ones are kept. */
  onClaimLimit?: (source: Source, found: number, kept: number) => void;
  /** The most claims one source gives (default MAX_CLAIMS_PER_SOURCE). */
  maxClaimsPerSource?: number;
  /** Called after each source's extraction, with how many sources are done and the claims found so far. */
  onExtracted?: (done: number, claims: number) => void;
  /** Articles read by earlier audits (the task pane's): only new or changed sources are read again. */
  articles?: ArticleCache;
}

/**
 * The most claims one source gives. A news article holds hundreds; a file of hundreds of thousands of numbers is not
 * prose (a data dump, a hostile file) and would take gigabytes to audit: its first claims are kept and the caller is
 * told (issue 13: a 4 MB file of "1 1 1 …" holds two million numbers).
 */
export const MAX_CLAIMS_PER_SOURCE = 100_000;

/**
 * Extraction and audit in one call: every numeric claim of every source, framed article by article as it is read
 * (see readArticle.ts), then reconciled into figures with a status and flags. Sources keep the order they were given
 * in; claims follow their sources' order.
 */
export function analyse(sources: readonly Source[], options: AuditOptions = {}, hooks: AnalyseHooks = {}): AuditResult {
  const claims: Claim[] = [];
  const articles = new Map<string, ArticleReading>();
  const kept: Source[] = [];
  const limit = hooks.maxClaimsPerSource ?? MAX_CLAIMS_PER_SOURCE;
  // (a wire's date line without a year is read in the year of the other articles' dates; the sources returned are
  // the ones given)
  const dated = withBatchDates(sources);
  for (const [index, source] of sources.entries()) {
    let read: ReadArticle | undefined;
    try {
      read = hooks.articles ? hooks.articles.read(dated[index], limit) : readArticle(dated[index], limit);
    } catch (error) {
      if (!hooks.onExtractError) throw error;
      hooks.onExtractError(source, error);
    }
    if (read) {
      kept.push(source);
      if (read.found > read.claims.length) hooks.onClaimLimit?.(source, read.found, read.claims.length);
      for (const claim of read.claims) claims.push(claim);
      articles.set(source.id, read);
    }
    hooks.onExtracted?.(index + 1, claims.length);
  }
  hooks.articles?.keepOnly(new Set(kept.map((s) => s.id)));
  return { sources: kept, claims, figures: reconcile(claims, kept, options, articles) };
}
