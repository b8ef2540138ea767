/**
 * extractClaims(source): every numeric claim in the source's text, in order, with unit, qualifier, period,
 * subject, attribution and sentence. One linear pass over candidate positions; sentence bounds are computed once.
 */
import { crudeBenchmarkPrice } from "./benchmarkUnit";
import { inheritPrice, inheritUnit } from "./ellipticalUnit";
import { pricedBySubject, unitSubjectOf, type UnitSubject } from "./unitPriceSubject";
import type { Claim, Source } from "../types";
import * as claimIdModule from "./claimId";
import type { HashState } from "../hash";
import * as sentencesModule from "../text/sentences";
import * as wordsModule from "../text/words";
import type { TokenArena as Arena } from "../text/words";
import * as quantityModule from "./quantity";
import * as currencyModule from "./currency";
import * as fractionsModule from "../text/fractions";
import type { Quantity } from "./quantity";
import * as qualifierModule from "./qualifier";
import * as periodModule from "./period";
import * as subjectModule from "./subject";
import * as attributionModule from "./attribution";
import type { AttributionMark } from "./attribution";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { claimId, sourceIdState } = claimIdModule;
const { sentenceAround } = sentencesModule;
const { tokensBefore, tokensAfter, TokenArena } = wordsModule;
const { parseQuantity } = quantityModule;
const { CURRENCY_SIGNS } = currencyModule;
const { VULGAR_FRACTION_CHARS } = fractionsModule;
const { detectQualifier } = qualifierModule;
const { detectPeriod } = periodModule;
const { detectSubject, locationAfter, ANAPHORA } = subjectModule;
const { findAttributions, chooseAttribution } = attributionModule;

const NUMBER_WORDS = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
  "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens",
  "twice", "thrice", "half", "quarter", "hundreds", "thousands", "millions", "billions", "tens", "doubled", "tripled",
  "trebled", "quadrupled", "halved",
  "twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold", "ninefold", "tenfold",
  "twelvefold", "twentyfold", "hundredfold", "thousandfold",
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
  "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
  "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth",
];

/** Alternation grouped by first letter (lower or upper case): much faster than one flat case-insensitive list. */
function byFirstLetter(words: string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const list = groups.get(w[0]) ?? [];
    list.push(w.slice(1));
    groups.set(w[0], list);
  }
  const parts: string[] = [];
  for (const [first, rests] of groups) {
    rests.sort((x, y) => y.length - x.length);
    parts.push(`[${first}${first.toUpperCase()}](?:${rests.join("|")})`);
  }
  return `(?:${parts.join("|")})`;
}

/**
 * Candidate starts: a digit, a currency symbol, or a number word in lower or Title case (an ISO code before digits,
 * "USD 5 billion", is found from the digits). Precompiled once; no case-insensitive flag, which keeps it fast.
 */
const CANDIDATE = new RegExp(
  `[\\d${CURRENCY_SIGNS.replace("$", "\\$")}${VULGAR_FRACTION_CHARS}]|\\b${byFirstLetter(NUMBER_WORDS)}\\b`,
  "gu",
);

interface SubjectContext {
  /** The most recent non-empty subject per unit, for "raise this to 44 bcm". */
  lastByUnit: Map<string, string>;
}

const TRAILING_PLACE = / in (?:the )?\p{Lu}[\p{L}\p{M}. -]*$/u;
const COMPARISON_BETWEEN = /\b(?:compared[ \u00a0]+(?:to|with)|versus|vs\.?|against|than|while|whereas|and|times)\b/i;

/**
 * Anaphora ("this") takes the last subject in the same unit; a figure compared with a previous one in the same
 * sentence ("€4.23 in China, compared to €11.43 in the EU") takes that figure's subject with its own place.
 */
