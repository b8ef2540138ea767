/**
 * Period mentions of a sentence, resolved to intervals of months against the article's reference date: years,
 * months, quarters, halves, month ranges ("January–November 2024", "between January and November"), fiscal years
 * ("FY25", "2024-25", "the fiscal year ended March 2025": whose fiscal year is said by the article's country,
 * see fiscal.ts), academic years, year ranges ("from 2020 to 2023"), date-relative phrases ("last year", "this
 * year", "last month", "in December") and phrases relative to another period of the sentence ("a year earlier",
 * "the prior fiscal", "the previous year").
 *
 * Which mention belongs to which number is decided by bindPeriods (periodBinding.ts).
 */

/** An interval of whole months, inclusive: "2024-04" … "2025-03". */
export interface Span {
  from: string;
  to: string;
  /** Readable: "2024", "FY2024-25", "March 2025", "Q1 2025", "Jan–Nov 2024". */
  label: string;
  /**
   * A quarter told by its number alone, its year not stated ("third-quarter revenue"): read as the calendar's, it
   * may be a company's fiscal quarter (see the audit's joinFiscalQuarter).
   */
  byNumber?: true;
  /**
   * A week told by the day it ended ("the week ended Nov. 21"): that day ("2025-11-21"). A stock's level that week
   * (reserves, inventories) is its level on that day (see frameClaims).
   */
  endedOn?: string;
}

/**
 * point: the period a number is about; since / by: an open start or a deadline; relative: "a year earlier" (resolved
 * against another period of the sentence); base: what a comparison is against ("up 9% from 2023"); date: a day
 * ("on 3 March 2026"), when something happened rather than the period a statistic covers.
 */
export type MentionRole = "point" | "since" | "by" | "relative" | "base" | "date";

export interface PeriodMention {
  start: number;
  end: number;
  /** Resolved interval; absent for a phrase relative to another period of the sentence (role "relative"). */
  span?: Span;
  role: MentionRole;
  /**
   * For a relative phrase, how many months before the sentence's period it is ("the prior quarter": 3), or "week"
   * ("the previous week": the week before the sentence's week or day); else a year.
   */
  back?: number | "week";
  /** For "the same period of 2024": the year the sentence's period is taken to. */
  inYear?: number;
}

export interface PeriodContext {
  /** Reference date of the article: year and month (1–12). */
  year: number;
  month: number;
  /**
   * False when the article has no date line (its year and month are guessed from the years it names): "last month"
   * and "this month" are then the month the text is about (`contextMonth`), and other months or quarters counted from
   * the date say no period.
   */
  dated?: boolean;
  /** The single month the surrounding text is about, if it is one ("in May 2025" two sentences before). */
  contextMonth?: Span;
  /** First month of the fiscal year for the article's country (4 for India: April–March); 0 when unknown. */
  fiscalStart: number;
  /** The country names a fiscal year by the year it starts in ("fiscal 2026" from April 2026: Japan); see fiscal.ts. */
  fiscalByStart?: boolean;
  /** The year the surrounding text is about (carried from sentence to sentence): "for the full year". */
  contextYear?: number;
  /**
   * The twelve months the surrounding text is about when they are no calendar year ("the year to June 30"): "during
   * the year", "over the year" are those months.
   */
  contextTwelveMonths?: Span;
  /** The story is about schooling (its title or opening says so): its "2025-26" is an academic year in every sentence. */
  schooling?: boolean;
  /**
   * The year of a month, quarter or half named alone ("in December"): a year the sentence names; undefined in a dated
   * article whose sentence names none (then the latest such month up to the date line); else the context year.
   */
  monthYear?: number;
  /** The day of the date line ("2026-12-03"), when it gives one: "last week" is the week before its week. */
  day?: string;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const FULL_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Month number (1–12) of a month word ("March", "Sept.", "Nov"), else 0. */
export function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  let i = MONTHS.indexOf(w);
  if (i < 0) i = SHORT.indexOf(w === "sept" ? "sep" : w);
  return i + 1;
}

