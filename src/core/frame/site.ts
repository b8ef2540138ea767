/**
 * The named site a number belongs to inside its places: a field, a plant, a port, a mine, a project, a region of a
 * country, a fund ("output at the Tengiz field", "the Kashagan field produced", "1.2 Mt from the Calcasieu Pass
 * facility"). Two fields of one country in one year are two facts, not a contradiction, and a country's total is
 * neither of them: the site is part of the scope the audit groups on.
 *
 * A site is a name (capitalised words, digits inside it: "Arctic LNG 2", "Sakhalin-2", "Power of Siberia") before a
 * noun of sites, a word of its kind allowed between ("Hornsea wind farm", "Freeport LNG terminal"). Not a site: a
 * name that is only a place or a nationality ("Russian pipelines", "the Gdansk port" is Gdansk's, read as a place), or
 * only product words ("the LNG terminal"), a plural ("Gulf Coast terminals": several), a lone word that starts the
 * sentence before a noun in lower case ("Offshore field output fell": it may be an ordinary word; "Kelby Airport
 * served …" is a name). One site named two ways ("Freeport LNG
 * terminal", "Freeport LNG plant") is one key: its distinctive words, without product words or the noun.
 *
 * A number takes the site its clause is about (the site starts the clause or follows a preposition of its noun
 * phrase: "Output at the Tengiz field reached …") or the site right after its unit ("600,000 barrels a day from the
 * Tengiz field"); never a site in an aside ("US exports, boosted by the Calcasieu Pass facility, reached …").
 */
import { isCapitalAt } from "../text/chars";
import { monthOf } from "./period";
import { nameKey, wordsOf, type Words } from "./phrases";
import { CITY_AREA_AFTER, cityNameAt, isSpeakersSeat, type PlaceMention } from "./places";
import { isProductWord } from "./product";
import { findProvinces } from "./province";
import { findRegions, REGION_NOUNS } from "./region";

export interface SiteMention {
  start: number;
  end: number;
  /** Comparable key: the distinctive words of the name, lower case ("tengiz", "calcasieu pass"). */
  key: string;
  /** As written, with its noun ("Tengiz field"). */
  name: string;
}

/** Venues: a museum's, a stadium's, a station's visitors are the venue's ("the Vatican Museums drew 7.2 million"). */
const VENUE_NOUNS = new Set(["museum", "museums", "gallery", "galleries", "palace", "cathedral", "stadium", "arena", "zoo", "theatre", "theater", "station"]);

const SITE_NOUNS = new Set([
  "field", "plant", "port", "terminal", "project", "mine", "refinery", "pipeline", "factory", "gigafactory", "airport", "smelter", "facility",
  "complex", "dam", "reactor", "deposit", "mill", "shipyard", "farm", "region", "province", "district", "county", "oblast", "prefecture",
  "municipality", "company", "fund", "canal", ...VENUE_NOUNS, ...REGION_NOUNS,
]);

/** Words of a site's kind between its name and its noun ("wind farm", "nuclear plant", "export terminal"). */
const KIND_WORDS = new Set(["wind", "solar", "nuclear", "hydro", "hydroelectric", "hydropower", "power", "export", "import", "processing", "assembly", "car", "battery", "chip", "gas", "oil", "coal", "steel", "lng", "container", "oil-field", "regasification", "liquefaction"]);

const CONNECTORS = new Set(["of", "de", "del", "la"]);
/** Capitalised words that are no part of a name. */
const NOT_NAME = new Set(["the", "a", "an", "its", "their", "this", "that", "new", "old", "state", "national", "federal", "northern", "southern", "eastern", "western", "central"]);

function isDigits(word: string): boolean {
  return /^\d+$/.test(word);
}

/** Words of one name stand apart by one space or a hyphen. */
function joined(text: string, end: number, start: number): boolean {
  const gap = text.slice(end, start);
  return gap === " " || gap === "-" || gap === "\u00a0";
}

