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
import { isIsoCurrency } from "../extract/isoCurrencies";
import { isCapitalAt } from "../text/chars";
import { newsroomEnd } from "./dateline";
import { findMeasures } from "./measure";
import { isProvinceName } from "./province";
import { isRegionAt } from "./region";
import { wordsOf, type Words } from "./phrases";
import type { PlaceMention } from "./places";
import { findProducts, isProductWord } from "./product";

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

/** Capitalised words that start sentences or titles and are no part of a name (as wordsOf reads them: "U.S." is "u.s"). */
const LEADING = new Set([
  "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "its", "their", "his", "her", "this", "that", "these", "those", "as", "after", "before",
  // (words that open a clause: "If Renfe can …", "When Ostmark reported …", "Unless the Bank …")
  "if", "when", "unless", "although", "though", "because", "since", "once", "until", "whether", "yet", "so", "then", "where", "whereas",
  "while", "with", "by", "from", "to", "of", "rival", "shares", "chief", "executive", "ceo", "analysts", "according", "meanwhile", "however", "also",
  "net", "gross", "record", "strong", "weak", "overall", "combined", "electric", "carmaker", "lender", "insurer", "retailer", "airline", "group", "state", "global", "world", "us", "u.s", "mr", "mrs", "ms", "dr",
  // (classes of assets: "Equities returned 5.7%, bonds 2.1%")
  "equities", "bonds", "stocks", "commodities", "gilts", "treasuries", "currencies",
]);

/** Words that title a person: the name after them is a person's ("Chief executive Mara Lind", "Minister Ana Ruiz"). */
const PERSON_TITLES = new Set([
  "executive", "officer", "ceo", "cfo", "president", "minister", "secretary", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman",
  "spokesperson", "analyst", "economist", "director", "head", "founder", "mr", "mrs", "ms", "dr", "senator", "governor", "striker", "midfielder",
  "defender", "goalkeeper", "coach", "manager", "captain", "player", "forward",
]);

/** Regions and seas named by one word ("Mediterranean", "Balkans", "Sahel"). */
const REGION = /^(?:mediterranean|caribbean|baltic|balkans|arctic|antarctic|pacific|atlantic|sahel|maghreb|levant|caucasus|scandinavia|patagonia|siberia|anatolia|north|south|east|west|midlands|highlands)$/;
/** Right after a publication's title, the word for what it is ("the Gold Demand Trends report"). */
const PUBLICATION_AFTER = /^\s+(?:report|survey|study|bulletin|yearbook)\b/;
/** The last word of a publication's title. */
const PUBLICATION_TITLE = /^(?:monthly|weekly|quarterly|outlook|review|bulletin|yearbook|digest|tracker|monitor|almanac|handbook)$/;
/** The head of a geographic feature's name ("Red Sea", "Mekong River", "Gulf of Guinea"). */
const GEOGRAPHIC = /^(?:sea|ocean|gulf|strait|straits|bay|river|lake|mountains|desert|peninsula|coast|basin|delta|valley|islands|highlands|plains)$/;
/** The last word of a measure or a scheme named in capitals: "National Living Wage", "Universal Credit", "Bank Rate". */
const NAMED_MEASURE = /^(?:wage|wages|rate|tax|levy|allowance|credit|benefit|benefits|pension|payment|premium|tariff|duty|subsidy|grant|stipend)$/;
const MEASURE_ACRONYM = /^(?:gdp|gnp|gni|vat|gst|cpi|ppi|pmi|fdi|ebitda|eps|capex|opex|teu|teus|mw|gw|kwh|mwh|gwh|twh|bcm|mmbtu|bpd|dwt|ai|evs?|iot|ipo|esg|r&d)$/;
/** After a name of goods, not of their maker: "models", "model lines", "trims", "variants". */
const MODELS_AFTER = /^\s+(?:models?|model\s+lines?|trims?|variants?)\b/i;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q[1-4]|h[12]|fy\d*)$/i;

const NO_WORDS: ReadonlySet<string> = new Set();

