/**
 * Reads one quantity at a candidate position: the number (digits, words, ordinals, "twice", "a dozen"), its scale
 * ("billion", "bn", "mln"), its currency, its unit or price ("per 100 kWh"), compound durations ("1 hour and 25
 * minutes", "hour-and-a-half") and ranges ("$3 billion to $5 billion", "3-5%"). Returns the quantity, or the
 * position to resume scanning from when the candidate is not a claim.
 */
import type { Qualifier } from "../types";
import * as chars from "../text/chars";
import * as parseNumberModule from "../text/parseNumber";
import * as numberWordsModule from "../text/numberWords";
import * as ordinalsModule from "../text/ordinals";
import * as lookupModule from "../text/lookup";
import * as unitsModule from "./units";
import type { UnitMatch } from "./units";
import * as currencyModule from "./currency";
import * as exclusionsModule from "./exclusions";
import * as ordinalRulesModule from "./ordinalRules";
import * as countNounModule from "./countNoun";
import * as textFactsModule from "./textFacts";
import * as boundPairModule from "./boundPair";
import * as wordFractionModule from "./wordFraction";
import * as compoundMeasureModule from "./compoundMeasure";
import * as physicalUnitsModule from "./physicalUnits";
import * as fractionsModule from "../text/fractions";
import * as monthsModule from "../text/months";
import * as bracketedUnitModule from "./bracketedUnit";
import * as inchMarkModule from "./inchMark";
import * as rangeIntroModule from "./rangeIntro";
import * as currencyNameBeforeModule from "./currencyNameBefore";
import type { NameBefore } from "./currencyNameBefore";
import { scanPlaces } from "../frame/places";
import { gluedPenceAt } from "./gluedPence";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { parseNumeral } = parseNumberModule;
const { parseNumberWords, wordEnd, SCALES, UNITS: UNITS_WORDS } = numberWordsModule;
const { ordinalWordValue, ordinalSuffixAt } = ordinalsModule;
const { lookupTable } = lookupModule;
const { monthFollows } = monthsModule;
const { matchUnit, matchPer, DURATION_SECONDS } = unitsModule;
type PerMatch = unitsModule.PerMatch;
const { currencyAt, currencySignAt } = currencyModule;
const { tokenAround, isLinkToken, isGluedToName, isNamedNumber, galleryEnd, isPageFurniture, isDocumentPartLabel, isListNumber, isDatePart, isYearLike, isTimeOfDay, phoneEnd, isFootnote, isPeriodLabel, isMargin } = exclusionsModule;
const { acceptOrdinal } = ordinalRulesModule;
const { countNounAfter } = countNounModule;
const { writesMillionTonnes, writesInMillions } = textFactsModule;
const { boundPair } = boundPairModule;
const { wordFractionAt, scaleAfterFraction, shareOfAfter, changeBeforeFraction, periodWordBefore } = wordFractionModule;
const { smallerPartAfter } = compoundMeasureModule;
const { MASS_TONNES } = physicalUnitsModule;
const { vulgarFractionAt, slashFractionAt } = fractionsModule;
const { bracketedUnitAt } = bracketedUnitModule;
const { isInchMark, feetInchesAfter, INCH_METRES } = inchMarkModule;
const { rangeIntroBefore, minusBefore } = rangeIntroModule;
const { currencyNameBefore } = currencyNameBeforeModule;
const { isDigit, isInlineSpace, isAsciiLetter, isHyphen, isUpper, isLetter, lowerWord, lowerSlice } = chars;

export interface Quantity {
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier?: Qualifier;
  low?: number;
  high?: number;
  /** Where the counted noun phrase is, for counts ("56,000 Chinese students"). */
  nounStart?: number;
  nounEnd?: number;
  /** For a price: how many per-units the stated amount was for ("€4.23 per 100 kWh": 100). */
  perDivisor?: number;
}

/** A parsed number before unit resolution. */
interface Core {
  start: number;
  /** End of the number (and scale). */
  end: number;
  value: number;
  currency: string;
  /** Was a scale word applied ("billion")? */
  scaled: boolean;
  spelled: boolean;
  plainDigits: boolean;
  digitCount: number;
  approx: boolean;
}

const SCALE_AFTER = /(?:[ \u00a0\u2009\u202f]*|-)(trillion|billion|million|thousand|hundred|bn|bln|mn|mln|tn|trn|crore|lakh)(?![\p{L}\p{N}])/iuy;
const SCALE_ATTACHED = /(bn|bln|mn|mln|m|b|k|tn|trn)(?![\p{L}\p{N}])/iuy;
const SCALE_VALUES = lookupTable<number>({
  trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3, hundred: 100, bn: 1e9, bln: 1e9, mn: 1e6, mln: 1e6,
  tn: 1e12, trn: 1e12, m: 1e6, b: 1e9, k: 1e3, crore: 1e7, lakh: 1e5,
});

const DETERMINERS = lookupTable<boolean>({
  the: true, these: true, those: true, its: true, their: true, our: true, his: true, her: true, both: true, all: true,
  each: true, every: true, any: true, my: true, your: true, whose: true, of: true, which: true, what: true,
});

/** "the two leaders", "its three units", "Russia's two largest banks": a determiner (or possessive) right before. */
function determinerBefore(text: string, idx: number): boolean {
  let e = idx;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0xa0)) e--;
  if (e === idx) return false;
  let s = e;
  while (s > 0 && s > e - 8 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  if (s === e) return false;
  if (s > 0 && isLetter(text.charCodeAt(s - 1))) return false; // a long word
  // a possessive: "Russia's", "Russia’s"
  if (s > 1 && text.charCodeAt(s) === 115 && e - s === 1) {
    const q = text.charCodeAt(s - 1);
    if (q === 39 || q === 0x2019) return true;
  }
  return DETERMINERS[lowerSlice(text, s, e)] === true;
}
/**
 * After a determiner a spelled number still states a figure when a unit follows ("the six-mile trip", "its
 * three-ton satellites") or when it counts three or more of something ("the seven terminals in operation"); "the two
 * leaders", "its two units" point back at what the text already named.
 */
function countsAfterDeterminer(text: string, value: number, end: number): boolean {
  const [gap, at] = gapAfter(text, end);
  const unit = gap ? matchUnit(text, at, gap) : null;
  if (unit && unit.kind !== "frequency" && unit.kind !== "multiplier") return true;
  return value >= 3 && countNounAfter(text, end) !== null;
}
const OF_AFTER = /[ \u00a0]+of\b/iy;
const PLURAL_OF_AFTER = /[ \u00a0]+of[ \u00a0]+/iy;

/** Spaces, or a hyphen, between a number and what follows; returns [gap kind, position after the gap]. */
function gapAfter(text: string, pos: number): ["" | " " | "-", number] {
  const c = text.charCodeAt(pos);
  if (isHyphen(c)) return ["-", pos + 1];
  if (isInlineSpace(c)) {
    let p = pos + 1;
    while (p < text.length && isInlineSpace(text.charCodeAt(p))) p++;
    return [" ", p];
  }
  return ["", pos];
}

function lookback(text: string, pos: number, len: number): string {
  return text.slice(Math.max(0, pos - len), pos);
}

