/** The publication date, as ISO YYYY-MM-DD: "Published: 4 February 2026", "February 4, 2026 —", "2026-02-04". */
import { monthNumber } from "../text/months";

const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const LABEL = "(?:published|posted|updated|date|dated|first[ \\t]+published)[ \\t]*(?:on|at)?[ \\t]*:?[ \\t]*";

const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
const LABELLED_MDY = new RegExp(`${LABEL}(?:\\w+,[ \\t]+)?${MONTH}[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+((?:19|20)\\d\\d)`, "i");
const LABELLED_DMY = new RegExp(`${LABEL}(?:\\w+,[ \\t]+)?(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+${MONTH},?[ \\t]+((?:19|20)\\d\\d)`, "i");
const LABELLED_ISO = new RegExp(`${LABEL}((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)`, "i");
/** A dateline at the start of a line: "February 4, 2026 —", "MOSCOW, Feb 4, 2026 (Wire) -"; one without a year is findDatelineDay's. */
const DATELINE_MDY = new RegExp(`^[ \\t]*(?:[A-Z][A-Za-z .]+,[ \\t]+)?${MONTH}[ \\t]+(\\d{1,2}),?[ \\t]+((?:19|20)\\d\\d)[ \\t]*(?:\\([^)\\n]{2,30}\\)[ \\t]*)?(?:[-–—|,:]|$)`, "m");
const DATELINE_DMY = new RegExp(`^[ \\t]*(\\d{1,2})[ \\t]+${MONTH}[ \\t]+((?:19|20)\\d\\d)[ \\t]*(?:[-–—|,:]|$)`, "m");

/** A byline that carries the date: "By Jane Doe | 12 March 2026, 18:45", "By Jane Doe, March 12, 2026". */
const BYLINE_DMY = new RegExp(`^[ \\t]*By[ \\t][^\\n]{1,80}?[|·•,–—-][ \\t]*(?:\\w+,[ \\t]+)?(\\d{1,2})[ \\t]+${MONTH},?[ \\t]+((?:19|20)\\d\\d)\\b`, "m");
const BYLINE_MDY = new RegExp(`^[ \\t]*By[ \\t][^\\n]{1,80}?[|·•,–—-][ \\t]*(?:\\w+,[ \\t]+)?${MONTH}[ \\t]+(\\d{1,2}),?[ \\t]+((?:19|20)\\d\\d)\\b`, "m");

/** A date in the path of the article's link: ".../2025/02/19/slug", ".../business/2025/Apr/18/slug". */
const URL_DATE = new RegExp(`https?://[^\\s/]+/(?:[^\\s]*?/)?((?:19|20)\\d\\d)/(\\d{1,2}|${MONTH.replace("(", "(?:")})/(\\d{1,2})/`, "i");

function iso(y: string, m: number, d: string | number): string {
  const day = Number(d);
  if (!(m >= 1 && m <= 12) || !(day >= 1 && day <= 31)) return "";
  return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Where the year, month and day stand in a match: ISO numbers, or a month name before or after the day. */
type Order = "ymd" | "mdy" | "dmy";

/** Tried in this order over the whole text; the first that matches decides (an impossible date then gives ""). */
const PATTERNS: readonly [RegExp, Order][] = [
  [LABELLED_ISO, "ymd"],
  [LABELLED_MDY, "mdy"],
  [LABELLED_DMY, "dmy"],
  [BYLINE_DMY, "dmy"],
  [BYLINE_MDY, "mdy"],
  [DATELINE_MDY, "mdy"],
  [DATELINE_DMY, "dmy"],
];

function dateOf(m: RegExpExecArray, order: Order): string {
  if (order === "ymd") return iso(m[1], Number(m[2]), m[3]);
  if (order === "mdy") return iso(m[3], monthNumber(m[1]), m[2]);
  return iso(m[3], monthNumber(m[2]), m[1]);
}

export function findPublished(text: string): string {
  for (const [pattern, order] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return dateOf(m, order);
  }
  // Last, a bare ISO date near the top, or a date in the path of a link near the top.
  const top = text.slice(0, 400);
  const m = ISO.exec(top);
  if (m) return dateOf(m, "ymd");
  const u = URL_DATE.exec(top);
  return u ? iso(u[1], /^\d+$/.test(u[2]) ? Number(u[2]) : monthNumber(u[2]), u[3]) : "";
}

/**
 * A wire's date line that gives the day but no year, at the start of a line: "SANTIAGO, Nov 30 (Reuters) -",
 * "Oct 14 (AP) —", "Lisbon, Feb 10:". A date line with a year is findPublished's.
 */
const DATELINE_NO_YEAR = new RegExp(`^[ \\t]*(?:[A-Z][A-Za-z .'’-]+,[ \\t]+)?${MONTH}[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?[ \\t]*(?:\\([^)\\n]{2,30}\\)[ \\t]*)?(?:[-–—:])`, "m");

/** The month and day of a date line that names no year, in the text's first lines; undefined when there is none. */
export function findDatelineDay(text: string): { month: number; day: number } | undefined {
  const m = DATELINE_NO_YEAR.exec(text.slice(0, 1500));
  if (!m) return undefined;
  const month = monthNumber(m[1]);
  const day = Number(m[2]);
  return month && day >= 1 && day <= 31 ? { month, day } : undefined;
}
