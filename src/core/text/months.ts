/** Month names and abbreviations, for telling dates from quantities. */
import * as lookupModule from "./lookup";
import * as chars from "./chars";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
const { lowerWord } = chars;

const MONTHS: Record<string, number> = lookupTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});

/** Month number (1-12) of a month name or abbreviation (case-insensitive), else 0. */
export function monthNumber(word: string): number {
  // month words are 3 to 9 letters starting with a d f j m n o s (a quick "no" for every other word)
  if (word.length < 3 || word.length > 9) return 0;
  const c = word.charCodeAt(0);
  if (c < 128 && !MONTH_FIRST[c | 32]) return 0;
  return MONTHS[lowerWord(word)] ?? 0;
}

/** First letters of the month words, by char code (lower case). */
const MONTH_FIRST: boolean[] = [];
for (const w of Object.keys(MONTHS)) MONTH_FIRST[w.charCodeAt(0)] = true;

/** A month word ending exactly at `end` (allowing a trailing "." and spaces before end)? Returns its start or -1. */
export function monthEndingAt(text: string, end: number): number {
  let p = end;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 0xa0)) p--;
  if (p > 0 && text.charCodeAt(p - 1) === 46) p--;
  let s = p;
  while (s > 0 && s > p - 10) {
    const c = text.charCodeAt(s - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) s--;
    else break;
  }
  // month names are 3 to 9 letters and capitalised in running text
  if (p - s < 3 || p - s > 9) return -1;
  const first = text.charCodeAt(s);
  if (first < 65 || first > 90) return -1;
  if (s > 0) {
    const c = text.charCodeAt(s - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return -1;
  }
  return monthNumber(text.slice(s, p)) ? s : -1;
}

const MONTH_AFTER = /[ \u00a0]*(?:of[ \u00a0]+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b/y;

/** Does a month name follow at pos ("4 February", "4th of February")? */
export function monthFollows(text: string, pos: number): boolean {
  MONTH_AFTER.lastIndex = pos;
  return MONTH_AFTER.test(text);
}
