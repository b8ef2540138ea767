/**
 * Which dollar a bare "$" is: in a story about Australia, Canada, New Zealand, Singapore, Hong Kong or Taiwan (named
 * in its title or opening) that never marks US dollars ("US$", "USD", "U.S. dollars"), the local one — a Perth paper's
 * "$380 a tonne" is A$ — and the US dollar everywhere else (a writer who marks US dollars anywhere writes the local
 * ones as "A$", "C$").
 */
import { countMatches } from "../text/countMatches";

type Country = [code: string, names: RegExp];

// (the US first: a story that names the US as often as Canada, "U.S. and Canadian theaters", counts in US dollars)
const COUNTRIES: readonly Country[] = [
  ["USD", /\b(?:United States|US|USA|America|American|Americans|Washington|New York|Wall Street)\b|\bU\.S\.(?!\w)/g],
  ["AUD", /\b(?:Australia|Australian|Australians|Canberra|Sydney|Melbourne|Perth|Brisbane|Adelaide)\b/g],
  ["CAD", /\b(?:Canada|Canadian|Canadians|Ottawa|Toronto|Vancouver|Montreal|Alberta|Ontario|Quebec)\b/g],
  ["NZD", /\b(?:New Zealand|New Zealanders|Wellington|Auckland)\b/g],
  ["SGD", /\b(?:Singapore|Singaporean|Singaporeans)\b/g],
  ["HKD", /\b(?:Hong Kong)\b/g],
  ["TWD", /\b(?:Taiwan|Taiwanese|Taipei)\b/g],
];
const US_MARKED = /\bUS\s?\$|\bU\.S\.\s?\$|\bUSD\b|\b(?:US|U\.S\.|American)\s+dollars?\b/;

/** How much of the text is its title and opening, in characters. */
const OPENING = 600;

let lastText: string | null = null;
let lastCode = "USD";


/** The ISO code of a bare "$" in this text. Decided once per text. */
export function localDollar(text: string): string {
  if (text === lastText) return lastCode;
  lastText = text;
  lastCode = "USD";
  if (US_MARKED.test(text)) return lastCode;
  let best = 0;
  // (a story about the country: named in its title or opening, not only in passing further down — "The comparison
  // with Australia, the world's largest producer, …" in a story about Chile's exports leaves "$" the US dollar)
  const opening = text.slice(0, OPENING);
  for (const [code, names] of COUNTRIES) {
    names.lastIndex = 0;
    if (!names.test(opening)) continue;
    const n = countMatches(names, text);
    if (n > best) {
      best = n;
      lastCode = code;
    }
  }
  return lastCode;
}