/** Every named site of the sentence, in order. `places`: its place mentions. */
export function findSites(sentence: string, places: readonly PlaceMention[], words: Words = wordsOf(sentence)): SiteMention[] {
  const out: SiteMention[] = [];
  const { starts, ends, lower } = words;
  for (let k = 0; k < lower.length; k++) {
    if (!SITE_NOUNS.has(lower[k])) continue;
    const named = nameAfterNoun(sentence, places, words, k);
    if (named) {
      out.push(named);
      continue;
    }
    if (k === 0) continue;
    let j = k - 1;
    // a word of the site's kind ("wind farm"; "LNG terminal")
    if ((KIND_WORDS.has(lower[j]) || isProductWord(sentence.slice(starts[j], ends[j]))) && joined(sentence, ends[j], starts[k])) {
      if (j === 0 || !joined(sentence, ends[j - 1], starts[j])) continue;
      j--;
    } else if (!joined(sentence, ends[j], starts[k])) continue;
    // ("the Stockholm-based company": where an organisation sits, no site's name)
    if (/-(?:based|headquartered|listed|registered)$/.test(lower[j])) continue;
    // the name, back to its first word: capitalised words, digits and connectors inside it
    const last = j;
    let first = -1;
    for (let n = 0; j >= 0 && n < 5; j--, n++) {
      const word = sentence.slice(starts[j], ends[j]);
      const inside = j < last;
      if (NOT_NAME.has(lower[j])) break;
      if (isCapitalAt(sentence, starts[j])) first = j;
      else if (!(isDigits(word) || (inside && CONNECTORS.has(lower[j])))) break;
      if (j === 0 || !joined(sentence, ends[j - 1], starts[j])) break;
    }
    if (first < 0) continue;
    // a connector or digits cannot open a name
    while (first <= last && (CONNECTORS.has(lower[first]) || isDigits(lower[first]))) first++;
    if (first > last) continue;
    const start = starts[first];
    const end = ends[k];
    // a lone capitalised word that starts the sentence may be an ordinary word ("Offshore field output fell"), unless
    // the noun is capitalised with it, as in a name ("Kelby Airport served …")
    if (first === last && start === 0 && !isCapitalAt(sentence, starts[k])) continue;
    // distinctive words: not a place, not a product word, not a connector
    const distinctive: string[] = [];
    for (let w = first; w <= last; w++) {
      const ws = starts[w];
      const we = ends[w];
      if (CONNECTORS.has(lower[w])) continue;
      // (a city names its site, and a nationality names a venue: "Istanbul Airport", "the British Museum")
      if (places.some((p) => p.form !== "city" && !(p.form === "demonym" && VENUE_NOUNS.has(lower[k])) && p.start <= ws && p.end >= we)) continue;
      if (isProductWord(sentence.slice(ws, we))) continue;
      distinctive.push(lower[w]);
    }
    if (!distinctive.length || distinctive.every(isDigits)) continue;
    // (a city's county or region keeps its noun: "Los Angeles County" is not the City of Los Angeles)
    const cityArea = CITY_AREA_AFTER.test(sentence.slice(ends[last], end)) && places.some((p) => p.form === "city" && p.start === start && p.end === ends[last]);
    out.push({ start, end, key: cityArea ? `${distinctive.join(" ")} ${lower[k]}` : distinctive.join(" "), name: sentence.slice(start, end) });
  }
  // natural regions named alone ("the Amazon", "the Cerrado"), provinces, cities
  for (const region of [...findRegions(sentence, words), ...findProvinces(sentence, words), ...citiesOf(sentence, places)]) if (!out.some((s) => s.start < region.end && region.start < s.end)) out.push(region);
  return out.sort((a, b) => a.start - b.start);
}

/** Site nouns a site may be named after, with "at" or "of" ("the LNG terminal at Dunkirk", "the port of Rotterdam"). */
const NAMED_AFTER_NOUNS = ["canal", "port", "airport", "mine", "field", "plant", "refinery", "terminal", "pipeline", "factory", "smelter", "dam", "reactor", "shipyard", "mill", "facility", "complex"];
const NAMED_AFTER = new Set(NAMED_AFTER_NOUNS);

/**
 * A site named after its noun (word `k`): "the LNG terminal at Dunkirk", "the port of Rotterdam" — "the", a word of
 * its kind at most, the noun, "at" or "of", then a capitalised name of up to three words that is no place (the
 * terminal "in France" is the country's) and no month. Undefined otherwise.
 */
