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

  /**
   * The slot of `key`: where it is, or the empty slot where it goes (room is made first, so that setAt may fill it).
   * One probe for a read and the write after it (the audit benchmark: a get and a set each probing cost ~0.1 s of
   * the audit of 100,000 claims).
   */
  slotOf(key: number): number {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    return this.slot(key);
  }

  /** The value at a slot, or -1 when it is empty. */
  valueAt(at: number): number {
    return this.keys[at] === 0 ? -1 : this.values[at];
  }

  setAt(at: number, key: number, value: number): void {
    if (this.keys[at] === 0) this.size++;
    this.keys[at] = key + 1;
    this.values[at] = value;
  }

  set(key: number, value: number): void {
    this.setAt(this.slotOf(key), key, value);
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

/** Scratch buffers of articleRuns, grown to the longest article read (an array per article cost more; audit benchmark). */
let wordBuffer = new Int32Array(1024);
let runBuffer = new Int32Array(1024);

/**
 * The article's sampled runs (see SAMPLE), each once, sorted: what storyGroups compares of it. It depends on the
 * article alone, so it is read with the article (see readArticle.ts), not again at each audit.
 */
export function articleRuns(text: string): Int32Array {
  if (wordBuffer.length < text.length / 2 + 1) {
    wordBuffer = new Int32Array(text.length);
    runBuffer = new Int32Array(text.length);
  }
  const wordCount = wordHashes(text, wordBuffer);
  let count = 0;
  for (let i = 0; i + SHINGLE <= wordCount; i++) {
    const run = runHash(wordBuffer, i);
    if (run % SAMPLE === 0) runBuffer[count++] = run;
  }
  const sorted = runBuffer.subarray(0, count).sort();
  let unique = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i];
  return sorted.slice(0, unique);
}

/**
 * For each source id, the id of its story (the smallest id of its group of copies); sources alone map to themselves.
 * Each source gives its text, or its runs when they were read with it (articleRuns).
 */
export function storyGroups(sources: readonly { id: string; text?: string; runs?: Int32Array }[]): Map<string, string> {
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
  const runsOf = sources.map((s) => s.runs ?? articleRuns(s.text ?? ""));

  // One pass: each run's first holder and how many hold it (packed in one number, the count capped); a run held by
  // very many articles is boilerplate ("according to data from the statistics office"), not a sign of copying, and
  // stops counting. Shared run counts per pair of articles are keyed by first * PAIR + other.
  let total = 0;
  for (const runs of runsOf) total += runs.length;
  const runs = new CountTable(total);
  // about one pair of articles sharing a run per article, as a start (a table grown from a few thousand slots cost
  // ~50 ms of the audit of 100,000 claims)
  const shared = new CountTable(sources.length);
  const PAIR = sources.length + 1;
  runsOf.forEach((own, index) => {
    for (let i = 0; i < own.length; i++) {
      const run = own[i];
      const at = runs.slotOf(run);
      const packed = runs.valueAt(at);
      if (packed < 0) {
        runs.setAt(at, run, index * 16 + 1);
        continue;
      }
      const holders = packed % 16;
      if (holders >= MAX_HOLDERS) continue;
      runs.setAt(at, run, packed + 1);
      const key = Math.floor(packed / 16) * PAIR + index;
      const pair = shared.slotOf(key);
      shared.setAt(pair, key, Math.max(0, shared.valueAt(pair)) + 1);
    }
  });
  shared.forEach((key, n) => {
    if (n >= MIN_SHARED) union(sources[Math.floor(key / PAIR)].id, sources[key % PAIR].id);
  });
  const out = new Map<string, string>();
  for (const s of sources) out.set(s.id, find(s.id));
  return out;
}
