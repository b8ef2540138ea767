/**
 * Currency written before the amount: "$", "US$", "US $61.10", "HK $4.2 billion", "$US90 trillion", "A$", "NZ$",
 * "S$", "Mex$", "USD$", "C $8", "€", "£", "¥", "₽", "₹", "₩", "₺", "R$" and other signs; ISO codes ("USD 12.4 million",
 * "EUR120m", and a few in lower case: "rmb 10", "usd 20") and codes with a scale letter ("MSEK 60", "TEUR 450"); "Rs",
 * "Rp", "RM"; "R2.1 trillion" (rand).
 *
 * "¥" is the yuan when the article names China (China, Chinese, Beijing, yuan, renminbi, RMB) more often than Japan
 * (Japan, Japanese, Tokyo, yen, Nikkei), or when the yuan is named within 80 characters; the yen otherwise.
 */
import { localDollar } from "./localDollar";
import * as chars from "../text/chars";
import * as lookupModule from "../text/lookup";
import * as isoModule from "./isoCurrencies";
import * as textFactsModule from "./textFacts";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
const { isAsciiLetter, isDigit, isInlineSpace } = chars;
const { isIsoCurrency } = isoModule;
const { yenSignIsYuan } = textFactsModule;

export interface CurrencyPrefix {
  code: string;
  /** Where the currency text starts (may be before the symbol: "US$"). */
  start: number;
  /** Position right after the currency text (before any space). */
  end: number;
  /** A scale written into the code: "MSEK 60" is 60 million kronor, "TEUR 450" 450 thousand euros. */
  factor?: number;
}

/** Letters before "$" (glued, or one space apart in capitals: "HK $4.2 billion") or after it ("$US", "$A"). */
const DOLLAR_PREFIX = lookupTable<string>({
  US: "USD", "U.S.": "USD", A: "AUD", AU: "AUD", C: "CAD", CA: "CAD", Can: "CAD", HK: "HKD", NZ: "NZD", S: "SGD",
  SG: "SGD", R: "BRL", NT: "TWD", Mex: "MXN", MX: "MXN", J: "JMD", TT: "TTD", EC: "XCD", Z: "ZWL", N: "NAD",
});
/** Single letters that may stand one space before the "$" (not "A", an article, nor "S", "R", "N", "J", "Z" initials). */
const SPACED_LETTERS = "C";
const SYMBOLS = lookupTable<string>({
  "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR", "₩": "KRW", "₺": "TRY", "₴": "UAH", "₱": "PHP",
  "₦": "NGN", "₫": "VND", "₪": "ILS", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₮": "MNT", "₸": "KZT", "₼": "AZN",
  "฿": "THB", "₿": "BTC", "₲": "PYG", "₵": "GHS",
});
/** Every sign above and "$": the characters a currency can start with before the digits (candidates of the scan). */
export const CURRENCY_SIGNS = "$" + Object.keys(SYMBOLS).join("");

/** A sign after the amount, as much of Europe writes it: "10 €", "100₾", "100元". */
export function currencySignAt(text: string, pos: number): string {
  const c = text.charAt(pos);
  if (c === "$") return "USD";
  if (c === "\u5143") return "CNY";
  return SYMBOLS[c] ?? "";
}

/** Letter prefixes that are not ISO codes: "Rs 500", "Rp 10,000", "RM 2.5 billion", "R2.1 trillion". */
const LETTER_PREFIXES = lookupTable<string>({ RMB: "CNY", Rs: "INR", "Rs.": "INR", Rp: "IDR", RM: "MYR", R: "ZAR", Dh: "AED", Dhs: "AED" });

/** Codes also written in lower case before the amount. */
const LOWER_CODES = lookupTable<string>({ rmb: "CNY", usd: "USD", eur: "EUR", gbp: "GBP", cny: "CNY", jpy: "JPY", inr: "INR" });

/** The scale letter before an ISO code ("MSEK", "TEUR", "KUSD"). */
const CODE_SCALES = lookupTable<number>({ M: 1e6, T: 1e3, K: 1e3 });

const YUAN_NEAR = /yuan|renminbi|RMB|CNY|Chinese currency/i;

function isLetterOrDot(c: number): boolean {
  return isAsciiLetter(c) || c === 46;
}