/** A word a stage, a step or a part is named by, with its number after it ("Phase 3", "Stage II", "Round 2"). */
const STAGE = /^(?:phase|stage|tier|step|round|part|chapter|article|section|level|grade|category)$/;
const STAGE_NUMBER = /^\s+(?:\d|[IVX]+\b|[ivx]+\b)/;

/** A three-letter code with a digit right before or after it (a space between at most). */
const CODE_BESIDE_NUMBER = /\d\s?[A-Z]{3}|[A-Z]{3}\s?\d/;

/** First words that name a kind of body, not the body: "Bank of Oslo" is keyed by "bank oslo", not "bank". */
const GENERIC_FIRST = new Set(["bank", "banco", "national", "first", "general", "united", "royal", "international", "central", "federal", "state", "new", "american", "european", "china", "japan", "korea"]);

/** The key of a name: its first word in lower case (its first two where the first names a kind of body). */
function keyOf(lowerWords: readonly string[]): string {
  const content = lowerWords.filter((w) => !CONNECTOR.has(w));
  return GENERIC_FIRST.has(content[0]) && content.length > 1 ? `${content[0]} ${content[1]}` : content[0];
}

/** The key of a name as written ("Novo Nordisk" → "novo", "Bank of Oslo" → "bank oslo"), as findHolders keys it. */
export function holderKey(name: string): string {
  return keyOf(wordsOf(name).lower);
}

/** Which of `candidates` (lower-case words) the text writes in lower case somewhere: one pass over its words. */
export function writtenInLowerCase(texts: readonly string[], words: readonly Words[], candidates: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  texts.forEach((text, i) => {
    const { starts, lower } = words[i];
    for (let k = 0; k < lower.length; k++) if (candidates.has(lower[k]) && !isCapitalAt(text, starts[k])) out.add(lower[k]);
  });
  return out;
}


/** Words of one name may stand apart by spaces, a hyphen or " & " ("Rolls-Royce", "Procter & Gamble"). */
const NAME_GAP = /^(?:\s+|-|\s+&\s+)$/;
const CONNECTOR = new Set(["of", "and", "de", "du", "van", "von"]);

/**
 * The organisation names of a sentence, read from its words (`words`: as wordsOf reads them; read here when not
 * given). `places`: its place mentions; `people`: surnames known as people's (lower case); `illnesses`: acronyms of
 * diseases the story names (lower case, see diseaseName.ts), no organisation nor part of one's name ("Veltra RSV shot");
 * `opening`: where a dateline opening the sentence ends (see dateline.ts; read here when not given).
 */
/** A preposition of where something lies, right before a name, or before the name a list's "and" goes on from. */
const LOCATIVE_BEFORE = /\b(?:off|near|nearby|along|outside|beyond)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}?(?:(?:and|or)\s+)?(?:the\s+)?$/u;