function ym(year: number, month: number): string {
  // month may run past 12 or below 1 (fiscal arithmetic): carried into the year
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${y}-${String(m).padStart(2, "0")}`;
}

export function yearSpan(y: number): Span {
  return { from: ym(y, 1), to: ym(y, 12), label: String(y) };
}

export function monthSpan(y: number, m: number): Span {
  return { from: ym(y, m), to: ym(y, m), label: `${FULL_NAMES[m - 1]} ${y}` };
}

const DAY_MS = 86_400_000;

/**
 * The week (Monday to Sunday) that holds a day (a UTC time, ms): a week's figures ("in the week ended Nov. 28", "last
 * week"), known by its days, so that outlets that count a week by another of its days still meet.
 */
function weekSpan(day: number): Span {
  const monday = new Date(day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS);
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  const iso = (t: Date) => t.toISOString().slice(0, 10);
  // labelled by its days ("week of 17–23 Nov 2025"), not by one day an outlet may not have named
  const first = monday.getUTCMonth() === sunday.getUTCMonth() ? `${monday.getUTCDate()}` : `${monday.getUTCDate()} ${MONTH_NAMES[monday.getUTCMonth()]}${monday.getUTCFullYear() === sunday.getUTCFullYear() ? "" : ` ${monday.getUTCFullYear()}`}`;
  return { from: iso(monday), to: iso(sunday), label: `week of ${first}–${sunday.getUTCDate()} ${MONTH_NAMES[sunday.getUTCMonth()]} ${sunday.getUTCFullYear()}` };
}

/**
 * A day ("2025-11-21") as a period of its own, labelled "21 November 2025": a level "as of" it, a quote's or a store's
 * level that day (see asOf.ts).
 */
export function daySpan(day: string): Span {
  const [y, m, d] = day.split("-").map(Number);
  return { from: day, to: day, label: `${d} ${FULL_NAMES[m - 1]} ${y}` };
}

/** Does the span hold the day ("2025-01-09")? Spans placed in months hold each day of them; others hold none. */
export function spanHoldsDay(span: Span, day: string): boolean {
  if (!/^\d{4}-\d{2}/.test(span.from) || !/^\d{4}-\d{2}/.test(span.to)) return false;
  return span.from <= day && day.slice(0, span.to.length) <= span.to;
}

/** The date line's day as a UTC time (ms), undefined when the context gives none. */
function dateLineTime(ctx: PeriodContext): number | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ctx.day ?? "");
  return day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : undefined;
}

/** The month of an article's date ("2026-10": October 2026), undefined for "" or anything else. */
export function monthOfDate(dateMonth: string): Span | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(dateMonth);
  return m ? monthSpan(Number(m[1]), Number(m[2])) : undefined;
}

/** Months m1 to m2 ending in year y; "April to March" runs across the turn of the year. */
function monthRange(y: number, m1: number, m2: number, fiscalStart = 0): Span {
  if (m1 === 1 && m2 === 12) return yearSpan(y);
  if (m1 > m2) {
    if (fiscalStart > 1 && m1 === fiscalStart && m2 === fiscalStart - 1) return fiscalSpan(y, fiscalStart);
    return { from: ym(y - 1, m1), to: ym(y, m2), label: `${MONTH_NAMES[m1 - 1]} ${y - 1}–${MONTH_NAMES[m2 - 1]} ${y}` };
  }
  return { from: ym(y, m1), to: ym(y, m2), label: `${MONTH_NAMES[m1 - 1]}–${MONTH_NAMES[m2 - 1]} ${y}` };
}

const MONTH_COUNTS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, "3": 3, "6": 6, "9": 9, "12": 12 };

/** The `n` months that end with `month` of year `y`: a quarter, a half or a year when they are one ("Q3 2026"). */
function trailingMonths(y: number, month: number, n: number): Span {
  if (n === 1) return monthSpan(y, month);
  if (n === 3 && month % 3 === 0) return quarterSpan(y, month / 3);
  if (n === 6 && month % 6 === 0) return halfSpan(y, month / 6);
  if (n === 12 && month === 12) return yearSpan(y);
  const from = ym(y, month - n + 1);
  return { from, to: ym(y, month), label: `${n} months to ${MONTH_NAMES[month - 1]} ${y}` };
}

/**
 * The month a span of "the 12 months to October" ends in ("2026-10"), undefined for any other span (a calendar or
 * a fiscal year is a year of its own, not a stretch to a month).
 */
export function trailingYearEnd(span: Span): { year: number; month: number } | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(span.to);
  if (!m || monthsIn(span) !== 12 || !span.label.startsWith("12 months to ")) return undefined;
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** Length of a span in months (a year: 12); spans not placed in months ("FY2025") count as a year. */
export function monthsIn(span: Span): number {
  // (a week, or any stretch counted in days, is no month)
  if (/^\d{4}-\d{2}-\d{2}$/.test(span.from)) return 0;
  const a = /^(\d{4})-(\d{2})$/.exec(span.from);
  const b = /^(\d{4})-(\d{2})$/.exec(span.to);
  if (!a || !b) return 12;
  return (Number(b[1]) - Number(a[1])) * 12 + Number(b[2]) - Number(a[2]) + 1;
}

/**
 * The span of the same length as `span` that ends `n` months before it ends ("Q3 2024", 3 → "Q2 2024"); undefined
 * for a span not placed in months or not `n` months long (the quarter before a year is no period).
 */
export function monthsBefore(span: Span, n: number): Span | undefined {
  const b = /^(\d{4})-(\d{2})$/.exec(span.to);
  if (!b || !/^\d{4}-\d{2}$/.test(span.from) || monthsIn(span) !== n) return undefined;
  const end = Number(b[1]) * 12 + Number(b[2]) - 1 - n;
  return trailingMonths(Math.floor(end / 12), (end % 12) + 1, n);
}

/** The week that holds a period's last day (a day's, or a week's own); undefined for a month or longer. */
export function weekOf(span: Span): Span | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(span.to);
  return d ? weekSpan(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))) : undefined;
}

/** The week before the one that holds a period's last day ("2025-11-21", or a week's Sunday); undefined for a month or longer. */
export function weekBefore(span: Span): Span | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(span.to);
  return d ? weekSpan(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) - 7 * DAY_MS) : undefined;
}

/** The close of year `y`: its last month, labelled as the end of the year (a stock "at the end of 2025"). */
function endOfYear(y: number): Span {
  return { from: ym(y, 12), to: ym(y, 12), label: `end of ${y}` };
}

function quarterSpan(y: number, q: number): Span {
  return { from: ym(y, 3 * q - 2), to: ym(y, 3 * q), label: `Q${q} ${y}` };
}

function halfSpan(y: number, h: number): Span {
  return { from: ym(y, 6 * h - 5), to: ym(y, 6 * h), label: `H${h} ${y}` };
}

/** The fiscal year that ends in `endYear` (FY25 → 2025). Unknown fiscal calendar: labelled, not placed in months. */
export function fiscalSpan(endYear: number, fiscalStart: number): Span {
  if (!fiscalStart || fiscalStart === 1) return { from: `FY${endYear}`, to: `FY${endYear}`, label: `FY${endYear}` };
  const startYear = endYear - 1;
  return { from: ym(startYear, fiscalStart), to: ym(startYear, fiscalStart + 11), label: `FY${startYear}-${String(endYear).slice(2)}` };
}

/** Words of a harvest: a split year beside them is a crop season. */
const CROP_SEASON = /\b(?:harvests?|crops?|planting|plantings|sowing|growers|yields?|bushels|wheat|barley|maize|corn|soybeans?|soya|rice|canola|rapeseed|sorghum|oats|grains?|cotton|sugar(?:cane)?|coffee|cocoa)\b/i;

/** A season told in the sentence: "this season", "the 2024-25 season", "last season's". */
const SEASON_TOLD = /\b(?:this|last|next|current|coming|previous|(?:19|20)\d{2}[-–/]\d{2,4})\s+season\b/i;

/** "2024-25": a fiscal year where the article's country has one, an academic or season year otherwise. */
function splitYearSpan(y1: number, fiscalStart: number, academic: boolean): Span {
  if (academic) return { from: ym(y1, 9), to: ym(y1 + 1, 8), label: `${y1}-${String(y1 + 1).slice(2)} academic year` };
  if (fiscalStart > 1) return fiscalSpan(y1 + 1, fiscalStart);
  return { from: `${y1}/${y1 + 1}`, to: `${y1}/${y1 + 1}`, label: `${y1}-${String(y1 + 1).slice(2)}` };
}

/** An open start from a month to now: "since March 2024". */
function sinceMonth(y: number, month: number): Span {
  return { from: ym(y, month), to: "now", label: `since ${FULL_NAMES[month - 1]} ${y}` };
}

/**
 * A season of sport or of a crop that straddles two years ("the 2024-25 season"): keyed like a split year, so that
 * "last season" and "the 2024-25 season" meet.
 */
function seasonSpan(y1: number): Span {
  return { from: `${y1}/${y1 + 1}`, to: `${y1}/${y1 + 1}`, label: `${y1}-${String(y1 + 1).slice(2)} season` };
}

/** A half of the season that starts in year `y1` (its months are the crop's: the key stays the season's). */
function seasonHalfSpan(y1: number, h: number): Span {
  const key = `${y1}/${y1 + 1}:H${h}`;
  return { from: key, to: key, label: `${h === 1 ? "first" : "second"} half of ${y1}-${String(y1 + 1).slice(2)} season` };
}

/**
 * The months of the seasons' halves among `spans` (the periods a story's numbers took), where the story names them:
 * "the first half of the 2026/27 season" beside "between April and September" (one six-month stretch starting in
 * 2026) is April–September 2026, its second half the six months after, a season before a year earlier; a calendar
 * first half of the season's first year ("in the first half") is the season's too. Undefined where the story names no
 * season's half or not exactly one such stretch.
 */
export function seasonHalfMonths(spans: readonly Span[]): ((span: Span) => Span | undefined) | undefined {
  const halves = spans.filter((p) => /^\d{4}\/\d{4}:H[12]$/.test(p.from));
  if (!halves.length) return undefined;
  const years = new Set(halves.map((p) => Number(p.from.slice(0, 4))));
  const stretches = new Map<string, Span>();
  for (const p of spans) if (/^\d{4}-\d{2}$/.test(p.from) && monthsIn(p) === 6 && !/^\d{4}-01$/.test(p.from) && !/^\d{4}-07$/.test(p.from) && years.has(Number(p.from.slice(0, 4)))) stretches.set(`${p.from}/${p.to}`, p);
  if (stretches.size !== 1) return undefined;
  const stretch = [...stretches.values()][0];
  const y0 = Number(stretch.from.slice(0, 4));
  const m0 = Number(stretch.from.slice(5, 7));
  // (the six months of a season's half, counted in months from January of the stretch's year)
  const at = (y1: number, h: number): Span => {
    const first = (y1 - y0) * 12 + m0 - 1 + (h === 2 ? 6 : 0);
    const last = first + 5;
    // (months of one year, or running across the turn of the year: "October to March")
    const month = (n: number) => (((n % 12) + 12) % 12) + 1;
    return monthRange(y0 + Math.floor(last / 12), month(first), month(last));
  };
  return (span) => {
    const half = /^(\d{4})\/\d{4}:H([12])$/.exec(span.from);
    if (half) return at(Number(half[1]), Number(half[2]));
    // (a calendar first half of a season's first year, told in a story of the season's halves)
    if (/^\d{4}-01$/.test(span.from) && monthsIn(span) === 6 && years.has(Number(span.from.slice(0, 4)))) return at(Number(span.from.slice(0, 4)), 1);
    return undefined;
  };
}

/** The first year of the season under way at the text's date: a season runs from late summer, so from June on it is the year's. */
/** Words of a season that runs within a calendar year: fires, tropical storms, monsoon rains. */
const CALENDAR_SEASON = /\b(?:(?:wild|bush|forest)?fires?|firefight\w*|blazes?|hurricanes?|typhoons?|cyclones?|tropical\s+storms?|tornado(?:es)?|monsoon)\b/i;

function currentSeasonStart(ctx: PeriodContext): number {
  return ctx.month >= 6 ? ctx.year : ctx.year - 1;
}

/** Words of a budget or a fiscal year: a split year beside them is fiscal, even in a story about schooling. */
const FISCAL_WORDS = /\b(?:fiscal|financial\s+year|budget|FY)/i;

/** Words of a game in play: its quarters are quarters of play. */
const GAME_WORDS = /\b(?:game|match|touchdowns?|quarterback|half-?time|overtime|kick-?off|Super\s+Bowl|final\s+whistle|scoreboard|possessions?)\b/i;

/** A sentence about schooling: its "2025-26" is an academic year, not the country's fiscal year. */
const EDUCATION = /\b(?:students?|pupils?|enrol(?:l)?ments?|universit(?:y|ies)|colleges?|schools?|campus(?:es)?|tuition|undergraduates?|graduates?|semesters?)\b/i;

/** A story about schooling: its title or one of its first three sentences speaks of students, schools or universities. */
export function isSchoolingStory(title: string, sentences: readonly string[]): boolean {
  return EDUCATION.test(title) || sentences.slice(0, 3).some((s) => EDUCATION.test(s));
}

/** A two- or four-digit year ("25", "2025") as a full year. */
function fullYear(s: string): number {
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

/** The fiscal year holding a given month. */
function fiscalYearEndingAfter(year: number, month: number, fiscalStart: number): number {
  if (fiscalStart <= 1) return year;
  return month >= fiscalStart ? year + 1 : year;
}

/** Shift a span by whole years (for "a year earlier"). Fiscal and split years keep their kind. */
export function shiftYears(span: Span, years: number): Span {
  const shift = (s: string) => {
    const m = /^(\d{4})-(\d{2})$/.exec(s);
    if (m) return `${Number(m[1]) + years}-${m[2]}`;
    const f = /^FY(\d{4})$/.exec(s);
    if (f) return `FY${Number(f[1]) + years}`;
    const sp = /^(\d{4})\/(\d{4})(:H[12])?$/.exec(s);
    if (sp) return `${Number(sp[1]) + years}/${Number(sp[2]) + years}${sp[3] ?? ""}`;
    return s;
  };
  const label = span.label.replace(/\d{4}/g, (y) => String(Number(y) + years)).replace(/(\d{4}-)(\d{2})\b/, (_m, head: string, yy: string) => head + String((Number(yy) + years + 100) % 100).padStart(2, "0"));
  return { from: shift(span.from), to: shift(span.to), label };
}

/** The months' names in full, as a pattern (no group taken): for the readers that name a month beside other words. */
export const MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** A month's name in full or short ("September", "Sept", "Sep"; no group taken, no dot). */
export const MONTH_WORD = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
const M = `(${MONTH_WORD})\\.?`;
// (and 2100, the end of the century that projections reach)
const Y = "((?:19|20)\\d{2}|2100)";
/** A day after a month, at most ("June 30", "March 31st"): never the first digits of a year ("March 2024"). */
const DAY = "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d))?";
const ORD = "(first|second|third|fourth|1st|2nd|3rd|4th)";
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };

type Resolver = (m: RegExpExecArray, ctx: PeriodContext) => { span?: Span; role?: MentionRole; back?: number | "week"; inYear?: number } | undefined;

/** What a pattern needs in the sentence: a cheap test decides, once per sentence, which patterns can match at all. */
type Need = "month" | "months" | "fy" | "year4" | "split" | "edge" | "quarter" | "half" | "year" | "rel" | "week" | "season" | "seasonHalf" | "seasonName";
const NEEDS: Record<Need, RegExp> = {
  month: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  months: /\b(?:months|year\s+(?:to|ended|ending|through|until))\b/i,
  fy: /\bFY|fiscal|financial|budget\s+year/i,
  year4: /(?:19|20)\d\d|2100/,
  // a year joined to another number, and the edge of a year: most sentences with a year have neither, and their
  // patterns (an optional opening, a look-behind) cost a scan of every position (audit benchmark)
  split: /(?:19|20)\d\d\s*[-–/]\s*\d/,
  edge: /\b(?:early|mid|late|end)[-\s]|year[-\s]end|decade/i,
  quarter: /\bQ[1-4]|quarter/i,
  half: /\bH[12]\b|half/i,
  year: /\byear/i,
  rel: /\b(?:year|month|quarter)/i,
  week: /\bweek/i,
  season: /\bseason/i,
  seasonHalf: /\b(?:half|six\s+months)\b/i,
  seasonName: /\b(?:summer|spring|autumn|fall)\b/i,
};

/**
 * The patterns, most specific first; a text position is taken by the first pattern that matches there. Every
 * pattern is anchored on a word that must be present (a month, a year, FY, quarter, half, year, month), so a
 * sentence without one costs one scan per pattern.
 */
const PATTERNS: [RegExp, Resolver, Need][] = [
  // "against 84.1% last summer", "the previous autumn": the season's months (the northern hemisphere's) of the year
  // before the one the text is about, what a number is compared with ("this autumn", "next spring" are told in
  // passing far more often than they date a number: not read)
  // (not "the last summer of normal exams", the final one of a run)
  [/(?<!\bthe\s+)\b(?:last|the\s+previous)\s+(summer|spring|autumn|fall)\b(?!\s+(?:season|term|semester|session|collection|games|olympics|of)\b)/gi, (m, ctx) => {
    const first = { spring: 3, summer: 6, autumn: 9, fall: 9 }[m[1].toLowerCase() as "spring" | "summer" | "autumn" | "fall"];
    return { span: monthRange(ctx.year - 1, first, first + 2) };
  }, "seasonName"],
  // "in June, July and August", "over March, April and May": three months or more named one by one, each the next,
  // are the stretch they make (of the year the text is about), not their first or last month
  [new RegExp(`\\b(?:in|over|during|for|across|throughout)\\s+${M}((?:,\\s+${M.replace("(", "(?:")})*),?\\s+and\\s+${M}(?!\\s*\\d)`, "gi"), (m, ctx) => {
    // (three at least: "in November and December, when exports reached 12.1 and 12.3" may be two facts)
    if (!m[2]) return undefined;
    const names = [m[1], ...(m[2].match(new RegExp(M.replace("(", "(?:"), "gi")) ?? []), m[3]];
    if (names.some((n) => !/^\p{Lu}/u.test(n))) return undefined;
    const months = names.map(monthOf);
    if (!months.every((x, i) => i === 0 || x === (months[i - 1] % 12) + 1)) return undefined;
    const last = months[months.length - 1];
    return { span: monthRange(contextYear(ctx, last), months[0], last) };
  }, "month"],
  // "the first half of the 2026/27 season", "the first six months of last season", "the first half of the season" (the
  // one under way): a half of a crop's season (its months differ by crop and country: the half is kept as the season's,
  // not as calendar months; see seasonHalfMonths)
  [/\b(?:the\s+)?(first|second)\s+(?:half|six\s+months)\s+of\s+(?:the\s+)?(?:((?:19|20)\d{2})[/-](\d{2}|(?:19|20)\d{2})\s+|(this|last|current|previous|next)\s+)?(?:season|harvest|crop|campaign|marketing\s+year)\b/gi, (m, ctx) => {
    const h = m[1].toLowerCase() === "first" ? 1 : 2;
    const word = (m[4] ?? "").toLowerCase();
    const y1 = m[2] ? Number(m[2]) : currentSeasonStart(ctx) + (word === "last" || word === "previous" ? -1 : word === "next" ? 1 : 0);
    if (m[3] && Number(m[3].slice(-2)) !== (y1 + 1) % 100) return undefined;
    return { span: seasonHalfSpan(y1, h) };
  }, "seasonHalf"],
  // "the week ended Nov. 28", "the week to Friday, November 28": the week that holds the day (its year the text's)
  [new RegExp(`\\b(?:the\\s+)?week\\s+(?:that\\s+)?(?:ended|ending|to|through)\\s+(?:on\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+${Y})?`, "gi"), (m, ctx) => {
    const month = monthOf(m[1]);
    const day = Number(m[2]);
    if (!month || day < 1 || day > 31) return undefined;
    const time = Date.UTC(m[3] ? Number(m[3]) : contextYear(ctx, month), month - 1, day);
    return { span: { ...weekSpan(time), endedOn: new Date(time).toISOString().slice(0, 10) } };
  }, "week"],
  // "the same period of 2024", "the same months in 2023": the sentence's period, in that year
  [/\b(?:in\s+)?the\s+same\s+(?:period|month|quarter|time|months|weeks?)\s+(?:of|in)\s+((?:19|20)\d{2})\b/gi, (m) => ({ role: "relative", inYear: Number(m[1]) }), "year4"],
  // "as of November 21", "as at 21 November 2025", "as on Nov. 21": a level on that day (a weekly or daily series);
  // a month's last day ("as of December 31", "as at 30 June") is its close, placed in the month below, so that it
  // meets "at the end of 2025" and "end-June"
  [new RegExp(`\\bas\\s+(?:of|at|on)\\s+(?:(?:${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?)|(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${M}))(?!\\d)(?:,?\\s+${Y})?`, "gi"), (m, ctx) => {
    const month = monthOf(m[1] ?? m[4]);
    const day = Number(m[2] ?? m[3]);
    const year = m[5] ? Number(m[5]) : contextYear(ctx, month);
    if (!month || day < 1 || day >= new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
    return { span: daySpan(`${ym(year, month)}-${String(day).padStart(2, "0")}`) };
  }, "month"],
  // "between August 2023 and July 2024", "from March 2024 to February 2025", "August 2023–July 2024": months that
  // run from one year into another (twelve of them are the twelve months to the last)
  [new RegExp(`\\b(?:(?:between|from)\\s+)?${M}\\s+${Y}\\s*(?:and|to|through|until|[-–—])\\s*${M}\\s+${Y}\\b`, "gi"), (m) => {
    const [m1, y1, m2, y2] = [monthOf(m[1]), Number(m[2]), monthOf(m[3]), Number(m[4])];
    const months = (y2 - y1) * 12 + m2 - m1 + 1;
    // (two months joined by "and" are a stretch only after "between": "in August 2023 and July 2024" names two)
    if (months < 2 || months > 36 || (/\sand\s/i.test(m[0]) && !/^between\s/i.test(m[0]))) return undefined;
    return { span: y1 === y2 ? monthRange(y1, m1, m2) : months <= 12 ? trailingMonths(y2, m2, months) : { from: ym(y1, m1), to: ym(y2, m2), label: `${MONTH_NAMES[m1 - 1]} ${y1}–${MONTH_NAMES[m2 - 1]} ${y2}` } };
  }, "month"],
  // "January–November 2024", "Jan-May 2025", "January to November 2024"
  [new RegExp(`\\b${M}\\s*(?:[-–—]|to|through|until)\\s*${M}\\s+(?:of\\s+)?${Y}\\b`, "gi"), (m) => ({ span: monthRange(Number(m[3]), monthOf(m[1]), monthOf(m[2])) }), "month"],
  // "between January and November (2024)", "from January to May (this year)"
  // (not how a year is defined: "the marketing year runs from October to September")
  [new RegExp(`\\b(?:between|from)\\s+${M}\\s+(?:and|to|through|until)\\s+${M}(?:\\s+(?:of\\s+)?${Y}|\\s+(this|last)\\s+year)?\\b`, "gi"), (m, ctx) => {
    if (/\b(?:runs?|running|ran|lasts?|stretches|spans?)\s+(?:\w+ly\s+)?$/i.test(m.input.slice(Math.max(0, m.index - 24), m.index))) return undefined;
    const y = m[3] ? Number(m[3]) : m[4] ? relativeYear(m[4], ctx) : contextYear(ctx, monthOf(m[2]));
    return { span: monthRange(y, monthOf(m[1]), monthOf(m[2]), ctx.fiscalStart) };
  }, "month"],
  // "for January to November", "in January through October": a range of months of the year the text is about,
  // told with words
  [new RegExp(`\\b(?:for|in|during|over)\\s+(?:the\\s+)?${M}\\s+(?:to|through|until)\\s+${M}\\b(?!\\s*(?:of\\s+)?\\d)`, "gi"), (m, ctx) => {
    if (!/^\p{Lu}/u.test(m[1]) || !/^\p{Lu}/u.test(m[2])) return undefined;
    const m1 = monthOf(m[1]);
    const m2 = monthOf(m[2]);
    // (a stretch that holds the date line's month is this year's: "in the July to September period", told in August)
    const current = ctx.dated !== false && !ctx.monthYear && m1 <= m2 && m1 <= ctx.month && ctx.month <= m2;
    return { span: monthRange(current ? ctx.year : contextYear(ctx, m2), m1, m2, ctx.fiscalStart) };
  }, "month"],
  // "the July–September quarter", "in the Jan-Mar period", "the July-to-September period": a range of months of the
  // year the text is about
  [new RegExp(`\\b${M}(?:\\s*[-–—]\\s*|-to-|-through-)${M}\\b(?!\\s*(?:of\\s+)?\\d)`, "gi"), (m, ctx) => {
    if (!/^\p{Lu}/u.test(m[1]) || !/^\p{Lu}/u.test(m[2])) return undefined; // "may - june": no months
    const m1 = monthOf(m[1]);
    const m2 = monthOf(m[2]);
    return { span: monthRange(contextYear(ctx, m2), m1, m2, ctx.fiscalStart) };
  }, "month"],
  // "the three months to September", "the 12 months ended March 2026", "the six months through June": the months
  // that end there (a quarter, a half or a year where they are one)
  // ... and "the year to October" (the twelve months)
  [new RegExp(`\\b(?:the\\s+)?(three|six|nine|twelve|3|6|9|12|year)\\s+(?:months\\s+)?(?:to|ended|ending|through|until)\\s+(?:the\\s+end\\s+of\\s+)?${M}${DAY},?(?:\\s+${Y})?`, "gi"), (m, ctx) => {
    const year = m[1].toLowerCase() === "year";
    // (a count without "months" is no stretch of months: "three to March"; nor "year" with "months": "year months to")
    if (year === /\smonths\s/i.test(m[0])) return undefined;
    const end = monthOf(m[2]);
    return { span: trailingMonths(m[3] ? Number(m[3]) : contextYear(ctx, end), end, year ? 12 : MONTH_COUNTS[m[1].toLowerCase()]) };
  }, "months"],
  // "the quarter ended June 30", "the quarter to September", "its fiscal third quarter, which ended Oct. 27": the
  // three months that end there (a company's fiscal quarter is placed by the month it ended in)
  [new RegExp(`\\b(?:the\\s+)?(?:(?:fiscal\\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\\s]+)?quarter,?\\s+(?:that\\s+|which\\s+)?(?:ended|ending|to|through)\\s+(?:on\\s+)?${M}${DAY},?(?:\\s+${Y})?`, "gi"), (m, ctx) => {
    const end = monthOf(m[1]);
    return { span: trailingMonths(m[2] ? Number(m[2]) : contextYear(ctx, end), end, 3) };
  }, "quarter"],
  // "the first five months of this year / of 2025", "the first 11 months" (of the year the text is about)
  [new RegExp(`\\b(?:the\\s+)?first\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\\s+months(?:\\s+(?:of\\s+)?(?:${Y}|(?:this|the)\\s+(?:year|CY|calendar\\s+year)|(last)\\s+year))?\\b`, "gi"), (m, ctx) => {
    const n = COUNTS[m[1].toLowerCase()] ?? Number(m[1]);
    const y = m[2] ? Number(m[2]) : m[3] ? ctx.year - 1 : m[0].includes("year") || m[0].includes("CY") ? ctx.year : (ctx.contextYear ?? ctx.year);
    return { span: monthRange(y, 1, n) };
  }, "months"],
  // "the last three months of the year", "the final six months of 2024", "the last two months of last year": the
  // year's closing months (of the year the text is about, the last one that has ended when it is told "of the year";
  // "the last three months" alone runs up to now, no part of a year)
  [new RegExp(`\\b(?:the\\s+)?(?:last|final|closing)\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\\s+months\\s+of\\s+(?:${Y}|(?:this|the)\\s+year|(last)\\s+year)\\b`, "gi"), (m, ctx) => {
    const n = COUNTS[m[1].toLowerCase()] ?? Number(m[1]);
    const y = m[2] ? Number(m[2]) : m[3] ? ctx.year - 1 : contextYear(ctx, 13 - n);
    return { span: monthRange(y, 13 - n, 12) };
  }, "months"],
  // "year-to-date output", "so far this year": from January to the month the text is about, if it is about one
  [/\b(?:year[-\s]to[-\s]date|(?:so\s+far\s+)?this\s+year\s+so\s+far|so\s+far\s+this\s+year)\b/gi, (_m, ctx) => {
    if (!ctx.contextMonth) return undefined;
    const y = Number(ctx.contextMonth.to.slice(0, 4));
    const month = Number(ctx.contextMonth.to.slice(5, 7));
    return month > 1 ? { span: monthRange(y, 1, month) } : undefined;
  }, "year"],
  // "the fiscal year ended (in) March 2025", "financial year ending March 31, 2025"
  [new RegExp(`\\b(?:fiscal|financial)\\s+year\\s+(?:that\\s+)?end(?:ed|ing|s)\\s+(?:in\\s+|on\\s+)?${M}(?:\\s+\\d{1,2}(?!\\d),?)?(?:\\s+${Y})?`, "gi"), (m, ctx) => {
    const month = monthOf(m[1]);
    const endYear = m[2] ? Number(m[2]) : month <= ctx.month ? ctx.year : ctx.year - 1;
    const start = month + 1;
    return { span: { ...monthRange(endYear, 1, 1), from: ym(endYear - 1, start), to: ym(endYear, month), label: `FY${endYear - 1}-${String(endYear).slice(2)}` } };
  }, "fy"],
  // "FY25", "FY 2024-25", "FY2025", "fiscal 2025", "fiscal year 2024-25", "financial year 2023-24"
  [/\b(?:FY\s?'?|(?:fiscal|financial)\s+(?:year\s+)?)((?:19|20)?\d{2})(?:\s*[-–/]\s*(\d{2,4}))?\b/gi, (m, ctx) => {
    const first = fullYear(m[1]);
    const end = m[2] ? fullYear(m[2].length === 4 ? m[2] : String(first).slice(0, 2) + m[2]) : first;
    // (one year named where a year is named by its start: it ends the year after)
    return { span: fiscalSpan(m[2] ? end : ctx.fiscalByStart && ctx.fiscalStart > 1 ? first + 1 : first, ctx.fiscalStart) };
  }, "fy"],
  // "the fiscal year starting in April", "the financial year that begins on April 1", "the fiscal year that began in
  // October": the twelve months from that month, the next such month for a year still to start, the last one for a
  // year begun
  [new RegExp(`\\b(?:fiscal|financial|budget)\\s+year\\s+(?:that\\s+|which\\s+)?(?:(start|begin)(?:s|ning|ing)?|(started|began|begun))\\s+(?:in\\s+|on\\s+)?${M}(?:\\s+\\d{1,2}(?!\\d)(?:st)?)?(?:,?\\s+${Y})?`, "gi"), (m, ctx) => {
    const month = monthOf(m[3]);
    const start = m[4] ? Number(m[4]) : m[1] ? (month >= ctx.month ? ctx.year : ctx.year + 1) : month <= ctx.month ? ctx.year : ctx.year - 1;
    return { span: { from: ym(start, month), to: ym(start, month + 11), label: `FY${start}-${String(start + 1).slice(2)}` } };
  }, "fy"],
  // "the current fiscal (year)", "this fiscal", "last fiscal (year)", "the previous / prior / preceding fiscal (year)"
  [/\b(current|this|last|previous|prior|preceding|next)\s+(?:fiscal|financial)(?:\s+year)?\b/gi, (m, ctx) => {
    const w = m[1].toLowerCase();
    if (w === "previous" || w === "prior" || w === "preceding") return { role: "relative" };
    const fs = ctx.fiscalStart;
    const current = fiscalYearEndingAfter(ctx.year, ctx.month, fs);
    return { span: fiscalSpan(current + (w === "last" ? -1 : w === "next" ? 1 : 0), fs) };
  }, "fy"],
  // "academic year 2024-25", "the 2024/25 school year", "2024-25 season"
  [/\b(?:(?:academic|school)\s+year\s+)?((?:19|20)\d{2})\s*[-–/]\s*(\d{2}|(?:19|20)\d{2})(?:\s+(academic|school)\s+year)?\b/gi, (m, ctx) => {
    const y1 = Number(m[1]);
    const y2 = m[2].length === 2 ? Number(String(y1).slice(0, 2) + m[2]) : Number(m[2]);
    if (y2 === y1 + 1 && /^\s+seasons?\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 10))) return { span: seasonSpan(y1) };
    // (in a sentence about a harvest, a split year is the crop's season, not the government's fiscal year: "its wheat
    // production estimate for 2024-25", beside "the 2024-25 season")
    if (y2 === y1 + 1 && !/^(?:academic|school)/i.test(m[0]) && !m[3] && CROP_SEASON.test(m.input)) return { span: seasonSpan(y1) };
    if (y2 === y1 + 1) return { span: splitYearSpan(y1, ctx.fiscalStart, /academic|school/i.test(m[0]) || EDUCATION.test(m.input) || (!!ctx.schooling && !FISCAL_WORDS.test(m.input))) };
    if (y2 > y1 && y2 - y1 <= 30) return { span: { from: ym(y1, 1), to: ym(y2, 12), label: `${y1}–${y2}` } };
    return undefined;
  }, "split"],
  // "this academic year", "last school year", "the current academic year": the academic year under way at the text's
  // date (from September), or the one before or after it
  [/\b(last|this|next|the\s+(?:previous|past|current|coming|next))\s+(?:academic|school)\s+year\b/gi, (m, ctx) => {
    if (!ctx.year || !ctx.month) return undefined;
    const w = m[1].toLowerCase();
    const current = ctx.month >= 9 ? ctx.year : ctx.year - 1;
    const y1 = /last|previous|past/.test(w) ? current - 1 : /next|coming/.test(w) ? current + 1 : current;
    return { span: splitYearSpan(y1, ctx.fiscalStart, true) };
  }, "year"],
  // "last season", "this season", "the previous season": a season that runs from late summer to spring, the one under
  // way from August (in June and July, "last season" is the one just ended)
  // (a season of fires, storms or monsoon rains runs within a calendar year: "spending had reached C$1.94 billion so far
  // this season", in a story of wildfires, is this year's)
  [/\b(last|this|next|the\s+(?:previous|past|current|coming|next))\s+season\b/gi, (m, ctx) => {
    if (!ctx.year || !ctx.month) return undefined;
    const w = m[1].toLowerCase();
    const offset = /last|previous|past/.test(w) ? -1 : /next|coming/.test(w) ? 1 : 0;
    return { span: CALENDAR_SEASON.test(m.input) ? yearSpan(ctx.year + offset) : seasonSpan(currentSeasonStart(ctx) + offset) };
  }, "season"],
  // "from 2020 to 2023", "between 2020 and 2023", "the years 2020 through 2023"
  [new RegExp(`\\b(?:from|between|years)\\s+${Y}\\s+(?:to|and|through|until)\\s+${Y}\\b`, "gi"), (m) => {
    const y1 = Number(m[1]);
    const y2 = Number(m[2]);
    return y2 > y1 ? { span: { from: ym(y1, 1), to: ym(y2, 12), label: `${y1}–${y2}` } } : undefined;
  }, "year4"],
  // "the final quarter of 2025", "the last quarter of the year", "the opening quarter of 2026": the fourth or the first
  // ("last quarter" alone is the quarter before: see the relative phrases)
  [new RegExp(`\\b(?:the\\s+)?(final|last|closing|opening)\\s+quarter\\s+of\\s+(?:${Y}|the\\s+year|(this|last)\\s+year)\\b`, "gi"), (m, ctx) => {
    const q = m[1].toLowerCase() === "opening" ? 1 : 4;
    return { span: quarterSpan(m[2] ? Number(m[2]) : m[3] ? relativeYear(m[3], ctx) : contextYear(ctx, 3 * q, ahead(m)), q) };
  }, "quarter"],
  // "the final month of the year", "the last month of 2025", "the first month of the year": December or January
  [new RegExp(`\\b(?:the\\s+)?(final|last|closing|first|opening)\\s+month\\s+of\\s+(?:${Y}|the\\s+year|(this|last)\\s+year)\\b`, "gi"), (m, ctx) => {
    const month = /^(?:first|opening)$/i.test(m[1]) ? 1 : 12;
    return { span: monthSpan(m[2] ? Number(m[2]) : m[3] ? relativeYear(m[3], ctx) : contextYear(ctx, month, ahead(m)), month) };
  }, "rel"],
  // "Q1 2025", "Q1 of 2025", "the first quarter of 2025", "first-quarter 2025"
  [new RegExp(`\\b(?:Q([1-4])|(?:the\\s+)?${ORD}[-\\s]+quarter)(?:\\s+(?:of\\s+)?${Y}|\\s+(?:of\\s+)?(this|last)\\s+year)?\\b`, "gi"), (m, ctx) => {
    const q = m[1] ? Number(m[1]) : ORDINALS[m[2].toLowerCase()];
    if (m[3] || m[4]) return { span: quarterSpan(m[3] ? Number(m[3]) : relativeYear(m[4], ctx), q) };
    // ("peaked during the fourth quarter" of a game: a quarter of play, no quarter of the year)
    if (!m[1] && GAME_WORDS.test(m.input)) return undefined;
    return { span: { ...quarterSpan(contextYear(ctx, 3 * q, ahead(m)), q), byNumber: true } };
  }, "quarter"],
  // "H1 2023", "the first half of 2023", "first-half 2023"
  [new RegExp(`\\b(?:H([12])|(?:the\\s+)?(first|second)[-\\s]+half)(?:\\s+(?:of\\s+)?${Y}|\\s+(?:of\\s+)?(this|last)\\s+year)?\\b`, "gi"), (m, ctx) => {
    const h = m[1] ? Number(m[1]) : m[2].toLowerCase() === "first" ? 1 : 2;
    const y = m[3] ? Number(m[3]) : m[4] ? relativeYear(m[4], ctx) : contextYear(ctx, 6 * h, ahead(m));
    return { span: halfSpan(y, h) };
  }, "half"],
  // "3 March 2026", "March 3, 2026", "on Tuesday, 18 February": a day, the date of an event; "as of December 31,
  // 2025": a level on that day
  [new RegExp(`\\b(as\\s+(?:of|at)\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${M},?\\s+${Y}|${M}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${Y})\\b`, "gi"), (m) => ({ span: monthSpan(Number(m[3] ?? m[5]), monthOf(m[2] ?? m[4])), role: m[1] ? "point" : "date" }), "month"],
  // "in May last year", "September of this year", "March next year": the month of the year the phrase names
  [new RegExp(`\\b${M}\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, "gi"), (m, ctx) => {
    if (!/^\p{Lu}/u.test(m[1])) return undefined; // "may this year": the verb, not the month
    const w = m[2].toLowerCase();
    return { span: monthSpan(ctx.year + (w === "last" ? -1 : w === "next" ? 1 : 0), monthOf(m[1])) };
  }, "month"],
  // "March 2025", "in March of 2025"
  // ("since December 2022": an open start, from that month)
  [new RegExp(`\\b${M}\\s+(?:of\\s+)?${Y}\\b`, "gi"), (m) => {
    const month = monthOf(m[1]);
    const y = Number(m[2]);
    if (/\bsince\s+$/i.test(m.input.slice(Math.max(0, m.index - 7), m.index))) return { span: sinceMonth(y, month), role: "since" };
    return { span: monthSpan(y, month) };
  }, "month"],
  // "at the end of 2025", "end-2025", "by the end of last year", "at year-end 2025": a level at the close of the year,
  // December; "by the end of" a year not yet over is a deadline
  [/\b(?:(by|until|before)\s+)?(?:the\s+)?(?:end[-\s]+(?:of\s+)?|year[-\s]end\s+(?:of\s+)?)(?:((?:19|20)\d{2})|(last|this|the\s+(?:previous|past|current))\s+year|(the\s+year))\b/gi, (m, ctx) => {
    const w = (m[3] ?? "").toLowerCase();
    const y = m[2] ? Number(m[2]) : m[4] ? ctx.contextYear : w === "this" || w.endsWith("current") ? ctx.year : ctx.year - 1;
    if (!y) return undefined;
    const over = y < ctx.year || (y === ctx.year && ctx.month === 12);
    if (m[1] && !over) return { span: yearSpan(y), role: "by" };
    return { span: endOfYear(y) };
  }, "edge"],
  // "mid-2024", "early 2025", "late 2023"
  [/\b(early|mid|late)[-\s]+(?:of\s+|in\s+)?((?:19|20)\d{2})\b/gi, (m) => {
    const y = Number(m[2]);
    const part = m[1].toLowerCase();
    const [a, b] = part === "early" ? [1, 4] : part === "mid" ? [5, 8] : [9, 12];
    return { span: { from: ym(y, a), to: ym(y, b), label: `${part === "mid" ? "mid-" : part + " "}${y}` } };
  }, "edge"],
  // "as of December 31", "as at 30 June": a level on that day, placed in its month of the year the text is about
  [new RegExp(`\\bas\\s+(?:of|at)\\s+(?:${M}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${M})\\b(?!,?\\s+\\d)`, "gi"), (m, ctx) => {
    const month = monthOf(m[1] ?? m[2]);
    return { span: monthSpan(contextYear(ctx, month), month) };
  }, "month"],
  // "on March 1", "on 18 February": a day of the year the text is about, the date of what happened or was counted
  // then, placed in its month as a day with its year is ("285.2 million hens on March 1", "on March 1, 2025")
  // ("on" only: "rose 3% March 1" is rare, and "March 1 deadline" names no period of a number)
  [new RegExp(`\\bon\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:${M}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${M})\\b(?!,?\\s+\\d)`, "gi"), (m, ctx) => {
    const month = monthOf(m[1] ?? m[2]);
    if (!/^\p{Lu}/u.test(m[1] ?? m[2])) return undefined;
    // (the day a stretch began or ended is its edge: "since the season began on October 1", "the year that ended on
    // March 31")
    if (EDGE_VERB_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index))) return undefined;
    return { span: monthSpan(contextYear(ctx, month, ahead(m)), month), role: "date" };
  }, "month"],
  // "by the end of the century", "at the end of this century": a projection's horizon, 2100
  [/\b(by|at|before|towards?)\s+the\s+end\s+of\s+(?:the|this)\s+century\b/gi, (m) => ({ span: yearSpan(2100), role: m[1].toLowerCase() === "by" || m[1].toLowerCase() === "before" ? "by" : undefined }), "edge"],
  // "by the end of the decade", "before the decade is out": the horizon of a goal set in this decade (the decade's
  // last year, as goals count it: 2030 for one set in 2026)
  [/\b(by|at|before|towards?)\s+(?:the\s+end\s+of\s+(?:the|this)\s+decade|the\s+decade['’]s\s+end|the\s+decade\s+is\s+out)\b/gi, (m, ctx) => (ctx.year ? { span: yearSpan(Math.floor(ctx.year / 10) * 10 + 10), role: m[1].toLowerCase() === "by" || m[1].toLowerCase() === "before" ? "by" : undefined } : undefined), "edge"],
  // "the 2080s", "the mid-2080s", "the early 2030s", "the late 1990s": a decade, or a part of one
  [/\b(?:(early|mid|late)[-\s]?)?((?:19|20)\d)0s\b/gi, (m) => {
    const decade = Number(m[2]) * 10;
    const part = (m[1] ?? "").toLowerCase();
    const [a, b] = part === "early" ? [0, 3] : part === "mid" ? [3, 6] : part === "late" ? [7, 9] : [0, 9];
    return { span: { from: ym(decade + a, 1), to: ym(decade + b, 12), label: `${part ? `${part}-` : ""}${decade}s` } };
  }, "year4"],
  // "since 2022", "by 2030", "in 2024", "2024" (a bare year)
  [new RegExp(`\\b(?:(since|by|before|until)\\s+(?:the\\s+end\\s+of\\s+)?)?${Y}\\b(?![-–/]\\d)(?!\\s*(?:[-–]\\s*)?(?:km|kilomet|hectare|acre|tonne|ton|barrel|mw|gw|people|year-old|GMT|UTC|BST|CET|EST|hrs|hours|local\\s+time))`, "gi"), (m) => {
    const y = Number(m[2]);
    const w = (m[1] ?? "").toLowerCase();
    if (w === "since") return { span: { from: ym(y, 1), to: "now", label: `since ${y}` }, role: "since" };
    // "the 2030 target", "a 2035 goal": a deadline
    if (/^\s+(?:target|goal|deadline|horizon)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return { span: yearSpan(y), role: "by" };
    if (w === "by" || w === "before" || w === "until") return { span: yearSpan(y), role: "by" };
    // "rose 1.8 points from the previous election in 2025 to 61.7%": the year of the event a change is measured from,
    // no period of the change nor of the level it reached
    if (!w && FROM_EARLIER_EVENT.test(m.input.slice(Math.max(0, m.index - 60), m.index)) && /^\s+to\s/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 5))) return { span: yearSpan(y), role: "date" };
    // "the 1926 general strike", "the 2008 financial crisis": an event named by its year, no period of a number
    if (!w && /^the\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index)) && EVENT_AFTER_YEAR.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30))) return { span: yearSpan(y), role: "date" };
    return { span: yearSpan(y) };
  }, "year4"],
  // "during the half-year", "for the six months": the latest half-year ended by the date line (the first half in July)
  [/\b(?:during|in|over|for|across)\s+the\s+(?:half[-\s]year|six\s+months)\b(?!\s+(?:to|ended|ending|through)\b)/gi, (_m, ctx) => {
    if (!ctx.year || !ctx.month || ctx.dated === false) return undefined;
    return ctx.month >= 7 ? { span: halfSpan(ctx.year, 1) } : { span: halfSpan(ctx.year - 1, 2) };
  }, "half"],
  // "for the full year", "over the whole year", "over the year as a whole", "during the year": the year the text is
  // about (not a bare "over the year", which in a month's figures is the twelve months to that month: "prices fell 0.6%
  // over the year"); the year the sentence named just before it, if it did ("in the last three months of 2025, and
  // roughly 39 million bags over the year as a whole")
  // ... and, in a text about twelve months that are no calendar year ("the year to June 30"), "during the year" and a
  // bare "over the year" are those months
  [/\b(?:(?:for|in|over|across|during)\s+the\s+(?:full|whole|entire)\s+year|(?:for|in|over|across)\s+the\s+year\s+as\s+a\s+whole|during\s+the\s+year|over\s+the\s+year)\b(?!\s+(?:to|ended|ending|before|earlier|prior)\b)/gi, (m, ctx) => {
    const named = /\b((?:19|20)\d{2})\b(?![-–/]\d)[^.;]{0,60}$/.exec(m.input.slice(0, m.index));
    if (!named && ctx.contextTwelveMonths) return { span: ctx.contextTwelveMonths };
    if (/^over\s+the\s+year$/i.test(m[0])) return undefined;
    const year = named ? Number(named[1]) : ctx.contextYear;
    return year ? { span: yearSpan(year) } : undefined;
  }, "year"],
  // "full-year operating profit", "its full-year forecast": the year the text is about (a date line from April on
  // is in it; earlier in a year, "full-year results" are most often the year before's, so only a year the text
  // names says which)
  // (not the year of "its full-year forecast": a word for a forecast tells no number's time)
  [/\bfull[-\s]year\b(?=\s+[\p{L}-]+)(?!\s+(?:forecasts?|guidance|outlook|targets?|goals?|expectations?|estimates?|view|projections?)\b)/giu, (_m, ctx) => {
    const y = ctx.contextYear ?? (ctx.dated !== false && ctx.month >= 4 ? ctx.year : undefined);
    return y ? { span: yearSpan(y) } : undefined;
  }, "year"],
  // "the same period last year", "the same month a year earlier": the sentence's period, a year back
  [/\b(?:in\s+)?the\s+same\s+(?:period|month|quarter|time|months)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+year)\b/gi, () => ({ role: "relative" }), "year"],
  // "the previous quarter", "the prior month": the period before the sentence's own, a quarter or a month back
  // ... and "the month before", "a quarter earlier"
  [/\b(?:the\s+)?(?:previous|prior|preceding)\s+(quarter|month)\b|\b(?:the|a)\s+(quarter|month)\s+(?:before|earlier)\b(?!\s+(?:the|a|an|its|his|her|their|this|that)\b)/gi, (m) => ({ role: "relative", back: (m[1] ?? m[2]).toLowerCase() === "quarter" ? 3 : 1 }), "rel"],
  // "the previous week", "the prior reporting week", "a week earlier": the week before the sentence's own week or day
  [/\b(?:the\s+)?(?:previous|prior|preceding)\s+(?:reporting\s+)?week\b|\b(?:the|a)\s+week\s+(?:before|earlier)\b(?!\s+(?:the|a|an|its|his|her|their|this|that)\b)/gi, () => ({ role: "relative", back: "week" }), "week"],
  // "over the weekend", "its opening weekend", "last weekend": the weekend just past (a Sunday's date line is its
  // last day; then "last weekend" is the one before), in its week
  // (not a weekend's attribute: "Last weekend's leader" fell this weekend)
  [/\b(?:(last)|this|the|its|their|an?|opening|first|second|third)\s+(?:(?:opening|first|second|third|fourth|fifth|debut)\s+)?weekend\b(?!['’]s)/gi, (m, ctx) => {
    const date = dateLineTime(ctx);
    if (date === undefined) return undefined;
    const weekday = new Date(date).getUTCDay();
    // (the latest Saturday or Sunday up to the date; on a weekend, "last weekend" is the one before)
    const back = weekday === 0 || weekday === 6 ? (m[1] ? 7 : 0) : weekday;
    return { span: weekSpan(date - back * DAY_MS) };
  }, "week"],
  // "last week", "this week": counted from the date line's day
  [/\b(last|this)\s+week\b/gi, (m, ctx) => {
    const date = dateLineTime(ctx);
    if (date === undefined) return undefined;
    return { span: weekSpan(date - (m[1].toLowerCase() === "last" ? 7 : 0) * DAY_MS) };
  }, "week"],
  // "last year", "this year", "next year", "last month", "this month", "a year earlier", "the previous year", "the
  // previous 12-month period"
  // ... and "the year before", "the year earlier" (not "the year before the war", "the year before last")
  [/\b(?:(last|this|next|past|current)\s+(year|month|quarter)|(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|(?:12|twelve)[-\s]month\s+period)|a\s+year\s+ago|the\s+year\s+(?:before|earlier|prior)\b(?!\s+(?:the|a|an|its|his|her|their|this|that|last)\b))\b/gi, (m, ctx) => {
    if (!m[1]) return { role: "relative" };
    const w = m[1].toLowerCase();
    const unit = m[2].toLowerCase();
    if (unit === "year") {
      if (w === "past") return undefined; // "the past year": a rolling twelve months, not a calendar year
      // (in a sentence about a season of a harvest, "last year's 26 million tonnes" and "planted 12.4 million hectares
      // this year" are of the season: the one under way from June, as "this season" is)
      if (SEASON_TOLD.test(m.input) && CROP_SEASON.test(m.input) && (w === "last" || w === "this")) {
        const current = currentSeasonStart(ctx);
        return { span: seasonSpan(w === "last" ? current - 1 : current) };
      }
      return { span: yearSpan(ctx.year + (w === "last" ? -1 : w === "next" ? 1 : 0)) };
    }
    if (ctx.dated === false) return unit === "month" && (w === "last" || w === "this") && ctx.contextMonth ? { span: ctx.contextMonth } : undefined;
    if (unit === "month") {
      const back = w === "last" || w === "past" ? -1 : w === "next" ? 1 : 0;
      const y = ctx.year + Math.floor((ctx.month - 1 + back) / 12);
      const mo = ((ctx.month - 1 + back + 12) % 12) + 1;
      return { span: monthSpan(y, mo) };
    }
    const q = Math.ceil(ctx.month / 3) + (w === "last" || w === "past" ? -1 : w === "next" ? 1 : 0);
    const y = ctx.year + Math.floor((q - 1) / 4);
    return { span: quarterSpan(y, ((q - 1 + 4) % 4) + 1) };
  }, "rel"],
  // "as December began", "when March ended": that month, of the year the text is about
  [new RegExp(`\\b(?:as|when)\\s+${M}\\s+(?:began|begins|started|starts|opened|ended|ends|closed|drew\\s+to\\s+a\\s+close|got\\s+under\\s+way)\\b`, "gi"), (m, ctx) => {
    const month = monthOf(m[1]);
    return { span: monthSpan(contextYear(ctx, month), month) };
  }, "month"],
  // "October was the busiest month", "September shipments reached …": a month opening the sentence as its subject or
  // its subject's first word, of the year the text is about ("May" only before a verb of its own: "May saw", "May was")
  // (or opening the clause after a colon: "The final months were stronger: December alone brought in 17.2 million")
  [new RegExp(`(?:^|(?<=[:;]\\s+))${M}(?=\\s+(?:alone\\s+)?(?:was|saw|brought|proved|marked|set|(?!(?:to|the|a|an|and|or|of|in|be|have|also|well)\\b)\\p{Ll}+))`, "gu"), (m, ctx) => {
    const month = monthOf(m[1]);
    if (m[1] === "May" && !/^\s+(?:alone\s+)?(?:was|saw|brought|proved|marked|set)\b/.test(m.input.slice(m.index + m[0].length))) return undefined;
    return { span: monthSpan(contextYear(ctx, month, ahead(m)), month) };
  }, "month"],
  // "in December", "for March", "during June": a month of the year the text is about
  // ("next April": the next one after the date; "from April" in a clause about what is to come: when a new level
  // takes effect, "will rise to £12.21 an hour from April"; otherwise "from April" is what a change is measured against)
  [new RegExp(`\\b(?:in|for|during|of|by|since|last|next|from|and|or)\\s+(?:early\\s+|late\\s+|mid-?)?${M}\\b(?!\\s+\\d)`, "gi"), (m, ctx) => {
    if (!/^\p{Lu}/u.test(m[1])) return undefined; // "and may rise": the verb, not the month
    const month = monthOf(m[1]);
    if (/^next\s/i.test(m[0])) return { span: monthSpan(month > ctx.month ? ctx.year : ctx.year + 1, month) };
    if (/^from\s/i.test(m[0])) return ahead(m) ? { span: monthSpan(month > ctx.month ? ctx.year : ctx.year + 1, month), role: "point" } : undefined;
    // "since January": the year so far; "since March": an open start
    if (/^since\s/i.test(m[0])) {
      const y = contextYear(ctx, month);
      return month === 1 ? { span: yearSpan(y) } : { span: sinceMonth(y, month), role: "since" };
    }
    if (/^last\s/i.test(m[0])) return { span: monthSpan(month < ctx.month ? ctx.year : ctx.year - 1, month) };
    return { span: monthSpan(contextYear(ctx, month, ahead(m)), month) };
  }, "month"],
];

