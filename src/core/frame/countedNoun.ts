/**
 * What a count, a duration or a rank is of: the noun the number qualifies ("seven operating terminals" →
 * terminal, "a one-year extension" → extension, "three years of war" → war, "the second-largest supplier" →
 * supplier). Read from the words right after the number, up to the first word that ends a noun phrase.
 */
import { withoutAsides } from "./aside";
import { RATE_WORDS_BEFORE } from "./rate";
const STOP = new Set([
  "of", "in", "on", "at", "to", "from", "for", "with", "by", "and", "or", "but", "than", "that", "which", "who", "as",
  "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "be", "been", "since", "after",
  "before", "during", "over", "under", "between", "into", "per", "a", "an", "the", "more", "less", "ago", "earlier",
  "later", "last", "this", "next", "each", "every", "said", "says", "behind", "ahead", "among", "across", "around",
  "about", "within", "without", "near", "like", "via", "through", "toward", "towards", "after", "against", "versus",
  "while", "when", "where", "because", "so", "not", "only", "also", "just", "then", "there", "here", "it", "its",
  "worldwide", "globally", "nationwide", "overall", "abroad", "annually", "apiece", "each", "altogether", "combined",
  "worth", "valued", "costing", "overnight", "today", "yesterday", "tonight",
  // prepositions and the words of a credit or a comparison that follow a count: "30 million people inside the country",
  // "the 3,195 of 2024, according to", "12,000 including"
  "inside", "outside", "according", "including", "excluding", "compared", "despite", "throughout", "beyond", "amid",
  "alongside", "upon", "onto",
]);
/** Participles that name what happened to people counted ("30 injured in the blast"): their noun. */
const PEOPLE_PARTICIPLE = /^(?:injured|wounded|killed|displaced|evacuated|hospitali[sz]ed|arrested|detained|infected|rescued|stranded|trapped|affected|unemployed|employed|enrolled|vaccinated|registered|insured|disabled|retired|married)$/;
/** After a verb that opens what follows a number: a preposition or a time ("burned in Saskatchewan", "set last year"). */
const FIRST_VERB_NEXT = /^(?:in|on|at|by|from|to|across|during|since|over|into|through|last|this|between)$/i;
/** Nouns that end like a participle: "4,620 automated speed cameras" are cameras, not "speed". */
const NOUN_IN_ED = /^(?:speed|feed|seed|weed|breed|need|bed|shed|red|bread|hundred|sled|deed|steed)$/;
const SKIP_FIRST = /^(?:-?(?:year|month|week|day|hour|minute)s?|-?(?:long|old|strong|member|nation|point|fold)|overnight|still|now|also|reportedly|already|officially|more|additional|new|extra|further)$/i;

const SHARE_FILLER = new Set(["the", "all", "its", "their", "total", "overall", "global", "world", "world's", "national", "a", "an", "our", "his", "her"]);

/**
 * What a share is a share of: "78% of peak capacity" → "peak capacity", "66% of total U.S. exports" → "export". The
 * last two content words of the phrase after "of", proper names and determiners left out; "" when there is none.
 */
