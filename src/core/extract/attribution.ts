/**
 * Who a figure is attributed to: "according to Ushakov", "Gazprom said", "Kremlin aide Yury Ushakov stated",
 * "..., said Ushakov", "with Ushakov noting", "As President Putin noted". Works on one sentence, by finding the
 * speech verbs and reading the capitalised name next to them; a sentence that only says "He said" points back to
 * the previous sentence (the caller resolves that).
 */
import * as wordsModule from "../text/words";
import type { Tok } from "../text/words";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { tokensBefore, tokensAfter, TokenArena } = wordsModule;

/** Tokens for one speech verb at a time (they never outlive one step of findAttributions' loop). */
const arena = new TokenArena();

export interface AttributionMark {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** The name, or "" for a pronoun ("he said") that points back to the previous sentence. */
  name: string;
}

const SPEECH_WORDS = [
  "according to", "said", "says", "stated", "states", "noted", "notes", "told", "reported", "reports", "announced",
  "announces", "estimated", "estimates", "added", "adds", "emphasized", "emphasised", "underlined", "underscored",
  "confirmed", "confirms", "revealed", "wrote", "writes", "claimed", "claims", "highlighted", "explained", "stressed",
  "concluded", "insisted", "argued", "pointed out", "mentioned", "disclosed", "forecast", "predicted", "projected",
  "calculated", "tweeted", "saying", "noting", "adding", "stating", "estimating", "reporting", "announcing", "revealing",
];

/** The speech verbs as one alternation grouped by first letter (faster to scan than a flat list). */
const SPEECH = (() => {
  const groups = new Map<string, string[]>();
  for (const w of SPEECH_WORDS) {
    const rest = w.slice(1).replace(" ", "[ \\u00a0]+");
    groups.set(w[0], [...(groups.get(w[0]) ?? []), rest]);
  }
  const parts = [...groups].map(([first, rests]) => `${first}(?:${rests.sort((x, y) => y.length - x.length).join("|")})`);
  return new RegExp(`\\b(?:${parts.join("|")})\\b`, "g");
})();

/** Word sets (a Set looks a fresh string up faster than a property table does). */
function wordSet(words: Record<string, boolean>): ReadonlySet<string> {
  return new Set(Object.keys(words));
}

const AUX = wordSet({
  has: true, had: true, have: true, also: true, later: true, then: true, previously: true, reportedly: true,
  was: true, is: true, were: true, are: true, had_: true, once: true, again: true, further: true, publicly: true,
  recently: true, earlier: true,
});
const CONNECTORS = wordSet({ and: true, of: true, for: true, de: true, al: true, von: true, van: true, bin: true });
const PRONOUNS = wordSet({ he: true, she: true, they: true, it: true });
const TITLE_WORDS = wordSet({
  president: true, premier: true, minister: true, chancellor: true, secretary: true, mr: true, mrs: true, ms: true,
  dr: true, chairman: true, chairwoman: true, chair: true, ceo: true, general: true, senator: true, governor: true,
  king: true, queen: true, spokesman: true, spokeswoman: true, spokesperson: true, professor: true, prof: true,
  ambassador: true, aide: true, adviser: true, advisor: true, chief: true, director: true, head: true, analyst: true,
  economist: true, leader: true, deputy: true, envoy: true, official: true, representative: true, founder: true,
});
const NOT_NAMES = wordSet({
  as: true, the: true, but: true, and: true, while: true, when: true, however: true, meanwhile: true, moreover: true,
  also: true, in: true, on: true, at: true, this: true, that: true, these: true, those: true, both: true, if: true,
  so: true, then: true, yet: true, a: true, an: true, by: true, for: true, with: true, from: true, after: true,
  before: true, since: true, overall: true, still: true, here: true, there: true, officials: true, we: true, i: true,
  according: true, all: true, each: true, some: true, many: true, most: true,
});

