/**
 * Reprints of one story: articles that share long near-identical passages (a wire story run by several outlets, a
 * press release rewritten lightly) are one origin for the numbers in them, even where a copy dropped the credit.
 * Two articles are copies when they share at least MIN_SHARED runs of SHINGLE words; the copies of a story form one
 * group (union–find). Each run is hashed once (a number, not a string: a million claims' articles hold tens of
 * millions of runs); the runs of all articles are sorted together (a slice of hash values at a time: see SLICES), so
 * that the articles holding one run stand side by side (a typed-array sort: n log n, but cache-friendly — a hash table
 * of every run, probed at random, measured ~3× slower at a million claims); then each article counts the runs it
 * shares with each later one.
 */

import { UnionFind } from "../unionFind";

const SHINGLE = 7;
/**
 * Only the runs whose hash falls in one of SAMPLE buckets are compared (the same runs in every article, so copies
 * still meet): a quarter of the map work, which a benchmark showed to dominate the audit of a million claims.
 */
const SAMPLE = 2;
/** Shared sampled runs that make two articles copies (about 12 shared runs in all): a common phrase or a title does not. */
const MIN_SHARED = 5;
/** A run found in more articles than this is boilerplate, not copying (a story reprinted by a dozen outlets still counts). */
const MAX_HOLDERS = 12;
/**
 * The runs are sorted in SLICES slices of their 30-bit hash values, one at a time in one buffer: a single buffer of
 * every run (~75 MB at a million claims' articles) is memory outside the JavaScript heap, and that much of it at once
 * made the engine mark the whole heap mid-audit (its "external memory pressure"), a cost only large audits paid.
 */
const SLICES = 16;
const SLICE_SHIFT = 30 - Math.log2(SLICES);

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
  const stories = new UnionFind();
  for (const s of sources) stories.add(s.id);
  const runsOf = sources.map((s) => s.runs ?? articleRuns(s.text ?? ""));

  // the runs held by 2 … MAX_HOLDERS articles (more is boilerplate, not a sign of copying), each as the list of its
  // holders (ascending): run r's holders are holders[runStart[r] … runStart[r + 1])
  const holders: number[] = [];
  const runStart: number[] = [0];
  // every (run, article) as one number, the run first, sorted: the holders of a run stand together. Sorted a slice
  // of hash values at a time (each article's runs are sorted, so its runs of a slice follow those of the one before)
  const scale = Math.max(2 ** 22, sources.length);
  const sliceSize = new Int32Array(SLICES);
  for (const runs of runsOf) for (let i = 0; i < runs.length; i++) sliceSize[runs[i] >>> SLICE_SHIFT]++;
  const held = new Float64Array(Math.max(...sliceSize));
  const next = new Int32Array(sources.length);
  for (let slice = 0; slice < SLICES; slice++) {
    const end = (slice + 1) << SLICE_SHIFT;
    let total = 0;
    runsOf.forEach((runs, index) => {
      let i = next[index];
      for (; i < runs.length && runs[i] < end; i++) held[total++] = runs[i] * scale + index;
      next[index] = i;
    });
    const sorted = held.subarray(0, total).sort();
    for (let i = 0; i < total; ) {
      const run = Math.floor(sorted[i] / scale);
      let j = i + 1;
      while (j < total && Math.floor(sorted[j] / scale) === run) j++;
      if (j - i >= 2 && j - i <= MAX_HOLDERS) {
        for (let k = i; k < j; k++) holders.push(sorted[k] - run * scale);
        runStart.push(holders.length);
      }
      i = j;
    }
  }
  const runCount = runStart.length - 1;
  // for each article, the later holders of every run it shares, in one list (`later[a]` … `later[a + 1]`): written
  // run by run, so that counting reads each article's list in one piece. Reading each run's holders from the
  // article's side instead jumped about the whole table, and at a million claims cost 30× what it did at a tenth.
  const later = new Int32Array(sources.length + 1);
  for (let r = 0; r < runCount; r++) for (let h = runStart[r]; h < runStart[r + 1]; h++) later[holders[h] + 1] += runStart[r + 1] - h - 1;
  for (let a = 0; a < sources.length; a++) later[a + 1] += later[a];
  const coHolders = new Int32Array(later[sources.length]);
  const filled = later.slice(0, sources.length);
  for (let r = 0; r < runCount; r++) {
    const end = runStart[r + 1];
    for (let h = runStart[r]; h < end; h++) {
      const a = holders[h];
      for (let g = h + 1; g < end; g++) coHolders[filled[a]++] = holders[g];
    }
  }
  // the runs each article shares with each later one, counted (a counter per article, reset by a stamp): MIN_SHARED
  // make the two copies. Linear in the pairs, where sorting every pair had cost more than all the rest at a million claims.
  const count = new Int32Array(sources.length);
  const stamp = new Int32Array(sources.length).fill(-1);
  for (let a = 0; a < sources.length; a++) {
    for (let k = later[a]; k < later[a + 1]; k++) {
      const b = coHolders[k];
      if (stamp[b] !== a) {
        stamp[b] = a;
        count[b] = 0;
      }
      if (++count[b] === MIN_SHARED) stories.union(sources[a].id, sources[b].id);
    }
  }
  const out = new Map<string, string>();
  for (const s of sources) out.set(s.id, stories.find(s.id));
  return out;
}
