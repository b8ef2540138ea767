/**
 * Who a figure is attributed to: "according to Ushakov", "Gazprom said", "Kremlin aide Yury Ushakov stated",
 * "..., said Ushakov", "with Ushakov noting". Works on one sentence; a sentence that only says "He said" takes
 * the previous sentence's source (the caller resolves that).
 */

export interface AttributionMark {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** The name, or "" for a pronoun ("he said") that points back to the previous sentence. */
  name: string;
}

const NAME = "(?:[\\p{Lu}][\\p{L}\\p{M}’'.\\-]*)(?:[ \\u00a0]+(?:(?:of|for|and|de|al|von|van|bin)[ \\u00a0]+)?[\\p{Lu}][\\p{L}\\p{M}’'.\\-]*)*";
const SPEECH = "(?:said|says|stated|states|noted|notes|told|reported|reports|announced|announces|estimated|estimates|added|adds|emphasi[sz]ed|underlined|underscored|confirmed|confirms|revealed|wrote|writes|claimed|claims|highlighted|explained|stressed|concluded|insisted|argued|pointed[ \\u00a0]+out|mentioned|disclosed|forecast|predicted|projected|calculated|tweeted|saying|noting|adding|stating|estimating|reporting|announcing|revealing|according)";

const ACCORDING = new RegExp(`\\baccording[ \\u00a0]+to[ \\u00a0]+(?:the[ \\u00a0]+)?(?:[\\p{Ll}-]+[ \\u00a0]+){0,3}?(${NAME})`, "gu");
const NAME_SAID = new RegExp(`(${NAME})(?:['’]s)?[ \\u00a0]+(?:(?:has|had|have|also|later|then|previously|reportedly)[ \\u00a0]+)*${SPEECH}\\b`, "gu");
const SAID_NAME = new RegExp(`\\b(?:said|says|according[ \\u00a0]+to|stated|noted|added|wrote|reported)[ \\u00a0]+(?:[\\p{Ll}-]+[ \\u00a0]+){0,3}?(${NAME})`, "gu");
const PRONOUN_SAID = /^(?:He|She|They|It)[ \u00a0]+(?:also[ \u00a0]+)?(?:said|says|added|adds|noted|stated|told|explained|stressed|estimated)\b/;

const LEADING_NON_NAMES = new Set([
  "As", "The", "But", "And", "While", "When", "However", "Meanwhile", "Moreover", "Also", "In", "On", "At", "This",
  "That", "These", "Those", "It", "He", "She", "They", "We", "I", "Both", "If", "So", "Then", "Yet", "A", "An",
  "According", "By", "For", "With", "From", "After", "Before", "Since", "Overall", "Still", "Here", "There",
]);
const TITLES = new Set([
  "President", "Premier", "Prime", "Minister", "Foreign", "Chancellor", "Secretary", "Mr.", "Mrs.", "Ms.", "Dr.",
  "Mr", "Mrs", "Ms", "Dr", "Chairman", "Chairwoman", "CEO", "General", "Senator", "Governor", "King", "Queen",
  "Vice", "Deputy", "Spokesman", "Spokeswoman", "Spokesperson", "Kremlin", "Professor", "Prof.", "Ambassador",
  "Russian", "Chinese", "American", "US", "U.S.", "Presidential", "Aide", "Adviser", "Advisor", "Chief",
]);
const NOT_SOURCES = new Set(["The", "This", "It", "He", "She", "They", "We", "I", "Both", "Each", "All", "Officials", "There"]);

/** Clean a captured name: drop leading connectives and titles ("As President Putin" → "Putin"). */
export function cleanName(raw: string): string {
  let words = raw.replace(/[’']s$/, "").split(/[ \u00a0]+/).filter(Boolean);
  while (words.length > 0 && LEADING_NON_NAMES.has(words[0])) words = words.slice(1);
  while (words.length > 1 && TITLES.has(words[0])) words = words.slice(1);
  while (words.length > 0 && /^(?:and|of|for)$/.test(words[words.length - 1])) words = words.slice(0, -1);
  // trailing punctuation
  const name = words.join(" ").replace(/[.,;:]+$/, "");
  if (!name || NOT_SOURCES.has(name)) return "";
  return name;
}

export function findAttributions(sentence: string): AttributionMark[] {
  const out: AttributionMark[] = [];
  const add = (start: number, end: number, raw: string) => {
    const name = cleanName(raw);
    if (name) out.push({ start, end, name });
  };
  for (const re of [ACCORDING, NAME_SAID, SAID_NAME]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      add(m.index, m.index + m[0].length, m[1]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (out.length === 0 && PRONOUN_SAID.test(sentence)) out.push({ start: 0, end: 0, name: "" });
  return out;
}

/** The attribution nearest to [start, end) within the sentence. */
export function chooseAttribution(marks: AttributionMark[], start: number, end: number): AttributionMark | null {
  let best: AttributionMark | null = null;
  let bestDist = Infinity;
  for (const a of marks) {
    const dist = a.start >= end ? a.start - end : a.end <= start ? start - a.end : 0;
    if (dist < bestDist) {
      bestDist = dist;
      best = a;
    }
  }
  return best;
}