function nameAfterNoun(sentence: string, places: readonly PlaceMention[], words: Words, k: number): SiteMention | undefined {
  const { starts, ends, lower } = words;
  if (!NAMED_AFTER.has(lower[k]) || k + 2 >= lower.length || (lower[k + 1] !== "at" && lower[k + 1] !== "of")) return undefined;
  // (the mention opens after "the", or at the noun capitalised as a name's first word: "Port of Rotterdam said")
  const opens = k >= 1 && lower[k - 1] === "the" ? k : k >= 2 && lower[k - 2] === "the" && (KIND_WORDS.has(lower[k - 1]) || isProductWord(sentence.slice(starts[k - 1], ends[k - 1]))) ? k - 1 : isCapitalAt(sentence, starts[k]) ? k : -1;
  if (opens < 0) return undefined;
  let last = k + 1;
  for (let w = k + 2; w < lower.length && w <= k + 4 && isCapitalAt(sentence, starts[w]) && (w === k + 2 || joined(sentence, ends[w - 1], starts[w])); w++) last = w;
  if (last === k + 1) return undefined;
  const nameStart = starts[k + 2];
  const nameEnd = ends[last];
  if (places.some((p) => p.form !== "city" && p.start < nameEnd && nameStart < p.end) || monthOf(lower[k + 2]) > 0) return undefined;
  return { start: starts[opens], end: nameEnd, key: lower.slice(k + 2, last + 1).join(" "), name: sentence.slice(starts[opens], nameEnd) };
}

/**
 * The site of a clause that calls it "it" ("The LNG terminal at Dunkirk plays a particular role: in 2024 it took in
 * 27%"): the last site of the sentence before the clause [from, …), where the clause names none and "it" stands
 * before the number.
 */
export function siteOfPronoun(sentence: string, sites: readonly SiteMention[], from: number, start: number): SiteMention | undefined {
  if (!/\b[Ii]t\b/.test(sentence.slice(from, start))) return undefined;
  let best: SiteMention | undefined;
  for (const s of sites) if (s.end <= from) best = s;
  return best;
}