export function findHolders(sentence: string, places: readonly PlaceMention[], people: ReadonlySet<string>, words: Words = wordsOf(sentence), illnesses: ReadonlySet<string> = NO_WORDS, opening = newsroomEnd(sentence)): HolderMention[] {
  const out: HolderMention[] = [];
  const { starts, ends, lower } = words;
  const n = starts.length;
  for (let i = 0; i < n; ) {
    if (!isCapitalAt(sentence, starts[i])) {
      i++;
      continue;
    }
    // the run of capitalised words, "of", "and" … inside it when a capitalised word follows ("Bank of Oslo")
    let j = i + 1;
    while (j < n && NAME_GAP.test(sentence.slice(ends[j - 1], starts[j]))) {
      if (isCapitalAt(sentence, starts[j])) j++;
      else if (CONNECTOR.has(lower[j]) && j + 1 < n && isCapitalAt(sentence, starts[j + 1]) && NAME_GAP.test(sentence.slice(ends[j], starts[j + 1]))) j += 2;
      else break;
    }
    const runEnd = j;
    let first = i;
    i = j;
    // leading words that only begin the sentence or describe the body ("The", "Rival", "Electric carmaker")
    // (and a maker before a name: "Truckmaker Hallberg", "Chipmaker Veltrix")
    while (first < runEnd && (LEADING.has(lower[first]) || (first < runEnd - 1 && /(?:maker|builder)$/.test(lower[first])))) first++;
    // (an illness's acronym at either end is none of the name: "Veltra RSV shot", "RSV Veltra")
    let last = runEnd - 1;
    while (first <= last && illnesses.has(lower[last])) last--;
    while (first <= last && illnesses.has(lower[first])) first++;
    if (first > last) continue;
    const start = starts[first];
    const end = ends[last];
    // a place, or places joined ("Portugal and Morocco"); a day or month, a letter alone
    let allPlaces = true;
    for (let k = first; k <= last && allPlaces; k++) allPlaces = CONNECTOR.has(lower[k]) || places.some((p) => p.start <= starts[k] && p.end >= ends[k] - 1);
    if (allPlaces) continue;
    let calendar = true;
    for (let k = first; k <= last && calendar; k++) calendar = CALENDAR.test(lower[k]);
    if (calendar || end - start < 2) continue;
    // a publication ("the EIA's Natural Gas Monthly", "the World Economic Outlook") is where a number is printed, not
    // whose it is
    if (first < last && PUBLICATION_TITLE.test(lower[last])) continue;
    // ... nor a competition that describes a club ("the Championship club's losses", "the Premier League side"): the club
    // is whose the number is
    if (/^\s+(?:club|clubs|side|sides|team|teams|outfit)\b/.test(sentence.slice(end, end + 8)) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 5), start))) continue;
    // ... nor is a title of several words before the word for a publication ("its Gold Demand Trends report")
    if (first < last && PUBLICATION_AFTER.test(sentence.slice(end, end + 12))) continue;
    // a sea, a strait, a river, a coast ("the Red Sea", "the Strait of Hormuz", "Gulf Coast") is a place on the map
    if (GEOGRAPHIC.test(lower[last]) || (first < last && GEOGRAPHIC.test(lower[first]) && lower[first + 1] === "of")) continue;
    // ... or a region named alone ("the central Mediterranean", "the Western Balkans"; "Union Pacific" is a railway)
    // (a natural region named alone: "the Amazon", "the Brazilian Amazon", "Brazil's Amazon"; see region.ts)
    if (isRegionAt(sentence, words, first, last)) continue;
    // ... nor a place on the map named by where it lies ("the reefs off Townsville and the Whitsundays", "farms near
    // Barneveld", "along the Gold Coast")
    if (LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))) continue;
    // ... nor a province or a state ("British Columbia issued 61,300 permits"; see province.ts)
    if (isProvinceName(sentence.slice(starts[first], ends[last]))) continue;
    if (REGION.test(lower[last]) && (first === last || !isCapitalAt(sentence, starts[first]) || /^(?:western|eastern|northern|southern|central|north|south|east|west)$/.test(lower[first]))) continue;
    // a name after a prefix ("pre-Covid", "post-Brexit", "anti-Kremlin") is part of an adjective, no organisation
    // ("Post-Brexit trade": the prefix is a word of its own; not "Ex-Im Bank", a name)
    // (a name of its own goes on after the word: "Mid-Atlantic Power")
    if ((first === last && start > 1 && sentence[start - 1] === "-" && /(?:^|[^\p{L}])(?:pre|post|anti|non|mid)$/iu.test(sentence.slice(Math.max(0, start - 6), start - 1))) || (last === first + 1 && /^(?:pre|post|anti|non|mid)$/.test(lower[first]) && sentence[ends[first]] === "-")) continue;
    // a measure or a scheme named in capitals ("the National Living Wage", "Universal Credit", "Council Tax", "Bank
    // Rate") names no organisation
    if (first < last && NAMED_MEASURE.test(lower[last])) continue;
    // an economic measure's or a unit's acronym ("GDP", "VAT", "CPI", "TEU", "MW"), or a technology's ("AI", "EVs"),
    // names no organisation
    if (first === last && MEASURE_ACRONYM.test(lower[first])) continue;
    // ... nor where an organisation sits ("The Stockholm-based company added …": the company is named elsewhere)
    if (/^-(?:based|headquartered|listed|registered)\b/.test(sentence.slice(end, end + 16))) continue;
    // ... nor does a product or a quoted asset named alone ("Bitcoin rose 2%", "Brent settled at $63")
    if (first === last && isProductWord(sentence.slice(start, end))) continue;
    // a currency's code beside its amount ("SEK 41", "EUR 5bn", "41 SEK") is the number's unit, no organisation
    // (read as one word when the amount touches it: "EUR1.2m")
    if (first === last && isIsoCurrency(sentence, start, start + 3) && (end === start + 3 ? CODE_BESIDE_NUMBER.test(sentence.slice(Math.max(0, start - 2), end + 2)) : /\d/.test(sentence[start + 3]))) continue;
    // ... nor do models of a maker's goods ("the Harlow Sedan and Ranger models", "the Vela X trim")
    if (MODELS_AFTER.test(sentence.slice(end, end + 20))) continue;
    // a person: after a personal title, or a name credited as a person's elsewhere
    if (first > 0 && PERSON_TITLES.has(lower[first - 1])) continue;
    if (people.has(lower[last])) continue;
    // "a Phase 3 trial", "Stage II", "Round 2": a stage named by its number, no organisation
    if (STAGE.test(lower[first]) && (first === last ? STAGE_NUMBER.test(sentence.slice(end, end + 8)) : lower.slice(first + 1, last + 1).every((w) => /^[ivx]+$/.test(w)))) continue;
    const name = sentence.slice(start, end);
    // a lone word at the sentence's start may be an ordinary word capitalised by its place ("Deliveries fell"), unless
    // it is an acronym or a possessive ("BYD registered", "Tesla's registrations")
    // ... or a singular word that does what a company does with what it makes ("Samsung shipped 61.4 million",
    // "Xiaomi kept the third spot"; "Deliveries fell" and "Output rose" stay ordinary words)
    const surelyName = /^[A-Z][A-Z0-9&]+$/.test(name) || /^['’]s\b/.test(sentence.slice(end, end + 3)) || (first === last && !/s$/.test(name) && !PRONOUN.test(name) && COMPANY_VERB_AFTER.test(sentence.slice(end, end + 48)));
    // ... nor a word that opens a measure's phrase with the words after it ("Operating profit rose", "Underlying
    // earnings fell", "Comparable sales grew")
    if ((first === 0 || start === opening) && first === last && !surelyName && opensMeasure(sentence, start, end)) continue;
    // (the first word after a dateline starts the sentence too: "BRASILIA, Nov 6 (Wire) - Deforestation in …")
    out.push({ start, end, key: keyOf(lower.slice(first, last + 1)), name, initial: (first === 0 || start === opening) && first === last && !surelyName });
  }
  return out;
}

