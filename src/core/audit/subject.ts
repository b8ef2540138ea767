/**
 * What a claim measures, reduced to a comparable key: content words of the subject, synonyms folded onto one head
 * ("conversation", "talks", "discussion" → "call"; "turnover" → "trade"), plurals singularised, stop words,
 * quantities, reporting verbs, weak modifiers and country words removed (countries are entities, kept apart).
 * The key is the sorted set of what remains, so "gas deliveries" = "deliveries of gas", and merging is exact-key
 * only: conservative by design.
 */
import { isWhiteSpace } from "../text/chars";
import { WordTable, fnv1a } from "../text/wordTable";
import type { Claim } from "../types";
import { entityKeys, scanEntities, stripEntities } from "./entities";
import { PHRASES, QUANTITY_WORDS, STOPWORDS, SYNONYMS, VAGUE_HEADS, VERBS, WEAK_MODIFIERS } from "./lexicon";
import { sortStrings } from "./sortStrings";

export interface SubjectKey {
  /** Sorted content words ("call", "deliveries gas"); "" when nothing is left. */
  key: string;
  /**
   * Words folded by the synonym lexicon, as pairs: canonical, original word seen, canonical, original, … (each
   * canonical once, with the last word folded onto it). Pairs in a list, not a Map: a quarter of a corpus's subjects
   * fold a word, and a Map each weighed ~120 bytes more.
   */
  folded: readonly string[];
  /** True when the subject is empty or names nothing in particular: never merged across sources. */
  vague: boolean;
  /** Countries and peoples the subject names (kept out of the key). */
  entities: string[];
  /** FNV-1a hash of `key` (32 bits), so that claims can be bucketed without hashing the key again. */
  hash: number;
}