/** What may stand between the start of a clause and a site its numbers belong to. */
// ("Egypt's Suez Canal earned …": a place's site)
// (a list's mark may open the clause: "- Osaka: 8.7 million")
// (and a phrase set off before the clause's subject: "Among the other states, Goiás took 68.5 million tonnes", "Despite
// its losses, Iowa remains the leading state, with 34.8 million hens")
// (and who says it: "Deloitte said Barcelona's matchday revenue climbed 46%")
const SITE_LEADS = /^\s*(?:[-•*–]\s+)?(?:(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}\s+(?:said|says|reported|estimated|noted)\s+(?:that\s+)?)?(?:(?:among|of|in|across|elsewhere|outside|despite|after|unlike|like|meanwhile|however|still)\b[\p{L}\d'’\s-]{0,60},\s+)?(?:(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?|(?:[\p{L}\d'’-]+\s+){0,5}?(?:at|of|from|in|by|for|on)\s+(?:the\s+|\p{Lu}[\p{L}.-]*['’]s\s+)?)$/iu;
/** A hedge before a number: "about", "some", "just over". */
const HEDGE = String.raw`(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than|over)`;
/** Between a site and its number set beside it: ", with", ", with about", " at". */
// (and ' at': "output in Castilla-La Mancha at 118,700 tonnes and in Extremadura at 74,200")
// (and nothing at all in a list told in one sentence, but a hedge: "Goiás took 68.5 million tonnes, Minas Gerais 62.4
// million", "Goiás crushed about 86 million tonnes, Minas Gerais some 62 million")
const WITH_NUMBER = new RegExp(String.raw`^(?:(?:,\s+with|\s+at)\s+${HEDGE}?\s*|\s+(?:(?:${HEDGE}|an\s+estimated)\s+)?)$`);
/** What may stand between a number and the site after it: its unit, then a preposition. */
const SITE_AFTER = /^(?:\s*[\p{L}/.$%-]+){0,3}?\s+(?:at|from|of|by|in|for)\s+(?:the\s+)?$/u;

/**
 * The site of the number at [start, end) of its clause [from, to): the last site before the number that the clause
 * is about (SITE_LEADS), else one right after the number's unit (SITE_AFTER).
 */
export function siteOf(sentence: string, sites: readonly SiteMention[], from: number, to: number, start: number, end: number): SiteMention | undefined {
  let best: SiteMention | undefined;
  // "Kanagawa, with 9.2 million, and Osaka, with 8.7 million": the site the number is set beside
  for (const s of sites) if (s.end <= start && s.start >= from && WITH_NUMBER.test(sentence.slice(s.end, start))) return s;
  for (const s of sites) {
    if (s.start >= from && s.end <= start && SITE_LEADS.test(sentence.slice(from, s.start))) best = s;
  }
  if (best) return best;
  for (const s of sites) {
    if (s.start >= end && s.end <= to && s.start - end <= 60 && SITE_AFTER.test(sentence.slice(end, s.start))) return s;
  }
  return undefined;
}

/** Nouns of sites a story names once and then calls by the noun alone ("the canal", "the mine"). */
// (the nouns a site is named after, and a few more: "the waterway" is the canal)
const REFERRED_NOUNS = [...NAMED_AFTER_NOUNS, "waterway", "gigafactory", "project"].join("|");
/** "the canal", "through the port", not "the port of Rotterdam" (a site named after its noun) nor "the mine's owner". */
const NOUN_REFERENCE = new RegExp(`\\b[Tt]he\\s+(${REFERRED_NOUNS})\\b(?!\\s+of\\s+\\p{Lu}|['’]s)`, "gu");
/** The noun opening the sentence as its subject's head: "Canal income totalled …", "Mine output fell …". */
const NOUN_OPENING = new RegExp(`^(${REFERRED_NOUNS.replace(/(^|\|)(\w)/g, (_m, bar: string, letter: string) => bar + letter.toUpperCase())})\\s+\\p{Ll}`, "u");

/** The noun of a site's name ("Suez Canal" → "canal"). */
export function siteNoun(site: SiteMention): string {
  return site.name.slice(site.name.lastIndexOf(" ") + 1).toLowerCase();
}

/**
 * A site the clause [from, to) calls by its noun alone ("Canal income totalled $4.1 billion", "ships crossed the
 * canal"), where the story names one site of that noun (`named`: the story's one site of a noun, if it names one):
 * that site. Not "the port of Rotterdam" (named after the noun) nor a noun the story gives two names.
 */
export function siteReferredTo(sentence: string, from: number, to: number, named: (noun: string) => SiteMention | undefined): SiteMention | undefined {
  const clause = sentence.slice(from, to);
  const opening = from === 0 ? NOUN_OPENING.exec(clause) : null;
  if (opening) return named(referredNoun(opening[1]));
  NOUN_REFERENCE.lastIndex = 0;
  for (let m = NOUN_REFERENCE.exec(clause); m; m = NOUN_REFERENCE.exec(clause)) {
    const site = named(referredNoun(m[1]));
    if (site) return site;
  }
  return undefined;
}

/** The site noun a referring word stands for ("the waterway" is the canal). */
function referredNoun(word: string): string {
  const noun = word.toLowerCase();
  return noun === "waterway" ? "canal" : noun;
}

/**
 * The cities of the sentence (city.ts) as sites, where the city is where a figure is: not where its speakers sit
 * ("traders in Ho Chi Minh City said") nor where shares trade ("rose 26% by midday in New York").
 */
function citiesOf(sentence: string, places: readonly PlaceMention[]): SiteMention[] {
  const out: SiteMention[] = [];
  for (const p of places) {
    if (p.form !== "city" || !isWhereFigureIs(sentence, p, 0)) continue;
    // (its county or metropolitan area is a site of its own: "in Los Angeles County" is not the City of Los Angeles)
    const name = cityNameAt(sentence, p);
    out.push({ start: p.start, end: p.end, key: nameKey(name), name });
  }
  return out;
}

/** Is the place mention where a figure is, not where its speakers sit or where shares trade? */
function isWhereFigureIs(sentence: string, p: PlaceMention, from: number): boolean {
  // "officials in Beijing said": where the speakers sit, not where the figure is
  if (isSpeakersSeat(sentence, p.start, p.end)) return false;
  // "shares rose 4.2% in London trading": where the shares are traded, not whose figure it is
  // (and so is "Its shares fell 6.3% in Oslo")
  return !(TRADING_AFTER.test(sentence.slice(p.end, p.end + 30)) || SHARES_BEFORE.test(sentence.slice(Math.max(from, p.start - 76), p.start)));
}

/** A city's own people after its name: "Tokyo's population", "Paris's residents" (a capital's, not its country's). */
const CITY_PEOPLE_AFTER = /^['’]s?\s+(?:\p{L}+\s+)?(?:population|residents|inhabitants)\b/u;

/** What puts a capital as the place where something is, not as its government ("prices in London", "across Tokyo"). */
const CITY_BEFORE = /\b(?:in|across|around|throughout|within)\s+(?:central\s+|greater\s+)?$/i;

/** After a city that is a market's: "London trading", "Tokyo afternoon trade", "New York dealings". */
const TRADING_AFTER = /^\s+(?:(?:early|late|morning|afternoon|midday|after-hours|premarket|pre-market)\s+)?(?:trading|trade|dealings)\b/i;
/** A company's shares or stock before the city in its clause: the city's exchange is where they trade. */
const SHARES_BEFORE = /\b(?:shares|stock|stocks)\b[^;,]{0,64}$/i;

/**
 * A city as the subject that has a count ("London had 22,870 devices", "Paris, with 1,240 charging points, …"): the
 * city's. Not an amount of money, which a capital's government may hold ("Beijing has $3.2 trillion of reserves").
 */
const CITY_HAS_COUNT_AFTER = /^(?:\s+(?:had|has|counted|recorded|registered|logged)|,\s+with)\s+(?:(?:about|around|some|nearly|almost|just(?:\s+(?:over|under))?|more\s+than|fewer\s+than)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?!(?:billion|trillion|dollars|euros|pounds|yuan|yen)\b)\p{Ll}/u;

/** A city's possessive owning its goods' moves: "Bordeaux's exports", "Rotterdam's shipments". */
const CITY_FLOW_AFTER = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:exports|imports|shipments|sales|foreign\s+sales|output|production|harvest)\b/u;

/**
 * A capital named as a city, not as its government, in the clause [from, to): "In London, prices fell 1.1%" is
 * London's figure, not the UK's ("London said" is the government's, and stays the country). The capital is then the
 * figure's site inside its country.
 */
export function citySite(sentence: string, places: readonly PlaceMention[], from: number, to: number, numberEnd = from): SiteMention | undefined {
  for (const p of places) {
    if ((p.form !== "capital" && p.form !== "city") || p.start < from || p.end > to) continue;
    // (a city after the number is its site only in the same stretch: "prices fell 1.1% in London", not "took 19, …,
    // with the remaining districts going to the Greens in Leipzig")
    if (p.start >= numberEnd && /[,;]/.test(sentence.slice(numberEnd, p.start))) continue;
    // (or a list's item is the city's: "- Tokyo: 14,182,371"; and so are its people: "Tokyo's population grew")
    // (and what the city's possessive owns: "Bordeaux's exports fell 9%"; and a count the city has: "London had 22,870
    // devices")
    const where = CITY_BEFORE.test(sentence.slice(Math.max(0, p.start - 24), p.start)) || /^\s*[-•*–]\s+$/.test(sentence.slice(0, p.start)) || CITY_PEOPLE_AFTER.test(sentence.slice(p.end, p.end + 24)) || CITY_FLOW_AFTER.test(sentence.slice(p.end, p.end + 30)) || CITY_HAS_COUNT_AFTER.test(sentence.slice(p.end, p.end + 60));
    if (!where || !isWhereFigureIs(sentence, p, from)) continue;
    const name = sentence.slice(p.start, p.end);
    return { start: p.start, end: p.end, key: nameKey(name), name };
  }
  return undefined;
}

/**
 * A part of the country named by its compass point, right before the number in its sentence ("in the north-east,
 * where 640 cases were reported", "across northern Romania, 12,000 homes lost power"): the figure is that region's,
 * not the country's; its site is the region ("north-east"). Not "to the south" of a move, nor "North Korea" (a name).
 */
/** A compass point, the two-word ones first ("north-east" is not "north"). */
const DIRECTION = "(north-?east|north-?west|south-?east|south-?west|north|south|east|west)";
const COMPASS_BEFORE = new RegExp(`\\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|of)\\s+(?:the\\s+)?(?:country['’]s\\s+|(?:far|deep)\\s+)?${DIRECTION}(?:ern)?\\b(?![-\\s]+\\p{Lu})(?!\\s+(?:of|and)\\b)[^.;:()]{0,50}$`, "u");
const COMPASS_ADJECTIVE_BEFORE = new RegExp(`\\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\\s+${DIRECTION}ern\\s+\\p{Lu}[\\p{L}-]*[^.;:()]{0,50}$`, "u");

export function compassSite(sentence: string, start: number): SiteMention | undefined {
  const before = sentence.slice(Math.max(0, start - 90), start);
  const m = COMPASS_BEFORE.exec(before) ?? COMPASS_ADJECTIVE_BEFORE.exec(before);
  if (!m) return undefined;
  const direction = m[1].toLowerCase().replace(/^(north|south)-?(east|west)$/, "$1-$2");
  const at = Math.max(0, start - 90) + m.index;
  return { start: at, end: at + m[0].length, key: `region:${direction}`, name: `the ${direction}` };
}
