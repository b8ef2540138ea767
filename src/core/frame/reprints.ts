/**
 * Reprints of one story: articles that share long near-identical passages (a wire story run by several outlets, a
 * press release rewritten lightly) are one origin for the numbers in them, even where a copy dropped the credit.
 * Two articles are copies when they share at least MIN_SHARED runs of SHINGLE words; the copies of a story form one
 * group (union–find). Linear in the total text: each run is hashed once (a number, not a string: a million claims'
 * articles hold tens of millions of runs) and looked up in one map.
 */

const SHINGLE = 7;
/**
 * Only the runs whose hash falls in one of SAMPLE buckets are compared (the same runs in every article, so copies
 * still meet): a quarter of the map work, which a benchmark showed to dominate the audit of a million claims.
 */
const SAMPLE = 2;
/** Shared sampled runs that make two articles copies (about 12 shared runs in all): a common phrase or a title does not. */
const MIN_SHARED = 5;
/** A run found in more articles than this is boilerplate, not copying (a story reprinted by a dozen outlets still counts). */
const MAX_HOLDERS = 12; // (below 16: packed with the first holder in one number)

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c !== 0x2019 && c !== 0x2014 && c !== 0x2013 && c !== 0x201c && c !== 0x201d && c !== 0xa0);
}

/**
 * 32-bit hashes of the words of a text, case folded (ASCII letters; other letters as written), read in one loop
 * over the characters: a benchmark showed the regular-expression version costing 3 s on a million claims' articles.
 * Written into `into` (room for one word per two characters), the count returned: one buffer for every article
 * (audit benchmark: an array per article was a tenth of this module's time).
 */
function wordHashes(text: string, into: Int32Array): number {
  let n = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isWordCode(c)) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
    } else if (inWord) {
      into[n++] = h;
      inWord = false;
    }
  }
  if (inWord) into[n++] = h;
  return n;
}

/** The hash of the run of SHINGLE words starting at i (order matters). */
function runHash(words: Int32Array, i: number): number {
  let h = 0x9e3779b9;
  for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ words[i + k], 0x85ebca6b) ^ (h >>> 13);
  // 30 bits: a small integer to the engine, which keeps the maps of a million runs fast (measured: 4 s → see bench)
  return h & 0x3fffffff;
}

/**
 * Counts by whole-number key (a run's hash, a pair of articles), in typed arrays (open addressing, the next free
 * slot on a collision): the Maps of a million runs and of their shared pairs cost ~0.4 s of the 2 s the audit of
 * 100,000 claims may take (audit benchmark), this table a fraction of it.
 */
class CountTable {
  /** key + 1 (0: an empty slot) and its value, at the same slot. */
  private keys: Float64Array;
  private values: Int32Array;
  private size = 0;

  /** `expected`: about how many keys will be set (room is made for them at once, not by growing). */
  constructor(expected = 0) {
    let room = 1 << 12;
    while (room < 2 * expected) room *= 2;
    this.keys = new Float64Array(room);
    this.values = new Int32Array(room);
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    // keys run past 32 bits (pairs of a hundred thousand articles): both halves go into the hash
    let at = Math.imul((key >>> 0) ^ ((key / 4294967296) >>> 0), 0x9e3779b1) & mask;
    while (this.keys[at] !== 0 && this.keys[at] !== key + 1) at = (at + 1) & mask;
    return at;
  }

  /** The value of the key, or -1 when it has none. */
  get(key: number): number {
    const at = this.slot(key);
    return this.keys[at] === 0 ? -1 : this.values[at];
  }

  set(key: number, value: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const at = this.slot(key);
    if (this.keys[at] === 0) this.size++;
    this.keys[at] = key + 1;
    this.values[at] = value;
  }

  forEach(fn: (key: number, value: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) fn(this.keys[i] - 1, this.values[i]);
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 4);
    this.values = new Int32Array(keys.length * 4);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i] - 1, values[i]);
  }
}

/** For each source id, the id of its story (the smallest id of its group of copies); sources alone map to themselves. */
export function storyGroups(sources: readonly { id: string; text: string }[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (const s of sources) parent.set(s.id, s.id);

  // One pass: each run's first holder and how many hold it (packed in one number, the count capped); a run held by
  // very many articles is boilerplate ("according to data from the statistics office"), not a sign of copying, and
  // stops counting. Shared run counts per pair of articles are keyed by first * PAIR + other.
  // about one sampled run per SAMPLE words, a word per six characters
  let chars = 0;
  for (const s of sources) chars += s.text.length;
  const runs = new CountTable(chars / 6 / SAMPLE);
  const shared = new CountTable();
  const PAIR = sources.length + 1;
  let words = new Int32Array(1024);
  let own = new Int32Array(1024);
  sources.forEach((source, index) => {
    if (words.length < source.text.length / 2 + 1) {
      words = new Int32Array(source.text.length);
      own = new Int32Array(source.text.length);
    }
    const wordCount = wordHashes(source.text, words);
    // the article's sampled runs, each once: sorted, repeats side by side (a set per article cost more; audit benchmark)
    let count = 0;
    for (let i = 0; i + SHINGLE <= wordCount; i++) {
      const run = runHash(words, i);
      if (run % SAMPLE === 0) own[count++] = run;
    }
    const sorted = own.subarray(0, count).sort();
    for (let i = 0; i < count; i++) {
      const run = sorted[i];
      if (i > 0 && run === sorted[i - 1]) continue;
      const packed = runs.get(run);
      if (packed < 0) {
        runs.set(run, index * 16 + 1);
        continue;
      }
      const holders = packed % 16;
      if (holders >= MAX_HOLDERS) continue;
      runs.set(run, packed + 1);
      const key = Math.floor(packed / 16) * PAIR + index;
      shared.set(key, Math.max(0, shared.get(key)) + 1);
    }
  });
  shared.forEach((key, n) => {
    if (n >= MIN_SHARED) union(sources[Math.floor(key / PAIR)].id, sources[key % PAIR].id);
  });
  const out = new Map<string, string>();
  for (const s of sources) out.set(s.id, find(s.id));
  return out;
}
