/**
 * What a count, a duration or a rank is of: the noun the number qualifies ("seven operating terminals" →
 * terminal, "a one-year extension" → extension, "three years of war" → war, "the second-largest supplier" →
 * supplier). Read from the words right after the number, up to the first word that ends a noun phrase.
 */
const STOP = new Set([
  "of", "in", "on", "at", "to", "from", "for", "with", "by", "and", "or", "but", "than", "that", "which", "who", "as",
  "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "be", "been", "since", "after",
  "before", "during", "over", "under", "between", "into", "per", "a", "an", "the", "more", "less", "ago", "earlier",
  "later", "last", "this", "next", "each", "every", "said", "says", "behind", "ahead", "among", "across", "around",
  "about", "within", "without", "near", "like", "via", "through", "toward", "towards", "after", "against", "versus",
  "while", "when", "where", "because", "so", "not", "only", "also", "just", "then", "there", "here", "it", "its",
]);
const SKIP_FIRST = /^(?:-?(?:year|month|week|day|hour|minute)s?|-?(?:long|old|strong|member|nation|point|fold))$/i;

const SHARE_FILLER = new Set(["the", "all", "its", "their", "total", "overall", "global", "world", "world's", "national", "a", "an", "our", "his", "her"]);

/**
 * What a share is a share of: "78% of peak capacity" → "peak capacity", "66% of total U.S. exports" → "export". The
 * last two content words of the phrase after "of", proper names and determiners left out; "" when there is none.
 */
