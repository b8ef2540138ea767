/**
 * The year of a wire's date line that gives none ("SANTIAGO, Nov 30 (Reuters) -"), from the other articles read with
 * it: stories read together are about one event, so the day is taken in the year that puts it nearest to a date
 * another article states ("30 November 2026" beside "Nov 30" is 2026-11-30; "Dec 31" beside "2 January 2027" is
 * 2026-12-31). A day further than MAX_DAYS from every stated date, or a batch that states none, leaves the article
 * undated (its year is then estimated from its text; see frame/article.ts).
 */
import type { Source } from "../types";
import { findDatelineDay } from "./published";

/** How far (in days) a date line's day may lie from a date the batch states. */
export const MAX_DAYS = 62;

const DAY_MS = 86_400_000;

function utcDay(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

/** The ISO date of a month and day in the year nearest to one of `stated` (UTC day numbers), or "". */
export function nearestDate(month: number, day: number, stated: readonly number[]): string {
  let best = "";
  let bestGap = MAX_DAYS * DAY_MS + 1;
  for (const at of stated) {
    const year = new Date(at).getUTCFullYear();
    for (const y of [year - 1, year, year + 1]) {
      const t = Date.UTC(y, month - 1, day);
      // (Feb 30 rolls over into March: no such day)
      if (new Date(t).getUTCDate() !== day) continue;
      const gap = Math.abs(t - at);
      if (gap < bestGap) {
        bestGap = gap;
        best = new Date(t).toISOString().slice(0, 10);
      }
    }
  }
  return best;
}

/**
 * The sources as the frame should read them: each undated one whose date line gives a day gets that day's date from
 * the batch (a copy; the others are returned as they are).
 */
export function withBatchDates(sources: readonly Source[]): Source[] {
  const stated = sources.map((s) => utcDay(s.published)).filter((t): t is number => t !== undefined);
  if (!stated.length) return [...sources];
  return sources.map((source) => {
    if (source.published) return source;
    const day = findDatelineDay(source.text);
    const published = day ? nearestDate(day.month, day.day, stated) : "";
    return published ? { ...source, published } : source;
  });
}
