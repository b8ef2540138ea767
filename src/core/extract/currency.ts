/** Currency written before the amount: "$", "US$", "€", "£", "¥", "₽", "USD ", "RMB ". */
import * as chars from "../text/chars";
import * as lookupModule from "../text/lookup";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
const { isAsciiLetter } = chars;

export interface CurrencyPrefix {
  code: string;
  /** Where the currency text starts (may be before the symbol: "US$"). */
  start: number;
  /** Position right after the currency text (before any space). */
  end: number;
}

const DOLLAR_PREFIX = lookupTable<string>({ US: "USD", "U.S.": "USD", A: "AUD", AU: "AUD", C: "CAD", CA: "CAD", HK: "HKD", NZ: "NZD", S: "SGD", R: "BRL", NT: "TWD" });
const SYMBOLS = lookupTable<string>({ "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR", "₩": "KRW", "₺": "TRY" });
const CODES = lookupTable<string>({ USD: "USD", EUR: "EUR", GBP: "GBP", JPY: "JPY", CNY: "CNY", RMB: "CNY", RUB: "RUB", INR: "INR", CHF: "CHF", Rs: "INR" });

const YUAN_NEAR = /yuan|renminbi|RMB|CNY|Chinese currency/i;

/** Parse a currency prefix whose symbol or code starts at pos. */
export function currencyAt(text: string, pos: number): CurrencyPrefix | null {
  const c = text.charAt(pos);
  if (c === "$") {
    // letters glued before the $: US$, HK$, C$
    let s = pos;
    while (s > 0 && s > pos - 4 && (isAsciiLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
    if (s < pos) {
      const before = s > 0 ? text.charCodeAt(s - 1) : 32;
      const code = DOLLAR_PREFIX[text.slice(s, pos)];
      if (code && !isAsciiLetter(before)) return { code, start: s, end: pos + 1 };
    }
    return { code: "USD", start: pos, end: pos + 1 };
  }
  const sym = SYMBOLS[c];
  if (sym) {
    if (sym === "JPY") {
      const window = text.slice(Math.max(0, pos - 80), Math.min(text.length, pos + 80));
      if (YUAN_NEAR.test(window)) return { code: "CNY", start: pos, end: pos + 1 };
    }
    return { code: sym, start: pos, end: pos + 1 };
  }
  const three = text.slice(pos, pos + 3);
  const code = CODES[three] ?? CODES[text.slice(pos, pos + 2)];
  if (code) {
    const len = CODES[three] ? 3 : 2;
    return { code, start: pos, end: pos + len };
  }
  return null;
}
