/**
 * "there" as a place: "Germany, the region's biggest market, led the growth. Registrations there rose 31%." The
 * word stands for the one place the sentence before named; it is read as a mention of that place, where the word
 * stands. "There is", "there were" (nothing is located) and a sentence before with several places or none say no
 * place. So does "Its" or "Their" opening a sentence that names no place, where the sentence before opened with its
 * one place as the subject: "India is moving the other way. Its output climbed 11.4%." (the story's most named place
 * had taken it).
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
    if (!namesOnePlace(before)) return places as PlaceMention[];
    const added: PlaceMention[] = [];
    THERE.lastIndex = 0;
    for (let m = THERE.exec(texts[i]); m; m = THERE.exec(texts[i])) {
      // "There, exports fell" opens the sentence with the place; "There are" was left out above
      added.push({ code: before[0].code, start: m.index, end: m.index + m[0].length, form: "name", possessive: false });
    }
    return added.length ? [...places, ...added].sort((a, b) => a.start - b.start) : (places as PlaceMention[]);
  });
}

/** Does a sentence with these place mentions name one place (once or more), and no other? */
function namesOnePlace(mentions: readonly PlaceMention[]): boolean {
  return mentions.length > 0 && mentions.every((p) => p.code === mentions[0].code);
}

/** A possessive pronoun opening the sentence, the determiner of its subject: "Its output", "Their exports". */
const POSSESSIVE_OPENING = /^\s*(Its|Their)\s+\p{Ll}/u;
/** A place opening the sentence as its subject: "India is …", "The Netherlands, meanwhile, …" (not "In India, …"). */
const PLACE_OPENING = /^\s*(?:the\s+)?$/i;

/**
 * The place mentions of each sentence, with a mention at an opening "Its" or "Their" for the place the sentence before
 * opened with, where that sentence names no other place and this one none in its first clause.
 */
export function withPossessiveReferences(placesOf: readonly PlaceMention[][], texts: readonly string[]): PlaceMention[][] {
  return placesOf.map((places, i) => {
    // (places of a later clause leave the opening's pronoun as it was: "Its yards booked 24.3 million CGT, while
    // Korea's share stood at 27%")
    const comma = texts[i].indexOf(",");
    const firstClause = comma < 0 ? texts[i].length : comma;
    const pronoun = i > 0 && !places.some((p) => p.start < firstClause) ? POSSESSIVE_OPENING.exec(texts[i]) : null;
    if (!pronoun) return places as PlaceMention[];
    const before = placesOf[i - 1];
    if (!namesOnePlace(before) || before[0].form !== "name" || !PLACE_OPENING.test(texts[i - 1].slice(0, before[0].start))) return places as PlaceMention[];
    const at = pronoun[0].indexOf(pronoun[1]);
    return [{ code: before[0].code, start: at, end: at + pronoun[1].length, form: "name", possessive: true }, ...places];
  });
}