function relativeYear(word: string, ctx: PeriodContext): number {
  return word.toLowerCase() === "last" ? ctx.year - 1 : ctx.year;
}

/**
 * The year of a month named without one (see PeriodContext.monthYear), else the latest such month up to the date;
 * `ahead`: the clause speaks of what is to come ("would keep output steady in the first quarter" in December), so
 * the next such month from the date.
 */
/** A verb of a stretch's start or end right before "on <day>": "began on", "ended on", "runs until … on". */
const EDGE_VERB_BEFORE = /\b(?:beg[ia]n|begun|begins|start(?:s|ed)?|open(?:s|ed)|end(?:s|ed)?|ending|clos(?:es|ed)|launch(?:es|ed)|took\s+effect|takes\s+effect|expir(?:es|ed)|runs?|ran|since|until|till|through)\s+$/i;

function contextYear(ctx: PeriodContext, month: number, ahead = false): number {
  if (ctx.monthYear) return ctx.monthYear;
  if (ahead && ctx.dated !== false) return month >= ctx.month ? ctx.year : ctx.year + 1;
  return month <= ctx.month ? ctx.year : ctx.year - 1;
}

/** Before a year, the earlier event a change is measured from: "from the previous election in ", "from last year's census in ". */
const FROM_EARLIER_EVENT = /\bfrom\s+(?:the\s+|its\s+)?(?:previous|last|prior|preceding|earlier)\s+(?:[\p{L}-]+\s+){1,2}in\s+$/iu;

