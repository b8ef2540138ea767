/**
 * Whose figure a number is when no place says it: the organisation it belongs to. "Revenue reached $7.4 billion" in
 * a story about one bank and "revenue came to $5.9 billion" in a story about an insurer are two facts, not a
 * contradiction. The holder of a number is the organisation its sentence names before it ("Halvard Bank said its
 * profit rose"), else the one named last before it in the story ("The lender employs 41,000 people"), else the one
 * the story is about.
 *
 * Organisations are read as names, without a list of companies: runs of capitalised words that are not places, days
 * or months, not people (a run credited as a person, or after a personal title), and not an ordinary word that
 * only starts a sentence ("Deliveries fell 6%"). One organisation named two ways ("Nordvik Motors", "Nordvik") is
 * one holder, keyed by its first distinctive word. The story is about the organisation named most (its title
 * line included), and only when it is named at least twice.
 */
import { foldName } from "./credit";
import type { PlaceMention } from "./places";

export interface HolderMention {
  start: number;
  end: number;
  /** Comparable key ("nordvik"). */
  key: string;
  /** The name as written ("Nordvik Motors"). */
  name: string;
  /** A lone capitalised word at the start of its sentence, which may be an ordinary word ("Deliveries fell"). */
  initial: boolean;
}

/** A run of capitalised words, with "&" and "and"/"of" inside a name ("Procter & Gamble", "Bank of Oslo"). */
const NAME_RUN = /\p{Lu}[\p{L}\d&’'.-]*(?:(?:\s+(?:&|of|and|de|du|van|von))?\s+\p{Lu}[\p{L}\d&’'.-]*)*/gu;

/** Capitalised words that start sentences or titles and are no part of a name. */
const LEADING = new Set([
  "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "its", "their", "his", "her", "this", "that", "these", "those", "as", "after", "before",
  "while", "with", "by", "from", "to", "of", "rival", "shares", "chief", "executive", "ceo", "analysts", "according", "meanwhile", "however", "also",
  "electric", "carmaker", "lender", "insurer", "retailer", "airline", "group", "state-owned", "state-run", "us", "u.s.", "mr", "mrs", "ms", "dr",
]);

/** Words that title a person: the name after them is a person's ("Chief executive Mara Lind", "Minister Ana Ruiz"). */
const PERSON_BEFORE = /\b(?:[Cc]hief\s+(?:[Ee]xecutive|[Ff]inancial\s+[Oo]fficer|[Ee]conomist)|CEO|CFO|[Pp]resident|[Mm]inister|[Ss]ecretary|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Ss]pokes(?:man|woman|person)|[Aa]nalyst|[Ee]conomist|[Dd]irector|[Hh]ead|[Ff]ounder|[Mm]r|[Mm]rs|[Mm]s|[Dd]r|[Ss]enator|[Gg]overnor)\.?\s+$/;

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q[1-4]|h[12]|fy\d*)$/i;

/** First words that name a kind of body, not the body: "Bank of Oslo" is keyed by "bank oslo", not "bank". */
const GENERIC_FIRST = new Set(["bank", "banco", "national", "first", "general", "united", "royal", "international", "central", "federal", "state", "new", "american", "european", "china", "japan", "korea"]);

function keyOf(words: readonly string[]): string {
  const first = words[0].toLowerCase();
  const content = words.filter((w) => !/^(?:&|of|and|de|du|van|von)$/i.test(w));
  return GENERIC_FIRST.has(first) && content.length > 1 ? content.slice(0, 2).map(foldName).join(" ") : foldName(content[0]);
}

/**
 * The organisation names of a sentence. `places`: its place mentions; `people`: surnames known as people's (folded,
 * as credit keys write them).
 */
export function findHolders(sentence: string, places: readonly PlaceMention[], people: ReadonlySet<string>): HolderMention[] {
  const out: HolderMention[] = [];
  NAME_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RUN.exec(sentence)) !== null) {
    let start = m.index;
    const words = m[0].replace(/['’]s$/, "").split(/\s+/);
    // leading words that only begin the sentence or describe the body ("The", "Rival", "Electric carmaker")
    while (words.length && LEADING.has(words[0].toLowerCase())) {
      start = sentence.indexOf(words[0], start) + words[0].length;
      start += /^\s*/.exec(sentence.slice(start))?.[0].length ?? 0;
      words.shift();
    }
    while (words.length && /^(?:&|of|and|de|du|van|von)$/i.test(words[words.length - 1])) words.pop();
    if (!words.length) continue;
    const end = start + words.join(" ").length;
    // a place, a day or month, a unit or code in capitals of one letter
    if (places.some((p) => p.start <= start && p.end >= end - 1)) continue;
    if (words.every((w) => CALENDAR.test(w.replace(/[.,]$/, "")))) continue;
    if (words.length === 1 && words[0].length < 2) continue;
    // a person: after a personal title, or a name credited as a person's elsewhere
    if (PERSON_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) continue;
    if (people.has(foldName(words[words.length - 1]))) continue;
    // an ordinary word capitalised by its place at the start of the sentence ("Deliveries fell")
    const initial = !sentence.slice(0, start).trim();
    out.push({ start, end, key: keyOf(words), name: words.join(" "), initial: initial && words.length === 1 });
  }
  return out;
}

/**
 * How often the story names each organisation (a lone word at a sentence's start counts only when the story also
 * names it elsewhere), with its fullest naming ("Nordvik Motors" over "Nordvik").
 */
export function holderCounts(sentences: readonly (readonly HolderMention[])[]): Map<string, { n: number; name: string }> {
  const named = new Set<string>();
  for (const list of sentences) for (const m of list) if (!m.initial) named.add(m.key);
  const counts = new Map<string, { n: number; name: string }>();
  for (const list of sentences) {
    for (const m of list) {
      if (m.initial && !named.has(m.key)) continue;
      const seen = counts.get(m.key);
      if (!seen) counts.set(m.key, { n: 1, name: m.name });
      else {
        seen.n++;
        if (m.name.split(" ").length > seen.name.split(" ").length) seen.name = m.name;
      }
    }
  }
  return counts;
}

/** The organisation the story is about: the one named most often, at least twice (ties: the first in key order). */
export function mainHolder(counts: ReadonlyMap<string, { n: number; name: string }>): { key: string; name: string } | undefined {
  let best: { key: string; name: string } | undefined;
  let bestN = 1;
  for (const [key, { n, name }] of counts) {
    if (n > bestN || (n === bestN && best && key < best.key)) {
      best = { key, name };
      bestN = n;
    }
  }
  return best;
}

/**
 * The holder of a number at `start` of its sentence: the organisation named last before it in its clause (from
 * `from`) among those the story names at least twice (a body named once, such as the poll a forecast comes from, is
 * rarely whose figure it is), else undefined.
 */
export function holderBefore(mentions: readonly HolderMention[], from: number, start: number, counts: ReadonlyMap<string, { n: number }>): HolderMention | undefined {
  let best: HolderMention | undefined;
  for (const m of mentions) {
    if (m.end > start || m.start < from) continue;
    if ((counts.get(m.key)?.n ?? 0) < 2) continue;
    best = m;
  }
  return best;
}