/** Parse a currency prefix whose symbol or code starts at pos. */
export function currencyAt(text: string, pos: number): CurrencyPrefix | null {
  const c = text.charAt(pos);
  if (c === "$") return dollarAt(text, pos);
  const sym = SYMBOLS[c];
  if (sym) {
    if (sym === "JPY") {
      const window = text.slice(Math.max(0, pos - 80), Math.min(text.length, pos + 80));
      if (YUAN_NEAR.test(window) || yenSignIsYuan(text)) return { code: "CNY", start: pos, end: pos + 1 };
    }
    return { code: sym, start: pos, end: pos + 1 };
  }
  if (!isAsciiLetter(text.charCodeAt(pos))) return null;
  // "MUSD 30", "MSEK 60", "TEUR 450", "KSEK": a million or a thousand of the code, as Nordic and German reports write
  const scaled = CODE_SCALES[text.charAt(pos)];
  if (scaled && isIsoCurrency(text, pos + 1, pos + 4) && !isAsciiLetter(text.charCodeAt(pos + 4)) && (pos === 0 || !isAsciiLetter(text.charCodeAt(pos - 1)))) {
    return { code: text.slice(pos + 1, pos + 4), start: pos, end: pos + 4, factor: scaled };
  }
  // an ISO code, or "USD$", "MXN$"
  let e = pos;
  while (e < text.length && e < pos + 4 && isLetterOrDot(text.charCodeAt(e))) e++;
  if (e - pos >= 3 && isIsoCurrency(text, pos, pos + 3)) {
    const end = text.charCodeAt(pos + 3) === 36 ? pos + 4 : pos + 3;
    if (end === pos + 4 || !isAsciiLetter(text.charCodeAt(pos + 3))) return { code: text.slice(pos, pos + 3), start: pos, end };
  }
  // a few codes written in lower case before the amount ("rmb 10", "usd 20"; not "rub", a word)
  const lower = LOWER_CODES[text.slice(pos, pos + 3)];
  if (lower && !isAsciiLetter(text.charCodeAt(pos + 3)) && (pos === 0 || !isAsciiLetter(text.charCodeAt(pos - 1)))) {
    return { code: lower, start: pos, end: pos + 3 };
  }
  for (const len of [4, 3, 2, 1]) {
    const code = LETTER_PREFIXES[text.slice(pos, pos + len)];
    if (code && !isAsciiLetter(text.charCodeAt(pos + len)) && (pos === 0 || !isAsciiLetter(text.charCodeAt(pos - 1)))) {
      return { code, start: pos, end: pos + len };
    }
  }
  return null;
}

function dollarAt(text: string, pos: number): CurrencyPrefix {
  // letters glued before the $: US$, HK$, C$, Mex$, USD$
  let s = pos;
  while (s > 0 && s > pos - 4 && isLetterOrDot(text.charCodeAt(s - 1))) s--;
  if (s < pos) {
    const before = s > 0 ? text.charCodeAt(s - 1) : 32;
    const letters = text.slice(s, pos);
    const upper = letters.toUpperCase();
    // "US$", "HK$", "Mex$", and ISO codes in either case: "USD$", "mxn$"
    const code = DOLLAR_PREFIX[letters] ?? (isIsoCurrency(upper, 0, upper.length) ? upper : undefined);
    if (code && !isAsciiLetter(before)) return { code, start: s, end: pos + 1 };
  }
  // one space between capitals and the $: "HK $4.2 billion", "US $61.10"
  if (pos >= 2 && isInlineSpace(text.charCodeAt(pos - 1))) {
    let t = pos - 1;
    while (t > 0 && t > pos - 6 && isLetterOrDot(text.charCodeAt(t - 1))) t--;
    const letters = text.slice(t, pos - 1);
    // one letter only where it cannot be a word ("C $8", not "A $5 fee")
    const code = letters.length >= 2 || (letters.length === 1 && SPACED_LETTERS.includes(letters.toUpperCase()))
      ? DOLLAR_PREFIX[letters] ?? DOLLAR_PREFIX[letters.toUpperCase()]
      : undefined;
    if (code && (t === 0 || !isAsciiLetter(text.charCodeAt(t - 1)))) return { code, start: t, end: pos + 1 };
  }
  // letters after the $: "$US90 trillion", "$A5", "$NZ"
  let e = pos + 1;
  while (e < text.length && e < pos + 4 && isAsciiLetter(text.charCodeAt(e))) e++;
  if (e > pos + 1 && isDigit(text.charCodeAt(e))) {
    const code = DOLLAR_PREFIX[text.slice(pos + 1, e)];
    if (code) return { code, start: pos, end: e };
  }
  // a bare "$": the local dollar in a story about a dollar country that never marks US dollars (localDollar.ts)
  return { code: localDollar(text), start: pos, end: pos + 1 };
}