/** An event after its year ("the 1926 general strike", "the 2008 financial crisis"; not "the 2024 election", a vote's period). */
const EVENT_AFTER_YEAR = /^\s+(?:[a-z]+\s+)?(?:census|strike|crisis|crash|war|pandemic|recession|earthquake|quake|tsunami|hurricane|attacks?|coup|revolution|uprising|riots|downturn|slump|bubble|blackout)\b/;

/**
 * A verb of what is to come before the mention, in its clause: "will", "would keep", "plans to", "is set to", a
 * headline's "to rise" ("UK energy price cap to rise 2% in October").
 */
const AHEAD_BEFORE = /\b(?:will|would|shall|plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to|(?:is|are|was|were)\s+(?:set|due|expected|scheduled|poised|going)\s+to|agreed\s+to|(?:^|[^\p{L}])to\s+(?:rise|fall|increase|decrease|climb|drop|jump|reach|hit|grow|shrink|double|go\s+(?:up|down)|take\s+effect|start|begin|open|launch))\b(?:[^,;.]|[,.](?=\d))*$/iu;

/** Is the mention `m` (of a pattern run over its sentence) in a clause about what is to come? */
function ahead(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 140), m.index);
  return AHEAD_BEFORE.test(before) || EXTENDED_UNTIL.test(before);
}

