/**
 * Reprints of one story: articles that share long near-identical passages (a wire story run by several outlets, a
 * press release rewritten lightly) are one origin for the numbers in them, even where a copy dropped the credit.
 * Two articles are copies when they share at least MIN_SHARED runs of SHINGLE words; the copies of a story form one
 * group (union–find). Linear in the total text: each run is hashed once (a number, not a string: a million claims'
 * articles hold tens of millions of runs) and looked up in one map.
 */

const SHINGLE = 7;
/** Shared runs that make two articles copies: enough that a common phrase or a quoted title does not. */
const MIN_SHARED = 8;
/** A run found in more articles than this is boilerplate, not copying (a story reprinted by a dozen outlets still counts). */
const MAX_HOLDERS = 12;

/** 32-bit hashes of the words of a text (lower case; numbers keep their inner separators). */
function wordHashes(text: string): number[] {
  const out: number[] = [];
  const re = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const w = m[0].toLowerCase();
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    out.push(h >>> 0);
  }
  return out;
}

/** The hash of the run of SHINGLE words starting at i (order matters). */
function runHash(words: readonly number[], i: number): number {
  let h = 0x9e3779b9;
  for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ words[i + k], 0x85ebca6b) ^ (h >>> 13);
  return h >>> 0;
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

  // Each run's first source and how many sources hold it. A run held by very many sources is boilerplate ("according
  // to data from the statistics office"), not a sign of copying: it is left out.
  const texts = sources.map((s) => wordHashes(s.text));
  const firstOwner = new Map<number, number>();
  const holders = new Map<number, number>();
  texts.forEach((words, index) => {
    const seen = new Set<number>();
    for (let i = 0; i + SHINGLE <= words.length; i++) {
      const run = runHash(words, i);
      if (seen.has(run)) continue;
      seen.add(run);
      if (!firstOwner.has(run)) firstOwner.set(run, index);
      holders.set(run, (holders.get(run) ?? 0) + 1);
    }
  });
  // shared run counts per pair (first holder, other holder): "a\u0000b" → count
  const shared = new Map<string, number>();
  texts.forEach((words, index) => {
    const seen = new Set<number>();
    for (let i = 0; i + SHINGLE <= words.length; i++) {
      const run = runHash(words, i);
      if (seen.has(run)) continue;
      seen.add(run);
      const n = holders.get(run) as number;
      const owner = firstOwner.get(run) as number;
      if (n < 2 || n > MAX_HOLDERS || owner === index) continue;
      const key = `${owner}\u0000${index}`;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  });
  for (const [key, n] of shared) {
    if (n < MIN_SHARED) continue;
    const [a, b] = key.split("\u0000").map(Number);
    union(sources[a].id, sources[b].id);
  }
  const out = new Map<string, string>();
  for (const s of sources) out.set(s.id, find(s.id));
  return out;
}