/** Parse the bare number (digits or words) at pos, with its scale. Returns null when none. */
function parseCore(text: string, pos: number, currency: string, start: number, words?: { value: number; end: number }): Core | null {
  const c = text.charCodeAt(pos);
  let value: number;
  let end: number;
  let spelled = false;
  let plainDigits = false;
  let digitCount = 0;
  if (isDigit(c)) {
    const n = parseNumeral(text, pos);
    if (!n) return null;
    value = n.value;
    end = n.end;
    plainDigits = n.plainDigits;
    digitCount = n.end - n.start;
    // a whole number and a fraction: "2½", "10 1/2"
    if (n.plainDigits) {
      const glued = vulgarFractionAt(text, end);
      const mixed = glued === undefined && text.charCodeAt(end) === 32 && isDigit(text.charCodeAt(end + 1)) ? slashFractionAt(text, end + 1) : null;
      if (glued !== undefined || mixed) {
        value += glued ?? (mixed as { value: number }).value;
        end = mixed ? mixed.end : end + 1;
        plainDigits = false;
      }
    }
  } else if (isAsciiLetter(c)) {
    const w = words ?? parseNumberWords(text, pos);
    if (!w) return null;
    value = w.value;
    end = w.end;
    spelled = true;
  } else return null;
  let scaled = false;
  // cheap gate: a scale word starts with one of these letters, right after the number or after spaces / a hyphen
  const next = scaleLetterAfter(text, end);
  if (next === 0) return { start, end, value, currency, scaled, spelled, plainDigits, digitCount, approx: false };
  SCALE_ATTACHED.lastIndex = end;
  const att = !spelled && next === 1 ? SCALE_ATTACHED.exec(text) : null;
  if (att && (currency || !BARE_SCALE_LETTER.test(att[1]) || att[1] === "k" || att[1] === "M" || att[1] === "B" || unitOrCountAfter(text, SCALE_ATTACHED.lastIndex))) {
    value *= SCALE_VALUES[lowerWord(att[1])];
    end = SCALE_ATTACHED.lastIndex;
    scaled = true;
  } else {
    SCALE_AFTER.lastIndex = end;
    const sc = SCALE_AFTER.exec(text);
    if (sc) {
      const scaleWord = lowerWord(sc[1]);
      value *= SCALE_VALUES[scaleWord];
      end = SCALE_AFTER.lastIndex;
      scaled = true;
      // "1.5 million tonnes" is handled by the unit; "two hundred thousand", "1.4 lakh crore", "20 thousand crore"
      SCALE_AFTER.lastIndex = end;
      const sc2 = scaleWord === "hundred" || scaleWord === "thousand" || scaleWord === "lakh" ? SCALE_AFTER.exec(text) : null;
      if (sc2 && SCALE_VALUES[lowerWord(sc2[1])] > SCALE_VALUES[scaleWord]) {
        value *= SCALE_VALUES[lowerWord(sc2[1])];
        end = SCALE_AFTER.lastIndex;
      }
    }
  }
  return { start, end, value, currency, scaled, spelled, plainDigits, digitCount, approx: false };
}

const BARE_SCALE_LETTER = /^[mbk]$/i;

/**
 * After a bare "m" or "b" glued to digits: is it a scale? Yes when a unit or a counted noun follows ("17.8m tonnes",
 * "2m people", "3b euros"); otherwise "m" is metres ("1.8m tall", "a 48m boom").
 */
function unitOrCountAfter(text: string, pos: number): boolean {
  const [gap, at] = gapAfter(text, pos);
  if (gap !== " ") return false;
  const u = matchUnit(text, at, " ");
  if (u) return u.kind !== "duration" && u.kind !== "frequency";
  return countNounAfter(text, pos) !== null;
}
const DAY_OR_TIME = /^day|^time/i;
const NON_LETTER_FIRST = /^[^\p{L}]/u;
const HALF_FIRST = /^half/i;

/** 0: no scale word can follow; 1: a letter is glued to the number; 2: a scale-like word follows a space or hyphen. */
function scaleLetterAfter(text: string, end: number): number {
  const c = text.charCodeAt(end) | 32;
  if (c >= 97 && c <= 122) return SCALE_FIRST[c] ? 1 : 0;
  let p = end;
  while (p < text.length && p < end + 3) {
    const d = text.charCodeAt(p);
    if (d === 32 || d === 0xa0 || d === 0x2009 || d === 0x202f || d === 45) p++;
    else break;
  }
  if (p === end) return 0;
  const d = text.charCodeAt(p) | 32;
  return SCALE_FIRST[d] ? 2 : 0;
}

/** First letters of scale words and abbreviations: trillion/tn, billion/bn/b, million/mn/m, thousand/k, hundred, crore, lakh. */
const SCALE_FIRST: boolean[] = [];
for (const ch of "tbmkhcl") SCALE_FIRST[ch.charCodeAt(0)] = true;

export type ParseOutcome = Quantity | number;

/**
 * Parse the quantity whose candidate match starts at idx. `allowRange` is false when parsing the second half of a
 * range. Returns a Quantity, or the position to resume scanning from.
 */
export function parseQuantity(text: string, idx: number, allowRange = true): ParseOutcome {
  const outcome = parseOne(text, idx, allowRange);
  if (!allowRange || typeof outcome === "number") return outcome;
  return boundPair(text, outcome, (pos) => {
    // the second figure of a pair of bounds ("… and less than 40")
    const q = parseOne(text, pos, false);
    return typeof q === "number" ? null : q;
  });
}

function parseOne(text: string, idx: number, allowRange: boolean): ParseOutcome {
  const c = text.charCodeAt(idx);
  // --- links and e-mail addresses: skip the whole token
  if (isDigit(c) || c === 36) {
    const tok = tokenAround(text, idx);
    if (tok.end - tok.start >= 4 && mayBeLink(text, tok.start, tok.end) && isLinkToken(text.slice(tok.start, tok.end))) {
      return Math.max(tok.end, idx + 1);
    }
  }
  if (isDigit(c)) return withSign(text, parseDigitStart(text, idx, allowRange));
  const vulgar = vulgarFractionAt(text, idx);
  if (vulgar !== undefined) return fractionWithUnit(text, idx, vulgar, idx + 1, allowRange);
  if (isAsciiLetter(c)) {
    const cur = currencyAt(text, idx);
    if (cur && cur.code && isCodeBeforeNumber(text, cur.end)) return parseCurrencyStart(text, idx, allowRange);
    return withSign(text, parseWordStart(text, idx, allowRange));
  }
  return withSign(text, parseCurrencyStart(text, idx, allowRange));
}

/** A token can only be a link or address if it holds "/", "@" or "www". */
function mayBeLink(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 64) return true;
    if (c === 119 && text.startsWith("www.", i)) return true;
  }
  return false;
}

const SIGNED_UNITS = /^(?:%|pp|count|x|degC|degF|[A-Z]{3}(?:\/.+)?)$/;

/**
 * "-5%", "−0.4 pp", "(-$3 billion)", "minus $2bn", "negative ten": a minus sign right before the digits (after a
 * space or bracket) or a minus word negates them. A range keeps its plain reading ("-5-3%" is too odd to read as a
 * signed range); ranges read their own sign where words join the halves ("between -2% and 3%").
 */
function withSign(text: string, outcome: ParseOutcome): ParseOutcome {
  if (typeof outcome === "number" || outcome.start === 0) return outcome;
  if (outcome.qualifier === "range" || !SIGNED_UNITS.test(outcome.unit)) return outcome;
  const sign = minusBefore(text, outcome.start);
  return sign < 0 ? outcome : { ...outcome, start: sign, value: -outcome.value };
}

function isCodeBeforeNumber(text: string, end: number): boolean {
  let p = end;
  while (p < text.length && p < end + 2 && isInlineSpace(text.charCodeAt(p))) p++;
  return isDigit(text.charCodeAt(p));
}

/** Last letters of the codes written in lower case ("rmb", "usd", "eur", "gbp", "cny", "jpy", "inr"). */
const LOWER_CODE_LAST: boolean[] = [];
for (const ch of "bdrpy") LOWER_CODE_LAST[ch.charCodeAt(0)] = true;

/**
 * A currency written in letters right before the digits, or one space before them: a code ("USD 12.4", "Rs 500",
 * "rmb 10") or a name ("dollar 22.5 million"). Returns the amount, or null to read the digits on their own. Cheap
 * gates first: most digits follow a short word ("in 2024", "to 5") or no letter at all.
 */
function currencyBeforeDigits(text: string, idx: number, allowRange: boolean): ParseOutcome | null {
  let p = idx - 1;
  if (isInlineSpace(text.charCodeAt(p))) p--;
  if (p < 0) return null;
  const c = text.charCodeAt(p);
  const lower = c >= 97 && c <= 122;
  if (!lower && !((c >= 65 && c <= 90) || c === 46)) return null;
  if (!lower || c === 115 || LOWER_CODE_LAST[c]) {
    const start = letterCurrencyStart(text, idx);
    if (start >= 0) {
      // a code in lower case right after a number is that number's unit ("10 rmb 20 usd": 10 yuan, 20 dollars)
      const lowerAfterNumber = text.charCodeAt(start) >= 97 && bareNumberBefore(text, start);
      return lowerAfterNumber ? null : parseCurrencyStart(text, start, allowRange);
    }
  }
  // a name: a word of three letters or more, one space before the digits
  if (!lower || p !== idx - 2 || p < 2 || !isAsciiLetter(text.charCodeAt(p - 2))) return null;
  const named = currencyNameBefore(text, idx);
  return named ? moneyAfterName(text, idx, named, allowRange) : null;
}