/** An extension's end ("extended the cuts until the end of March", in December): still to come, whatever the tense. */
const EXTENDED_UNTIL = /\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|renew(?:s|ed|ing)?|roll(?:s|ed|ing)?\s+over)\b[^,;.]*?\b(?:until|through|till|to)\s+(?:the\s+)?end\s+$/i;

// "37% below 1990 levels", "above 2019 levels": the year a level is measured against
// ("1.2% less than in the same period of 2025": the year of the period compared with)
// ("roughly half the 2023 total", "double its 2022 level", "three times the 2019 figure": a multiple of that year's)
const COMPARISON_BEFORE = /\b(?:compared\s+(?:with|to)|from|than(?:\s+in)?|against|versus|vs\.?|over|on|relative\s+to|below|above|leaves|left|tops|topped|beats|surpass(?:es|ed)|exceed(?:s|ed)|overtakes|overtook|eclips(?:es|ed)|half|twice|double|triple|treble|(?:a|one|two)\s+(?:third|quarter|fifth)s?\s+of|(?:two|three|four|five|ten)\s+times)\s+(?:the\s+|their\s+|its\s+)?(?:(?:(?:in|at|by)\s+)?the\s+same\s+(?:period|month|months|quarter|time|stretch|stage|point|date|week|weeks)\s+(?:(?:of|in)\s+)?)?$/i;

