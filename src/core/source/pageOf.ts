import type { Source } from "../types";

/** The page (1-based) of a paged source on which `offset` lies, or undefined when the source has no pages. */
export function pageOf(source: Pick<Source, "pageStarts">, offset: number): number | undefined {
  const starts = source.pageStarts;
  if (!starts || starts.length === 0) return undefined;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
