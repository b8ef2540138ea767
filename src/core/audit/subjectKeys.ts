/**
 * The subject keys of many subject texts, each distinct text analysed once. Texts are matched by sorting their
 * hashes (radix sort: linear, over flat arrays) and comparing the texts inside each run of equal hashes, not
 * through a Map of every text: such a Map outgrows the caches on a large corpus, and a million claims' lookups
 * took ~40 times as long as 100,000's.
 *
 * The keys are then made in the order of the texts, not of their hashes: the claims' later passes read them in that
 * order, and keys made in hash order lay scattered over memory, one cache miss each on a large corpus.
 */
import { fnv1a } from "../text/wordTable";
import { sortPairsByKey } from "./radixSort";
import { subjectKey, type SubjectKey } from "./subject";

/** Distinct texts in a run of equal hashes above which a Map is used (a run of two is already a hash collision). */
const FEW = 8;

/**
 * For each text, the place of the first text equal to it (itself when it is the first). Equal hashes sort next to
 * each other, each run in the order of the places (the sort is stable), so the first of a run is its first place.
 */
function firstPlaces(texts: readonly string[]): Int32Array {
  const n = texts.length;
  const hashes = new Int32Array(n);
  const places = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    hashes[i] = fnv1a(texts[i]) | 0;
    places[i] = i;
  }
  const { keys, values } = sortPairsByKey(hashes, places, n);
  // The answer goes into `places`: the sort copied it, and each place is written once, when its run is read.
  const first = places;
  for (let a = 0; a < n; ) {
    let b = a + 1;
    while (b < n && keys[b] === keys[a]) b++;
    const head = values[a];
    const text = texts[head];
    first[head] = head;
    // The other texts of the run: almost always the same text again.
    let others: Map<string, number> | undefined;
    let seen: [string, number][] | undefined;
    for (let k = a + 1; k < b; k++) {
      const place = values[k];
      const t = texts[place];
      if (t === text) {
        first[place] = head;
        continue;
      }
      let found = others ? others.get(t) : seen?.find((e) => e[0] === t)?.[1];
      if (found === undefined) {
        found = place;
        if (others) others.set(t, place);
        else {
          (seen ??= []).push([t, place]);
          if (seen.length > FEW) others = new Map(seen);
        }
      }
      first[place] = found;
    }
    a = b;
  }
  return first;
}

export function subjectKeysOf(texts: readonly string[]): SubjectKey[] {
  const first = firstPlaces(texts);
  const out: SubjectKey[] = new Array<SubjectKey>(texts.length);
  for (let i = 0; i < texts.length; i++) out[i] = first[i] === i ? subjectKey(texts[i]) : out[first[i]];
  return out;
}