/** Last words of names that no organisation is called by alone ("Deutsche Bank" is not "Bank"). */
const GENERIC_LAST = /^(?:bank|group|company|holdings?|inc|corp|corporation|plc|ltd|ag|sa|nv|se|co|airlines?|airways|motors|industries|systems|technologies|partners|capital|energy|international|association|authority|agency|ministry|office|council|board|fund|foundation|institute|university|league|federation|union)$/;

/**
 * A name the story gives in full and then by its last word alone ("Manchester United", then "United"; "Real Madrid",
 * then "Madrid" is a place and stays one): the lone word is the full name's key, where one full name ends with it.
 */
export function withShortNames(mentionsOf: readonly (readonly HolderMention[])[]): HolderMention[][] {
  const byLast = new Map<string, string | null>();
  for (const list of mentionsOf) {
    for (const m of list) {
      if (!/\s/.test(m.name)) continue;
      const last = m.name.slice(m.name.lastIndexOf(" ") + 1).toLowerCase();
      // (nor a measure word: "Trade" alone is the trade sector, not "Allianz Trade")
      if (GENERIC_LAST.test(last) || last === m.key || isMeasureWord(last)) continue;
      const seen = byLast.get(last);
      byLast.set(last, seen === undefined || seen === m.key ? m.key : null);
    }
  }
  if (!byLast.size) return mentionsOf as HolderMention[][];
  // (a lone word that only ever opens sentences may be an ordinary word: "Canal income totalled …" after "the Suez
  // Canal"; one named inside a sentence too is the name: "Sponsors keep United's tills ringing")
  const inside = new Set<string>();
  for (const list of mentionsOf) for (const m of list) if (!m.initial && !/\s/.test(m.name)) inside.add(m.name.toLowerCase());
  return mentionsOf.map((list) => list.map((m) => {
    const word = m.name.toLowerCase();
    const full = /\s/.test(m.name) || !inside.has(word) ? undefined : byLast.get(word);
    return full ? { ...m, key: full, initial: false } : m;
  }));
}