/** "'s 33 million", "'s record $3 billion", "'s harvest of 171.5": a possessive period that a number follows. */
const POSSESSIVE_OF_NUMBER = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:(?:of|at)\s+)?(?:(?:about|around|some|nearly|roughly)\s+)?(?:[$€£¥]|US\$|\d)/u;

/**
 * A comparison whose base is a level named by its noun and then its time: "than the initial budget for fiscal 2025",
 * "from the original forecast of 2024", "compared with the total for last year" (the time is the base's).
 */
const BASE_NOUN_BEFORE = /\b(?:from|than|compared\s+(?:with|to)|against|versus)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:budget|level|total|figure|amount|allocation|outlay|request|forecast|estimate|target|plan|reading|tally|count)\s+(?:for|in|of)\s+(?:the\s+)?$/iu;

/**
 * A speech or publishing verb right before a time phrase: the time is when the source spoke or published ("had
 * revenue of 40 billion euros last year, it said in March", "the agency announced on Monday", "its first estimate,
 * published in late October"), not the period of any number.
 */
/** After a week or a day, the publication it dates: "this week's annual accounts show", "Tuesday's figures" (when told, not what of). */
const PUBLICATION_AFTER = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:accounts|figures|numbers|statistics|report|results|data|statement|survey|filing|release|letter|update|announcement|publication)\b/iu;
const SAID_BEFORE = /\b(?:said|says|told\s+(?:\p{Lu}\p{L}*|reporters|journalists|parliament|lawmakers|investors)|announced|added|stated|wrote|published|released|issued|unveiled)\s+(?:\w+ly\s+)?$/iu;

