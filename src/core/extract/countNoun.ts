/**
 * The noun a count counts: "56,000 Chinese students", "three major platforms", "dozens of joint universities".
 * Up to three words after the number, ending in a plural noun (or an invariant plural such as "people"); one "and"
 * or "or" may join two of them ("passport and licence numbers").
 */
import * as chars from "../text/chars";
import * as lookupModule from "../text/lookup";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
const { isLetter, isUpper, isInlineSpace, isHyphen, lowerWord } = chars;

const NOT_NOUNS = lookupTable<boolean>({
  was: true, has: true, does: true, is: true, this: true, thus: true, its: true, as: true, us: true, yes: true,
  less: true, unless: true, across: true, perhaps: true, always: true, sometimes: true, besides: true,
  towards: true, afterwards: true, whereas: true, news: true, plus: true, his: true, hers: true, ours: true,
  theirs: true, yours: true, whose: true, various: true, previous: true, serious: true, famous: true,
  numerous: true, bonus: true, status: true, campus: true, census: true, focus: true, consensus: true,
});

const STOP = lookupTable<boolean>({
  of: true, the: true, a: true, an: true, and: true, or: true, to: true, in: true, on: true, at: true, for: true,
  by: true, with: true, from: true, as: true, is: true, are: true, was: true, were: true, be: true, been: true,
  has: true, have: true, had: true, this: true, that: true, these: true, those: true, it: true, which: true,
  who: true, than: true, more: true, less: true, times: true, but: true, not: true, will: true, would: true,
  can: true, could: true, may: true, might: true, should: true, per: true, each: true, every: true, into: true,
  over: true, under: true, about: true, after: true, before: true, since: true, until: true, during: true,
  while: true, when: true, where: true, if: true, then: true, there: true, their: true, they: true, we: true,
  he: true, she: true, you: true, i: true, also: true, only: true, just: true, so: true, such: true, no: true,
  s: true, year: true, years: true, percent: true, cent: true,
});

const INVARIANT_PLURALS = lookupTable<boolean>({
  people: true, children: true, men: true, women: true, staff: true, personnel: true, police: true, cattle: true,
  sheep: true, fish: true, aircraft: true, livestock: true, feet: true, teeth: true, mice: true, geese: true,
  data: true, media: true, criteria: true, phenomena: true, vehicles: true,
});

export interface Span {
  start: number;
  end: number;
}

function readWord(text: string, pos: number): number {
  let e = pos;
  const max = Math.min(text.length, pos + 30);
  while (e < max) {
    const c = text.charCodeAt(e);
    if (isLetter(c) || c === 39 || c === 0x2019 || (isHyphen(c) && e > pos && isLetter(text.charCodeAt(e + 1)))) e++;
    else if (c === 46 && isInitialDot(text, pos, e)) e++;
    else break;
  }
  return e;
}

/** The dots of an abbreviation written with initials: "U.S.", "U.K." (a capital before, and a capital or ". " around). */
function isInitialDot(text: string, start: number, e: number): boolean {
  if (e === start || !isUpper(text.charCodeAt(e - 1))) return false;
  return isUpper(text.charCodeAt(e + 1)) || (e - start >= 2 && text.charCodeAt(e - 2) === 46);
}

const NOT_PLURAL_ENDING = /(?:ss|us|is|ous|'s|’s)$/;

function isPluralNoun(word: string): boolean {
  const w = lowerWord(word);
  if (INVARIANT_PLURALS[w]) return true;
  if (w.length < 3 || NOT_NOUNS[w] || STOP[w]) return false;
  if (isUpper(word.charCodeAt(0)) && word.length > 1 && isUpper(word.charCodeAt(1))) return false; // acronyms
  if (w.charCodeAt(w.length - 1) !== 115) return false; // s
  if (NOT_PLURAL_ENDING.test(w)) return false;
  return true;
}

/** The noun phrase after pos when it ends in a plural noun within three words ("of" may come first). */
export function countNounAfter(text: string, pos: number, allowOf = true): Span | null {
  let p = pos;
  let first = -1;
  // (one "and" or "or" between two words of the phrase takes no word's place: "2.1m passport and licence numbers")
  let joined = false;
  for (let k = 0; k < 4; k++) {
    // exactly one run of inline spaces between words (or a hyphen right after the number: "3-member")
    const s0 = p;
    while (p < text.length && p < s0 + 3 && isInlineSpace(text.charCodeAt(p))) p++;
    if (p === s0 && !(k === 0 && isHyphen(text.charCodeAt(p)))) return null;
    if (p === s0) p++;
    const we = readWord(text, p);
    if (we === p) return null;
    const word = text.slice(p, we);
    const lower = lowerWord(word);
    if (k === 0 && allowOf && lower === "of") {
      p = we;
      continue;
    }
    if (first < 0) first = p;
    if (isPluralNoun(word)) {
      // a capitalised plural right after the number is usually a name ("16 Comments" is caught as furniture)
      return { start: first, end: we };
    }
    if (first !== p && !joined && (lower === "and" || lower === "or")) {
      joined = true;
      k--;
      p = we;
      continue;
    }
    if (STOP[lower]) return null;
    p = we;
  }
  return null;
}