function skipToken(text: string, idx: number): number {
  let e = idx + 1;
  const max = Math.min(text.length, idx + 300);
  while (e < max) {
    const ch = text.charCodeAt(e);
    if (isDigit(ch) || isLetter(ch) || ch === 46 || ch === 44 || ch === 45 || ch === 47 || ch === 58) e++;
    else break;
  }
  return e;
}

// ---------------------------------------------------------------------------------------------------------------
// Currency first: "$1 billion", "US$200 billion", "€4.23 per 100 kWh", "RMB 100 million"

function parseCurrencyStart(text: string, idx: number, allowRange: boolean): ParseOutcome {
  const cur = currencyAt(text, idx);
  if (!cur) return idx + 1;
  let p = cur.end;
  while (p < text.length && p < cur.end + 2 && isInlineSpace(text.charCodeAt(p))) p++;
  // "$-12.3bn", "€−5 million": a sign between the currency and the digits
  const sign = (text.charCodeAt(p) === 45 || text.charCodeAt(p) === 0x2212) && isDigit(text.charCodeAt(p + 1)) ? -1 : 1;
  if (sign < 0) p++;
  const d = text.charCodeAt(p);
  if (!isDigit(d)) return idx + 1;
  if (cur.start > 0 && isDigit(text.charCodeAt(cur.start - 1))) return skipToken(text, p);
  const parsed = parseCore(text, p, cur.code, cur.start);
  if (!parsed) return skipToken(text, p);
  const core = cur.factor && !parsed.scaled ? { ...parsed, value: parsed.value * cur.factor, scaled: true } : parsed;
  // a lone "R" is the rand only before an amount with a scale ("R2.1 trillion"), not in "R2" or "R 5"
  if (cur.end - cur.start === 1 && isAsciiLetter(text.charCodeAt(cur.start)) && !core.scaled) return skipToken(text, p);
  if (isLetterAt(text, core.end) && !core.scaled) return skipToken(text, p);
  if (sign < 0) return finishMoney(text, { ...core, value: -core.value }, false);
  return finishMoney(text, core, allowRange);
}

function isLetterAt(text: string, pos: number): boolean {
  return pos < text.length && isLetter(text.charCodeAt(pos));
}

function finishMoney(text: string, core: Core, allowRange: boolean): ParseOutcome {
  let q: Quantity = { start: core.start, end: core.end, value: core.value, unit: core.currency };
  const per = priceAfter(text, core.end);
  if (per) {
    q = { start: core.start, end: per.end, value: core.value / per.divisor, unit: `${core.currency}/${per.per}`, perDivisor: per.divisor };
  } else {
    // "5 billion US dollars" after a symbol is redundant but harmless ("rmb 10 usd 20" names two amounts)
    const [gap, at] = gapAfter(text, core.end);
    if (gap === " ") {
      const u = matchUnit(text, at, " ");
      if (u && u.kind === "currency" && u.unit === core.currency) q.end = u.end;
    }
  }
  if (allowRange) return rangePrice(text, withRange(text, q, core));
  return q;
}

const COMPARATIVE = /[ \u00a0]+(?:more|less|cheaper|dearer|costlier|higher|lower|extra|above|below|over|under)(?=[ \u00a0]+(?:per|a|an|each)[ \u00a0])/iy;

/** "per barrel", "/MMBtu", "a tonne", or after a comparative: "$3 cheaper per barrel", "$2 more a tonne". */
function priceAfter(text: string, pos: number): PerMatch | null {
  const per = matchPer(text, pos);
  if (per) return per;
  COMPARATIVE.lastIndex = pos;
  if (!COMPARATIVE.test(text)) return null;
  return matchPer(text, COMPARATIVE.lastIndex);
}

/** A money range followed by its unit: "$3–8 per barrel", "$3-8/bbl", "$3–8 cheaper per barrel". */
function rangePrice(text: string, q: Quantity): Quantity {
  if (q.qualifier !== "range" || q.unit.indexOf("/") >= 0 || q.low === undefined || q.high === undefined) return q;
  const per = priceAfter(text, q.end);
  if (!per) return q;
  const d = per.divisor;
  return { ...q, end: per.end, unit: `${q.unit}/${per.per}`, value: q.value / d, low: q.low / d, high: q.high / d, perDivisor: d };
}

// ---------------------------------------------------------------------------------------------------------------
// Digits first

/** Where a currency written in letters before the digits starts ("USD 12.4", "EUR120m", "Rs 500", "R2.1"), or -1. */
function letterCurrencyStart(text: string, idx: number): number {
  let p = idx;
  if (isInlineSpace(text.charCodeAt(p - 1))) p--;
  let s = p;
  while (s > 0 && s > p - 4 && (isAsciiLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
  if (s === p || (s > 0 && isLetter(text.charCodeAt(s - 1)))) return -1;
  const cur = currencyAt(text, s);
  return cur && (cur.end === p || cur.end === idx) ? s : -1;
}

/**
 * Does a number without a currency of its own end right before `pos` (or one space before it)? "10 rmb": yes;
 * "rmb 10 usd": no, the 10 already has its currency.
 */
function bareNumberBefore(text: string, pos: number): boolean {
  let p = pos;
  if (p > 0 && isInlineSpace(text.charCodeAt(p - 1))) p--;
  if (p === 0 || !isDigit(text.charCodeAt(p - 1))) return false;
  let n = p;
  while (n > 0 && p - n < 32 && (isDigit(text.charCodeAt(n - 1)) || text.charCodeAt(n - 1) === 44 || text.charCodeAt(n - 1) === 46)) n--;
  if (n === 0) return true;
  return currencySignAt(text, n - 1) === "" && letterCurrencyStart(text, n) < 0;
}

function parseDigitStart(text: string, idx: number, allowRange: boolean): ParseOutcome {
  if (idx > 0) {
    const money = currencyBeforeDigits(text, idx, allowRange);
    if (money !== null) return money;
  }
  // (the second half of "5k-20k", "3m-4m" follows a scale letter glued to digits, not a name)
  if (isGluedToName(text, idx) && (allowRange || !isDigit(text.charCodeAt(idx - 3)))) return skipToken(text, idx);
  const prev = idx > 0 ? text.charCodeAt(idx - 1) : 32;
  // decimals like ".5" or parts of "1.2.3", "12/05", "3:1"
  if (prev === 46 || prev === 47 || prev === 58 || prev === 44 || prev === 95) return skipToken(text, idx);
  // the second half of a pair whose first half was not a figure: "2025-26", "2026–2027"
  // (a range's second half is parsed with allowRange false and passes)
  if (allowRange && (prev === 45 || prev === 0x2013) && idx >= 2 && isDigit(text.charCodeAt(idx - 2))) return skipToken(text, idx);
  if (isPeriodLabel(text, idx) || isMargin(text, idx)) return skipToken(text, idx);
  const n = parseNumeral(text, idx);
  if (!n) return skipToken(text, idx);
  if (isFootnote(text, idx, n.end)) return n.end + 1;
  const after = text.charCodeAt(n.end);
  if (after === 47) {
    // "1/4 mile", "3/4 cup": a fraction before a unit
    const f = slashFractionAt(text, idx);
    if (f) return fractionWithUnit(text, idx, f.value, f.end, allowRange);
  }
  // version numbers, dates with slashes, times of day, ratios
  if ((after === 46 || after === 47 || after === 58 || after === 95) && isDigit(text.charCodeAt(n.end + 1))) return skipToken(text, idx);
  if (isTimeOfDay(text, n.end)) return skipToken(text, idx);
  if (prev === 43 || prev === 40 || ((after === 45 || after === 46 || after === 41) && isDigit(text.charCodeAt(n.end + 1)))) {
    const pe = phoneEnd(text, idx);
    if (pe > 0) return pe;
  }
  if (n.plainDigits && n.end - n.start >= 9) return skipToken(text, idx);
  if (isListNumber(text, idx, n.end)) return n.end;
  if (isDatePart(text, idx, n.end)) return skipOrdinalSuffix(text, n.end);
  if (isPageFurniture(text, idx, n.end)) return n.end;
  if (n.plainDigits && isDocumentPartLabel(text, idx)) return n.end;
  if (n.plainDigits) {
    const g = galleryEnd(text, idx, n.end);
    if (g >= 0) return g;
  }
  // ordinals: "30th", "2nd"
  const suf = ordinalSuffixAt(text, n.end);
  if (suf && n.plainDigits) {
    const end = n.end + 2;
    if (acceptOrdinal(text, idx, end, n.value)) return { start: idx, end, value: n.value, unit: "ordinal" };
    return end;
  }
  // decades: "1990s"
  if (text.charCodeAt(n.end) === 115 && !isLetterAt(text, n.end + 1) && n.plainDigits) return n.end + 1;
  // a bare year ("in 2025", "2026–2027") is a time reference unless a unit follows ("2000 tonnes")
  if (n.plainDigits && isYearLike(n.value, true, n.end - n.start)) {
    const [gap, at] = gapAfter(text, n.end);
    const u = gap === "-" && isDigit(text.charCodeAt(at)) ? null : matchUnit(text, at, gap);
    if (!u || u.kind === "frequency") return n.end;
  }
  const core = parseCore(text, idx, "", idx);
  if (!core) return skipToken(text, idx);
  return finishPlain(text, core, allowRange);
}

/**
 * The amount after a currency name ("dollar 22.5 million", "rupees 5,000"): a plural name, or a scale after the
 * number, and no unit of the number's own after it ("euros 5 kg" is not money); null otherwise.
 */
function moneyAfterName(text: string, idx: number, named: NameBefore, allowRange: boolean): ParseOutcome | null {
  const core = parseCore(text, idx, named.code, named.start);
  if (!core || !(core.scaled || named.plural)) return null;
  if (!core.scaled && (isLetterAt(text, core.end) || (core.plainDigits && isYearLike(core.value, true, core.digitCount)))) return null;
  const [gap, at] = gapAfter(text, core.end);
  if (gap !== "-" && matchUnit(text, at, gap)) return null;
  return finishMoney(text, core, allowRange);
}

const AGE_BEFORE = /(?:^|[^\p{L}])(?:Aged|aged?|ages?|ages?[ \u00a0]+of)[ \u00a0]+$/u;

/** A bare whole number after "aged" or "age" is an age in years ("aged 61"; not "aged 1.5 billion"). */
function isAgeAfterWord(text: string, core: Core): boolean {
  if (core.currency || core.scaled || !Number.isInteger(core.value) || core.value > 130) return false;
  return AGE_BEFORE.test(lookback(text, core.start, 12));
}

/** A name and a comma before the number, the name no month or day ("Daniel Okafor, 24, joined …"). */
const NAME_COMMA_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+),[ \u00a0]+$/u;
const STREET_BEFORE = /\b(?:Rue|Street|St|Road|Rd|Avenue|Ave|Lane|Way|Strasse|Straße|Via|Calle|Boulevard|Blvd|Place|Square)\b[^,]*,[ \u00a0]+$/;
const NOT_A_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|Vol|Page|Chapter|Section|Article|Room|Flight|Route|Gate)$/;