/**
 * "Founded in 1962", "set up in 2019", "since its founding in 1998": when a body or a thing came to be, no period of
 * a number ("Founded in 1962, the firm employs 3,400 people" counts its staff today); so is the year records began
 * ("the most since records began in 1959": how rare the number is).
 */
const FOUNDED_BEFORE = /\b(?:founded|co-founded|established|set\s+up|incorporated|formed|born|built|(?:its|the\s+company['’]s|the\s+group['’]s)\s+(?:founding|creation|inception|foundation)|(?:records?|(?:national\s+)?counts?|data|statistics|series|surveys?|census(?:es)?)\s+(?:began|begin|started|start)|record-keeping\s+(?:began|started)|(?:records|data)\s+(?:dating|going)\s+back\s+to)\s+(?:back\s+)?(?:in\s+)?$/i;

/**
 * Before the time a war or a crisis broke out: "three years after war broke out between the army and the RSF in April
 * 2023", "the conflict, which erupted in 2020,", "Russia's invasion of Ukraine in February 2022". When the event began,
 * not the period of a number near it, nor of the sentences after it.
 */
const ONSET_BEFORE = /\b(?:(?:war|fighting|conflict|crisis|pandemic|hostilities|violence|clashes|uprising|insurgency|unrest)\b[^.;:]{0,24}?\b(?:broke\s+out|erupted|began|started|flared(?:\s+up)?)|invasion\s+of|(?:outbreak|start|beginning|onset)\s+of\s+(?:the\s+)?(?:war|fighting|conflict|crisis|pandemic|hostilities))\b[^.;:]{0,80}?\bin\s+$/i;

