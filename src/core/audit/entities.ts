/**
 * Countries and peoples a claim is about, with their role: "place:cn" for China (or a Chinese thing: "Chinese gas",
 * "Beijing") and "people:ru" for Russians ("Russian citizens", "Russians"). The role keeps directions apart:
 * "China lets Russians stay 30 days" is {place:cn, people:ru}, "Russia lets Chinese stay 30 days" is {place:ru, people:cn}.
 */
import { WordTable } from "../text/wordTable";
import { PEOPLE_NOUNS } from "./lexicon";
import { sortStrings } from "./sortStrings";

interface Country {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  plural?: string[];
}

const COUNTRIES: Country[] = [
  { code: "ru", name: "Russia", names: ["russia", "russian federation", "moscow", "kremlin"], demonyms: ["russian"], plural: ["russians"] },
  { code: "cn", name: "China", names: ["china", "prc", "beijing"], demonyms: ["chinese"] },
  { code: "us", name: "US", names: ["united states", "u.s.", "us", "usa", "america", "washington"], demonyms: ["american"], plural: ["americans"] },
  { code: "eu", name: "EU", names: ["european union", "eu", "europe", "brussels"], demonyms: ["european"], plural: ["europeans"] },
  { code: "ua", name: "Ukraine", names: ["ukraine", "kyiv", "kiev"], demonyms: ["ukrainian"], plural: ["ukrainians"] },
  { code: "in", name: "India", names: ["india", "new delhi"], demonyms: ["indian"], plural: ["indians"] },
  { code: "jp", name: "Japan", names: ["japan", "tokyo"], demonyms: ["japanese"] },
  { code: "de", name: "Germany", names: ["germany", "berlin"], demonyms: ["german"], plural: ["germans"] },
  { code: "fr", name: "France", names: ["france", "paris"], demonyms: ["french"] },
  { code: "gb", name: "UK", names: ["united kingdom", "uk", "u.k.", "britain", "great britain", "london"], demonyms: ["british"], plural: ["britons"] },
  { code: "ir", name: "Iran", names: ["iran", "tehran"], demonyms: ["iranian"], plural: ["iranians"] },
  { code: "tr", name: "Turkey", names: ["turkey", "türkiye", "turkiye", "ankara"], demonyms: ["turkish"] },
  { code: "kz", name: "Kazakhstan", names: ["kazakhstan", "astana"], demonyms: ["kazakh"], plural: ["kazakhs"] },
  { code: "by", name: "Belarus", names: ["belarus", "minsk"], demonyms: ["belarusian"], plural: ["belarusians"] },
  { code: "mn", name: "Mongolia", names: ["mongolia", "ulaanbaatar"], demonyms: ["mongolian"], plural: ["mongolians"] },
  { code: "kp", name: "North Korea", names: ["north korea", "pyongyang", "dprk"], demonyms: ["north korean"] },
  { code: "kr", name: "South Korea", names: ["south korea", "seoul"], demonyms: ["south korean"] },
  { code: "br", name: "Brazil", names: ["brazil", "brasilia"], demonyms: ["brazilian"], plural: ["brazilians"] },
  { code: "sa", name: "Saudi Arabia", names: ["saudi arabia", "riyadh"], demonyms: ["saudi"], plural: ["saudis"] },
  { code: "qa", name: "Qatar", names: ["qatar", "doha"], demonyms: ["qatari"] },
  { code: "ve", name: "Venezuela", names: ["venezuela", "caracas"], demonyms: ["venezuelan"] },
  { code: "cu", name: "Cuba", names: ["cuba", "havana"], demonyms: ["cuban"] },
  { code: "tw", name: "Taiwan", names: ["taiwan", "taipei"], demonyms: ["taiwanese"] },
  { code: "il", name: "Israel", names: ["israel"], demonyms: ["israeli"], plural: ["israelis"] },
  { code: "ps", name: "Gaza", names: ["gaza", "palestine"], demonyms: ["palestinian"], plural: ["palestinians"] },
  { code: "sy", name: "Syria", names: ["syria", "damascus"], demonyms: ["syrian"] },
  { code: "it", name: "Italy", names: ["italy", "rome"], demonyms: ["italian"], plural: ["italians"] },
  { code: "es", name: "Spain", names: ["spain", "madrid"], demonyms: ["spanish"] },
  { code: "pl", name: "Poland", names: ["poland", "warsaw"], demonyms: ["polish"] },
  { code: "ca", name: "Canada", names: ["canada", "ottawa"], demonyms: ["canadian"], plural: ["canadians"] },
  { code: "mx", name: "Mexico", names: ["mexico"], demonyms: ["mexican"], plural: ["mexicans"] },
  { code: "au", name: "Australia", names: ["australia", "canberra"], demonyms: ["australian"], plural: ["australians"] },
  { code: "vn", name: "Vietnam", names: ["vietnam", "hanoi"], demonyms: ["vietnamese"] },
  { code: "eg", name: "Egypt", names: ["egypt", "cairo"], demonyms: ["egyptian"] },
  { code: "no", name: "Norway", names: ["norway", "oslo"], demonyms: ["norwegian"] },
  { code: "nl", name: "Netherlands", names: ["netherlands", "holland", "amsterdam"], demonyms: ["dutch"] },
];