/**
 * A whole number set off by commas right after a person's name is their age ("Daniel Okafor, 24, joined …",
 * "Mendes, 27, scored"), as news writes it; not a number after a date, a label ("No, 5") or before more digits.
 */
function isAppositiveAge(text: string, core: Core): boolean {
  if (core.currency || core.scaled || core.spelled || !core.plainDigits || !Number.isInteger(core.value) || core.value < 1 || core.value > 120) return false;
  // the sentence goes on in lower case after the second comma ("…, 24, joined"), not with another name or number
  if (!/^,[ \u00a0]+\p{Ll}/u.test(text.slice(core.end, core.end + 4))) return false;
  const before = lookback(text, core.start, 40);
  const name = NAME_COMMA_BEFORE.exec(before);
  if (!name || NOT_A_NAME.test(name[1]) || STREET_BEFORE.test(before)) return false;
  // a place is no person ("Germany, 24, took part")
  const places = scanPlaces(name[1]);
  return !(places.length && places[0].start === 0);
}

/** A fraction alone ("½", "1/4") is a figure only before a unit: "½ teaspoon", "1/4 mile". */
function fractionWithUnit(text: string, start: number, value: number, end: number, allowRange: boolean): ParseOutcome {
  const [gap, at] = gapAfter(text, end);
  const unit = matchUnit(text, at, gap);
  if (!unit || unit.kind === "frequency" || unit.kind === "multiplier") return skipToken(text, start);
  const core: Core = { start, end, value, currency: "", scaled: false, spelled: false, plainDigits: false, digitCount: 0, approx: false };
  return finishPlain(text, core, allowRange);
}

/**
 * "won" is Korea's currency after an amount in the thousands or with a scale ("1.2 trillion won"), a verb after a
 * small count ("the 3 won"); "pounds" is a weight after "weigh…", "lost", "gained" or before "of" ("two pounds of
 * beef"), money otherwise.
 */
function ambiguousUnitHolds(text: string, core: Core, unit: UnitMatch): boolean {
  if (unit.unit === "KRW") return core.scaled || core.value >= 1000;
  if (unit.unit === "GBP") return !WEIGHT_BEFORE.test(lookback(text, core.start, 30)) && !OF_AFTER_UNIT.test(text.slice(unit.end, unit.end + 4));
  return true;
}
/** A length's words after it: "2.5m high", "3m long", "1.2m in diameter". */
const LENGTH_AFTER = /^[ \u00a0-]*(?:high|tall|long|wide|deep|thick|across|away|above|below|under|in[ \u00a0]+(?:length|height|width|depth|diameter))\b/i;
const WEIGHT_BEFORE = /(?:weigh\w*|lost|lose|losing|gained|gain|drop)[^.;]*$/i;
const OF_AFTER_UNIT = /^[ \u00a0]of\b/i;

/**
 * "3 dollars 50 cents", "thirteen dollars and forty-five cents", "costs 15 dollars 50.": the minor part (below 100)
 * after the main unit, in hundredths. A bare number after the unit counts only when it ends the phrase.
 */
const MINOR_AFTER = /[ \u00a0]+(?:and[ \u00a0]+)?/y;
const MINOR_WORD = /[ \u00a0]+(?:cents?|pence|kopecks?|kopeks?|paise)(?![\p{L}])/iuy;
function minorAfter(text: string, unit: UnitMatch): { value: number; end: number } | null {
  if (unit.factor !== 1) return null;
  MINOR_AFTER.lastIndex = unit.end;
  if (!MINOR_AFTER.test(text)) return null;
  const p = MINOR_AFTER.lastIndex;
  const c = text.charCodeAt(p);
  let value: number;
  let end: number;
  if (isDigit(c)) {
    const n = parseNumeral(text, p);
    if (!n || !n.plainDigits || n.end - n.start > 2) return null;
    value = n.value;
    end = n.end;
  } else if (isAsciiLetter(c)) {
    const w = parseNumberWords(text, p);
    if (!w || w.value >= 100) return null;
    value = w.value;
    end = w.end;
  } else return null;
  MINOR_WORD.lastIndex = end;
  if (MINOR_WORD.test(text)) return { value: value / 100, end: MINOR_WORD.lastIndex };
  const next = end < text.length ? text.charCodeAt(end) : 46;
  const ends = next === 46 || next === 44 || next === 59 || next === 33 || next === 63 || next === 10 || next === 13;
  if (!ends || isDigit(text.charCodeAt(end + 1))) return null;
  return { value: value / 100, end };
}

function skipOrdinalSuffix(text: string, end: number): number {
  return ordinalSuffixAt(text, end) ? end + 2 : end;
}

/** After a number without a currency prefix: unit, count noun, or nothing. */
/**
 * "four in five trains", "1 in 4 adults", "nine out of 10 voters": a proportion, read as a percentage (80%, 25%, 90%),
 * not two counts. The second number is small and round (up to 1,000), greater than the first, and no time, amount or
 * unit follows it ("3 in 10 days" counts days).
 */
