/**
 * The period a figure refers to, as the words around it state it: "in 2025" → "2025", "By 2025" → "2025",
 * "since 2022" → "since 2022", "annually" / "a year", "for three consecutive years", "in the first half of 2026" →
 * "H1 2026", "in November 2026" → "2026-11", "this year", "since the start of the Ukraine conflict". The nearest
 * such expression to the figure wins; "" when there is none.
 */
import type { Tok } from "../text/words";
import * as monthsModule from "../text/months";
import * as lookupModule from "../text/lookup";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { monthNumber } = monthsModule;
const { lookupTable } = lookupModule;

const YEAR_PREPS = lookupTable<boolean>({
  in: true, by: true, during: true, for: true, throughout: true, through: true, until: true, of: true, since: true,
  last: true, this: true, fiscal: true, from: true, as: true, end: true, to: true,
});
const ORD = lookupTable<number>({ first: 1, second: 2, third: 3, fourth: 4 });
const CONSECUTIVE = lookupTable<boolean>({ consecutive: true, straight: true, successive: true, running: true });
const PER_WORDS = lookupTable<boolean>({ a: true, per: true, each: true, every: true });
const RATES = lookupTable<string>({ year: "annually", month: "monthly", day: "daily", week: "weekly", quarter: "quarterly" });
const ADVERBS = lookupTable<string>({
  annually: "annually", yearly: "annually", annual: "annually", daily: "daily", monthly: "monthly", weekly: "weekly",
  quarterly: "quarterly",
});
/** "a year earlier", "a month ago": a point in time, not a rate. */
const RELATIVE_AFTER = lookupTable<boolean>({ earlier: true, ago: true, before: true, later: true, after: true, prior: true, previously: true });
const RELATIVE_TEXT = /^[ \u00a0]+(?:earlier|ago|before|later|after|prior|previously)\b/i;
const RELATIVE = lookupTable<boolean>({ this: true, last: true, next: true, past: true });
const SPANS = lookupTable<boolean>({ year: true, month: true, week: true, quarter: true });

function isYear(t: Tok | undefined): boolean {
  if (!t || t.length !== 4) return false;
  const c0 = t.first;
  const c1 = t.text.charCodeAt(1);
  if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) return false;
  return /^\d{4}$/.test(t.text);
}

/** A period expression that ends at or contains token i of toks, or "" (with how many tokens it covers). */
/** Words that can end or start a period expression (everything else is skipped at once). */
const TRIGGERS = lookupTable<boolean>({
  annually: true, yearly: true, annual: true, daily: true, monthly: true, weekly: true, quarterly: true, year: true,
  month: true, day: true, week: true, quarter: true, annum: true, years: true, months: true, quarters: true, since: true,
});

/** First letters of the trigger words (a d m q s w y), by char code. */
const TRIGGER_FIRST: boolean[] = [];
for (const w of Object.keys(TRIGGERS)) TRIGGER_FIRST[w.charCodeAt(0)] = true;

/** The trigger words by length and first letter, to compare against the source's characters directly. */
const TRIGGERS_BY_SHAPE: string[][] = [];
for (const w of Object.keys(TRIGGERS)) (TRIGGERS_BY_SHAPE[w.length * 128 + w.charCodeAt(0)] ??= []).push(w);

/**
 * Is the token one of the trigger words (case-insensitive)? Compares char codes, so that the many tokens that are
 * not triggers are rejected without building their lower-case text; anything non-ASCII goes through t.lower.
 */
function isTrigger(t: Tok, c0: number, len: number): boolean {
  const words = TRIGGERS_BY_SHAPE[len * 128 + c0];
  if (words === undefined) return false;
  const src = t.src;
  const start = t.start;
  for (let i = start; i < start + len; i++) if (src.charCodeAt(i) > 127) return TRIGGERS[t.lower] === true;
  for (const w of words) {
    let k = 1;
    for (; k < len; k++) {
      const c = src.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) break;
    }
    if (k === len) return true;
  }
  return false;
}

