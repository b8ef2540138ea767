/**
 * The subject keys of many subject texts, each distinct text analysed once. Texts are matched by sorting their
 * hashes (radix sort: linear, over flat arrays) and comparing the texts inside each run of equal hashes, not
 * through a Map of every text: such a Map outgrows the caches on a large corpus, and a million claims' lookups
 * took ~40 times as long as 100,000's.
 */
import { fnv1a } from "../text/wordTable";
import { sortPairsByKey } from "./radixSort";
import { subjectKey, type SubjectKey } from "./subject";

/** Distinct texts in a run of equal hashes above which a Map is used (a run of two is already a hash collision). */
const FEW = 8;

export function subjectKeysOf(texts: readonly string[]): SubjectKey[] {
  const n = texts.length;
  const hashes = new Int32Array(n);
  const places = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    hashes[i] = fnv1a(texts[i]) | 0;
    places[i] = i;
  }
  const { keys, values } = sortPairsByKey(hashes, places, n);
  const out: SubjectKey[] = new Array<SubjectKey>(n);
  for (let a = 0; a < n; ) {
    let b = a + 1;
    while (b < n && keys[b] === keys[a]) b++;
    const first = texts[values[a]];
    const key = subjectKey(first);
    out[values[a]] = key;
    // The other texts of the run: almost always the same text again.
    let others: Map<string, SubjectKey> | undefined;
    let seen: [string, SubjectKey][] | undefined;
    for (let k = a + 1; k < b; k++) {
      const text = texts[values[k]];
      if (text === first) {
        out[values[k]] = key;
        continue;
      }
      let found = others ? others.get(text) : seen?.find((e) => e[0] === text)?.[1];
      if (found === undefined) {
        found = subjectKey(text);
        if (others) others.set(text, found);
        else {
          (seen ??= []).push([text, found]);
          if (seen.length > FEW) others = new Map(seen);
        }
      }
      out[values[k]] = found;
    }
    a = b;
  }
  return out;
}
