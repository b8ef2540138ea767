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
 */
function wordHashes(text: string): Int32Array {
  const out: number[] = [];
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
      out.push(h);
      inWord = false;
    }
  }
  if (inWord) out.push(h);
  return Int32Array.from(out);
}

/** The hash of the run of SHINGLE words starting at i (order matters). */
function runHash(words: Int32Array, i: number): number {
  let h = 0x9e3779b9;
  for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ words[i + k], 0x85ebca6b) ^ (h >>> 13);
  // 30 bits: a small integer to the engine, which keeps the maps of a million runs fast (measured: 4 s → see bench)
  return h & 0x3fffffff;
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
  const runs = new Map<number, number>();
  const shared = new Map<number, number>();
  const PAIR = sources.length + 1;
  sources.forEach((source, index) => {
    const words = wordHashes(source.text);
    const seen = new Set<number>();
    for (let i = 0; i + SHINGLE <= words.length; i++) {
      const run = runHash(words, i);
      if (run % SAMPLE !== 0 || seen.has(run)) continue;
      seen.add(run);
      const packed = runs.get(run);
      if (packed === undefined) {
        runs.set(run, index * 16 + 1);
        continue;
      }
      const holders = packed % 16;
      if (holders >= MAX_HOLDERS) continue;
      runs.set(run, packed + 1);
      const key = Math.floor(packed / 16) * PAIR + index;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  });
  for (const [key, n] of shared) {
    if (n < MIN_SHARED) continue;
    union(sources[Math.floor(key / PAIR)].id, sources[key % PAIR].id);
  }
  const out = new Map<string, string>();
  for (const s of sources) out.set(s.id, find(s.id));
  return out;
}