function resolveSubject(
  subject: string, unit: string, text: string, end: number, claims: Claim[], sentenceStart: number,
  context: SubjectContext,
): string {
  let out = subject;
  if (out === ANAPHORA) out = context.lastByUnit.get(unit) ?? "";
  if (!out && unit !== "ordinal") {
    // the closest earlier figure of the same unit in the same sentence
    for (let k = claims.length - 1; k >= 0 && claims[k].sentenceStart === sentenceStart; k--) {
      const previous = claims[k];
      if (previous.unit !== unit) continue;
      if (!previous.subject) break;
      const between = text.slice(previous.end, Math.max(previous.end, end - 1));
      if (between.length < 200 && COMPARISON_BETWEEN.test(between)) {
        const place = locationAfter(text.slice(end, Math.min(text.length, end + 120)));
        const base = previous.subject.replace(TRAILING_PLACE, "");
        out = place ? `${base} in ${place}` : base;
      }
      break;
    }
  }
  if (out) context.lastByUnit.set(unit, out);
  return out;
}

interface Sentence {
  start: number;
  end: number;
  text: string;
  attributions?: AttributionMark[];
  /** The period stated at the very start of the sentence ("In 2025, ..."), computed when first needed. */
  leadPeriod?: string;
  /** The first named source of the previous sentence, for "He said" in this one. */
  previousFirst?: string;
  /** The unit its prices are told of ("A litre of diesel …"), computed when first needed; null when none. */
  unitSubject?: UnitSubject | null;
}

/** A sentence may tell a price of one unit only where one of these words is in it (see unitPriceSubject.ts). */
const UNIT_WORD_NEED = /\b(?:price|cost|A|An|One)\s/;

const LEAD_PERIOD = /^(?:In|By|During|Since|Through|Throughout|As of|For|Until)[ \u00a0]+(?:(?:the[ \u00a0]+)?(first|second)[ \u00a0]+half[ \u00a0]+of[ \u00a0]+)?((?:19|20)\d\d)\b(?![-\u2013/]\d)/;

/** "In 2025, ..." → "2025"; "Since 2022 ..." → "since 2022"; "In the first half of 2026" → "H1 2026". */
function leadingPeriod(sentence: string): string {
  const m = LEAD_PERIOD.exec(sentence);
  if (!m) return "";
  if (m[1]) return `H${m[1].toLowerCase() === "first" ? 1 : 2} ${m[2]}`;
  return /^Since/.test(m[0]) ? `since ${m[2]}` : m[2];
}

const BEFORE_TOKENS = 10;
const AFTER_TOKENS = 8;

export function extractClaims(source: Source): Claim[] {
  const text = typeof source.text === "string" ? source.text : "";
  const claims: Claim[] = [];
  if (!text) return claims;
  const context: SubjectContext = { lastByUnit: new Map() };
  const idPrefix = sourceIdState(String(source.id));
  const arena = new TokenArena();
  let sentence: Sentence | null = null;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  let lastPrice: Quantity | null = null;
  // the sentence's previous quantity, whose unit an amount told without one may take (see ellipticalUnit.ts)
  let lastAmount: Quantity | null = null;
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
    if (!sentence || q.start >= sentence.end || q.start < sentence.start) {
      const b = sentenceAround(text, q.start);
      sentence = { start: b.start, end: b.end, text: text.slice(b.start, b.end) };
      lastPrice = null;
      lastAmount = null;
    }
    const inherited: Quantity = lastPrice ? inheritPrice(text, q, lastPrice) : q;
    const unitTold: Quantity = inherited === q && lastAmount ? inheritUnit(text, q, lastAmount) : inherited;
    const benchmarked: Quantity = unitTold === q ? crudeBenchmarkPrice(text, q, sentence.start) : unitTold;
    // ("A litre of diesel now averages 141.3p": per litre)
    if (sentence.unitSubject === undefined) sentence.unitSubject = UNIT_WORD_NEED.test(sentence.text) ? unitSubjectOf(sentence.text) : null;
    const priced: Quantity = benchmarked === q && sentence.unitSubject ? pricedBySubject(text, q, sentence.unitSubject, sentence.start) : benchmarked;
    if (priced.perDivisor !== undefined) lastPrice = priced;
    lastAmount = priced;
    claims.push(buildClaim(source, text, priced, sentence, context, claims, idPrefix, arena));
  }
  return claims;
}

