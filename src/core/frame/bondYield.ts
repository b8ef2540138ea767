/**
 * A government bond's yield: a percentage in a clause that names the yield of bonds ("the 10-year gilt yield climbed
 * to 4.80%", "the yield on 30-year Treasuries jumped to 5.05%", "ten-year yields rose to 4.80%"), and its move in basis
 * points. The bond's term ("10-year", "thirty-year") is the figure's site: the 10-year and the 30-year yield are two
 * figures, and never a crop's yield, whatever word the lexicon reads for "yield". A yield changes by the day: it is
 * the yield of the day it was told (see frameClaims).
 */
import type { FrameMeasure } from "./types";

/** "yield" or "yields" near a bond word or a term: the clause is about a bond's yield. */
const YIELDS = /\byields?\b/gi;
const BOND = /\b(?:bonds?|gilts?|treasur(?:y|ies)|bunds?|JGBs?|notes?|OATs?|BTPs?|sovereign\s+debt|government\s+(?:debt|paper))\b/i;
/** A term: "10-year", "ten-year", "30-yr", "2-year". */
const TERM = /\b(\d{1,2}|two|three|five|seven|ten|twenty|thirty)[-\s](?:year|yr)\b/gi;
const TERM_WORDS: Record<string, number> = { two: 2, three: 3, five: 5, seven: 7, ten: 10, twenty: 20, thirty: 30 };

const BOND_YIELD: FrameMeasure = { key: "bond-yield", name: "bond yield", how: "clause" };

export interface BondYield {
  measure: FrameMeasure;
  /** The bond's term in years, when the clause names one. */
  years?: number;
}

/**
 * The yield a percentage (or a move in basis points, unit "pp") at [start, end) of `sentence` states, its clause
 * [from, to), or undefined when the clause names no bond's yield before the number.
 */
export function bondYieldOf(sentence: string, from: number, start: number, unit: string): BondYield | undefined {
  if (unit !== "%" && unit !== "pp") return undefined;
  const before = sentence.slice(Math.max(from, start - 90), start);
  // (the last yield word before the number: "Ten-year yields climbed to 4.80% and two-year yields stood at 4.01%")
  let y: RegExpExecArray | undefined;
  for (const m of before.matchAll(YIELDS)) y = m;
  if (!y) return undefined;
  const terms = [...before.matchAll(TERM)];
  if (!BOND.test(sentence.slice(Math.max(from, start - 90), Math.min(sentence.length, start + 40))) && !terms.length) return undefined;
  // the term nearest the yield word
  const term = terms.sort((a, b) => Math.abs(a.index - y.index) - Math.abs(b.index - y.index))[0];
  const years = term ? (TERM_WORDS[term[1].toLowerCase()] ?? Number(term[1])) : undefined;
  return years ? { measure: BOND_YIELD, years } : { measure: BOND_YIELD };
}