const IN_EVERY = /[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(\d{1,3}(?:,000)?|two|three|four|five|six|seven|eight|nine|ten|twenty|a[ \u00a0]+hundred|hundred|a[ \u00a0]+thousand)\b(?![ \u00a0]*(?:%|per|years?|months?|weeks?|days?|hours?|minutes?|seconds?|games?|matches|races|attempts|tries|rounds|million|billion|thousand)\b)(?![.,]\d)/iy;
const DENOMINATOR_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100, "a hundred": 100, "a thousand": 1000 };

function proportionAfter(text: string, core: Core): Quantity | null {
  if (core.currency || core.scaled || !Number.isInteger(core.value) || core.value < 1 || core.value > 99) return null;
  IN_EVERY.lastIndex = core.end;
  const m = IN_EVERY.exec(text);
  if (!m) return null;
  const word = m[1].toLowerCase().replace(/[ \u00a0]+/g, " ");
  const d = DENOMINATOR_WORDS[word] ?? Number(word.replace(/,/g, ""));
  if (!(d > core.value) || d > 1000) return null;
  return { start: core.start, end: IN_EVERY.lastIndex, value: (core.value / d) * 100, unit: "%" };
}

function finishPlain(text: string, core: Core, allowRange: boolean): ParseOutcome {
  const proportion = proportionAfter(text, core);
  if (proportion) return proportion;
  const [gap, at] = gapAfter(text, core.end);
  let unit: UnitMatch | null = matchUnit(text, at, gap);
  if (!unit && gap !== "-") {
    // a sign after the amount: "10 €", "100₾", "100元" (not when digits follow it: "10 $30")
    const sign = currencySignAt(text, at);
    if (sign && !isDigit(text.charCodeAt(at + 1))) unit = { unit: sign, factor: 1, kind: "currency", end: at + 1 };
    // "20 (kg)", "3.5 [m]"; "a 10\" pan" (inches)
    else unit = bracketedUnitAt(text, at) ?? (isInchMark(text, at) ? { unit: "m", factor: INCH_METRES, kind: "measure", end: at + 1 } : null);
  }
  if (!unit && gap === "" && (text.charCodeAt(at) === 39 || text.charCodeAt(at) === 0x2032) && !core.currency && !core.scaled) {
    // 6'2" (feet and inches)
    const fi = feetInchesAfter(text, core.value, core.end);
    if (fi) return { start: core.start, end: fi[1], value: fi[0], unit: "m" };
  }
  // pence glued to the amount: "137.6p", "143.1ppl" (per litre)
  const pence = !unit && gap === "" && !core.currency && !core.scaled ? gluedPenceAt(text, at, core.value) : null;
  if (pence) unit = pence.unit;
  // a letter glued to the digits that is neither a scale nor a unit: "5G", "3D", "1e999"
  if (!unit && gap === "" && isLetterAt(text, core.end)) return skipToken(text, core.start);
  let q: Quantity | null = null;
  if (unit && unit.ambiguous && !ambiguousUnitHolds(text, core, unit)) {
    // "lost 25 pounds", "two pounds of beef": the weight
    unit = unit.unit === "GBP" ? { unit: "t", factor: MASS_TONNES.pound, kind: "measure", end: unit.end } : null;
  }
  if (unit && unit.ambiguous && unit.unit === "t" && !writesMillionTonnes(text)) unit = { ...unit, factor: 1 };
  // "waiting list at 7.48m" in an article that writes "7.48 million": millions, not metres
  if (unit && unit.unit === "m" && unit.factor === 1 && gap === "" && unit.end === at + 1 && !core.scaled && !core.currency && !LENGTH_AFTER.test(text.slice(unit.end, unit.end + 24)) && writesInMillions(text, core.value)) {
    return { start: core.start, end: unit.end, value: core.value * 1e6, unit: "count" };
  }
  if (unit) {
    if (unit.kind === "currency") {
      const money: Core = { ...core, currency: unit.unit };
      const minor = minorAfter(text, unit);
      let amount = core.value * unit.factor + (minor ? minor.value : 0);
      let end = minor ? minor.end : unit.end;
      // "75 USD million": a scale after the code
      SCALE_AFTER.lastIndex = end;
      const sc = !core.scaled && !minor ? SCALE_AFTER.exec(text) : null;
      if (sc && !isHyphen(text.charCodeAt(end))) {
        amount *= SCALE_VALUES[lowerWord(sc[1])];
        end = SCALE_AFTER.lastIndex;
      }
      const per = pence?.perLitre ? { per: "l", divisor: 1, end } : priceAfter(text, end);
      if (per) q = { start: core.start, end: per.end, value: amount / per.divisor, unit: `${unit.unit}/${per.per}`, perDivisor: per.divisor };
      else q = { start: core.start, end, value: amount, unit: unit.unit };
      if (allowRange) return rangePrice(text, withRange(text, q, money));
      return q;
    }
    if (unit.kind === "duration") {
      // "over the past three years", "in the next five days": a time reference, not a figure
      if (TIME_REFERENCE_BEFORE.test(lookback(text, core.start, 24))) return unit.end;
      // "in the three months to Oct. 27", "for the 12 months ended March": the period a figure covers
      PERIOD_END_AFTER.lastIndex = unit.end;
      if (PERIOD_END_AFTER.test(text) && monthFollows(text, PERIOD_END_AFTER.lastIndex) && THE_BEFORE.test(lookback(text, core.start, 12))) return unit.end;
      // "3 hours ago", "two hours before the vote": when something happened, not how long it lasted —
      // unless a duration verb governs it ("lasted two hours before the papers were signed")
      AGO_AFTER.lastIndex = unit.end;
      if (AGO_AFTER.test(text)) return AGO_AFTER.lastIndex;
      RELATIVE_AFTER.lastIndex = unit.end;
      if (RELATIVE_AFTER.test(text) && !DURATION_VERB_BEFORE.test(lookback(text, core.start, 40))) return RELATIVE_AFTER.lastIndex;
      q = compoundDuration(text, core, unit);
    } else if (unit.kind === "frequency") {
      // "grew nine times" multiplies; "shut nine times" counts
      q = { start: core.start, end: unit.end, value: core.value, unit: GROWTH_BEFORE.test(lookback(text, core.start, 40)) ? "x" : "count" };
    } else {
      q = { start: core.start, end: unit.end, value: core.value * unit.factor, unit: unit.unit };
      // "5 ft 2 in", "6 lb 4 oz"
      const part = smallerPartAfter(text, unit.unit, unit.factor, unit.end);
      if (part) {
        q.value += part[0];
        q.end = part[1];
      }
    }
    // a hyphenated unit that starts a capitalised name: "Five-Year Plan"
    if (gap === "-" && isUpper(text.charCodeAt(at)) && isUpper(text.charCodeAt(core.start))) return unit.end;
    // the size of the container goods are counted in: "4.2 million 60-kg bags", "500-gram packs", "20-litre drums"
    if (gap === "-" && unit.kind !== "duration" && CONTAINER_AFTER.test(text.slice(unit.end, unit.end + 24))) return unit.end;
  }
  if (!q && (isAgeAfterWord(text, core) || isAppositiveAge(text, core))) {
    // "aged 61", "a man of age 87", "at the age of 40", "aged 18 to 24": years of age
    const year = DURATION_SECONDS.year;
    const age: Quantity = { start: core.start, end: core.end, value: core.value * year, unit: "s" };
    const r = allowRange ? rangeSecond(text, core.start, core.end, core.spelled) : null;
    if (r && r.q.qualifier === undefined && (r.q.unit === "s" || (r.q.unit === "count" && r.q.nounStart === undefined))) {
      const high = r.q.unit === "s" ? r.q : { ...r.q, value: r.q.value * year, unit: "s" };
      return makeRange(core.start, high, age.value) ?? age;
    }
    return age;
  }
  if (!q) {
    if (allowRange) {
      const r = rangeAfter(text, core);
      if (r) return r;
      // a score or a code: "won 3-1", "3–0"
      SCORE.lastIndex = core.start;
      if (!core.spelled && SCORE.test(text)) return SCORE.lastIndex;
    }
    // "Boeing 737", "Article 5", "Windows 11"
    if (!core.spelled && !core.scaled && isNamedNumber(text, core.start)) return core.end;
    // "two-thirds", "three quarters"
    FRACTION_AFTER.lastIndex = core.end;
    if (core.spelled && FRACTION_AFTER.test(text)) return FRACTION_AFTER.lastIndex;
    if (core.plainDigits && isYearLike(core.value, core.plainDigits, core.digitCount)) return core.end;
    const noun = countNounAfter(text, core.end);
    if (core.spelled) {
      if (!noun) return core.end;
      if (core.value === 1) return core.end;
    }
    q = { start: core.start, end: core.end, value: core.value, unit: "count" };
    if (noun) {
      q.nounStart = noun.start;
      q.nounEnd = noun.end;
    }
    return q;
  }
  if (allowRange) return withRange(text, q, core);
  return q;
}

