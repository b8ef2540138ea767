/**
 * A central bank's buying: what a central bank buys for its reserves (gold, mostly) is its purchases, not its
 * country's imports. "China imported 120 tonnes of gold in May, while its central bank added 5 tonnes to its reserves"
 * are two facts, and "Poland's central bank led the buying with 90 tonnes", "the National Bank of Poland was the largest
 * buyer, adding 90 tonnes" and "Poland's central bank added 90 tonnes to its reserves" are one.
 *
 * In a sentence that names a central bank (by its name, "Poland's central bank", "central banks", "the official
 * sector"), a word of buying ("bought", "purchases", "buying", "buyer") and the reserves something is added to ("adding
 * 90 tonnes to its reserves") are the central bank's purchases. In a story about central banks' buying (its title or
 * opening says central banks bought), a word of buying in a sentence that names no place is theirs too ("Fourth-quarter
 * purchases jumped 54% to 333t"). Who bought is read as for any measure: the place of the bank ("Poland's", "of
 * India"; see places.ts), and central banks named as a whole are the world's (see scope.ts).
 */
import { storyTells } from "./article";
import type { MeasureConcept, MeasureHit } from "./measure";

export const CENTRAL_BANK_PURCHASES: MeasureConcept = { key: "cb-purchases", name: "central bank purchases", product: true };

/** A central bank named: as such, by the words of its name, or by the sector of them. */
const CENTRAL_BANK = /\b(?:central[-\s]banks?|official[-\s]sector|(?:Central|Reserve|People['’]s)\s+Bank\b|National\s+Bank\s+of\b|Swiss\s+National\s+Bank|Federal\s+Reserve|Bundesbank|Riksbank|Norges\s+Bank|Bank\s+of\s+(?:England|Japan|Canada|Korea|Russia|Italy|France|Spain|Thailand|Israel|Mexico)\b)/i;

/** "central bank ", "central banks' ", "official sector " right before a word. */
const BANKS_BEFORE = /\b(?:central[-\s]banks?['’]?|official[-\s]sector)\s+$/i;

/** Every central bank of a sentence, in order (CENTRAL_BANK read with the g flag). */
const EVERY_CENTRAL_BANK = new RegExp(CENTRAL_BANK.source, "giu");

/** A word of buying (not of customs' imports: "imported", "imports", "arrivals"). */
const BUYING = /^(?:bought|buys|buy|buying|buyers?|purchased|purchases?|purchasing)$/i;

/** Before a word of holdings, what was added to them: "adding 90 tonnes to its", "added 5 tonnes of gold to their". */
const ADDED_TO = /\badd(?:s|ed|ing)?\b(?:[^,;]|,(?=\d)){0,60}\bto\s+(?:its|their|the(?:\s+(?:bank|country|nation)['’]s)?)\s+(?:[\p{L}-]+\s+)?$/iu;
const HOLDINGS = /^(?:reserves|holdings|stockpiles?|stocks|vaults?)$/i;

/** The title or the first three sentences say that central banks bought ("Central banks bought more than 1,000 tonnes"). */
const CENTRAL_BANKS_BUY = /\bcentral[-\s]banks?\b[^.]{0,60}\b(?:bought|buy|buying|buyers?|purchases?|purchased|added|adding)\b|\b(?:bought|buying|purchases|buyers?)\b[^.]{0,40}\bcentral[-\s]banks?\b/i;

export function isCentralBankBuyingStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(CENTRAL_BANKS_BUY, title, sentences, 3);
}

/**
 * The measure words of a sentence with a central bank's buying as its purchases (see above). `story`: the story is
 * about central banks' buying; `namesPlace`: the sentence names a place.
 */
export function centralBankMeasures(sentence: string, hits: readonly MeasureHit[], story: boolean, namesPlace: boolean): MeasureHit[] {
  const named = CENTRAL_BANK.test(sentence);
  if (!named && !(story && !namesPlace)) return hits as MeasureHit[];
  const out = hits.map((h) => {
    const word = sentence.slice(h.start, h.end);
    const bought = h.concept.key === "flow" && h.concept.side === "importer" && BUYING.test(word) && (!named || bankBuys(sentence, h.start, h.end));
    // ("Central bank demand for gold held above 1,000 tonnes": the banks' demand is what they bought)
    const demand = h.concept.key === "consumption" && /^demand$/i.test(word) && BANKS_BEFORE.test(sentence.slice(Math.max(0, h.start - 24), h.start));
    const added = named && h.concept.key === "stocks" && HOLDINGS.test(word) && ADDED_TO.test(sentence.slice(Math.max(0, h.start - 120), h.start));
    return bought || added || demand ? { ...h, concept: CENTRAL_BANK_PURCHASES } : h;
  });
  // "India's central bank added 77 tonnes": what a bank added is what it bought, where no measure word says it
  if (named) {
    BANK_ADDED.lastIndex = 0;
    for (let m = BANK_ADDED.exec(sentence); m; m = BANK_ADDED.exec(sentence)) {
      const start = m.index + m[0].length - m[1].length;
      if (!out.some((h) => h.start < start + m![1].length && start < h.end)) out.push({ concept: CENTRAL_BANK_PURCHASES, start, end: start + m[1].length, verb: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Between a bank and the word of buying it does: no turn to another clause (", while", ", but", a semicolon). */
const SAME_CLAUSE = /^(?:(?!,\s*(?:while|whereas|but|and)\b)[^;])*$/i;

/**
 * Is a central bank the one that buys: named in the clause of the word of buying, before it ("Poland's central bank
 * led the buying", "The National Bank of Poland was the largest buyer") or after it ("Purchases by Turkey's central
 * bank", "Buying accelerated, with central banks purchasing …")? Not "Kenya bought 3 tonnes, while its central bank
 * sat out".
 */
function bankBuys(sentence: string, start: number, end: number): boolean {
  const banks = EVERY_CENTRAL_BANK;
  banks.lastIndex = 0;
  for (let m = banks.exec(sentence); m; m = banks.exec(sentence)) {
    // (a bank that tells the figures is no buyer: "…, the Bank of England said", "Bank of England figures showed",
    // "according to the central bank")
    if (BANK_TELLS.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 24)) || /\baccording\s+to\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (m.index + m[0].length <= start && SAME_CLAUSE.test(sentence.slice(m.index + m[0].length, start))) return true;
    if (m.index >= end && SAME_CLAUSE.test(sentence.slice(end, m.index))) return true;
  }
  return false;
}

/** After a bank's name, its telling of figures: "said", "figures showed", "data show" (not "reported purchases": its own). */
const BANK_TELLS = /^(?:['’]s)?\s+(?:said|says|(?:figures|data|statistics|numbers)\s+(?:showed|show|shows))\b/i;

/** A central bank, then its verb of adding: "central bank added", "the Reserve Bank of India has added". */
const BANK_ADDED = /(?:central[-\s]banks?|\bBank(?:\s+of(?:\s+the)?(?:\s+\p{Lu}[\p{L}]+){1,3})?|official[-\s]sector|Bundesbank|Riksbank|Federal\s+Reserve)\s+(?:also\s+|has\s+|have\s+|had\s+)?(add(?:ed|s|ing)?)\b/giu;

/** A verb of adding right before a number ("added 77 tonnes", "adding another 5 tonnes"): for a purchase, what was bought. */
export const ADDED_BEFORE = /\badd(?:s|ed|ing)\s+(?:(?:another|an?\s+(?:further|additional|extra))\s+)?(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over|an\s+estimated)\s+)?$/i;
