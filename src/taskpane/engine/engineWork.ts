import { analyse } from "../../core/analyse";
import { extractClaims } from "../../core/extract/extractClaims";
import { ArticleCache } from "../../core/readArticle";
import type { AuditOptions, AuditResult, Source } from "../../core/types";

/** Claim counts by source id and length: a source's text never changes under the same id, so it is counted once. */
const counts = new Map<string, number>();

/**
 * The articles read by earlier audits: the pane audits all its sources again whenever one is added or removed, and
 * only the new article is extracted and framed (the audit itself then groups every claim).
 */
const articles = new ArticleCache();

/** The engine's heavy work, synchronous: run inside the engine's Web Worker, or in-thread by `coreEngine`. */
export const engineWork = {
  countClaims(source: Source): number {
    const key = `${source.id}:${source.text.length}`;
    let count = counts.get(key);
    if (count === undefined) {
      count = extractClaims(source).length;
      counts.set(key, count);
    }
    return count;
  },
  analyse(sources: Source[], options: AuditOptions): AuditResult {
    return analyse(sources, options, { articles });
  },
};
