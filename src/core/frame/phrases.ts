/**
 * Finding the phrases of a lexicon in a text by its words: each word is looked up once, the words after it only when
 * a phrase of several words starts with it, and the longest phrase wins. Case-insensitive; a hyphen separates words
 * like a space ("two-way trade" = "two way trade"). Used instead of one alternation of every phrase, which a
 * benchmark of the audit showed several times slower (the engine tries each alternative at every position).
 */

export interface PhraseHit<V> {
  value: V;
  start: number;
  end: number;
}

/**
 * A word: letters and digits, with inner apostrophes ("d'Ivoire") and inner dots ("U.S"); a possessive "'s" is not
 * part of it ("Kenya's" is the word Kenya). As a pattern:
 *   /[0-9A-Za-z\u00c0-\u024f]+(?:(?:['’](?!s\b)|\.(?=[A-Za-z]))[0-9A-Za-z\u00c0-\u024f]+)*\/g
 * read by wordEnd in one loop over the characters instead (the audit benchmark: the pattern and its match strings
 * were ~5% of the time of 100,000 claims).
 */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** A character of the pattern \w: ASCII letters, digits, "_". */
function isBoundaryWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The end of the word that starts at `i` (a word character). */
function wordEnd(text: string, i: number): number {
  let at = i;
  for (;;) {
    while (at < text.length && isWordCode(text.charCodeAt(at))) at++;
    const c = text.charCodeAt(at);
    const next = text.charCodeAt(at + 1);
    // an apostrophe before more of the word, unless it is a possessive "'s" (an "s" that ends a \w run)
    if ((c === 39 || c === 0x2019) && isWordCode(next) && !(next === 115 && !isBoundaryWordCode(text.charCodeAt(at + 2)))) at++;
    else if (c === 46 && isAsciiLetter(next)) at++;
    else return at;
  }
}

/** A phrase as the table keys it: lower case, words separated by one space, no trailing dots ("U.S." = "u.s"). */
/**
 * The key of a place's or a site's name: lower case, accents folded ("São Paulo" and "Sao Paulo" are "sao paulo",
 * "Goiás" is "goias"), so that one name written two ways, or found by two readers, is one key.
 */
export function nameKey(name: string): string {
  return name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

export function phraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s\u00a0-]+/)
    .map((w) => w.replace(/\.+$/, ""))
    .filter(Boolean)
    .join(" ");
}

/** The words of a text, read once and shared by the tables that look into it. */
export interface Words {
  starts: number[];
  ends: number[];
  /** Lower case, curly apostrophes straightened. */
  lower: string[];
}

export function wordsOf(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  // lower-cased once for the whole text (toLowerCase keeps the length of these scripts' letters)
  const folded = text.toLowerCase();
  const sameLength = folded.length === text.length;
  const curly = text.includes("’");
  for (let i = 0; i < text.length; i++) {
    if (!isWordCode(text.charCodeAt(i))) continue;
    const end = wordEnd(text, i);
    starts.push(i);
    ends.push(end);
    const w = sameLength ? folded.slice(i, end) : text.slice(i, end).toLowerCase();
    lower.push(curly ? w.replace(/’/g, "'") : w);
    i = end - 1;
  }
  return { starts, ends, lower };
}

/** One word of the table's phrases: the value of the phrase that ends here, and the words that may follow. */
interface PhraseNode<V> {
  value?: V;
  next?: Map<string, PhraseNode<V>>;
}

export class PhraseTable<V> {
  /**
   * The phrases as a tree of words: a word of the text goes on only to the words some phrase continues with (the
   * audit benchmark: joining the words after every "the" or "of" into a string to look up cost ~5% of its time).
   */
  private readonly first = new Map<string, PhraseNode<V>>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const key = phraseKey(phrase);
      if (!key) continue;
      let level = this.first;
      let node: PhraseNode<V> | undefined;
      for (const word of key.split(" ")) {
        if (node) level = node.next ??= new Map();
        node = level.get(word);
        if (!node) level.set(word, (node = {}));
      }
      if (node && node.value === undefined) node.value = value;
    }
  }

  /** Every phrase of the table in `text`, in order, not overlapping (the longest at each place). */
  find(text: string, read: Words = wordsOf(text)): PhraseHit<V>[] {
    const out: PhraseHit<V>[] = [];
    const { starts, ends, lower: words } = read;
    for (let i = 0; i < words.length; i++) {
      let node = this.first.get(words[i]);
      if (node === undefined) continue;
      let found = node.value === undefined ? -1 : 1;
      let value = node.value;
      for (let k = 2; node.next && i + k <= words.length; k++) {
        node = node.next.get(words[i + k - 1]);
        if (node === undefined) break;
        // the words of a phrase stand next to each other: only spaces or hyphens between them, or the apostrophe of a
        // plural's possessive ("purchasing managers' index" is the phrase "purchasing managers index")
        const gap = text.slice(ends[i + k - 2], starts[i + k - 1]);
        if (!/^[\s\u00a0-]+$/.test(gap) && !(/^['’][\s\u00a0]+$/.test(gap) && words[i + k - 2].endsWith("s"))) break;
        if (node.value !== undefined) {
          found = k;
          value = node.value;
        }
      }
      if (found < 0) continue;
      out.push({ value: value as V, start: starts[i], end: ends[i + found - 1] });
      i += found - 1;
    }
    return out;
  }
}