/**
 * Before the time a record was set or a peak reached: "short of the 15.1 million TEU record reached in 2021", "the record
 * set in 2019", "the population peaked in 2010".
 * The record's date, not the time the sentence is about (its number keeps it; the sentences after do not).
 */
const RECORD_SET_BEFORE = /\b(?:record(?:\s+(?:high|low|level|total|year))?\s+(?:(?:it\s+|that\s+was\s+|which\s+was\s+)?(?:reached|set|hit|achieved|posted|recorded|established))|peaked|topped\s+out|bottomed\s+out)\s+(?:back\s+)?in\s+$/i;

/** Before model years: "certain 2021-2024 …", "the 2025 …", "older 2019 …". */
const MODEL_YEARS_BEFORE = /\b(?:certain|some|all|the|its|their|older|newer|affected|recalled)\s+$/i;

/** Every period mention of the sentence, in order, non-overlapping. */
export function findPeriods(sentence: string, ctx: PeriodContext): PeriodMention[] {
  const taken: PeriodMention[] = [];
  // (a time a source spoke at is no mention, but keeps other patterns off its words)
  const said: { start: number; end: number }[] = [];
  const present = new Map<Need, boolean>();
  for (const [re, resolve, need] of PATTERNS) {
    let has = present.get(need);
    if (has === undefined) present.set(need, (has = NEEDS[need].test(sentence)));
    if (!has) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (taken.some((t) => t.start < end && start < t.end) || said.some((t) => t.start < end && start < t.end)) continue;
      const r = resolve(m, ctx);
      if (!r) continue;
      // "compared with 2023", "up 12% from 2022", "than in 2022": the base of a comparison, not the number's period
      // ... but "from January to November 2024" is a range whose "from" opens it
      const before = sentence.slice(Math.max(0, start - 30), start);
      // ("reported this week": when it was reported; "reported third-quarter revenue" is the revenue's quarter)
      // ("certain 2021-2024 Harlow Sedan models", "the 2025 Vela X": model years name goods, not a period)
      const modelYears = MODEL_YEARS_BEFORE.test(before) && /^\s+\p{Lu}/u.test(sentence.slice(end, end + 3)) && /^(?:19|20)\d\d/.test(m[0]);
      if (modelYears || SAID_BEFORE.test(before) || (/week|day$/i.test(m[0]) && PUBLICATION_AFTER.test(sentence.slice(end, end + 40))) || FOUNDED_BEFORE.test(before) || (/\breported\s+$/i.test(before) && /^(?:this|last)\s+week$/i.test(m[0]))) {
        said.push({ start, end });
        continue;
      }
      const opensRange = /\bfrom\s+$/i.test(before) && /\s(?:to|through|until)\s|[-–—]/i.test(m[0]);
      // ... and "over the year to October", "over the past 12 months" is a stretch of time, not a base ("a rise over 2023")
      // ("Over January-October, world output came to …": "over" opening its clause is a stretch too)
      const overStretch = /\bover\s+$/i.test(before) && (/^the\s/i.test(m[0]) || /(?:^|[,;:(—–]|\band)\s*over\s+$/i.test(sentence.slice(0, start)));
      // ("from last year's 33 million tons": a possessive before a number is that number's period; "from this year's
      // initial budget" is the base's)
      const possessiveOfNumber = POSSESSIVE_OF_NUMBER.test(sentence.slice(end, end + 30));
      // (nor is a time after the date line: "From April 2025 the hourly rate goes up", told in October 2024, is when it
      // starts)
      const startsLater = !!r.span && /^\d{4}-\d{2}/.test(r.span.from) && r.span.from > ym(ctx.year, ctx.month) && /\bfrom\s+$/i.test(before);
      const compared = (COMPARISON_BEFORE.test(before) || BASE_NOUN_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))) && !opensRange && !overStretch && !possessiveOfNumber && !startsLater;
      // (the time a war broke out or a record was set dates that event: see ONSET_BEFORE, RECORD_SET_BEFORE)
      const eventDate = (r.role === "point" || r.role === undefined) && (ONSET_BEFORE.test(sentence.slice(Math.max(0, start - 140), start)) || RECORD_SET_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)));
      const role = eventDate ? "date" : r.role === "point" || r.role === undefined ? (compared ? "base" : "point") : r.role;
      taken.push(r.back ? { start, end, span: r.span, role, back: r.back } : r.inYear ? { start, end, span: r.span, role, inYear: r.inYear } : { start, end, span: r.span, role });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The comparable key of a span. */
export function spanKey(span: Span): string {
  return span.from === span.to ? span.from : `${span.from}/${span.to}`;
}

/** The latest explicit year of a sentence's mentions (for bare months later on), or undefined. */
export function latestYear(mentions: readonly PeriodMention[]): number | undefined {
  let best: number | undefined;
  for (const m of mentions) {
    if (!m.span || m.role === "by" || m.role === "base") continue;
    const y = Number(m.span.to.slice(0, 4));
    if (Number.isFinite(y) && y > 1800 && (best === undefined || y > best)) best = y;
  }
  return best;
}