const NAME_OF = new Map(COUNTRIES.map((c) => [c.code, c.name]));

/** Readable country name for an entity key ("place:cn" → "China"). */
export function entityName(key: string): string {
  return NAME_OF.get(key.slice(key.indexOf(":") + 1)) ?? key;
}

type Kind = "name" | "demonym" | "plural";
const LOOKUP = new Map<string, { code: string; kind: Kind }>();
for (const c of COUNTRIES) {
  for (const n of c.names) LOOKUP.set(n, { code: c.code, kind: "name" });
  for (const d of c.demonyms) LOOKUP.set(d, { code: c.code, kind: "demonym" });
  for (const p of c.plural ?? []) LOOKUP.set(p, { code: c.code, kind: "plural" });
}
const ADJECTIVES_BEFORE_PEOPLE = new Set(["ordinary", "young", "foreign", "international", "visiting", "private"]);
const UPPER_ONLY = new Set(["us", "eu", "uk", "prc", "dprk", "usa"]);
const MAX_WORDS = Math.max(...[...LOOKUP.keys()].map((k) => k.split(" ").length));
const FIRST_WORDS = new Set([...LOOKUP.keys()].map((k) => k.split(" ")[0]));

/** First words of multi-word names ("united" of "united states"): only these look at the next word. */
const MULTI_FIRST = new Set([...LOOKUP.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]));
/** "place:cn", "people:ru": one string per role and country, made once (no string is built per mention). */
const PLACE_KEYS = new Map(COUNTRIES.map((c) => [c.code, `place:${c.code}`]));
const PEOPLE_KEYS = new Map(COUNTRIES.map((c) => [c.code, `people:${c.code}`]));
function hitKey(role: "place" | "people", code: string): string {
  return ((role === "place" ? PLACE_KEYS : PEOPLE_KEYS).get(code) as string | undefined) ?? `${role}:${code}`;
}
/** First words, found in a text without building each word's string. */
const FIRST_WORD_TABLE = new WordTable(FIRST_WORDS);

export interface Hit {
  key: string;
  start: number;
  end: number;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** End of the word starting at i. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return j;
}

/** The next word after position `at` when only a space, a no-break space or a hyphen separates them. */
function nextWord(text: string, at: number): { lower: string; end: number } | undefined {
  const sep = text.charCodeAt(at);
  if (sep !== 32 && sep !== 0xa0 && sep !== 45) return undefined;
  const end = wordEnd(text, at + 1);
  if (end === at + 1) return undefined;
  return { lower: text.slice(at + 1, end).toLowerCase(), end };
}

/** A capital letter (A-Z, À-Þ but ×): where a country or people mention may start. */
const CAPITAL = /[A-Z\u00c0-\u00d6\u00d8-\u00de]/g;

/** Every country or people mention in `text`, with its role and place. Candidates start with a capital ("China",
 * "U.S."); lower-case "china" (porcelain) and "us" (pronoun) are not countries. */
