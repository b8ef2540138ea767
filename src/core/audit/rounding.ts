/**
 * The precision a figure's own wording implies: "$245 bn" is rounded to the billion (±0.5 bn), "1.5 hours" and
 * "an hour-and-a-half" to a tenth of an hour (±0.05 h), "1 hour and 25 minutes" to the minute (±0.5 min).
 * Returned as a half-step in the claim's canonical unit (0 when the wording tells nothing).
 */
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


const NONE: string[] = [];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSeparator(c: number): boolean {
  return c === 44 || c === 46 || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** The numbers written in digits ("1,234.5", "38.8", "1 234"), scanned without regular expressions. */
function numberTokens(text: string): string[] {
  let out: string[] | undefined;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isDigit(c)) j++;
      else if (isSeparator(c) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    (out ??= []).push(text.slice(i, j));
    i = j;
  }
  return out ?? NONE;
}

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

/** Parses "1,234.5" / "38.8" / "1 234" into value and number of decimals. */
function parseDigits(token: string): { value: number; decimals: number } {
  if (/^\d+$/.test(token)) return { value: Number(token), decimals: 0 };
  const cleaned = token.replace(/[\u00a0\u202f\u2009 ]/g, "");
  // A comma followed by exactly three digits is a thousands separator; otherwise a decimal comma.
  const lastComma = cleaned.lastIndexOf(",");
  const lastDot = cleaned.lastIndexOf(".");
  let normal = cleaned;
  if (lastComma >= 0 && lastDot < 0 && !/,\d{3}$/.test(cleaned)) normal = cleaned.replace(/,/g, ".");
  else normal = cleaned.replace(/,/g, "");
  const dot = normal.lastIndexOf(".");
  const decimals = dot >= 0 ? normal.length - dot - 1 : 0;
  return { value: Number(normal), decimals };
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
  const numbers = numberTokens(head);
  const lastScaleWord = numbers.length === 1 && claim.qualifier !== "range" ? undefined : lastScaleWordOf(head);
  if (numbers.length === 1 && claim.qualifier !== "range") {
    const { value: n, decimals } = parseDigits(numbers[0]);
    if (n > 0) {
      const multiplier = Math.abs(value) / n;
      return 0.5 * Math.pow(10, -decimals) * multiplier;
    }
  }
  if (numbers.length >= 1 && claim.qualifier === "range") {
    const { value: n, decimals } = parseDigits(numbers[numbers.length - 1]);
    if (n > 0) return 0.5 * Math.pow(10, -decimals) * (Math.abs(value) / n);
  }
  if (lastScaleWord) {
    // Compound ("1 hour and 25 minutes") or spelled out ("an hour-and-a-half", "thirty days"):
    // precise to the smallest unit word it names, at the decimals the value shows in that unit.
    const scale = scaleOfWord(lastScaleWord);
    const n = Math.abs(value) / scale;
    const d = Math.min(decimalsOf(n), 3);
    return 0.5 * Math.pow(10, -d) * scale;
  }
  if (numbers.length === 0) {
    // Spelled-out plain number ("three times", "a dozen"): precise to its own last digit.
    return 0.5 * Math.pow(10, -Math.min(decimalsOf(Math.abs(value)), 3));
  }
  return 0;
}