function isCap(t: Tok): boolean {
  const c = t.first;
  return !t.punct && ((c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.lower[0]));
}

/** A run of capitalised words (with "of"/"and" inside) ending at toks[j]; returns the name or "". */
function nameEndingAt(toks: Tok[], j: number): string {
  // the run is toks[k + 1 .. j]: found going back, then sliced once
  let k = j;
  while (k >= 0 && j - k < 8) {
    const t = toks[k];
    // ("the Ministry for the Ecological Transition", "Office of the Prime Minister": "the" after a connector)
    if (!(isCap(t) || (CONNECTORS.has(t.lower) && k > 0 && isCap(toks[k - 1]) && j - k > 0) || (t.lower === "the" && k > 1 && CONNECTORS.has(toks[k - 1].lower) && isCap(toks[k - 2]) && j - k > 0))) break;
    k--;
  }
  return cleanRun(toks.slice(k + 1, j + 1));
}

/** The first run of capitalised words from toks[i]. */
function nameStartingAt(toks: Tok[], i: number): { name: string; next: number } {
  const words: Tok[] = [];
  let k = i;
  while (k < toks.length && words.length < 8) {
    const t = toks[k];
    if (isCap(t)) words.push(t);
    else if (CONNECTORS.has(t.lower) && words.length > 0 && toks[k + 1] && isCap(toks[k + 1])) words.push(t);
    else if (CONNECTORS.has(t.lower) && words.length > 0 && toks[k + 1]?.lower === "the" && toks[k + 2] && isCap(toks[k + 2])) {
      words.push(t, toks[k + 1]);
      k++;
    }
    else if ((t.text === "’s" || t.text === "'s") && words.length > 0) break;
    else break;
    k++;
  }
  return { name: cleanRun(words), next: k };
}

function stripPossessive(t: string): string {
  return t.endsWith("'s") || t.endsWith("’s") ? t.slice(0, -2) : t;
}

function cleanRun(words: Tok[]): string {
  let from = 0;
  let to = words.length;
  while (from < to && NOT_NAMES.has(words[from].lower)) from++;
  // keep what follows the last title word: "Energy Minister Maria Sousa" → "Maria Sousa"
  for (let i = from; i < to - 1; i++) {
    const l = words[i].lower;
    if (TITLE_WORDS.has(l.endsWith(".") ? l.slice(0, -1) : l)) from = i + 1;
  }
  while (to > from && CONNECTORS.has(words[to - 1].lower)) to--;
  while (from < to && CONNECTORS.has(words[from].lower)) from++;
  if (from >= to) return "";
  if (to - from === 1 && (NOT_NAMES.has(words[from].lower) || PRONOUNS.has(words[from].lower))) return "";
  let out = "";
  for (let i = from; i < to; i++) out += (i > from ? " " : "") + stripPossessive(words[i].text);
  return out;
}

/** Clean a captured name: drop leading connectives and titles ("As President Putin" → "Putin"). */
export function cleanName(raw: string): string {
  const toks = tokensAfter(raw, 0, raw.length, 12);
  return cleanRun(toks.filter((t) => !t.punct));
}

const RELATIVE_WORD = /^(?:who|which|that)$/;
const NOT_BEFORE_NAME = /^(?:that|the|it|this|in|on|at)$/;