/**
 * How often the story names each organisation, with its fullest naming ("Nordvik Motors" over "Nordvik"). A lone
 * word at a sentence's start counts when the story also names it elsewhere, or when it starts two sentences or more
 * and the story never writes it in lower case (`writtenLower`: which of these words the text writes in lower case):
 * "Streamly
 * added …", "Streamly shares rose …" name a company; "Deliveries fell" names nothing.
 */
export function holderCounts(sentences: readonly (readonly HolderMention[])[], writtenLower: (words: ReadonlySet<string>) => ReadonlySet<string> = (words) => words): Map<string, { n: number; name: string }> {
  const named = new Set<string>();
  const initials = new Map<string, number>();
  for (const list of sentences) for (const m of list) if (m.initial) initials.set(m.key, (initials.get(m.key) ?? 0) + 1);
  else named.add(m.key);
  const candidates = new Set<string>();
  // (a measure word is none, however often it opens a sentence: "Revenue climbed 9%", "Revenue from ads was …")
  for (const [key, n] of initials) if (n >= 2 && !named.has(key) && !isMeasureWord(key)) candidates.add(key);
  if (candidates.size) {
    const lower = writtenLower(candidates);
    for (const key of candidates) if (!lower.has(key)) named.add(key);
  }
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

/** Does the word at [start, end) open a measure's phrase that runs past it ("Operating profit", "Underlying earnings")? */
function opensMeasure(sentence: string, start: number, end: number): boolean {
  const phrase = sentence.slice(start, start + 40).toLowerCase();
  return findMeasures(phrase).some((h) => h.start === 0 && h.end > end - start);
}

/** Is the lower-case word a measure word of its own ("revenue", "exports")? */
function isMeasureWord(word: string): boolean {
  return findMeasures(word).some((h) => h.start === 0 && h.end === word.length);
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
 * rarely whose figure it is) or named right before the number, at most three words between ("Kestrel 57 million",
 * "Duxon came third with 41 million"); without `counts`, any. Undefined when none.
 */
export function holderBefore(mentions: readonly HolderMention[], from: number, start: number, counts?: ReadonlyMap<string, { n: number }>, sentence = ""): HolderMention | undefined {
  let best: HolderMention | undefined;
  for (const m of mentions) {
    if (m.end > start || m.start < from) continue;
    // a lone word at the sentence's start ("During the talks …") names something only when the story says so
    if (m.initial && !counts?.has(m.key)) continue;
    // (a title in quotation marks, "Second Helpings", is a name however rarely the story gives it)
    if (counts && (counts.get(m.key)?.n ?? 0) < 2 && !(sentence && (rightBefore(sentence.slice(m.end, start)) || quoted(sentence, m)))) continue;
    // "analysts polled by LSEG had forecast $37.1 billion", "according to Kpler": who gives the number, not whose it is
    // ("The company, based in Hamburg and employing 64,000": where it sits, not whose the number is)
    if (sentence && (CREDIT_BEFORE.test(sentence.slice(Math.max(0, m.start - 24), m.start)) || SEAT_BEFORE.test(sentence.slice(Math.max(0, m.start - 24), m.start)))) continue;
    // ("Deloitte said Barcelona's matchday revenue climbed 46%": who says it, of another name's figure)
    if (sentence && SAID_OF_ANOTHER_AFTER.test(sentence.slice(m.end, start))) continue;
    best = m;
  }
  return best;
}

// (an owner's possessive may stand between: "Data from the EIA's Natural Gas Monthly show")
const CREDIT_BEFORE = /\b(?:according\s+to|polled\s+by|surveyed\s+by|compiled\s+by|cited\s+by|citing|data\s+from|figures\s+from)\s+(?:the\s+)?(?:[\p{L}.&-]+['’]s\s+)?$/iu;

const PRONOUN = /^(?:It|He|She|We|They|This|That|These|Those|There|Which|Who|One|Each|Both|All|None)$/;
/** A verb of what a company does with its goods or its rank, right after a name. */
// (or that stands first in its market, or next with its count: "Volkswagen remained the best-selling brand", "Velmar
// followed with 2,410 cars"; "Output remained flat" and "Growth followed with 3%" do not)
const COMPANY_VERB_AFTER = /^\s+(?:shipped|ships|sold|sells|delivered|delivers|kept|keeps|led|leads|posted|posts|registered|produced|launched|unveiled|employs|overtook|(?:remained|remains|was|is|stayed|finished|ranked)\s+(?:the\s+)?(?:best-selling|top-selling|top|largest|biggest|leading|market\s+leader|most\s+popular|number\s+one)|followed\s+with\s+(?:about\s+|some\s+|nearly\s+)?\d[\d,.]*(?![\d,.]*\s*(?:%|per\s*cent|percent)))\b/;

/** After a name, a verb of saying and another name's possessive: " said Barcelona's ", " estimated that Spain's ". */
const SAID_OF_ANOTHER_AFTER = /^\s+(?:said|says|reported|reports|estimated|estimates|calculated|found|noted)\s+(?:that\s+)?(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}['’]s?\s/u;

const SEAT_BEFORE = /\b(?:based|headquartered|domiciled)\s+in\s+$/i;

/** Is the mention a title in quotation marks ('the comedy "Second Helpings," fell')? */
function quoted(sentence: string, m: HolderMention): boolean {
  return /["“‘]$/.test(sentence.slice(Math.max(0, m.start - 1), m.start)) && /^[,.]?["”’]/.test(sentence.slice(m.end, m.end + 2));
}

/** The gap between a name and its number: no punctuation, at most three words. */
function rightBefore(gap: string): boolean {
  // (a possessive's "'s" is no word between: "Tesla's EU sales slumped 48.5%")
  const words = gap.replace(/^['’]s\b/, "");
  return gap.length <= 30 && !/[,;:.()]/.test(words) && words.trim().split(/\s+/).filter(Boolean).length <= 3;
}

const FORECASTERS_AT = /\b(?:analysts?|economists?|strategists?|experts?|traders?|researchers?)\s+(?:at|from|with|of)\s+$/i;

/** Between a company and its sales' measure word: its possessive, two words at most ("'s EU ", " "), or an aside (", the world's largest copper producer, "). */
const BRAND_BEFORE_SALES = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$|^,\s+[^,;()]{1,60},\s+$/u;

/**
 * The organisation whose sales or output the measure word at `at` tells: the last name of the clause (from `from`)
 * right before it, as its subject or possessive ("Skoda registered", "Codelco's output", "Escondida, majority-owned
 * by BHP, produced": not the BHP of the aside). Undefined when none stands so.
 */
export function subjectBefore(mentions: readonly HolderMention[], from: number, at: number, sentence: string, names: ReadonlyMap<string, { n: number }>): HolderMention | undefined {
  let found: HolderMention | undefined;
  for (const m of mentions) {
    const gap = sentence.slice(m.end, at);
    if (m.start < from || m.end > at || !BRAND_BEFORE_SALES.test(gap)) continue;
    // (a capital word opening the sentence is a name only when the story names it again, "Domestic gas output", or
    // an aside describes it: "Escondida, the world's biggest copper mine, produced")
    if (m.initial && (names.get(m.key)?.n ?? 0) < 2 && !gap.startsWith(",")) continue;
    // ("Analysts at Banco Sur expect national production of 5.3 Mt": who forecasts it, not whose it is)
    if (FORECASTERS_AT.test(sentence.slice(Math.max(0, m.start - 30), m.start))) continue;
    // (nor is a product's acronym: "global LNG output")
    if (findProducts(m.name).some((p) => p.start === 0 && p.end >= m.name.length)) continue;
    found = m;
  }
  return found;
}