/** A container after a size: " bags", " sacks of", " bales", " boxes", " bottles", " drums". */
const CONTAINER_AFTER = /^[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(?:bags?|sacks?|bales?|boxes|box|bottles?|cans?|drums?|barrels?|packs?|packets?|cartons?|crates?|jars?|tins?|pallets?)\b/u;
/** A verb of growth right before "N times" (hedges allowed): the figure is a multiplier ("exports grew nine times"). */
const GROWTH_BEFORE =
  /(?:^|[^\p{L}])(?:gr(?:ew|own|ows?|owing)|r(?:ose|isen|ises?|ising)|increas(?:ed?|es|ing)|jump(?:ed|s)?|surg(?:ed?|es)|expand(?:ed|s)?|multipli(?:ed|es)|climb(?:ed|s)?|soar(?:ed|s)?|swell(?:ed|s)?|balloon(?:ed|s)?)[ \u00a0]+(?:by[ \u00a0]+)?(?:(?:about|almost|nearly|roughly|around|some|over|more[ \u00a0]+than|at[ \u00a0]+least|up[ \u00a0]+to)[ \u00a0]+)?$/iu;
const SCORE = /\d{1,2}[-\u2013]\d{1,2}(?![\d%.,\p{L}])/uy;
const FRACTION_AFTER = /(?:[ \u00a0]+|-)(?:thirds|quarters|fifths|sixths|eighths|tenths|halves)\b/iy;
const AGO_AFTER = /[ \u00a0]+(?:ago|earlier|previously)\b/iy;
const RELATIVE_AFTER = /[ \u00a0]+(?:before|after|later|prior)\b/iy;
/** A verb (or "for") whose object is a length of time: "lasted", "took", "spent", "for" (+ hedges, articles). */
const DURATION_VERB_BEFORE =
  /(?:^|[^\p{L}])(?:last(?:s|ed|ing)?|t(?:ook|akes?|aking)|sp(?:ent|ends?|ending)|for|ran|runs?|running)[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|some|only|just|over|under|more[ \u00a0]+than|less[ \u00a0]+than|up[ \u00a0]+to|at[ \u00a0]+least|approximately|an?|the|full|whole)[ \u00a0]+)*$/iu;
/** "… to October", "… ended June 30", "… through the end of March": the words before the month a stretch of time ends in (see monthFollows). */
const PERIOD_END_AFTER = /[ \u00a0]+(?:to|ended|ending|through|thru|until|till)[ \u00a0]+(?:the[ \u00a0]+end[ \u00a0]+of[ \u00a0]+)?/iy;
const THE_BEFORE = /(?:^|[^\p{L}])(?:the|those|these)[ \u00a0]+$/iu;
const TIME_REFERENCE_BEFORE = /(?:^|[^\p{L}])(?:the|these|those)[ \u00a0]+(?:past|last|next|previous|coming|first|final|following)[ \u00a0]+$/iu;

