/**
 * Reprints of one story: articles that share long near-identical passages (a wire story run by several outlets, a
 * press release rewritten lightly) are one origin for the numbers in them, even where a copy dropped the credit.
 * Two articles are copies when they share at least MIN_SHARED runs of SHINGLE words; the copies of a story form one
 * group (union–find). Each run is hashed once (a number, not a string: a million claims' articles hold tens of
 * millions of runs); the runs of all articles are put in slices of their hash values and each slice is sorted (see
 * SIZES), so that the articles holding one run stand side by side (a typed-array sort, cache-friendly — a hash
 * table of every run, probed at random, measured ~3× slower at a million claims); then each article counts the runs
 * it shares with each later one.
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
const MAX_HOLDERS = 12;
/**
 * The runs are sorted a slice of their 30-bit hash values at a time, as many slices as make about `sliceTarget` runs
 * each, so that the sorting is linear in the runs (audit benchmark: one sort of a sixteenth of a million claims' runs
 * cost 840 ms, 11.5× its cost at a tenth of the claims; slices of ~4,000 runs, 510 ms, 9.4×). The runs are put in
 * their slices a band of slices at a time, at most `bandRuns` runs (16 MB): every band is a pass over the articles'
 * runs, which do not stay in the cache (a pass per slice of a sixteenth had cost 21× at 10× the claims), and one
 * buffer of every run (~75 MB at a million claims) is memory outside the JavaScript heap, so much of it at once that
 * the engine marks the whole heap mid-audit (its "external memory pressure": 350 ms at a million claims).
 */
const SIZES = { sliceTarget: 4096, bandRuns: 2 ** 21 };

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
 * Each source gives its text, or its runs when they were read with it (articleRuns). `sizes` are for the tests, which
 * cut a small corpus into many slices and bands.
 */
export function storyGroups(sources: readonly { id: string; text?: string; runs?: Int32Array }[], sizes = SIZES): Map<string, string> {
  const runsOf = sources.map((s) => s.runs ?? articleRuns(s.text ?? ""));

  // the runs held by 2 … MAX_HOLDERS articles (more is boilerplate, not a sign of copying), each as the list of its
  // holders (ascending): run r's holders are holders[runStart[r] … runStart[r + 1])
  const holders: number[] = [];
  const runStart: number[] = [0];
  // every (run, article) as one number, the run first, put in the slice of its run's hash value; each slice sorted,
  // the holders of a run stand together. Slices and bands are runs of hash values that start with the same bits.
  const scale = Math.max(2 ** 22, sources.length);
  let total = 0;
  for (const runs of runsOf) total += runs.length;
  const sliceBits = Math.max(0, Math.min(20, Math.ceil(Math.log2(total / sizes.sliceTarget))));
  const bandBits = Math.max(0, Math.min(sliceBits, Math.ceil(Math.log2(total / sizes.bandRuns))));
  const sliceShift = 30 - sliceBits;
  const slices = 1 << sliceBits;
  const slicesPerBand = 1 << (sliceBits - bandBits);
  const sliceSize = new Int32Array(slices);
  for (const runs of runsOf) for (let i = 0; i < runs.length; i++) sliceSize[runs[i] >>> sliceShift]++;
  let largestBand = 0;
  for (let first = 0; first < slices; first += slicesPerBand) {
    let size = 0;
    for (let k = first; k < first + slicesPerBand; k++) size += sliceSize[k];
    largestBand = Math.max(largestBand, size);
  }
  const held = new Float64Array(largestBand);
  // where each slice of the band starts in `held`, and where its next run goes
  const start = new Int32Array(slicesPerBand + 1);
  const fill = new Int32Array(slicesPerBand);
  // (each article's runs are sorted: those of a band follow those of the band before)
  const next = new Int32Array(sources.length);
  for (let first = 0; first < slices; first += slicesPerBand) {
    for (let k = 0; k < slicesPerBand; k++) {
      fill[k] = start[k];
      start[k + 1] = start[k] + sliceSize[first + k];
    }
    const end = (first + slicesPerBand) * 2 ** sliceShift;
    runsOf.forEach((runs, index) => {
      let i = next[index];
      for (; i < runs.length && runs[i] < end; i++) held[fill[(runs[i] >>> sliceShift) - first]++] = runs[i] * scale + index;
      next[index] = i;
    });
    for (let k = 0; k < slicesPerBand; k++) {
      const sorted = held.subarray(start[k], start[k + 1]).sort();
      for (let i = 0; i < sorted.length; ) {
        const run = Math.floor(sorted[i] / scale);
        let j = i + 1;
        while (j < sorted.length && Math.floor(sorted[j] / scale) === run) j++;
        if (j - i >= 2 && j - i <= MAX_HOLDERS) {
          for (let h = i; h < j; h++) holders.push(sorted[h] - run * scale);
          runStart.push(holders.length);
        }
        i = j;
      }
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
  const stories = new StoryUnion(sources.length);
  for (let a = 0; a < sources.length; a++) {
    for (let k = later[a]; k < later[a + 1]; k++) {
      const b = coHolders[k];
      if (stamp[b] !== a) {
        stamp[b] = a;
        count[b] = 0;
      }
      if (++count[b] === MIN_SHARED) stories.union(a, b);
    }
  }
  // a story is known by the smallest id of its articles
  const storyId = new Array<string>(sources.length);
  for (let a = 0; a < sources.length; a++) {
    const root = stories.find(a);
    const id = sources[a].id;
    if (storyId[root] === undefined || id < storyId[root]) storyId[root] = id;
  }
  const out = new Map<string, string>();
  for (let a = 0; a < sources.length; a++) out.set(sources[a].id, storyId[stories.find(a)]);
  return out;
}

/**
 * Union–find over the articles' indexes, with path halving (the copies of a story, a dozen at most in news, can be
 * thousands in a corpus of templated text). By index rather than by id: a map of a million claims' article ids cost
 * 25× what it did at a tenth (audit benchmark).
 */
class StoryUnion {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