export function findAttributions(sentence: string): AttributionMark[] {
  const out: AttributionMark[] = [];
  SPEECH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPEECH.exec(sentence)) !== null) {
    const vs = m.index;
    const ve = vs + m[0].length;
    arena.reset();
    if (m[0].startsWith("according")) {
      // "according to (the) [lower words] Name": the last capitalised run before punctuation or a clause word
      const after = tokensAfter(sentence, ve, sentence.length, 12, arena);
      let best = "";
      let end = ve;
      for (let k = 0; k < after.length; k++) {
        const t = after[k];
        if (t.punct || t.lower === "who" || t.lower === "which" || t.lower === "that") break;
        if (isCap(t)) {
          const r = nameStartingAt(after, k);
          if (r.name) {
            best = r.name;
            end = after[r.next - 1].end;
            // "Morocco's foreign exchange office": a possessive name with the office it owns
            const last = after[r.next - 1].text;
            if (last.endsWith("'s") || last.endsWith("’s")) {
              const words: string[] = [];
              let j = r.next;
              while (j < after.length && words.length < 4 && !after[j].punct && !isCap(after[j]) && !NOT_NAMES.has(after[j].lower) && !RELATIVE_WORD.test(after[j].lower)) {
                words.push(after[j].text);
                end = after[j].end;
                j++;
              }
              if (words.length > 0) best = `${after.slice(k, r.next).map((x) => x.text).join(" ")} ${words.join(" ")}`;
            }
          }
          k = r.next - 1;
        }
      }
      if (best) out.push({ start: vs, end, name: best });
      continue;
    }
    // "Name said": skip auxiliaries and -ly adverbs back to the name
    const before = tokensBefore(sentence, vs, 0, 12, arena);
    let j = before.length - 1;
    while (j >= 0 && !before[j].punct && (AUX.has(before[j].lower) || before[j].lower.endsWith("ly"))) j--;
    if (j >= 0 && !before[j].punct && PRONOUNS.has(before[j].lower) && (j === 0 || before[j - 1].punct)) {
      out.push({ start: before[j].start, end: ve, name: "" });
      continue;
    }
    // "the European Automobile Manufacturers' Association (ACEA) said": the name before its acronym, with it
    // ... and before its own short name in lower case: "the World Steel Association (worldsteel) said" (the name alone)
    if (j >= 3 && before[j].text === ")" && before[j - 2].text === "(" && isCap(before[j - 3])) {
      const short = before[j - 1].text;
      const acronym = /^[A-Z][A-Za-z&]{1,9}$/.test(short);
      const name = acronym || /^[a-z]{4,24}$/.test(short) ? nameEndingAt(before, j - 3) : "";
      // (a name cut to one word, "Manufacturers' Association", is known by its acronym)
      if (name && (acronym || name.includes(" "))) {
        out.push({ start: before[j - 3].start, end: ve, name: !acronym ? name : name.includes(" ") ? `${name} (${short})` : short });
        continue;
      }
    }
    if (j >= 0 && isCap(before[j])) {
      const name = nameEndingAt(before, j);
      if (name) {
        out.push({ start: before[j].start, end: ve, name });
        continue;
      }
    }
    // "Henrik Dahl, airline analyst at Vesterhavn Securities in Copenhagen, said": the name before a role set off by
    // commas (the role opens in lower case: "analyst at", "chief economist at", "head of research at")
    if (j >= 3 && before[j].text === ",") {
      let c = j - 1;
      while (c >= 0 && before[c].text !== ",") c--;
      if (c >= 1 && j - c >= 3 && !isCap(before[c + 1]) && !before[c + 1].punct && !RELATIVE_WORD.test(before[c + 1].lower) && isCap(before[c - 1])) {
        const name = nameEndingAt(before, c - 1);
        if (name.includes(" ")) {
          out.push({ start: before[c - 1].start, end: ve, name });
          continue;
        }
      }
    }
    // "..., said Ushakov." / "said Kremlin aide Yury Ushakov,"
    const after = tokensAfter(sentence, ve, sentence.length, 8, arena);
    let k = 0;
    while (k < after.length && !after[k].punct && !isCap(after[k]) && k < 2 && !NOT_BEFORE_NAME.test(after[k].lower)) k++;
    if (k < after.length && isCap(after[k])) {
      const r = nameStartingAt(after, k);
      const following = after[r.next];
      if (r.name && (!following || following.punct)) out.push({ start: vs, end: after[r.next - 1].end, name: r.name });
    }
  }
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
