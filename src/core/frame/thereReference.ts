/**
 * "there" as a place: "Germany, the region's biggest market, led the growth. Registrations there rose 31%." The
 * word stands for the one place the sentence before named; it is read as a mention of that place, where the word
 * stands. "There is", "there were" (nothing is located) and a sentence before with several places or none say no
 * place.
 */
import type { PlaceMention } from "./places";

/** "there" that points at a place: not the existential "there is/are/was …", not "over there"-like set phrases. */
const THERE = /\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|used|'s|’s|being|been|to\s+be)\b)(?!['’])/gi;

/**
 * The place mentions of each sentence, with a mention at each locative "there" for the single place of the sentence
 * before (the lists of other sentences are returned as they were).
 */
export function withThereReferences(placesOf: readonly PlaceMention[][], texts: readonly string[]): PlaceMention[][] {
  return placesOf.map((places, i) => {
    if (i === 0 || !texts[i].includes("here")) return places as PlaceMention[];
    const before = placesOf[i - 1];
    if (!before.length || before.some((p) => p.code !== before[0].code)) return places as PlaceMention[];
    const added: PlaceMention[] = [];
    THERE.lastIndex = 0;
    for (let m = THERE.exec(texts[i]); m; m = THERE.exec(texts[i])) {
      // "There, exports fell" opens the sentence with the place; "There are" was left out above
      added.push({ code: before[0].code, start: m.index, end: m.index + m[0].length, form: "name", possessive: false });
    }
    return added.length ? [...places, ...added].sort((a, b) => a.start - b.start) : (places as PlaceMention[]);
  });
}
