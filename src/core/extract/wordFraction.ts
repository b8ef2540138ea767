/**
 * Fractions written in words: "half", "a quarter", "one third", "three-quarters", "two thirds", "a fifth". What
 * follows decides what they state:
 *   - a scale word: an amount ("a quarter million dollars" 250,000 USD, "three-quarters of a billion" 7.5e8);
 *   - "of": a share, in percent ("two-thirds of voters" 66.7 %, "half of the staff" 50 %);
 *   - anything else: nothing.
 * Periods are not shares: "the first half of 2025", "the second quarter of the year", "a quarter of an hour".
 */
import * as chars from "../text/chars";
import * as lookupModule from "../text/lookup";
import * as numberWordsModule from "../text/numberWords";
import * as monthsModule from "../text/months";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { isAsciiLetter, isDigit, isHyphen, isInlineSpace, lowerSlice } = chars;
const { lookupTable } = lookupModule;
const { wordEnd, UNITS } = numberWordsModule;
const { monthFollows } = monthsModule;

/** Denominator words, singular and plural. */
const DENOMINATORS = lookupTable<number>({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

export interface WordFraction {
  start: number;
  /** End of the denominator word. */
  end: number;
  /** The fraction, between 0 and 1. */
  value: number;
}

/** "a", "an", "one" (or nothing, for "half") right before the denominator at idx: where the fraction starts. */
const ONE_BEFORE = /(?:^|[^\p{L}])(an?|one)[ \u00a0-]+$/iu;

/**
 * The fraction whose first word spans [idx, we) (lower case: `lower`): a numerator ("two" of "two-thirds") or a
 * denominator after "a"/"one" ("a quarter") or "half" on its own. Null when there is none.
 */
export function wordFractionAt(text: string, idx: number, we: number, lower: string): WordFraction | null {
  const numerator = UNITS[lower];
  if (numerator !== undefined && numerator >= 1 && numerator <= 10) {
    // "two-thirds", "three quarters"
    const c = text.charCodeAt(we);
    if (!(isHyphen(c) || isInlineSpace(c))) return null;
    const ds = we + 1;
    const de = wordEnd(text, ds);
    const d = DENOMINATORS[lowerSlice(text, ds, de)];
    if (d === undefined || numerator >= d || (numerator > 1 && !lowerSlice(text, de - 1, de).startsWith("s"))) return null;
    return { start: idx, end: de, value: numerator / d };
  }
  const d = DENOMINATORS[lower];
  if (d === undefined || lower.endsWith("s")) return null;
  const back = text.slice(Math.max(0, idx - 6), idx);
  const one = ONE_BEFORE.exec(back);
  if (one) return { start: idx - one[0].length + (one[0].length - one[0].replace(/^[^\p{L}]/u, "").length), end: we, value: 1 / d };
  if (d === 2) return { start: idx, end: we, value: 0.5 };
  return null;
}

/** An ordinal or a "which" word right before the fraction makes it a period: "the first half", "the last quarter". */
const PERIOD_BEFORE = /(?:^|[^\p{L}])(?:first|second|third|fourth|last|final|next|previous|past|latter|former|back|front|opening|closing|same|current|coming|fiscal|calendar)[ \u00a0-]+$/iu;
const OF = /[ \u00a0]+of[ \u00a0]+/iy;
const TIME_AFTER_OF = /(?:(?:the|this|that|next|last|an?)[ \u00a0]+)?(?:year|month|week|day|decade|century|season|game|match|hour|minute|second|period|session|term|quarter|half|fiscal|financial|calendar|century|way|time)\b/iy;

/** "the first half", "third-quarter": an ordinal before the fraction word makes it a period. */
export function periodWordBefore(text: string, start: number): boolean {
  return PERIOD_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** Does "of" follow the fraction, opening a share ("two-thirds of voters", not "half of 2025")? Returns the end of "of". */
export function shareOfAfter(text: string, fraction: WordFraction): number {
  if (periodWordBefore(text, fraction.start)) return -1;
  OF.lastIndex = fraction.end;
  if (!OF.test(text)) return -1;
  const p = OF.lastIndex;
  if (isDigit(text.charCodeAt(p)) || monthFollows(text, p)) return -1;
  TIME_AFTER_OF.lastIndex = p;
  if (TIME_AFTER_OF.test(text)) return -1;
  if (!isAsciiLetter(text.charCodeAt(p)) && !isDigit(text.charCodeAt(p))) return -1;
  return fraction.end;
}

/** A change verb before the fraction: "fell by over a third", "cut by a quarter", "rose by half", "down a fifth". */
const CHANGE_BEFORE_FRACTION = /\b(?:rose|risen|rise|fell|fallen|fall|dropped|drop|declined|decline|grew|grown|grow|increased|increase|decreased|decrease|jumped|slumped|plunged|shrank|shrunk|cut|cuts|reduced|reduce|slashed|lowered|raised|climbed|surged|tumbled|down|up)\s+(?:(?:[\p{L}’'-]+\s+){0,4}?by\s+)?(?:(?:over|more\s+than|nearly|almost|about|around|roughly|some|just\s+over|just\s+under|less\s+than|close\s+to)\s+)?$/iu;

/** Does a change verb come right before the fraction ("fell by over a third")? Then it is a change, in percent. */
export function changeBeforeFraction(text: string, fraction: WordFraction): boolean {
  if (periodWordBefore(text, fraction.start)) return false;
  return CHANGE_BEFORE_FRACTION.test(text.slice(Math.max(0, fraction.start - 40), fraction.start));
}

/** A scale after the fraction: "a quarter million", "half a billion", "three-quarters of a billion" ([scale, end]). */
const SCALE_AFTER_FRACTION = /(?:[ \u00a0]+|-)(?:of[ \u00a0]+)?(?:an?[ \u00a0]+)?(million|billion|trillion|thousand|dozen)(?![\p{L}])/iuy;
const SCALE_WORDS = lookupTable<number>({ million: 1e6, billion: 1e9, trillion: 1e12, thousand: 1e3, dozen: 12 });

export function scaleAfterFraction(text: string, fraction: WordFraction): { scale: number; end: number } | null {
  SCALE_AFTER_FRACTION.lastIndex = fraction.end;
  const m = SCALE_AFTER_FRACTION.exec(text);
  if (!m) return null;
  return { scale: SCALE_WORDS[m[1].toLowerCase()], end: SCALE_AFTER_FRACTION.lastIndex };
}