export function scanEntities(text: string): Hit[] {
  let hits: Hit[] | undefined;
  // The regular expression finds the next capital (a native scan, faster than reading every character here, above
  // all in a sentence that is a slice of its article); lastIndex then says where the search goes on. Not
  // re-entrant: nothing below calls scanEntities.
  const re = CAPITAL;
  re.lastIndex = 0;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (i > 0 && isLetter(text.charCodeAt(i - 1))) continue;
    let wEnd: number;
    let first: string;
    if (c === 85 && text.charCodeAt(i + 1) === 46 && (text[i + 2] === "S" || text[i + 2] === "K") && text.charCodeAt(i + 3) === 46 && !isLetter(text.charCodeAt(i + 4))) {
      wEnd = i + 4;
      first = text[i + 2] === "S" ? "us" : "uk";
    } else {
      wEnd = wordEnd(text, i);
      // A first word is all ASCII letters or lower-case ones (as toLowerCase would give it); longer than 12: none.
      const word = wEnd - i > 12 ? undefined : FIRST_WORD_TABLE.find(text, i, wEnd);
      if (word === undefined) {
        re.lastIndex = wEnd;
        continue;
      }
      first = word;
    }
    if (!FIRST_WORDS.has(first)) {
      re.lastIndex = wEnd;
      continue;
    }
    let found = LOOKUP.get(first);
    let end = wEnd;
    let phrase = first;
    let foundPhrase = first;
    let at = wEnd;
    for (let k = 2; k <= MAX_WORDS && MULTI_FIRST.has(first); k++) {
      const next = nextWord(text, at);
      if (!next) break;
      phrase = `${phrase} ${next.lower}`;
      at = next.end;
      const hit = LOOKUP.get(phrase);
      if (hit) {
        found = hit;
        foundPhrase = phrase;
        end = at;
      }
    }
    const start = i;
    re.lastIndex = end; // the search goes on past the mention
    if (!found) continue;
    if (text[end] === "$") continue; // "US$200 billion" is a currency, not the country
    if (UPPER_ONLY.has(foundPhrase) && wEnd - start === foundPhrase.length) {
      const word = text.slice(start, wEnd);
      if (word !== word.toUpperCase()) continue; // "Us", "Eu"
    }
    let role: "place" | "people" = "place";
    if (found.kind === "plural") role = "people";
    else if (found.kind === "demonym") {
      const w1 = nextWord(text, end);
      const w2 = w1 ? nextWord(text, w1.end) : undefined;
      if (w1 && (PEOPLE_NOUNS.has(w1.lower) || (ADJECTIVES_BEFORE_PEOPLE.has(w1.lower) && w2 && PEOPLE_NOUNS.has(w2.lower)))) role = "people";
    }
    const hit = { key: hitKey(role, found.code), start, end };
    // A literal of one (an empty array pushed to reserves room for seventeen): most texts name one or two.
    if (hits) hits.push(hit);
    else hits = [hit];
  }
  return hits ?? NO_HITS;
}

const NO_HITS: Hit[] = [];

/** A trie of entity-key lists, so that every distinct sorted list is one shared array (a corpus names few sets). */
interface ListNode {
  list: string[];
  next?: Map<string, ListNode>;
}
const LIST_ROOT: ListNode = { list: [] };
const NO_KEYS: string[] = LIST_ROOT.list;

/**
 * The one shared array equal to `sorted` (sorted, unique keys). Shared: callers must not modify it.
 * The trie stays small (lists of country keys); it is cleared should it ever grow large.
 */
let internedNodes = 0;
export function internKeys(sorted: readonly string[]): string[] {
  if (!sorted.length) return NO_KEYS;
  let node = LIST_ROOT;
  for (let i = 0; i < sorted.length; i++) node = internedChild(node, sorted[i], i);
  return node.list;
}

/** The trie node below `node` (a list of `depth` keys) for key `k`, made when new. */
function internedChild(node: ListNode, k: string, depth: number): ListNode {
  let child = node.next?.get(k);
  if (!child) {
    if (internedNodes > 65536) {
      LIST_ROOT.next = undefined;
      internedNodes = 0;
    }
    const list = node.list.slice(0, depth);
    list.push(k);
    child = { list };
    (node.next ??= new Map()).set(k, child);
    internedNodes++;
  }
  return child;
}

/** Entity keys of the hits (optionally only those inside [from, to)), sorted and unique (a shared array: do not modify). */
export function entityKeys(hits: readonly Hit[], from = 0, to = Infinity): string[] {
  if (!hits.length) return NO_KEYS;
  // One or two distinct keys (the usual case) are looked up without building a list.
  let k1: string | undefined;
  let k2: string | undefined;
  let keys: string[] | undefined;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    const k = h.key;
    if (keys) {
      if (!keys.includes(k)) keys.push(k);
    } else if (k1 === undefined) k1 = k;
    else if (k === k1) continue;
    else if (k2 === undefined) k2 = k;
    else if (k !== k2) keys = [k1, k2, k];
  }
  if (keys) return internKeys(sortStrings(keys));
  if (k1 === undefined) return NO_KEYS;
  if (k2 === undefined) return internedChild(LIST_ROOT, k1, 0).list;
  const lo = k1 < k2 ? k1 : k2;
  const hi = k1 < k2 ? k2 : k1;
  return internedChild(internedChild(LIST_ROOT, lo, 0), hi, 1).list;
}

/** Entity keys mentioned in `text`, sorted and unique. */
export function findEntities(text: string): string[] {
  return entityKeys(scanEntities(text));
}

/** `text` with country names and demonyms blanked out (their role is kept by findEntities, not by the subject). */
export function stripEntities(text: string, known?: readonly Hit[]): string {
  const hits = known ?? scanEntities(text);
  if (!hits.length) return text;
  let out = "";
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.start) + " ";
    at = h.end;
  }
  return out + text.slice(at);
}
