/**
 * A fixed set of lower-case words, found in a text by position: text[from, to) is looked up by a hash of its
 * characters, A–Z read as a–z, without building the word's string (most words a scan reads are not in the set).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32 bits, unsigned) of text[from, to), continuing from `seed`. */
export function fnv1a(text: string, from = 0, to = text.length, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** fnv1a of text[from, to) with A–Z read as a–z. */
export function foldedFnv1a(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

export class WordTable {
  private readonly byHash = new Map<number, string[]>();

  /** `words`: lower case (a word with a capital in it is never found). */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const h = foldedFnv1a(w, 0, w.length);
      const list = this.byHash.get(h);
      if (list) list.push(w);
      else this.byHash.set(h, [w]);
    }
  }

  /** The word of the set that text[from, to) spells, A–Z read as a–z, or undefined. */
  find(text: string, from: number, to: number): string | undefined {
    const list = this.byHash.get(foldedFnv1a(text, from, to));
    if (!list) return undefined;
    outer: for (const w of list) {
      if (w.length !== to - from) continue;
      for (let k = 0; k < w.length; k++) {
        let c = text.charCodeAt(from + k);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== w.charCodeAt(k)) continue outer;
      }
      return w;
    }
    return undefined;
  }
}
