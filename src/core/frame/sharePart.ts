/**
 * The part a share tells of its whole: "Men accounted for 78% of those killed" and "people aged 18 to 24 made up 17 per
 * cent of those killed" are two facts about one whole, not two values of one. The part is the subject of the verb of
 * parts ("accounted for", "made up", "represented", "comprised"), keyed by its words; a part that is a place, goods or
 * an organisation is read as such elsewhere (the caller leaves it out).
 */

/** The verb of parts right before the number (a hedge between): "accounted for about", "made up". */
const PART_VERB_BEFORE = /\b(?:accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|represented|represents?|comprised|comprises?|constituted|constitutes?)\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more\s+than|less\s+than|only|barely|close\s+to)\s+)?$/i;
/** Where the subject starts: after the last comma, dash, colon or clause word before the verb. */
const SUBJECT_OPENING = /^(?:.*(?:[,;:—–(]|\b(?:while|whereas|but|as|with|that|which|who)\b))?\s*/is;
const DETERMINERS = /^(?:the|a|an|those|these|this|that|its|their|all)$/i;
const PRONOUN = /^(?:it|they|this|that|these|those|which|who|he|she|we|one|each|both|others?)$/i;

export interface SharePart {
  /** "men", "people-aged-18-to-24" */
  key: string;
  /** where the subject starts and the verb starts, in `clause` */
  start: number;
  end: number;
}

/** The part the share at `numberAt` of `clause` is of its whole, or undefined when no verb of parts stands before it. */
export function sharePart(clause: string, numberAt: number): SharePart | undefined {
  const before = clause.slice(0, numberAt);
  const verb = PART_VERB_BEFORE.exec(before);
  if (!verb) return undefined;
  const head = before.slice(0, verb.index);
  const opening = SUBJECT_OPENING.exec(head);
  const start = opening ? opening[0].length : 0;
  const words = head.slice(start).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  while (words.length && DETERMINERS.test(words[0])) words.shift();
  if (!words.length || (words.length === 1 && PRONOUN.test(words[0]))) return undefined;
  return { key: words.slice(-5).join("-"), start, end: verb.index };
}
