import { analyse } from "../../core/analyse";
import { extractClaims } from "../../core/extract/extractClaims";
import type { AuditOptions, AuditResult, Source } from "../../core/types";

/** Claim counts by source id and length: a source's text never changes under the same id, so it is counted once. */
const counts = new Map<string, number>();

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
    return analyse(sources, options);
  },
};
