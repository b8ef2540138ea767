/**
 * The precision a figure's own wording implies: "$245 bn" is rounded to the billion (±0.5 bn), "1.5 hours" and
 * "an hour-and-a-half" to the half hour it names (±15 min), "1 hour and 25 minutes" to the minute (±0.5 min).
 * Returned as a half-step in the claim's canonical unit (0 when the wording tells nothing).
 */
import { isDigit } from "../text/chars";
import type { Claim } from "../types";

/** Scales of the words that carry a number's magnitude or unit in surface text (canonical base units). */
const SCALE_WORDS: [RegExp, number][] = [
  [/^(?:seconds?|secs?)$/, 1],
  [/^(?:minutes?|mins?)$/, 60],
  [/^(?:hours?|hrs?|h)$/, 3600],
  [/^(?:days?)$/, 86400],
  [/^(?:weeks?)$/, 604800],
  [/^(?:months?)$/, 2629800],
  [/^(?:years?)$/, 31557600],
  [/^(?:thousand|k)$/, 1e3],
  [/^(?:million|millions|mln|mn|m)$/, 1e6],
  [/^(?:billion|billions|bln|bn|b|bcm)$/, 1e9],
  [/^(?:trillion|trillions|trln|tn|tcm)$/, 1e12],
];


const FRACTION_WORD = /\b(?:half|quarter)\b/i;

function isSeparator(c: number): boolean {
  return c === 44 || c === 46 || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** The numbers written in digits in text[0, end) ("1,234.5", "38.8", "1 234"): how many, and where the first and last are. */
interface NumberSpans {
  count: number;
  firstStart: number;
  firstEnd: number;
  lastStart: number;
  lastEnd: number;
}

/** Scanned without regular expressions or substrings (a surface is read once per claim). */
function numberSpans(text: string, end: number, out: NumberSpans): NumberSpans {
  out.count = 0;
  for (let i = 0; i < end; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (isDigit(c)) j++;
      else if (isSeparator(c) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    if (out.count === 0) {
      out.firstStart = i;
      out.firstEnd = j;
    }
    out.lastStart = i;
    out.lastEnd = j;
    out.count++;
    i = j;
  }
  return out;
}

const SPANS: NumberSpans = { count: 0, firstStart: 0, firstEnd: 0, lastStart: 0, lastEnd: 0 };

function lastScaleWordOf(head: string): string | undefined {
  const words = head.split(/[^A-Za-z]+/);
  for (let i = words.length - 1; i >= 0; i--) if (words[i] && scaleOfWord(words[i]) > 0) return words[i];
  return undefined;
}

function scaleOfWord(word: string): number {
  const w = word.toLowerCase();
  for (const [re, scale] of SCALE_WORDS) if (re.test(w)) return scale;
  return 0;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Value and decimals of the last number parsed (module scratch: parsing allocates nothing). */
let parsedValue = 0;
let parsedDecimals = 0;

/**
 * Parses the number text[from, to) ("1,234.5", "38.8", "1 234") into parsedValue and parsedDecimals. Spaces group
 * digits. A comma followed by exactly three digits at the end, or any comma when there is also a dot, groups
 * thousands; otherwise commas are decimal commas. More than one decimal mark gives NaN.
 */
function parseDigitsAt(text: string, from: number, to: number): void {
  let commas = 0;
  let dots = 0;
  let digitsAfterLastComma = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      digitsAfterLastComma++;
    } else if (c === 44) {
      commas++;
      digitsAfterLastComma = 0;
    } else if (c === 46) dots++;
    // else: a space separator, not part of the number's value
  }
  // With no dot, a comma is a decimal comma unless it is followed by exactly three digits to the end ("1,234";
  // "1,23 4" too: spaces are dropped).
  const commaIsDecimal = commas > 0 && dots === 0 && digitsAfterLastComma !== 3;
  const marks = commaIsDecimal ? commas : dots;
  if (marks > 1 || digits > 15) {
    parseSlow(text, from, to);
    return;
  }
  let mantissa = 0;
  let decimals = 0;
  let afterMark = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      mantissa = mantissa * 10 + (c - 48);
      if (afterMark) decimals++;
    } else if ((c === 46 && !commaIsDecimal) || (c === 44 && commaIsDecimal)) afterMark = true;
  }
  // Both exact (at most 15 digits; an exact power of ten), so the quotient is the double Number() would give.
  parsedValue = decimals ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
  parsedDecimals = decimals;
}

