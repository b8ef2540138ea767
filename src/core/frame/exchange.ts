/**
 * The exchange a traded good's price is quoted on, named by its city: "Cocoa futures in New York rose 4.1% to $10,640",
 * "New York cocoa futures climbed", "London cocoa gained 3.2% to £7,890", "In London, the benchmark contract gained".
 * A good quoted on two exchanges has two prices (New York's in dollars, London's in pounds): the exchange is the
 * price's site, and the price is a market's, no country's (not the UK's for London's, nor the grower's), of the day
 * told.
 *
 * Read only for the price of a traded good (or its move), in a clause that speaks of a market ("futures",
 * "contract", "benchmark", "exchange", "prices in New York", or the good's name right after the city); never a country
 * ("Ivory Coast cocoa" is where it grows). House prices in London are no good's: they stay London's (site.ts).
 */
import type { PlaceMention } from "./places";
import type { ProductHit } from "./product";

export interface Exchange {
  /** "new york". */
  key: string;
  /** "New York". */
  name: string;
}

const CITY = "([A-Z][\\p{Ll}]+(?:[ \\t][A-Z][\\p{Ll}]+)?)";
/** "in New York", "on London's", "In London,". */
const IN_CITY = new RegExp(`\\b[Ii]n[ \\t]+${CITY}(?=['’]s\\b|[ \\t]*,|[ \\t]+(?:trading|trade|futures|\\p{Ll}))`, "gu");
/** Words of a market in the clause: the city is an exchange's. */
const MARKET_WORDS = /\b(?:futures|contracts?|benchmark|exchange|traded|trading|settled|bourse|prices?)\b/i;

/**
 * The exchange of a price at `start` in its clause [from, to): a city right before a good's name ("London cocoa",
 * "New York cocoa futures"), or after "in" in a clause that speaks of a market; never a country. `products`, `places`:
 * the sentence's goods and places.
 */
export function exchangeOf(sentence: string, products: readonly ProductHit[], places: readonly PlaceMention[], from: number, to: number, start: number): Exchange | undefined {
  // (a country is where goods grow or are sold, no exchange: "Ivory Coast cocoa"; a capital or a city may be one: "London cocoa", "New York cocoa")
  const country = (at: number, name: string) => places.some((p) => p.start < at + name.length && at < p.end && p.form !== "capital" && p.form !== "city");
  // "New York cocoa futures", "London cocoa": the city right before the good's name, before the number
  // (the good named last before the number: "New York cocoa rose 4.1% …, and London cocoa rose 3.2% to £7,980")
  for (let k = products.length - 1; k >= 0; k--) {
    const p = products[k];
    if (p.start < from || p.end > start) continue;
    // (the whole name: not the end of a longer one, "West Texas Intermediate crude")
    const m = new RegExp(`(?<![A-Z][\\p{L}]*[ \\t])${CITY}[ \\t]+$`, "u").exec(sentence.slice(Math.max(from, p.start - 30), p.start));
    if (m && !m[1].split(/[ \t]/).some((w) => NOT_CITY.test(w)) && !country(Math.max(from, p.start - 30) + m.index, m[1])) return { key: m[1].toLowerCase(), name: m[1] };
  }
  const clause = sentence.slice(from, to);
  if (!MARKET_WORDS.test(clause)) return undefined;
  IN_CITY.lastIndex = 0;
  // (nor a month or a day: "rose 2.3p in May to 137.6p")
  for (let m = IN_CITY.exec(clause); m; m = IN_CITY.exec(clause)) if (!CALENDAR.test(m[1]) && !country(from + m.index + m[0].length - m[1].length, m[1])) return { key: m[1].toLowerCase(), name: m[1] };
  return undefined;
}

/** Months and days, named after "in" as a city would be. */
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A capitalised word that only opens a sentence or describes the good ("The", "While", "Spot"): no city's. */
const NOT_CITY = /^(?:The|A|An|In|On|At|Its|Their|While|Whereas|But|And|As|With|For|From|To|Meanwhile|However|Global|World|Spot|Benchmark|Raw|Refined|Arabica|Robusta|White|Brent|Intermediate|Crude)$/;