const CAPITAL_FIRST = /^[A-Z]/;
const SINCE_EVENT = /^(?:start|beginning|outbreak|launch|end)$/;

function periodAt(toks: Tok[], i: number): string {
  const t = toks[i];
  if (t.punct) return "";
  const c0 = t.first | 32;
  const len = t.length;
  if (c0 === 49 || c0 === 50) {
    if (len !== 4) return "";
  } else if (len < 3 || len > 9 || !TRIGGER_FIRST[c0] || !isTrigger(t, c0, len)) return "";
  const lower = t.lower;
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  if (isYear(t)) {
    if (!prev) return "";
    // "the first half of 2026"
    if (prev.lower === "of" && prev2 && (prev2.lower === "half" || prev2.lower === "quarter")) {
      const o = toks[i - 3] ? ORD[toks[i - 3].lower] : undefined;
      if (o) return prev2.lower === "half" ? `H${o} ${t.text}` : `Q${o} ${t.text}`;
    }
    // "in November 2026"
    const month = monthNumber(prev.text);
    if (month && CAPITAL_FIRST.test(prev.text)) {
      if (prev2 && YEAR_PREPS[prev2.lower]) return `${t.text}-${String(month).padStart(2, "0")}`;
      return "";
    }
    if (prev.lower === "since") return `since ${t.text}`;
    if (YEAR_PREPS[prev.lower] && prev.lower !== "to" && prev.lower !== "from") {
      const next = toks[i + 1];
      if (next && (next.text === "-" || next.text === "–" || next.lower === "to") && isYear(toks[i + 2])) return `${t.text}–${toks[i + 2].text}`;
      return t.text;
    }
    return "";
  }
  const adv = ADVERBS[lower];
  if (adv) return adv;
  const rate = RATES[lower];
  if (rate && prev && PER_WORDS[prev.lower]) {
    const next = toks[i + 1];
    const relative = next ? RELATIVE_AFTER[next.lower] : RELATIVE_TEXT.test(t.src.slice(t.end, t.end + 14));
    if (!relative) return rate;
  }
  if (lower === "annum" && prev && prev.lower === "per") return "annually";
  if (SPANS[lower] && prev && RELATIVE[prev.lower]) return `${prev.lower} ${lower}`;
  // "for three consecutive years"
  if ((lower === "years" || lower === "months" || lower === "quarters") && prev && CONSECUTIVE[prev.lower] && prev2) {
    return `for ${prev2.lower} consecutive ${lower}`;
  }
  // "since the start of the Ukraine conflict": the words after "of" are read from the source, up to punctuation
  if (lower === "since" && toks[i + 1] && toks[i + 1].lower === "the" && toks[i + 2] && SINCE_EVENT.test(toks[i + 2].lower) && toks[i + 3] && toks[i + 3].lower === "of") {
    const rest = SINCE_TAIL.exec(t.src.slice(toks[i + 3].end, toks[i + 3].end + 80));
    if (rest) return `since the ${toks[i + 2].lower} of ${rest[1]}`;
  }
  return "";
}

const SINCE_TAIL = /^[ \u00a0]+((?:the[ \u00a0]+)?[\p{L}\p{N}’'-]+(?:[ \u00a0]+[\p{L}\p{N}’'-]+){0,4}?)(?=[ \u00a0]*(?:[,.;:()]|$| (?:and|when|as|which|that|with|while)\b))/u;

/** Period words are looked for this many tokens after the figure (a "since the start of ..." there may read further). */
const AFTER_REACH = 8;

/** The nearest period expression before or after the figure. */
export function detectPeriod(before: Tok[], after: Tok[]): string {
  const n = before.length;
  const m = Math.min(after.length, AFTER_REACH);
  for (let d = 0; d < Math.max(n, m); d++) {
    if (d < n) {
      const p = periodAt(before, n - 1 - d);
      if (p) return p;
    }
    if (d < m) {
      const p = periodAt(after, d);
      if (p) return p;
    }
  }
  return "";
}