export function shareBase(sentence: string, end: number): string {
  // "35%, or 4.2 Bcf/d, of total exports": a restatement between the share and its base is skipped
  const m = /^\s*(?:\([^)]{0,20}\)\s*)?(?:,\s*or\s+[^,]{1,25},\s*)?(?:(?:market\s+)?share\s+)?of\s+((?:[\p{L}.’'-]+\s*){1,6})/u.exec(sentence.slice(end, end + 100));
  if (!m) return "";
  const kept: string[] = [];
  const words = m[1].split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const raw = words[i];
    const w = raw.replace(/[.,;:]+$/, "");
    const lower = w.toLowerCase();
    // determiners are fillers before they are stops: "of the total supply" → "supply"
    // (and so is a possessive: "of the state's kindergartners" → "kindergartner", as "of Minnesota kindergartners")
    if (SHARE_FILLER.has(lower) || /^\p{Lu}/u.test(w) || /\p{L}(?:['’]s|s['’])$/u.test(w)) continue;
    if (STOP.has(lower)) break;
    // "31% of them": what the pronoun stands for is named before, not here
    if (OBJECT_PRONOUNS.has(lower)) return "";
    // "of all the LNG delivered to Europe", "of the gas imported into the EU": a participle after the noun (or
    // before a preposition) opens a reduced relative clause, not part of the base; "the reduced budget" keeps it
    const next = (words[i + 1] ?? "").toLowerCase();
    if (/ed$/.test(lower) && (kept.length || !next || STOP.has(next))) break;
    kept.push(singular(lower));
    if (/[,.;:]$/.test(raw)) break;
  }
  const base = kept.slice(-2).join(" ");
  return BASE_SYNONYMS[base] ?? base;
}

/** Bases named several ways: power generation is electricity generation. */
const BASE_SYNONYMS: Record<string, string> = {
  "power generation": "electricity generation",
  "power output": "electricity generation",
  "power production": "electricity generation",
  "electricity production": "electricity generation",
  "electricity output": "electricity generation",
  "power consumption": "electricity consumption",
  "power demand": "electricity demand",
  "electricity use": "electricity consumption",
};

const EVENT_NUMBERING = /^[-\s]*(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:anniversary|session|summit|meeting|edition|congress|plenum|round|birthday|century|plan|conference|forum|games|olympiad|championship|season|episode|amendment|party\s+congress)s?\b|^[-\s]*(?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)+/u;
/** Irregular past tenses of news ("the third-largest importer bought …"): a verb, never part of the noun phrase. */
const IRREGULAR_PAST = new Set([
  "bought", "sold", "sent", "took", "made", "paid", "grew", "rose", "fell", "became", "saw", "led", "won", "lost", "held", "kept",
  "gave", "got", "ran", "said", "told", "met", "left", "brought", "spent", "built", "began", "came", "went", "stood", "drew", "chose", "born", "given", "taken", "seen", "known", "shown", "grown",
]);

function isVerbForm(word: string): boolean {
  return IRREGULAR_PAST.has(word);
}

/**
 * "for the second month in a row", "a third straight year", "for the first time", "the fourth consecutive annual
 * record", "a fifth successive rate cut", "the second annual fall in a row": a streak, not a rank.
 */
const STREAK = /^[-\s]+(?:(?:straight|consecutive|successive|running)\s+)?(?:time|month|year|week|quarter|day|session)s?\b(?:\s+in\s+a\s+row)?(?!\s+(?:of\s+|in\s+)?(?:19|20)\d{2})|^[-\s]+(?:straight|consecutive|successive)\s+\p{L}|^[-\s]+(?:\p{L}+\s+){1,2}in\s+a\s+row\b/iu;
/**
 * "a third runway", "a second term", "an eighth reactor": an ordinal after "a" numbers one more of a thing, it ranks
 * nothing (a rank takes "the" or a verb: "the third-largest", "finished a close second", "ranked third").
 */
const ONE_MORE = /\b(?:a|an)\s+$/i;
const ONE_MORE_NOUN = /^\s+\p{Ll}[\p{Ll}-]*\b(?!-)/u;
const DISCOURSE_NOUNS = new Set([
  "side", "message", "point", "reason", "factor", "area", "issue", "step", "way", "priority", "pillar", "principle",
  "question", "topic", "thing", "aspect", "element", "part", "dimension", "track", "direction", "stage", "phase", "lesson",
  "takeaway", "scenario", "option", "pillar", "goal", "objective", "challenge", "risk", "theme", "word",
]);

/** "within", "over the next", "in the coming" before a duration: a plan's time frame. */
const TENURE_BEFORE = /\b(?:led|leads|headed|heads|served|serves|worked|works|lived|lives|taught|teaches|chaired|chairs|coached|ruled|governed|been\s+(?:in\s+(?:office|power|charge)|at\s+the\s+helm|president|chief\s+executive|CEO|chairman|chairwoman|mayor|minister|governor|prime\s+minister))\b[^.;:]{0,50}\bfor\s+(?:(?:about|around|nearly|almost|more\s+than|over|some|the\s+(?:past|last))\s+)*$/i;
// ("in its first three days", "over their opening two weeks": the window a figure was counted in)
const TIME_FRAME_BEFORE = /\b(?:within|(?:in|over|during)\s+the\s+(?:next|coming|following|past|last|previous|preceding)|(?:in|over|during)\s+(?:its|their|his|her|the)\s+(?:first|opening))\s+(?:(?:about|around|roughly|some)\s+)?(?:the\s+)?$/i;
/** A superlative, then "in" a stretch of time ("the strongest to hit the country in more than"): its rarity. */
const SUPERLATIVE_SPAN_BEFORE = /\b(?:strongest|weakest|highest|lowest|biggest|largest|smallest|worst|best|deadliest|heaviest|hottest|coldest|wettest|driest|fastest|slowest|longest|shortest|greatest|sharpest|steepest|deepest|most|least|first)\b[^.;:,]{0,60}?\bin\s+(?:(?:more\s+than|over|almost|nearly|about|around|some|at\s+least|the\s+(?:past|last))\s+)*$/iu;
/** "in the 24 hours to 8am", "in the seven days to Sunday": the stretch a count was taken over. */
const TIME_FRAME_TO = /^\s+(?:to|until|till|through|ending)\s/i;

/**
 * A number that is no figure (see ClaimFrame.notFigure): an ordinal numbering an event or a name ("the 30th
 * anniversary", "the 15th Five-Year Plan"), or a small count of the text's own points ("three clear messages").
 */
/** A length joined to a statistic or an instrument it names: "12-month inflation", "10-year yield", "52-week high". */
const WINDOW_NAMED = /^[\p{L}\d.]+-(?:day|week|month|year|quarter)\s+(?:(?:rolling|moving|trailing|average|annual|government|Treasury|treasury|bond|benchmark|headline|core|consumer|\p{Lu}{2,})\s+){0,2}(?:inflation|rate|rates|yield|yields|bonds?|notes?|bills?|paper|high|highs|low|lows|average|moving|period|window|horizon|peak|trough|record|CPI|price\s+index|bunds?|gilts?|JGBs?|Treasury|Treasuries|swap|swaps|spread|breakeven)\b/u;

/** People bounded by their age, before the age: "people over ", "adults aged under ", "those older than ". */
const AGE_BOUND_BEFORE = /\b(?:people|adults|persons|individuals|patients|men|women|children|kids|residents|workers|drivers|voters|those|anyone|everyone|pensioners|seniors|teenagers|participants|volunteers)\s+(?:aged\s+)?(?:over|under|above|below|older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?$/i;

/** After a number that is no age: a scale word, a unit of time other than years ("people over 60 million", "over 60 days"). */
const NOT_AN_AGE_AFTER = /^\s*(?:%|per\s?cent\b|percent\b|million\b|billion\b|thousand\b|trillion\b|m\b|bn\b|days?\b|weeks?\b|months?\b|hours?\b|minutes?\b)/i;

/**
 * "a five-year buildup plan", "the 10-year strategy": a plan named by the years it spans (a name more than a figure,
 * as "the 15th Five-Year Plan"); its money is a figure, its span is not ("a five-year contract", "a two-year
 * extension", "the 12-month programme" are: a programme runs that long).
 */
const PLAN_NAMED = /^[\p{L}\d.]+-(?:day|week|month|year|decade)\s+(?:[\p{L}-]+\s+){0,2}(?:plans?|strateg(?:y|ies)|roadmaps?|blueprints?|agendas?|visions?)\b/iu;

/** After an index's threshold: "-point mark separating growth from contraction", " mark that divides". */
const THRESHOLD_AFTER = /^[-\s](?:point\s+|-point\s+)?(?:mark|level|threshold|line)\s+(?:that\s+|which\s+)?(?:separat|divid|distinguish|denot|indicat|signal)/i;
/** "a reading below 50 indicates contraction", "above 50 signals expansion", "readings over 50 mean growth". */
const THRESHOLD_READING = /\b(?:below|above|under|over)\s+\d+(?:\.\d+)?\s+(?:indicates?|signals?|denotes?|means?|points?\s+to|shows?|represents?)\s+(?:an?\s+)?(?:contraction|expansion|growth|decline|improvement|deterioration)\b/i;

/** A part counted before "of" and the whole's owner: "two of Japan's", "12 of the", "half of its". */
const WHOLE_OF_PART_BEFORE = /(?:\b\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|half|all|most|none|some|many|several|a\s+third|a\s+quarter))\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|\p{Lu}[\p{L}.-]*['’]s\s+)?$/iu;
/** Units of a map that places are counted in. */
const PLACE_UNITS = /^(?:prefecture|state|province|region|county|district|municipality|member state|country|nation|canton|oblast|department|emirate|territory|borough)$/;

/** Before the size of a class of firms: "had fewer than", "with more than", "employing at least". */
const SIZE_CLASS_BEFORE = /\b(?:with|had|have|has|having|employing|employ)\s+(?:(?:fewer|less|more)\s+than|at\s+least|at\s+most|up\s+to|over|under)\s+$/i;
/** After it, what the firms are sized by: their staff. */
const SIZE_CLASS_AFTER = /^\s*(?:or\s+(?:more|fewer)\s+)?(?:employees|staff|workers|people|full-time\s+(?:employees|staff|workers))\b/i;

/** Filling something, then "a" or "an" and a word or two before its size: "filling a typical", "to fill a". */
const FILLED_BEFORE = /\b(?:fill|fills|filling|filled|fill\s+up|filling\s+up)\s+(?:up\s+)?(?:a|an|the|one)\s+(?:(?:typical|standard|average|normal|ordinary|family|medium-sized|small|large)\s+)?$/i;

export function isNotFigure(unit: string, value: number, sentence: string, end: number, start = end): boolean {
  const rest = sentence.slice(end, end + 60);
  // "savings of $400 million within three years", "over the next five years": the time a plan gives itself
  if (unit === "s" && TIME_FRAME_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) return true;
  if (unit === "s" && /\b(?:in|over|during)\s+the\s+$/i.test(sentence.slice(Math.max(0, start - 12), start)) && TIME_FRAME_TO.test(sentence.slice(end, end + 10))) return true;
  // "the strongest quake in more than 40 years", "the worst drought in half a century": how rare a superlative is
  if (unit === "s" && SUPERLATIVE_SPAN_BEFORE.test(sentence.slice(Math.max(0, start - 90), start))) return true;
  // "12-month inflation", "the 10-year bond yield", "a 52-week high": a window or an instrument named by its length
  if (unit === "s" && WINDOW_NAMED.test(sentence.slice(start, end + 30))) return true;
  if (unit === "s" && PLAN_NAMED.test(sentence.slice(start, end + 40))) return true;
  // "who has led the institute for 20 years", "served as mayor for a decade": a person's tenure, biography
  if (unit === "s" && TENURE_BEFORE.test(sentence.slice(Math.max(0, start - 70), start))) return true;
  // "said health official Abu Jafor, 52.": a person's age in apposition, read as a bare count
  if (unit === "count" && Number.isInteger(value) && value > 0 && value < 110 && /\p{Lu}\p{Ll}+,\s*$/u.test(sentence.slice(Math.max(0, start - 30), start)) && /^\s*(?:[,.;)]|$)/.test(rest)) return true;
  // "twenty-foot equivalent units": the size of a container unit, not a length anyone reports
  // (nor is the size of a shipping container: "the cost of shipping a 40-foot container")
  if (unit === "m" && /^\s*(?:equivalent\s+units?|(?:(?:shipping|cargo|steel|refrigerated|dry|standard)\s+)?(?:containers?|boxes)|box\b)/i.test(rest)) return true;
  // "filling a typical 55-litre family car", "to fill a 55-litre tank": the size of what is filled, a reference for the
  // cost, no figure anyone reports
  if (unit === "m3" && FILLED_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return true;
  // "below the 50-point mark separating growth from contraction", "a reading above 50 indicates growth": an index's
  // threshold, no reading
  if (unit === "count" && (THRESHOLD_AFTER.test(rest) || THRESHOLD_READING.test(sentence.slice(Math.max(0, start - 40), end + 40)))) return true;
  if (unit === "ordinal") return EVENT_NUMBERING.test(rest) || STREAK.test(rest) || (ONE_MORE.test(sentence.slice(Math.max(0, start - 4), start)) && ONE_MORE_NOUN.test(rest) && !/^\s+(?:place|position|spot)\b/i.test(rest));
  // "people over 60", "adults aged under 25", "children younger than 5": the age that bounds a group of people
  if (unit === "count" && Number.isInteger(value) && value > 0 && value < 120 && AGE_BOUND_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) && !NOT_AN_AGE_AFTER.test(rest)) return true;
  // "two of Japan's 47 prefectures", "in 12 of the 27 member states": the whole that places are counted out of, a
  // constant of the map, no figure
  if (unit === "count" && WHOLE_OF_PART_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) && PLACE_UNITS.test(countedNoun(sentence, end))) return true;
  // "118 cases per 10,000 companies": the size of a rate's denominator (see rate.ts)
  if (unit === "count" && RATE_WORDS_BEFORE.test(sentence.slice(Math.max(0, start - 16), start))) return true;
  // "17,050 had fewer than 10 employees", "firms with more than 250 staff": the size that bounds a class of firms (a
  // small bound: "had more than 140,000 employees" is a workforce)
  if (unit === "count" && value <= 1000 && SIZE_CLASS_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) && SIZE_CLASS_AFTER.test(rest)) return true;
  if (unit === "count" && value <= 12) return DISCOURSE_NOUNS.has(countedNoun(sentence, end));
  return false;
}

