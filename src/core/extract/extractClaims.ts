/**
 * extractClaims(source): every numeric claim in the source's text, in order, with unit, qualifier, period,
 * subject, attribution and sentence. One linear pass over candidate positions; sentence bounds are computed once.
 */
import type { Claim, Source } from "../types";
import { stableHash } from "../hash";
import { splitSentences } from "../text/sentences";
import { parseQuantity, type Quantity } from "./quantity";
import { detectQualifier } from "./qualifier";
import { findPeriods, choosePeriod } from "./period";
import { detectSubject } from "./subject";
import { findAttributions, chooseAttribution, type AttributionMark } from "./attribution";

const NUMBER_WORDS = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
  "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozens?",
  "twice", "thrice", "half", "hundreds", "thousands", "millions", "billions", "tens", "doubled", "tripled",
  "trebled", "quadrupled", "halved",
  "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
  "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
  "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "first",
  "(?:second|minute|hour|day|week|month|year|decade)(?=[ \\u00a0-]and[ \\u00a0-]a[ \\u00a0-]half)",
];

/** Candidate starts: a digit, a currency symbol, a currency code before digits, or a number word. */
const CANDIDATE = new RegExp(
  `\\d|[$€£¥₽₹₩₺]|\\b(?:USD|EUR|GBP|JPY|CNY|RMB|RUB|INR|CHF)(?=[ \\u00a0]?\\d)|\\b(?:${NUMBER_WORDS.join("|")})\\b`,
  "gi",
);

interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  text: string;
  periods?: ReturnType<typeof findPeriods>;
  attributions?: AttributionMark[];
}

export function extractClaims(source: Source): Claim[] {
  const text = typeof source.text === "string" ? source.text : "";
  const claims: Claim[] = [];
  if (!text) return claims;
  const bounds = splitSentences(text);
  let si = 0;
  let current: SentenceInfo | null = null;
  const sentenceAt = (pos: number): SentenceInfo => {
    while (si < bounds.starts.length - 1 && bounds.ends[si] <= pos) si++;
    if (!current || current.index !== si) {
      const start = bounds.starts[si] ?? 0;
      const end = bounds.ends[si] ?? text.length;
      current = { index: si, start, end, text: text.slice(start, end) };
    }
    return current;
  };
  const attributionCache = new Map<number, string>();
  const attributionOf = (s: SentenceInfo, relStart: number, relEnd: number): string => {
    if (!s.attributions) s.attributions = findAttributions(s.text);
    const a = chooseAttribution(s.attributions, relStart, relEnd);
    if (a && a.name) return a.name;
    if (a && !a.name && s.index > 0) return sentenceAttribution(s.index - 1);
    return "";
  };
  const sentenceAttribution = (index: number): string => {
    const cached = attributionCache.get(index);
    if (cached !== undefined) return cached;
    const st = bounds.starts[index];
    const en = bounds.ends[index];
    const marks = findAttributions(text.slice(st, en));
    const name = marks.find((m) => m.name)?.name ?? "";
    attributionCache.set(index, name);
    return name;
  };

  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const idx = m.index;
    if (idx < lastEnd) {
      CANDIDATE.lastIndex = lastEnd;
      continue;
    }
    let outcome: Quantity | number;
    try {
      outcome = parseQuantity(text, idx);
    } catch {
      outcome = idx + 1;
    }
    if (typeof outcome === "number") {
      CANDIDATE.lastIndex = Math.max(outcome, idx + 1);
      continue;
    }
    const q = outcome;
    if (!(q.end > q.start) || q.start < lastEnd || !Number.isFinite(q.value) || q.end > text.length) {
      CANDIDATE.lastIndex = Math.max(q.end, idx + 1);
      continue;
    }
    lastEnd = q.end;
    CANDIDATE.lastIndex = q.end;
    claims.push(buildClaim(source, text, q, sentenceAt(q.start), attributionOf));
  }
  return claims;
}

function buildClaim(
  source: Source,
  text: string,
  q: Quantity,
  s: SentenceInfo,
  attributionOf: (s: SentenceInfo, relStart: number, relEnd: number) => string,
): Claim {
  const surface = text.slice(q.start, q.end);
  const inSentence = q.start >= s.start && q.end <= s.end;
  const relStart = q.start - s.start;
  const relEnd = q.end - s.start;
  const qualifier = q.qualifier ?? detectQualifier(text, q.start, q.end, inSentence ? s.start : q.start);
  let period = "";
  let subject = "";
  let attribution = "";
  if (inSentence) {
    if (!s.periods) s.periods = findPeriods(s.text);
    period = choosePeriod(s.periods, relStart, relEnd);
    subject = detectSubject({
      sentence: s.text, start: relStart, end: relEnd, unit: q.unit,
      nounStart: q.nounStart !== undefined ? q.nounStart - s.start : undefined,
      nounEnd: q.nounEnd !== undefined ? q.nounEnd - s.start : undefined,
    });
    attribution = attributionOf(s, relStart, relEnd);
  }
  const claim: Claim = {
    id: "c-" + stableHash(`${source.id}:${q.start}:${q.end}:${surface}`),
    sourceId: source.id,
    start: q.start,
    end: q.end,
    surface,
    value: q.value,
    unit: q.unit,
    qualifier,
    period,
    subject,
    attribution,
    sentence: inSentence ? s.text : surface,
    sentenceStart: inSentence ? s.start : q.start,
  };
  if (q.qualifier === "range") {
    claim.low = q.low;
    claim.high = q.high;
  }
  return claim;
}
