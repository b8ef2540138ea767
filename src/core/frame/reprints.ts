/**
 * Reprints of one story: articles that share long near-identical passages (a wire story run by several outlets, a
 * press release rewritten lightly) are one origin for the numbers in them, even where a copy dropped the credit.
 * Two articles are copies when they share at least MIN_SHARED runs of SHINGLE words; the copies of a story form one
 * group (union–find). Linear in the total text: each run is hashed once and looked up in one map.
 */

const SHINGLE = 7;
/** Shared runs that make two articles copies: enough that a common phrase or a quoted title does not. */
const MIN_SHARED = 8;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu) ?? [];
}

/** For each source id, the id of its story (the smallest id of its group of copies); sources alone map to themselves. */
export function storyGroups(sources: readonly { id: string; text: string }[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    // path halving is not needed at these sizes; the chains are short
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

  const firstOwner = new Map<string, string>();
  // shared run counts per pair of sources: "a\u0000b" → count (only pairs that share something appear)
  const shared = new Map<string, number>();
  for (const s of sources) {
    const w = words(s.text);
    const seen = new Set<string>();
    for (let i = 0; i + SHINGLE <= w.length; i++) {
      const run = w.slice(i, i + SHINGLE).join(" ");
      if (seen.has(run)) continue;
      seen.add(run);
      const owner = firstOwner.get(run);
      if (owner === undefined) firstOwner.set(run, s.id);
      else if (owner !== s.id) {
        const key = owner < s.id ? `${owner}\u0000${s.id}` : `${s.id}\u0000${owner}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  for (const [key, n] of shared) {
    if (n < MIN_SHARED) continue;
    const [a, b] = key.split("\u0000");
    union(a, b);
  }
  const out = new Map<string, string>();
  for (const s of sources) out.set(s.id, find(s.id));
  return out;
}