/** Participles of what happens to people that do not end in -ed. */
const IRREGULAR_PARTICIPLE = /^(?:hurt|hit|struck|caught|trapped|left|slain|sickened|stranded)$/;

/**
 * "the number of Russian students in China reached": the noun counted, read from "number of" before the number;
 * and, for "the number of people forced to flee", the participle right after "people" that says what happened to
 * them (see nounMeasure), else "".
 */
export function numberOfPhrase(text: string): { noun: string; participle: string } {
  const none = { noun: "", participle: "" };
  // (not one inside an aside about another subject: "The fertility rate, the average number of children a woman has,")
  const before = withoutAsides(text);
  const m = /\b(?:number|count|total)\s+of\s+((?:[\p{L}’'-]+\s+){0,6})/u.exec(before);
  // (another number between says the phrase was that number's: "the number of dead at 2,056 and the injured at 3,900")
  // (a change stated on the way is the phrase's own: "the number of Indian students rose 9% to 363,019")
  // (a year on the way is a time, no number: "fell 17.2% in the 2025-26 academic year to 641,300")
  if (!m || /\d/.test(before.slice(m.index + m[0].length).replace(/\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)/g, "").replace(/\b(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?\b/g, ""))) return none;
  const words = m[1].split(/\s+/).filter(Boolean);
  let last = "";
  let participle = "";
  for (const w of words) {
    if (STOP.has(w.toLowerCase())) break;
    // (a verb ends the phrase: "the number of people applying rose 3.1% to 774,300" counts people)
    if (last && (isVerbForm(w.toLowerCase()) || (last === "people" && /^\p{Ll}{3,}ing$/u.test(w)))) break;
    // (an adverb before the participle is neither: "the number of people seriously injured")
    if (last === "people" && /^\p{Ll}{3,}ly$/u.test(w)) continue;
    // a participle after the noun is no part of it ("people seriously hurt": one that does not end in -ed)
    if (last && (/\p{Ll}ed$/u.test(w) || (last === "people" && IRREGULAR_PARTICIPLE.test(w)))) {
      if (last === words[0] && last === "people" && (/^\p{Ll}+ed$/u.test(w) || IRREGULAR_PARTICIPLE.test(w))) participle = w;
      break;
    }
    last = w;
    if (/[^s]s$/.test(w) && w.length > 3) break; // the plural head: "registered voters rose"
  }
  return last && !/^\p{Lu}/u.test(last) ? { noun: singular(last.toLowerCase()), participle } : none;
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

/** Nouns news uses for one thing, by the one they are counted under ("handsets" are phones). */
const NOUN_SYNONYMS = new Map<string, string>([
  ["handset", "phone"], ["smartphone", "phone"], ["mobile", "phone"], ["cellphone", "phone"],
  ["automobile", "car"], ["vehicle", "car"],
  ["employee", "worker"], ["staff", "worker"], ["staffer", "worker"],
  ["payroll", "job"],
  ["pupil", "student"], ["enrolment", "student"], ["enrollment", "student"],
  ["hospitalization", "hospitalisation"], ["admission", "hospitalisation"],
  ["visitor", "tourist"],
  ["game", "match"], ["fixture", "match"],
  // babies born are the births ("238,300 babies were born", "births rose to 238,300")
  ["baby", "birth"], ["newborn", "birth"],
  ["passenger", "traveller"], ["traveler", "traveller"],
  ["deal", "contract"], ["agreement", "contract"], ["pact", "contract"],
  ["blaze", "fire"], ["wildfire", "fire"], ["bushfire", "fire"], ["inferno", "fire"],
  ["firm", "company"], ["business", "company"], ["enterprise", "company"],
  ["vessel", "ship"], ["transit", "ship"],
  // aircraft however named ("781 commercial jets", "Airbus delivered 781 aircraft"), and handed over
  ["jet", "aircraft"], ["jetliner", "aircraft"], ["airliner", "aircraft"], ["plane", "aircraft"], ["airplane", "aircraft"], ["aeroplane", "aircraft"],
  ["handover", "delivery"],
  // dwellings a disaster destroyed or damaged
  ["house", "home"], ["dwelling", "home"], ["household", "home"],
  // rain measured by its depth, however named
  ["rain", "rainfall"], ["precipitation", "rainfall"],
  ["gust", "wind"], ["windspeed", "wind"],
  // a border's irregular entries as the border agencies count them
  ["entry", "crossing"], ["detection", "crossing"],
  // forest cleared, however named ("deforestation", "clearing", "forest loss")
  ["clearing", "deforestation"],
  // space let to tenants ("signed leases for 8.9 million square feet", "leasing totalled …")
  ["lease", "leasing"],
]);

/** Nouns of two words that name what a number measures ("forest loss" is deforestation, not a company's loss). */
const COMPOUND_NOUNS = new Map<string, string>([
  ["forest loss", "deforestation"], ["cover loss", "deforestation"], ["tree loss", "deforestation"], ["forest clearing", "deforestation"],
]);

/** The noun a counted noun is grouped under. */
export function canonicalNoun(noun: string): string {
  return NOUN_SYNONYMS.get(noun) ?? noun;
}

/** Words in -s that are not plurals: a disease or a field ("1,284 measles cases": the cases are counted). */
const NOT_PLURAL = /^(?:measles|mumps|rabies|diabetes|herpes|tetanus|news|series|species|means|economics|politics|physics|mathematics|athletics|logistics|electronics|aerobics|gymnastics)$/;

/** Plurals not made with -s. */
const IRREGULAR_PLURALS: Record<string, string> = { children: "child", women: "woman", men: "man", people: "people", feet: "foot", teeth: "tooth", mice: "mouse", geese: "goose", buses: "bus", gases: "gas", lenses: "lens" };

export function singular(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) return irregular;
  if (NOT_PLURAL.test(word)) return word;
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + "y";
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|xes|sses|zzes)$/.test(word)) return word.slice(0, -2);
  // ("blazes", "prizes", "sizes": the noun ends in -ze)
  if (/zes$/.test(word)) return word.slice(0, -1);
  if (/s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** The counted noun after the number ending at `end` of `sentence`, singular and lower case, or "". */
/** Containers counted in twenty-foot equivalent units: "7.1 million TEU", "twenty-foot equivalent units (TEUs)". */
const TEU_AFTER = /^\s*(?:TEUs?\b|(?:twenty|20)[-\s]foot\s+equivalent\s+units?\b)/i;

/** Adverbs in -ly (not the nouns that end so: supply, family, assembly, rally …). */
const ADVERB = /^\p{Ll}{3,}ly$(?<!(?:supp|fami|assemb|anoma|monopo|ra|ta|a|be|je|bu|po|hol|ju|ita|butterf|dragonf|firef)ly)/u;

/** Gerunds that name a kind of the noun after them ("charging devices", "nursing homes", "parking spaces"). */
const GERUND_MODIFIER = /^(?:charging|parking|nursing|housing|training|teaching|voting|fishing|mining|banking|shipping|manufacturing|processing|building|heating|cooling|cooking|operating|trading|lending|recycling|filling|boarding|polling|sleeping|dining|swimming|shopping|booking)$/;

export function countedNoun(sentence: string, end: number): string {
  const rest = sentence.slice(end, end + 80);
  if (TEU_AFTER.test(rest)) return "teu";
  // words may hold inner dots ("U.S.")
  const words = rest.match(/^[\s-]*((?:(?:\p{Lu}\.){2,}\s*|[\p{L}’'-]+\s*){1,4})/u)?.[1].split(/\s+/).filter(Boolean) ?? [];
  const phrase: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i];
    const w = raw.toLowerCase().replace(/[’']s$/, "");
    // "122 million forcibly displaced people": an adverb before the noun phrase is no part of it
    if (!phrase.length && (SKIP_FIRST.test(w) || (/^\p{Ll}{3,}ly$/u.test(raw) && i + 1 < words.length))) continue;
    // "the seven U.S. LNG terminals": names and acronyms before the noun modify it
    if (!phrase.length && /^\p{Lu}/u.test(raw) && i + 1 < words.length && /^\p{Ll}/u.test(words[words.length - 1])) continue;
    if (STOP.has(w)) break;
    // "the 2.1 needed to keep a population stable", "the 50 required to pass": a participle, no noun
    if (!phrase.length && /ed$/.test(w) && words[i + 1]?.toLowerCase() === "to") break;
    // "27,300 came from the EU", "the previous high of 562,400 set in 2021", "1.42 million burned in Saskatchewan": a
    // verb, no noun (what happened to people stays their noun: "30 injured in the blast")
    if (!phrase.length && (isVerbForm(w) || w === "set" || (/\p{Ll}ed$/u.test(w) && !PEOPLE_PARTICIPLE.test(w) && FIRST_VERB_NEXT.test(words[i + 1] ?? "")))) break;
    // an adverb is no noun: "the 12,000 reported previously" counts nothing (a participle before it is a verb's)
    if (ADVERB.test(w.replace(/[,.;:]$/, ""))) {
      if (phrase.length === 1 && /ed$/.test(phrase[0])) phrase.length = 0;
      break;
    }
    // after the head: a verb form or a name starts what follows ("a 410 km cable linking Tangier")
    // (not a gerund that names a kind of the plural after it: "85,000 public charging devices", "1,200 nursing homes")
    const modifier = GERUND_MODIFIER.test(w) && /^\p{Ll}[\p{L}-]*[^s]s$/u.test(words[i + 1] ?? "");
    if (phrase.length && !modifier && ((/(?:ing|ed)$/.test(w) && !NOUN_IN_ED.test(w)) || /^\p{Lu}/u.test(raw) || isVerbForm(w))) break;
    phrase.push(w);
    // the head of the phrase: the first plural ("Chinese students study …"), or a word before punctuation
    if (/[,.;:]$/.test(raw) || (/[^s]s$/.test(w) && w.length > 3 && !NOT_PLURAL.test(w))) break;
  }
  if (phrase.length) return singular(phrase[phrase.length - 1].replace(/[^\p{L}-]+$/u, "").replace(/^-+/, ""));
  // "three years of all-out war": the noun after "of"
  // ... and "19 of their 29 league matches": the noun after the whole the part is of
  // (not "as of Oct. 1": a date)
  const of = /^\s*(?:(?!as\b)[\p{L}-]+\s+)?of\s+(?:the\s+|an?\s+|their\s+|its\s+|his\s+|her\s+|our\s+)?(?:[\d.,]*\d\s+)?((?:[\p{L}’'-]+\s*){1,3})/u.exec(rest);
  if (of) {
    const taken: string[] = [];
    for (const w of of[1].split(/\s+/).filter(Boolean)) {
      if (STOP.has(w.toLowerCase())) break;
      taken.push(w.toLowerCase());
    }
    // "31% of them", "a fifth of the total": a pronoun or a word for any amount names nothing counted
    const last = taken.length ? singular(taken[taken.length - 1]) : "";
    if (last && !OBJECT_PRONOUNS.has(last) && !AMOUNT_WORDS.has(last)) return last;
  }
  return "";
}

/** The amount words after a counted noun: "student numbers", "visitor figures", "passenger count". */
// ("leasing activity reached 8.9 million sq ft": the leasing is measured)
// ("study permit approvals fell": the permits approved are counted)
const COUNT_HEADS = new Set(["numbers", "figures", "count", "counts", "totals", "tally", "activity", "volumes", "approvals", "issuances"]);
const AMOUNT_WORDS = new Set([
  "average", "total", "sum", "amount", "level", "rate", "record", "high", "low", "peak", "maximum", "minimum", "value", "figure",
  "number", "estimate", "tune", "range", "height", "rise", "increase", "growth", "fall", "drop", "decline", "jump", "gain", "loss",
  "volume", "quantity", "tally", "count", "forecast", "projection", "prediction",
  // a scale word is part of another number ("up $5 million at $18.6 billion")
  "thousand", "million", "billion", "trillion", "bn", "mn", "mln", "tn",
]);

/** Words of a place in a ranking ("second at", "next at", "top at"). */
const RANK_WORDS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|top|last)$/;
const PROPERTY_BEFORE = /(\p{L}+)\s+(?:of|at|reaching|hitting|topping|near|around|worth|valued\s+at|costing)\s+(?:(?:up\s+to|about|around|nearly|almost|more\s+than|over|under|some|roughly|as\s+(?:high|much|low)\s+as)\s+)?$/u;
/** The last word of what PROPERTY_BEFORE can end with (a link word or a qualifier's last word). */
const PROPERTY_LINK_END = /(?:^|[^\p{L}])(?:of|at|reaching|hitting|topping|near|around|worth|costing|to|about|nearly|almost|than|over|under|some|roughly|as)\s+$/u;

/**
 * The noun a quantity measures when it comes before the number: "winds of up to 185 km/h" → wind, "temperatures
 * reaching 41C" → temperature, "a depth of 10 km" → depth, "a fee of £85 million" → fee, "a deal worth $2 billion"
 * → deal. "" when none.
 */
const LEVEL_VERBS = new Set(["stands", "stood", "sits", "sat", "comes", "came", "totals", "amounts"]);

/** Heads that name a rate of what the noun before them names: "fertility rate", "vacancy rate", "savings ratio". */
const RATE_HEADS = new Set(["rate", "rates", "ratio"]);

/** "fertility rate" for the words ["total", "fertility", "rate"]; "" when the last word is no rate or nothing names what of. */
function rateOf(words: readonly string[] | null): string {
  if (!words || words.length < 2 || !RATE_HEADS.has(words[words.length - 1].toLowerCase())) return "";
  const of = words[words.length - 2].toLowerCase();
  if (STOP.has(of) || AMOUNT_WORDS.has(of) || PRONOUNS.has(of) || /^\p{Lu}/u.test(words[words.length - 2]) || of.length < 3) return "";
  return `${of} ${singular(words[words.length - 1].toLowerCase())}`;
}

export function propertyNoun(before: string): string {
  // the text must end in a space after a word: most numbers follow "of", "at", "to", "was" …, and only the pattern
  // below tells which; it is tried only where the last word could be one of its words
  if (!PROPERTY_LINK_END.test(before)) return "";
  const m = PROPERTY_BEFORE.exec(before);
  if (!m) return "";
  const w = m[1].toLowerCase();
  // "a fertility rate of 0.75": the rate of what the word before names
  if (RATE_HEADS.has(w)) return rateOf(before.slice(0, m.index + m[1].length).match(/[\p{L}’'-]+/gu)?.slice(-2) ?? null);
  // a capital is a name, except the sentence's first word ("Winds of up to 185 km/h"); a word for any amount ("an
  // average of", "a total of", "a record of") or a verb ("followed at") says nothing of what is measured
  const initial = !before.slice(0, m.index).trim();
  // (nor does a verb of standing: "the forecast stands at")
  // (nor a rank: "Mexico was second at $66 billion")
  if (STOP.has(w) || AMOUNT_WORDS.has(w) || RANK_WORDS.test(w) || /(?:ed|ing)$/.test(w) || LEVEL_VERBS.has(w) || (/^\p{Lu}/u.test(m[1]) && !initial)) return "";
  return singular(w);
}


/** Verbs by which a clause gives its subject a level or a change ("coverage fell to 87%", "traffic rose 9%"). */
const SUBJECT_VERB = /\b(?:rose|rises|fell|falls|went\s+(?:up|down)|goes\s+(?:up|down)|gained|gains|expanded|shrank|swelled|traded|trades|closed|opened|settled|ended|climbed|dropped|slipped|declined|increased|decreased|grew|jumped|surged|soared|reached|stood|stands|was|were|is|are|hit|edged|dipped|slumped|plunged|eased|improved|widened|narrowed|rebounded|recovered|slid|sank|tumbled|topped|averaged|totaled|totalled|totals|amounted\s+to|came\s+to|rising|falling|climbing|dropping|declining|increasing|decreasing|growing|jumping|sliding|made\s+up|makes?\s+up|accounted\s+for|accounts?\s+for|represented|represents)\b/i;
/** A preposition that ends the head of a noun phrase ("coverage for the first dose", "traffic at the airport"). */
const PHRASE_END = /\s(?:of|for|at|in|on|among|across|from|to|with|by|during|after|before|since|into|via|through|along|between|within|involving|including|excluding|concerning)\s/i;
const SUBJECT_ADVERBS = /^(?:now|still|also|already|together|alone|combined|collectively|currently|again|just|only|each|all|both|\p{Ll}{3,}ly)$/u;
const OBJECT_PRONOUNS = new Set(["them", "it", "these", "those", "this", "that", "which", "us", "ours", "theirs"]);
const PRONOUNS = new Set(["it", "this", "that", "these", "those", "they", "which", "what", "one"]);

/**
 * A change and its time between a verb and the level it reached: " by 38 per cent in 2024 to", " 38% last year to",
 * " by $0.8 billion to", " 16% in the first seven months of 2025 from a year earlier to".
 */
const CHANGE_ON_THE_WAY = /^\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:[\d.,]+\s*(?:%|per\s*cent|percent)|[$€£¥][\d.,]+(?:\s*(?:thousand|million|billion|trillion|bn|mn))?)(?:\s+(?:in|on|from|over|during|last|this|year|compared\s+with|against)\b[^,;:()]{0,60}?)?(?=\s+to\s)/i;

/**
 * What a percentage states when no measure word says it: the head noun of the subject its clause gives a level or a
 * change ("Vaccination coverage for the first dose fell to 87%" → coverage, "Traffic at the airport rose 9%" →
 * traffic). `clauseBefore`: the clause up to the number. "" when the subject is a name, a pronoun or a word for any
 * amount ("It rose 9%", "The total fell 3%"). A name alone at the start of a sentence ("Ostmark rose 3%") cannot be
 * told from a noun ("Traffic rose 9%") here: the frame leaves out the organisations its story names.
 */
/**
 * A subject told without a finite verb: "with applications down 45%", "saw applications decline by 20%", "saw its
 * exports fall 3%".
 */
const SUBJECT_WITHOUT_VERB = /\b(?:with|saw|see|sees|seen|seeing)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:(?:up|down|rising|falling|higher|lower)|(?:rise|fall|decline|drop|increase|grow|jump|climb|shrink|slide|slump|surge|soar|plunge|tumble)\s*(?:by)?)\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than)\s+)?$/u;

export function subjectNoun(text: string): string {
  const bare = SUBJECT_WITHOUT_VERB.exec(text);
  if (bare) {
    const words = bare[1].split(/\s+/);
    const noun = singular(words[words.length - 1]);
    return STOP.has(noun) || AMOUNT_WORDS.has(noun) || PRONOUNS.has(noun) || noun.length < 3 ? "" : noun;
  }
  // (an acronym in brackets and an aside about the subject are no part of it: "Foreign currency assets (FCAs), a
  // major component of the reserves, went up")
  const clauseBefore = withoutAsides(text);
  const verb = SUBJECT_VERB.exec(clauseBefore);
  if (!verb) return "";
  // the number completes that verb: a few words after it, no aside ("Its suppliers are the U.S., which provides a
  // third" gives the third to no suppliers)
  // (a change told on the way does not count: "fell 38% last year to about 239,000" is the level the crossings fell to)
  const gap = clauseBefore.slice(verb.index + verb[0].length).replace(CHANGE_ON_THE_WAY, " ");
  if (/[,;:(]/.test(gap) || gap.trim().split(/\s+/).filter(Boolean).length > 4) return "";
  // the subject after a speech verb or a clause word ("Halford Bank said its mortgage lending grew")
  let subject = clauseBefore.slice(0, verb.index);
  const told = /^.*(?:\b(?:said|says|reported|reports|announced|added|noted|showed|shows|that|which|while|and|as|when)\s|,\s)/is.exec(subject);
  if (told) subject = subject.slice(told[0].length);
  // ("…, with approvals falling 52 per cent to": the subject of a clause opened by "with")
  subject = subject.replace(/^\s*with\s+/i, "").replace(/^\s*(?:the|its|their|his|her|our|a|an)\s+/i, "");
  // "the number of irregular entries into the EU decreased": the entries are counted
  subject = subject.replace(/^(?:number|total|count|tally)\s+of\s+(?:the\s+)?/i, "");
  const cut = PHRASE_END.exec(` ${subject}`);
  const head = (cut ? ` ${subject}`.slice(0, cut.index) : subject).trim();
  const words = head.match(/[\p{L}’'-]+/gu);
  // "Indian students now account for": an adverb between the subject and its verb is no part of the subject
  while (words && words.length > 1 && SUBJECT_ADVERBS.test(words[words.length - 1])) words.pop();
  // "rents paid by tenants", "cars sold in May": a participle after the noun describes it
  if (words && words.length > 1 && (IRREGULAR_PAST.has(words[words.length - 1].toLowerCase()) || /^\p{Ll}{3,}ed$/u.test(words[words.length - 1]))) words.pop();
  // "the total fertility rate rose to 0.75", "the vacancy rate fell": a rate of what the word before names
  const rated = rateOf(words);
  if (rated) return rated;
  if (!words || words.length > 4) return "";
  // "student numbers declined", "passenger figures rose": what is counted is the word before the amount word
  // "Annual forest loss": a noun of two words
  const compound = words.length >= 2 ? COMPOUND_NOUNS.get(`${words[words.length - 2]} ${words[words.length - 1]}`.toLowerCase()) : undefined;
  if (compound) return compound;
  const counted = words.length >= 2 && COUNT_HEADS.has(words[words.length - 1].toLowerCase());
  const last = words[words.length - (counted ? 2 : 1)];
  const lower = last.toLowerCase();
  // a capital is a name, except the sentence's first word ("Traffic rose 9%"); an acronym always is ("WTI gained 1.1%")
  if (/^\p{Lu}{2,}s?$/u.test(last)) return "";
  if (/^\p{Lu}/u.test(last) && !((words.length === 1 || (counted && words.length === 2)) && /^\s*$/.test(clauseBefore.slice(0, clauseBefore.indexOf(last))))) return "";
  const noun = singular(lower);
  if (STOP.has(lower) || PRONOUNS.has(noun) || AMOUNT_WORDS.has(noun) || /['’]s$/.test(lower) || lower.length < 3) return "";
  // "Parcels provided for children climbed to 1.15 million": the part of the noun given to a group of people, not
  // the whole ("3.02 million parcels")
  const forPeople = FOR_PEOPLE.exec(subject.slice(subject.indexOf(last) + last.length));
  return forPeople ? `${noun} for ${forPeople[1].toLowerCase()}` : noun;
}

/** Groups of people a part of something is given to ("parcels for children", "meals served to pupils"). */
export const PEOPLE_GROUPS = String.raw`children|pensioners|families|women|men|students|pupils|veterans|refugees|households|adults|teenagers|girls|boys|babies|infants|carers|asylum\s+seekers`;
/** After a subject's noun: "provided for children", "for pensioners", "given to families". */
const FOR_PEOPLE = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:for|to)\s+(${PEOPLE_GROUPS})\b`, "u");