/** The general case (many marks, or more digits than a double holds exactly): through Number(). */
function parseSlow(text: string, from: number, to: number): void {
  const cleaned = text.slice(from, to).replace(/[\u00a0\u202f\u2009 ]/g, "");
  const lastComma = cleaned.lastIndexOf(",");
  const lastDot = cleaned.lastIndexOf(".");
  const normal = lastComma >= 0 && lastDot < 0 && !/,\d{3}$/.test(cleaned) ? cleaned.replace(/,/g, ".") : cleaned.replace(/,/g, "");
  const dot = normal.lastIndexOf(".");
  parsedValue = Number(normal);
  parsedDecimals = dot >= 0 ? normal.length - dot - 1 : 0;
}

/** Number of decimals a value shows when written compactly (1.5 → 1, 85 → 0, 0.25 → 2). */
function decimalsOf(n: number): number {
  const s = Number(n.toPrecision(10)).toString();
  if (s.includes("e")) return 0;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** head.indexOf("/"), read character by character (surfaces are short; cheaper than the call on a slice). */
function indexOfSlash(head: string): number {
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 47) return i;
  return -1;
}

/** head.includes("per") || head.includes("Per") || head.includes("PER"), in one pass. */
function mayHavePer(head: string): boolean {
  for (let i = 0; i + 2 < head.length; i++) {
    const a = head.charCodeAt(i);
    if (a !== 112 && a !== 80) continue;
    const b = head.charCodeAt(i + 1);
    const c = head.charCodeAt(i + 2);
    if ((b === 101 && c === 114) || (a === 80 && b === 69 && c === 82)) return true;
  }
  return false;
}

/** Half of the last step the surface text is precise to, in the claim's canonical unit; 0 when unknown. */
export function impliedHalfStep(claim: Pick<Claim, "surface" | "value" | "qualifier" | "low" | "high">): number {
  const surface = claim.surface;
  const value = claim.qualifier === "range" ? (claim.high ?? claim.value) : claim.value;
  if (!Number.isFinite(value) || value === 0) return 0;
  // Strip the denominator of a price ("per 100 kWh") so its number is not read as the quantity.
  let head = surface;
  const slash = indexOfSlash(head);
  if (slash >= 0) head = head.slice(0, slash);
  if (mayHavePer(head)) head = head.split(/\bper\b/i)[0];
  const numbers = numberSpans(head, head.length, SPANS);
  const range = claim.qualifier === "range";
  if (numbers.count === 1 && !range) {
    parseDigitsAt(head, numbers.firstStart, numbers.firstEnd);
    if (parsedValue > 0) return 0.5 * Math.pow(10, -parsedDecimals) * (Math.abs(value) / parsedValue);
  }
  if (numbers.count >= 1 && range) {
    parseDigitsAt(head, numbers.lastStart, numbers.lastEnd);
    if (parsedValue > 0) return 0.5 * Math.pow(10, -parsedDecimals) * (Math.abs(value) / parsedValue);
  }
  const lastScaleWord = numbers.count === 1 && !range ? undefined : lastScaleWordOf(head);
  if (lastScaleWord) {
    // Compound ("1 hour and 25 minutes") or spelled out ("an hour-and-a-half", "thirty days"):
    // precise to the smallest unit word it names, at the decimals the value shows in that unit.
    const scale = scaleOfWord(lastScaleWord);
    // "an hour and a half", "two and a half years": precise to the fraction they name, no finer.
    if (numbers.count === 0 && FRACTION_WORD.test(head)) return 0.5 * (/quarter/i.test(head) ? 0.25 : 0.5) * scale;
    const n = Math.abs(value) / scale;
    const d = Math.min(decimalsOf(n), 3);
    return 0.5 * Math.pow(10, -d) * scale;
  }
  if (numbers.count === 0) {
    // Spelled-out plain number ("three times", "a dozen"): precise to its own last digit.
    return 0.5 * Math.pow(10, -Math.min(decimalsOf(Math.abs(value)), 3));
  }
  return 0;
}