export function shareBase(sentence: string, end: number): string {
  // "35%, or 4.2 Bcf/d, of total exports": a restatement between the share and its base is skipped
  const m = /^\s*(?:\([^)]{0,20}\)\s*)?(?:,\s*or\s+[^,]{1,25},\s*)?of\s+((?:[\p{L}.’'-]+\s*){1,6})/u.exec(sentence.slice(end, end + 100));
  if (!m) return "";
  const kept: string[] = [];
  const words = m[1].split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const raw = words[i];
    const w = raw.replace(/[.,;:]+$/, "");
    const lower = w.toLowerCase();
    // determiners are fillers before they are stops: "of the total supply" → "supply"
    if (SHARE_FILLER.has(lower) || /^\p{Lu}/u.test(w)) continue;
    if (STOP.has(lower)) break;
    // "of all the LNG delivered to Europe", "of the gas imported into the EU": a participle after the noun (or
    // before a preposition) opens a reduced relative clause, not part of the base; "the reduced budget" keeps it
    const next = (words[i + 1] ?? "").toLowerCase();
    if (/ed$/.test(lower) && (kept.length || !next || STOP.has(next))) break;
    kept.push(singular(lower));
    if (/[,.;:]$/.test(raw)) break;
  }
  return kept.slice(-2).join(" ");
}

const EVENT_NUMBERING = /^[-\s]*(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:anniversary|session|summit|meeting|edition|congress|plenum|round|birthday|century|plan|conference|forum|games|olympiad|championship|season|episode|amendment|party\s+congress)s?\b|^[-\s]*(?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)+/u;
const DISCOURSE_NOUNS = new Set([
  "side", "message", "point", "reason", "factor", "area", "issue", "step", "way", "priority", "pillar", "principle",
  "question", "topic", "thing", "aspect", "element", "part", "dimension", "track", "direction", "stage", "phase", "lesson",
  "takeaway", "scenario", "option", "pillar", "goal", "objective", "challenge", "risk", "theme", "word",
]);

/**
 * A number that is no figure (see ClaimFrame.notFigure): an ordinal numbering an event or a name ("the 30th
 * anniversary", "the 15th Five-Year Plan"), or a small count of the text's own points ("three clear messages").
 */
export function isNotFigure(unit: string, value: number, sentence: string, end: number): boolean {
  const rest = sentence.slice(end, end + 60);
  if (unit === "ordinal") return EVENT_NUMBERING.test(rest);
  if (unit === "count" && value <= 12) return DISCOURSE_NOUNS.has(countedNoun(sentence, end));
  return false;
}

/** "the number of Russian students in China reached": the noun counted, read from "number of" before the number. */
export function numberOfNoun(before: string): string {
  const m = /\b(?:number|count|total)\s+of\s+((?:[\p{L}’'-]+\s+){0,4})/u.exec(before);
  if (!m) return "";
  let last = "";
  for (const w of m[1].split(/\s+/).filter(Boolean)) {
    if (STOP.has(w.toLowerCase())) break;
    last = w;
    if (/[^s]s$/.test(w) && w.length > 3) break; // the plural head: "registered voters rose"
  }
  return last && !/^\p{Lu}/u.test(last) ? singular(last.toLowerCase()) : "";
}

/** Words news uses for one kind of event: a call is a conversation is a discussion. */
const EVENT_SYNONYMS: Record<string, string> = {
  call: "talks", conversation: "talks", discussion: "talks", talk: "talks", talks: "talks", videoconference: "talks",
  "video-conference": "talks", videocall: "talks", chat: "talks", phone: "talks", meeting: "talks", negotiation: "talks",
  summit: "summit", visit: "visit", trip: "visit", tour: "visit", war: "war", conflict: "war", fighting: "war",
  strike: "strike", walkout: "strike", extension: "extension", prolongation: "extension",
};

/** One key for the words of one kind of event ("conversation" → talks). */
export function eventKey(noun: string): string {
  return EVENT_SYNONYMS[noun] ?? noun;
}

/** "The conversation lasted 1 hour": the noun whose duration a number gives, read before its verb. */
const EVENT_WORD = new RegExp(`\\b(${Object.keys(EVENT_SYNONYMS).sort((a, b) => b.length - a.length).join("|")})s?\\b`, "gi");

export function durationSubject(sentence: string, start: number): string {
  // "talks in Lisbon that lasted five hours": the event word nearest before the verb
  const window = sentence.slice(Math.max(0, start - 80), start);
  if (/\b(?:lasted|lasts|last|took|takes|take|taking|ran|continued|went\s+on|stretched|spanned)\s+(?:for\s+)?(?:(?:about|around|nearly|almost|over|more\s+than|just|some|roughly)\s+)?$/.test(window)) {
    let last: string | undefined;
    EVENT_WORD.lastIndex = 0;
    let e: RegExpExecArray | null;
    while ((e = EVENT_WORD.exec(window)) !== null) last = e[1].toLowerCase();
    if (last) return last;
  }
  const m = /\b([\p{L}-]+)\s+(?:(?:to|will|would|could|should|may|might|is\s+expected\s+to|are\s+expected\s+to)\s+)?(?:lasted|lasts|last|took|takes|take|taking|ran|continued|went\s+on|stretched|spanned)\s+(?:for\s+)?(?:(?:about|around|nearly|almost|over|more\s+than|just|some|roughly)\s+)?$/u.exec(sentence.slice(Math.max(0, start - 60), start));
  if (m && !/^(?:that|which|who|it|this|they|he|she)$/i.test(m[1]) && !/^\p{Lu}/u.test(m[1])) return singular(m[1].toLowerCase());
  // "citizens may stay visa-free for up to 30 days": the verb of the stay
  const stay = /\b(stay|remain|live|work|study|serve|travel|wait)\b(?:[\s-]+[\p{L}-]+){0,4}\s+for\s+(?:(?:up\s+to|about|around|nearly|almost|over|more\s+than|at\s+least|just|some)\s+)?$/u.exec(sentence.slice(Math.max(0, start - 80), start));
  return stay ? stay[1].toLowerCase() : "";
}

function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + "y";
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** The counted noun after the number ending at `end` of `sentence`, singular and lower case, or "". */
export function countedNoun(sentence: string, end: number): string {
  const rest = sentence.slice(end, end + 80);
  const words = rest.match(/^[\s-]*((?:[\p{L}’'-]+\s*){1,4})/u)?.[1].split(/\s+/).filter(Boolean) ?? [];
  const phrase: string[] = [];
  for (const raw of words) {
    const w = raw.toLowerCase().replace(/[’']s$/, "");
    if (!phrase.length && SKIP_FIRST.test(w)) continue;
    if (STOP.has(w)) break;
    // after the head: a verb form or a name starts what follows ("a 410 km cable linking Tangier")
    if (phrase.length && (/(?:ing|ed)$/.test(w) || /^\p{Lu}/u.test(raw))) break;
    phrase.push(w);
    // the head of the phrase: the first plural ("Chinese students study …"), or a word before punctuation
    if (/[,.;:]$/.test(raw) || (/[^s]s$/.test(w) && w.length > 3)) break;
  }
  if (phrase.length) return singular(phrase[phrase.length - 1].replace(/[^\p{L}-]+$/u, "").replace(/^-+/, ""));
  // "three years of all-out war": the noun after "of"
  const of = /^\s*(?:[\p{L}-]+\s+)?of\s+(?:the\s+|an?\s+)?((?:[\p{L}’'-]+\s*){1,3})/u.exec(rest);
  if (of) {
    const taken: string[] = [];
    for (const w of of[1].split(/\s+/).filter(Boolean)) {
      if (STOP.has(w.toLowerCase())) break;
      taken.push(w.toLowerCase());
    }
    if (taken.length) return singular(taken[taken.length - 1]);
  }
  return "";
}