function attributionFor(text: string, s: Sentence, relStart: number, relEnd: number): string {
  if (!s.attributions) s.attributions = findAttributions(s.text);
  const a = chooseAttribution(s.attributions, relStart, relEnd);
  if (a && a.name) return a.name;
  if (a && !a.name && s.start > 0) {
    // "He said ...": the first named source of the previous sentence
    if (s.previousFirst === undefined) {
      let p = s.start - 1;
      while (p > 0 && /\s/.test(text[p])) p--;
      const b = sentenceAround(text, p);
      const prevText = b.end <= s.start ? text.slice(b.start, b.end) : "";
      const marks = prevText ? findAttributions(prevText) : [];
      s.previousFirst = marks.find((x) => x.name)?.name ?? "";
    }
    return s.previousFirst;
  }
  return "";
}

function buildClaim(
  source: Source,
  text: string,
  q: Quantity,
  s: Sentence,
  context: SubjectContext,
  previous: Claim[],
  idPrefix: HashState,
  arena: Arena,
): Claim {
  const surface = text.slice(q.start, q.end);
  const inSentence = q.start >= s.start && q.end <= s.end;
  const sStart = inSentence ? s.start : q.start;
  const sEnd = inSentence ? s.end : q.end;
  arena.reset();
  const before = tokensBefore(text, q.start, sStart, BEFORE_TOKENS, arena);
  const after = tokensAfter(text, q.end, sEnd, AFTER_TOKENS, arena);
  const glued = text.charCodeAt(q.end) === 43 ? "+" : text.startsWith("-plus", q.end) ? "-plus" : "";
  const qualifier = q.qualifier ?? detectQualifier(before, after, glued);
  let period = "";
  let subject = "";
  let attribution = "";
  if (inSentence) {
    period = detectPeriod(before, after);
    // a period that opens the sentence ("In 2025, ...") covers all of it
    if (!period) {
      if (s.leadPeriod === undefined) s.leadPeriod = leadingPeriod(s.text);
      period = s.leadPeriod;
    }
    // a period stated once for the sentence ("X stood at A in 2025, compared to B") covers its other figures
    if (!period) {
      for (let k = previous.length - 1; k >= 0 && previous[k].sentenceStart === s.start; k--) {
        if (previous[k].period) {
          period = previous[k].period;
          break;
        }
      }
    }
    subject = detectSubject({
      text, before, after, beforeFromSentenceStart: before.length > 0 && before[0].start === s.start,
      start: q.start, end: q.end, limit: s.end, unit: q.unit, nounStart: q.nounStart, nounEnd: q.nounEnd,
    });
    subject = resolveSubject(subject, q.unit, text, q.end, previous, s.start, context);
    attribution = attributionFor(text, s, q.start - s.start, q.end - s.start);
  }
  const claim: Claim = {
    id: claimId(idPrefix, text, q.start, q.end),
    sourceId: source.id,
    start: q.start,
    end: q.end,
    surface,
    value: tidyNumber(q.value),
    unit: q.unit,
    qualifier,
    period,
    subject,
    attribution,
    sentence: inSentence ? s.text : surface,
    sentenceStart: inSentence ? s.start : q.start,
  };
  // a range, or a vague quantity with the span it allows ("dozens of": approx 24, low 24, high 120)
  if (q.qualifier === "range" || (q.low !== undefined && q.high !== undefined)) {
    claim.low = tidyNumber(q.low ?? q.value);
    claim.high = tidyNumber(q.high ?? q.value);
  }
  return claim;
}

/** Drop binary floating-point noise from scaled values (8.2 × 1e12, 4.23 / 100) without losing real precision. */
function tidyNumber(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  const r = Number(v.toPrecision(12));
  return Number.isFinite(r) ? r : v;
}