/** "1 hour and 25 minutes", "2 hours 30 minutes". */
const DURATION_JOIN = /[ \u00a0]*(?:,[ \u00a0]*)?(?:and[ \u00a0]+)?/y;
function compoundDuration(text: string, core: Core, unit: UnitMatch): Quantity {
  let value = core.value * unit.factor;
  let end = unit.end;
  let lastFactor = unit.factor;
  for (let k = 0; k < 3; k++) {
    DURATION_JOIN.lastIndex = end;
    DURATION_JOIN.test(text);
    const p = DURATION_JOIN.lastIndex;
    if (p === end) break;
    const c = text.charCodeAt(p);
    if (!isDigit(c) && !isAsciiLetter(c)) break;
    const next = parseCore(text, p, "", p);
    if (!next || next.scaled) break;
    const [gap, at] = gapAfter(text, next.end);
    if (gap !== " ") break;
    const u = matchUnit(text, at, gap);
    if (!u || u.kind !== "duration" || u.factor >= lastFactor) break;
    value += next.value * u.factor;
    lastFactor = u.factor;
    end = u.end;
  }
  return { start: core.start, end, value, unit: "s" };
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges: "$3 billion to $5 billion", "3-5%", "between 10 and 12 bcm"

const RANGE_SEP = /~(?=\d)|[ \u00a0]*(?:-|\u2013|\u2014|to|and|through)[ \u00a0]*/y;
const WORD_SEPS = lookupTable<boolean>({ and: true, to: true, through: true });

interface RangeHalf {
  q: Quantity;
  sep: string;
  /** Do the words before the first number frame a range ("between", "ranged from")? */
  framed: boolean;
  /** Did a verb of a move come right before the first number, with "to" between the halves ("rose $1bn to $9bn")? */
  moved: boolean;
  /** ... a move still to come ("will go up by £35 to £1,755"), read as a move only when the level dwarfs it. */
  ahead: boolean;
  /** Where the range starts, and whether its first number is negated ("between -2% and 3%"). */
  start: number;
  negative: boolean;
}

/** The second half of a range after a first number at [start, end) (spelled: written in words). */
function rangeSecond(text: string, start: number, end: number, spelled: boolean): RangeHalf | null {
  RANGE_SEP.lastIndex = end;
  const m = RANGE_SEP.exec(text);
  if (!m) return null;
  const sep = m[0].trim().toLowerCase();
  // (only words between the halves need the words before: "between … and", "from … to")
  const intro = WORD_SEPS[sep] === true ? rangeIntroBefore(text, start, sep === "to") : null;
  if (sep === "and" && intro?.frame !== "between") return null;
  if (sep === "to" && intro?.frame === "change") return null;
  if ((sep === "-" || sep === "\u2013") && m[0].length !== 1 && isAsciiLetter(text.charCodeAt(RANGE_SEP.lastIndex))) return null;
  const p = RANGE_SEP.lastIndex;
  const c = text.charCodeAt(p);
  if (!(isDigit(c) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || (isAsciiLetter(c) && spelled))) return null;
  const framed = intro?.frame === "between" || intro?.frame === "spread";
  // a sign is read past only where words join the halves: "-5-3%" is too odd to read as a signed range
  const signed = intro?.negative === true;
  const moved = sep === "to" && (intro?.frame === "move" || intro?.frame === "move-ahead");
  const half = { sep, framed, moved, ahead: intro?.frame === "move-ahead", start: intro && signed ? intro.start : start, negative: signed };
  const second = parseQuantity(text, p, false);
  if (typeof second !== "number") return { q: second, ...half };
  // "between twenty and thirty", "from one thousand to one thousand and five hundred": bare numbers in words
  const w = spelled && framed ? parseNumberWords(text, p) : null;
  return w ? { q: { start: p, end: w.end, value: w.value, unit: "count" }, ...half } : null;
}

/** A range whose first number has no unit of its own ("3-5%", "10 to 15 years"). */
function rangeAfter(text: string, first: Core): Quantity | null {
  if (first.currency) return null;
  const r = rangeSecond(text, first.start, first.end, first.spelled);
  if (!r) return null;
  const b = r.q;
  // "rose by 3,110 to 67,420", "fell 1,200 to 48,900 cars": counts, the move and the level it led to, as for amounts
  // with a unit (see withRange); a percentage keeps its range ("rose 3 to 5%"), and so does a unit only the second
  // number carries ("jumped 40 to 60 tonnes")
  if (r.moved && b.unit === "count" && (!r.ahead || b.value > 5 * Math.abs(first.value))) return null;
  if (b.unit === "count" && b.nounStart === undefined && !bareRangeHolds(text, first, b, r)) return null;
  if (r.negative && !SIGNED_UNITS.test(b.unit)) return null;
  let lowVal = r.negative ? -first.value : first.value;
  // inherit the second number's scale and unit factor: "3 to 5 billion", "10-15 bcm"
  // (a number in words holds its own scale: "from one thousand to two thousand")
  const bScale = scaleOf(text, b);
  if (!first.scaled && bScale !== 1 && scaleOf(text, first) === 1) lowVal *= bScale;
  const factor = unitFactorOf(text, b);
  lowVal *= factor;
  return makeRange(r.start, b, lowVal);
}

/**
 * Two bare numbers (no unit, no counted noun) make a range only where the words say so: "between 20 and 30",
 * "ranged from 200 to 3000000", "20 through 100", "20~100", or a dash between numbers that are neither scores nor
 * codes: both with a scale ("5k-20k") or both of three digits or more ("1,000-5,000", "1000 – 5000"). Years
 * ("2026-2027") never do.
 */
function bareRangeHolds(text: string, first: Core, second: Quantity, half: RangeHalf): boolean {
  const sep = half.sep;
  if (first.plainDigits && isYearLike(first.value, true, first.digitCount)) return false;
  const n = parseNumeralAt(text, second.start);
  if (n && n.plainDigits && isYearLike(n.value, true, n.end - n.start)) return false;
  if (half.framed || sep === "and" || sep === "through" || sep === "~") return true;
  if (first.spelled || n === null) return false;
  // "555-1234", "555-123-4567": telephone numbers, not ranges
  if (isHyphen(text.charCodeAt(second.end)) && isDigit(text.charCodeAt(second.end + 1))) return false;
  const secondScaled = scaleOf(text, second) !== 1;
  if (first.scaled && secondScaled) return true;
  if (first.scaled || secondScaled || first.value < 100 || n.value < 100) return false;
  // plain digits on both sides must be of one length ("1000-5000", not "555-1234"); grouped ones may differ ("900-1,200")
  return first.plainDigits && n.plainDigits ? first.digitCount === n.end - n.start : true;
}

function parseNumeralAt(text: string, pos: number) {
  return isDigit(text.charCodeAt(pos)) ? parseNumeral(text, pos) : null;
}

function withRange(text: string, q: Quantity, core: Core): Quantity {
  if (q.qualifier === "range") return q;
  const r = rangeSecond(text, core.start, q.end, core.spelled);
  if (!r) return q;
  if (r.negative && !SIGNED_UNITS.test(q.unit)) return q;
  // "rose by $1.03 billion to $688.1 billion", "rose $1.20 to $80.50 a barrel": the move and the level it led to (a percentage keeps its range:
  // "rose 3% to 5%" is more often a spread than a move to a level); a move still to come, only when the level is more
  // than five times the move ("will go up by £1.40 to £10 an hour"; "could rise by $3 to $5" is a range)
  if (r.moved && q.unit !== "%" && (r.q.unit === q.unit || r.q.unit.startsWith(`${q.unit}/`)) && (!r.ahead || r.q.value > 5 * Math.abs(q.value))) return q;
  // "between -2% and 3%": the first half negated, the range starting at its sign
  const first = r.negative ? -q.value : q.value;
  const start = r.start;
  if (r.q.unit === "count" && r.q.nounStart === undefined && core.currency && q.unit === core.currency && r.q.qualifier !== "range") {
    // "$3-5 billion": the second number takes the currency, the first takes the scale
    const low = core.scaled ? first : first * scaleOf(text, r.q);
    return makeRange(start, { ...r.q, unit: q.unit }, low) ?? q;
  }
  if (r.q.unit === q.unit && !core.scaled && q.perDivisor === undefined) {
    // "$45 to $52 billion": a first half without a scale shares the second's
    const scale = scaleOf(text, r.q);
    if (scale > 1 && first * scale < r.q.value) return makeRange(start, r.q, first * scale) ?? q;
  }
  if (r.q.unit !== q.unit) {
    // "$3 to $5 a barrel": the unit of the second half applies to the first
    if (r.q.perDivisor !== undefined && q.unit.indexOf("/") < 0 && r.q.unit.startsWith(`${q.unit}/`)) {
      return makeRange(start, r.q, first / r.q.perDivisor, r.q.perDivisor) ?? q;
    }
    return q;
  }
  return makeRange(start, r.q, first, q.perDivisor) ?? q;
}

function makeRange(start: number, b: Quantity, low: number, perDivisor?: number): Quantity | null {
  const high = b.value;
  if (!(low < high)) return null; // "245 to 198" (a vote), "$5bn to $3bn" (a fall): two figures, not a range
  return { start, end: b.end, value: (low + high) / 2, unit: b.unit, qualifier: "range", low, high, nounStart: b.nounStart, nounEnd: b.nounEnd, perDivisor };
}

/** The scale word multiplier inside a parsed quantity (for inheriting it in a range). */
function scaleOf(text: string, q: { start: number; end: number }): number {
  const s = text.slice(q.start, q.end).toLowerCase();
  const m = /(trillion|billion|million|thousand|\d(?:bn|mn|mln|tn|k))/.exec(s);
  if (!m) return 1;
  const w = m[1].replace(/^\d/, "");
  return SCALE_VALUES[w] ?? 1;
}

/** Unit factor of the second half of a range (so the first half gets the same conversion). */
export function unitFactorOf(text: string, q: Quantity): number {
  // re-derive from the unit text: find the unit match after the numeral
  const numEnd = numeralEndWithin(text, q.start, q.end);
  if (numEnd < 0) return 1;
  let p = numEnd;
  SCALE_AFTER.lastIndex = p;
  if (SCALE_AFTER.test(text)) p = SCALE_AFTER.lastIndex;
  const [gap, at] = gapAfter(text, p);
  const u = matchUnit(text, at, gap);
  return u ? u.factor : 1;
}

function numeralEndWithin(text: string, start: number, end: number): number {
  let p = start;
  while (p < end && !isDigit(text.charCodeAt(p))) p++;
  if (p >= end) return -1;
  const n = parseNumeral(text, p);
  return n ? n.end : -1;
}

// ---------------------------------------------------------------------------------------------------------------
// Words: cardinals, ordinals, "twice", "a dozen", "dozens", "doubled", "hour-and-a-half", "half an hour"

const TIMES_COMPARATIVE = /[ \u00a0]+as\b/iy;
const MULTIPLIER_VERBS = lookupTable<number>({ doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, halved: 0.5 });
/** Vague plurals ("dozens of", "thousands of"): the least they can mean, two of the unit. */
const VAGUE_PLURALS = lookupTable<number>({ dozens: 24, hundreds: 200, thousands: 2000, millions: 2e6, billions: 2e9, tens: 20 });
const A_BEFORE = /(?:^|[^\p{L}])(an?|one|half[ \u00a0]+an?)[ \u00a0]+$/iu;
const UNIT_AND_A_BEFORE = /(?:^|[^\p{L}])(second|minute|hour|day|week|month|year|decade)(?:[ \u00a0]+|-)and(?:[ \u00a0]+|-)a(?:[ \u00a0]+|-)$/iu;
const HALF_AN_UNIT = /half(?:[ \u00a0]+|-)an?(?:[ \u00a0]+|-)(second|minute|hour|day|week|month|year|decade)(?![\p{L}])/iuy;
const HALF_A_SCALE = /half(?:[ \u00a0]+|-)an?[ \u00a0]+(million|billion|trillion|thousand|dozen)(?![\p{L}])/iuy;

function parseWordStart(text: string, idx: number, allowRange: boolean): ParseOutcome {
  const we = wordEnd(text, idx);
  if (we === idx) return idx + 1;
  const lower = lowerSlice(text, idx, we);
  if (lower === "half") {
    // "hour-and-a-half", "an hour and a half": the claim starts at the unit word
    const back = lookback(text, idx, 24);
    const ah = UNIT_AND_A_BEFORE.exec(back);
    if (ah) {
      const unit = DURATION_SECONDS[ah[1].toLowerCase()];
      const start = idx - back.length + ah.index + (ah[0].length - ah[0].replace(/^[^\p{L}]/u, "").length);
      if (!isLetterAt(text, we)) return { start, end: we, value: 1.5 * unit, unit: "s" };
    }
    HALF_AN_UNIT.lastIndex = idx;
    const hu = HALF_AN_UNIT.exec(text);
    if (hu) return { start: idx, end: HALF_AN_UNIT.lastIndex, value: 0.5 * DURATION_SECONDS[hu[1].toLowerCase()], unit: "s" };
    HALF_A_SCALE.lastIndex = idx;
    const hs = HALF_A_SCALE.exec(text);
    if (hs) {
      const s = hs[1].toLowerCase() === "dozen" ? 12 : SCALES[hs[1].toLowerCase()];
      const core: Core = { start: idx, end: HALF_A_SCALE.lastIndex, value: 0.5 * s, currency: "", scaled: true, spelled: true, plainDigits: false, digitCount: 0, approx: false };
      return finishPlain(text, core, allowRange);
    }
  }
  // "a quarter million", "three-quarters of a billion", "two-thirds of voters", "half of the staff"
  const fraction = wordFractionAt(text, idx, we, lower);
  if (fraction) {
    const scale = periodWordBefore(text, fraction.start) ? null : scaleAfterFraction(text, fraction);
    if (scale) {
      const core: Core = { start: fraction.start, end: scale.end, value: fraction.value * scale.scale, currency: "", scaled: true, spelled: true, plainDigits: false, digitCount: 0, approx: false };
      return finishPlain(text, core, allowRange);
    }
    if (shareOfAfter(text, fraction) > 0 || changeBeforeFraction(text, fraction)) return { start: fraction.start, end: fraction.end, value: fraction.value * 100, unit: "%" };
    // "two-thirds" alone; "a third" may still be an ordinal ("won a third term")
    if (fraction.start === idx && lower !== "half") return fraction.end;
  }
  if (lower === "quarter") {
    // "quarter million" without its article, as headlines write it
    const scale = periodWordBefore(text, idx) ? null : scaleAfterFraction(text, { start: idx, end: we, value: 0.25 });
    if (!scale || scale.scale === 12) return we;
    const core: Core = { start: idx, end: scale.end, value: 0.25 * scale.scale, currency: "", scaled: true, spelled: true, plainDigits: false, digitCount: 0, approx: false };
    return finishPlain(text, core, allowRange);
  }
  if (lower === "half") return we;
  if (lower === "twice" || lower === "thrice") {
    const v = lower === "twice" ? 2 : 3;
    TIMES_COMPARATIVE.lastIndex = we;
    if (TIMES_COMPARATIVE.test(text)) return { start: idx, end: we, value: v, unit: "x" };
    return { start: idx, end: we, value: v, unit: "count" };
  }
  const mv = MULTIPLIER_VERBS[lower];
  if (mv !== undefined) return { start: idx, end: we, value: mv, unit: "x" };
  // "fivefold", "tenfold", "hundredfold"
  if (lower.endsWith("fold")) {
    const base = lower.slice(0, -4);
    const v = UNITS_WORDS[base] ?? SCALES[base];
    if (v !== undefined && v > 1) return { start: idx, end: we, value: v, unit: "x" };
    return we;
  }
  const vague = VAGUE_PLURALS[lower];
  if (vague !== undefined) {
    PLURAL_OF_AFTER.lastIndex = we;
    if (!PLURAL_OF_AFTER.test(text)) return we;
    let value = vague;
    let end = we;
    if (lower === "tens" || lower === "hundreds") {
      // "tens of thousands", "hundreds of millions"
      const p = PLURAL_OF_AFTER.lastIndex;
      const e2 = wordEnd(text, p);
      const inner = VAGUE_PLURALS[lowerSlice(text, p, e2)];
      if (inner !== undefined && inner >= 2000) {
        value = (lower === "tens" ? 10 : 100) * inner;
        end = e2;
      } else if (lower === "tens") return we;
    }
    // "Ns of" is more than one N and fewer than ten: dozens 24–120, tens of thousands 20,000–100,000
    const low = value;
    const high = 5 * value;
    // "millions of dollars", "hundreds of tonnes", "tens of thousands of euros": the unit after "of"
    PLURAL_OF_AFTER.lastIndex = end;
    const unit = PLURAL_OF_AFTER.test(text) ? matchUnit(text, PLURAL_OF_AFTER.lastIndex, " ") : null;
    if (unit && (unit.kind === "currency" || unit.kind === "measure") && unit.factor > 0) {
      const f = unit.factor;
      return { start: idx, end: unit.end, value: value * f, unit: unit.unit, qualifier: "approx", low: low * f, high: high * f };
    }
    const noun = countNounAfter(text, end);
    return { start: idx, end, value, unit: "count", qualifier: "approx", low, high, nounStart: noun?.start, nounEnd: noun?.end };
  }
  if (lower === "dozen" || lower in SCALES) {
    // "a dozen", "a million", "one hundred" is parsed by parseNumberWords
    const before = lookback(text, idx, 12);
    const a = A_BEFORE.exec(before);
    if (!a) return we;
    const start = idx - a[0].length + (NON_LETTER_FIRST.test(a[0]) ? 1 : 0);
    const base = lower === "dozen" ? 12 : SCALES[lower];
    const mult = HALF_FIRST.test(a[1]) ? 0.5 : 1;
    const core: Core = { start, end: we, value: base * mult, currency: "", scaled: true, spelled: true, plainDigits: false, digitCount: 0, approx: false };
    SCALE_AFTER.lastIndex = we;
    const sc = lower === "hundred" || lower === "thousand" ? SCALE_AFTER.exec(text) : null;
    if (sc) {
      core.value *= SCALE_VALUES[lowerWord(sc[1])];
      core.end = SCALE_AFTER.lastIndex;
    }
    return finishPlain(text, core, allowRange);
  }
  const ord = ordinalWordValue(lower.indexOf("-") >= 0 ? lower : lower);
  const ordHyphen = ordinalCompound(text, idx, we);
  if (ordHyphen) {
    if (acceptOrdinal(text, idx, ordHyphen.end, ordHyphen.value)) return { start: idx, end: ordHyphen.end, value: ordHyphen.value, unit: "ordinal" };
    return ordHyphen.end;
  }
  if (ord) {
    if (acceptOrdinal(text, idx, we, ord)) return { start: idx, end: we, value: ord, unit: "ordinal" };
    return we;
  }
  // cardinal words
  const w = parseNumberWords(text, idx);
  if (!w) return we;
  // "one of", "two of them"
  OF_AFTER.lastIndex = w.end;
  if (OF_AFTER.test(text)) return w.end;
  if (determinerBefore(text, idx) && !countsAfterDeterminer(text, w.value, w.end)) return w.end;
  const core = parseCore(text, idx, "", idx, w);
  if (!core) return we;
  // a capitalised compound is a name: "Five-Year Plan", "Big Four"
  if (isUpper(text.charCodeAt(idx)) && idx > 0 && !isSentenceStart(text, idx)) return core.end;
  const [gap, at] = gapAfter(text, core.end);
  const unit = matchUnit(text, at, gap);
  if (core.value === 1 && !core.scaled) {
    // "one" alone is rarely a figure: only with a hyphenated or measurement unit ("one-year", "one million"), or in a
    // proportion ("one in three homes")
    const proportion = proportionAfter(text, core);
    if (proportion) return proportion;
    if (!unit || (gap !== "-" && (unit.kind === "duration" && DAY_OR_TIME.test(text.slice(at, at + 4))))) return core.end;
    if (unit.kind === "frequency") return core.end;
  }
  if (unit && unit.kind === "duration") {
    // "three consecutive years" is a period; a bare duration word is fine
  }
  return finishPlain(text, core, allowRange);
}

/** "twenty-first" */
function ordinalCompound(text: string, idx: number, we: number): { value: number; end: number } | null {
  if (!isHyphen(text.charCodeAt(we))) return null;
  const e2 = wordEnd(text, we + 1);
  if (e2 === we + 1) return null;
  const v = ordinalWordValue(text.slice(idx, e2));
  return v ? { value: v, end: e2 } : null;
}

function isSentenceStart(text: string, idx: number): boolean {
  let p = idx;
  while (p > 0 && isInlineSpace(text.charCodeAt(p - 1))) p--;
  if (p === 0) return true;
  const c = text.charCodeAt(p - 1);
  // . ! ? newline, opening quote, colon, bullet/dash
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 34 || c === 0x201c || c === 58 || c === 45 || c === 0x2022 || c === 0x2014 || c === 40;
}