function singular(w: string): string {
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  const prev = w.charCodeAt(n - 2);
  if (prev === 115 /* ss */ || (prev === 117 /* us */) || (prev === 105 /* is */)) return w;
  if (w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** Words that carry no subject: stop words, quantities, reporting verbs, weak modifiers. */
const IGNORED = new Set([...STOPWORDS, ...QUANTITY_WORDS, ...VERBS, ...WEAK_MODIFIERS]);

/** IGNORED, found without building each word's string (most words of a subject are ignored). */
const IGNORED_TABLE = new WordTable(IGNORED);

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** `[...new Set(words)].sort()` in place, for the few words of a subject: sorted, then equal neighbours dropped. */
function sortedUnique(words: string[]): string[] {
  sortStrings(words);
  let n = 1;
  for (let i = 1; i < words.length; i++) if (words[i] !== words[n - 1]) words[n++] = words[i];
  words.length = n;
  return words;
}

const NO_FOLDS: readonly string[] = Object.freeze([]);
const EMPTY: SubjectKey = { key: "", folded: NO_FOLDS, vague: true, entities: [], hash: keyHash("") };

const WORDS: string[] = [];

/** The key of a subject (an audit analyses each distinct subject text once, see subjectKeys). */
export function subjectKey(subject: string): SubjectKey {
  if (!subject) return EMPTY;
  const hits = scanEntities(subject);
  let text = stripEntities(subject, hits).toLowerCase();
  if (text.includes("'s") || text.includes("’s")) text = text.replace(/['’]s\b/g, "");
  if (/video|phone|turnover/.test(text)) for (const [re, to] of PHRASES) text = text.replace(re, to);
  let folded: string[] | undefined;
  // One scratch list for every subject (subjectKey does not call itself): only the key outlives the call.
  const words = WORDS;
  words.length = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && isWordChar(text.charCodeAt(j))) j++;
    const from = i;
    i = j;
    if (j - from < 2 || IGNORED_TABLE.find(text, from, j) !== undefined) continue;
    const raw = text.slice(from, j);
    const one = singular(raw);
    const canonical = SYNONYMS.get(raw) ?? (one !== raw ? SYNONYMS.get(one) : undefined);
    if (canonical) {
      if (canonical !== raw) {
        if (!folded) folded = [canonical, raw];
        else addFold(folded, canonical, raw);
      }
      words.push(canonical);
    } else {
      if (one === raw || !IGNORED.has(one)) words.push(one);
    }
  }
  const unique = words.length > 1 ? sortedUnique(words) : words;
  let vague = true;
  for (const w of unique) if (!VAGUE_HEADS.has(w)) vague = false;
  const key = unique.length === 1 ? unique[0] : unique.join(" ");
  words.length = 0;
  return { key, folded: folded ?? NO_FOLDS, vague, entities: entityKeys(hits), hash: keyHash(key) };
}

/** Sets the original word of `canonical` in a list of fold pairs (as Map.set would). */
function addFold(pairs: string[], canonical: string, original: string): void {
  for (let i = 0; i < pairs.length; i += 2) {
    if (pairs[i] === canonical) {
      pairs[i + 1] = original;
      return;
    }
  }
  pairs.push(canonical, original);
}

/** FNV-1a (32-bit) of a subject key. */
export function keyHash(key: string): number {
  return fnv1a(key) | 0;
}

const PREPOSITION = /^(?:of|in|for|to|at|by|from|with|on|about|over|under|around|nearly|almost|roughly|some|up|more|than|less|least|just|approximately|as|many|much|the|a|an)$/i;
const AUXILIARY = /^(?:has|have|had|was|were|is|are|be|been|will|would|could|should|may|might)$/i;
const CONTENT = /^[A-Za-z][A-Za-z-]*$/;
const NP_GLUE = /^(?:of|between|and|the|in|from|to|with|for|through|on)$/i;

function isContent(w: string): boolean {
  const l = w.toLowerCase();
  return CONTENT.test(w) && !STOPWORDS.has(l) && !VERBS.has(l) && !QUANTITY_WORDS.has(l) && !PREPOSITION.test(w) && !AUXILIARY.test(w);
}

/** A character that ends a clause around the number: , . ; : ( ) dashes, quotes. */
function isClauseStop(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013 || c === 34 || c === 0x201c || c === 0x201d;
}

/**
 * The words (runs of non-space characters) of text[from, to), at most `limit` of them: what
 * text.slice(from, to).trim().split(/\s+/).filter(Boolean).slice(0, limit) gives, without the intermediate strings.
 */
function wordsIn(text: string, from: number, to: number, limit = Infinity): string[] {
  const words: string[] = [];
  let i = from;
  while (words.length < limit) {
    while (i < to && isWhiteSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    let j = i + 1;
    while (j < to && !isWhiteSpace(text.charCodeAt(j))) j++;
    words.push(text.slice(i, j));
    i = j;
  }
  return words;
}

/**
 * A subject read from the sentence around the number when the extractor gave none: the noun right after the
 * quantity ("the hour-and-a-half discussion", "56,000 Chinese students"), else the noun phrase before the verb
 * that leads to it ("The conversation lasted 1 hour…", "bilateral trade has exceeded $200 billion").
 */
export function subjectFromSentence(claim: Pick<Claim, "sentence" | "sentenceStart" | "start" | "end">): string {
  const rel = claim.start - claim.sentenceStart;
  const relEnd = claim.end - claim.sentenceStart;
  if (rel < 0 || relEnd > claim.sentence.length) return "";
  const sentence = claim.sentence;
  // The clause after the number (up to 60 characters, to the first stop), its first three words.
  const afterEnd = Math.min(sentence.length, relEnd + 60);
  let stop = afterEnd;
  for (let i = relEnd; i < afterEnd; i++) {
    if (isClauseStop(sentence.charCodeAt(i))) {
      stop = i;
      break;
    }
  }
  const picked: string[] = [];
  for (const w of wordsIn(sentence, relEnd, stop, 3)) {
    if (!isContent(w)) break;
    picked.push(w);
    if (/(?:s|ion|ment|ance|ence|ity|ies)$/i.test(w)) break;
  }
  if (picked.length) return picked.join(" ");
  // The clause before the number (up to 80 characters, from the last stop).
  const beforeStart = Math.max(0, rel - 80);
  let from = beforeStart;
  for (let i = rel - 1; i >= beforeStart; i--) {
    if (isClauseStop(sentence.charCodeAt(i))) {
      from = i + 1;
      break;
    }
  }
  const words = wordsIn(sentence, from, rel);
  // Drop the qualifier and preposition words right before the number, then the verb and its auxiliaries.
  while (words.length && PREPOSITION.test(words[words.length - 1])) words.pop();
  let sawVerb = false;
  while (words.length) {
    const w = words[words.length - 1].toLowerCase();
    if (VERBS.has(w) || (/ed$/.test(w) && w.length > 4) || AUXILIARY.test(w)) {
      words.pop();
      sawVerb = true;
    } else break;
  }
  if (!sawVerb) return "";
  // "talks in Lisbon that lasted five hours": the relative pronoun points back to the subject.
  while (words.length && /^(?:that|which|who|it|they)$/i.test(words[words.length - 1])) words.pop();
  // The noun phrase before the verb, with its "of …"/"between …" tail ("trade of the plant between A and B").
  const np: string[] = [];
  for (let i = words.length - 1; i >= 0 && np.length < 8; i--) {
    const w = words[i];
    if (!isContent(w) && !/^[A-Z]/.test(w) && !NP_GLUE.test(w)) break;
    np.unshift(w);
  }
  while (np.length && NP_GLUE.test(np[0])) np.shift();
  return np.join(" ");
}
