/**
 * What a count, a duration or a rank measures: the noun it qualifies ("12 LNG terminals", "a two-hour call", "the
 * second-largest supplier"), the noun of "the number of X", a reading on a named scale ("a magnitude 7.7 quake"), an
 * age, and the people counted by what happened to them ("killed 23 people": the dead; "the injured at 3,900").
 */
import type { Claim } from "../types";
import { entryNoun } from "./entryNoun";
import { PEOPLE_GROUPS, canonicalNoun, countedNoun, durationSubject, eventKey, numberOfPhrase, singular } from "./countedNoun";
import type { FrameMeasure } from "./types";

/** The births a woman has in her life, on average: a country's fertility rate. */
const FERTILITY: FrameMeasure = { key: "fertility-rate", name: "fertility rate", how: "noun" };
const PER_WOMAN_AFTER = /^\s*(?:births?|children|babies|child)\s+(?:per|a|for\s+each)\s+woman\b/i;
const WOMEN_HAVE_BEFORE = /\bwom[ae]n\b[^.;]{0,25}\b(?:have|had|has|bear|give\s+birth\s+to)\s+(?:on\s+average\s+|an\s+average\s+of\s+|about\s+|around\s+)*$/i;

/** The people entitled to vote in an election, however counted. */
const ELECTORATE: FrameMeasure = { key: "electorate", name: "registered voters", how: "noun" };
const ELECTORATE_AFTER = /^\s+(?:registered\s+voters|eligible\s+voters|voters\s+(?:were\s+)?(?:registered|on\s+the\s+(?:[\p{L}-]+\s+)?(?:roll|rolls|register))|people\s+(?:were\s+|are\s+)?(?:registered|eligible|entitled)\s+to\s+vote|(?:citizens|people|adults)\s+(?:were\s+|are\s+)?eligible\s+to\s+vote)\b/iu;
const ELECTORATE_BEFORE = /\b(?:electorate|electoral\s+roll|voter\s+roll)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/i;

/** Units whose number is measured by the noun it qualifies: counts, ranks, durations, multiples. */
const UNIT_NOUNS = new Set(["ordinal", "count", "s", "x"]);
const SPEED_UNITS = new Set(["km/h", "mph", "m/s", "kn"]);
/** Winds or gusts in the clause before a speed: "winds of up to", "gusts reached", "wind speeds topped". */
const WIND_BEFORE = /\b(?:winds?|gusts?|gusted|gusting|wind\s+speeds?)\b[^.;]{0,40}$/i;

/** "a magnitude 6.1 earthquake", "a 7.0-magnitude quake", "magnitude-5.8": a reading on a scale named before or after it. */
const SCALE_BEFORE = /\b(magnitude|level|grade|category|scale|index|score|rating)[\s-]+$/i;
const SCALE_AFTER = /^[\s-]+(magnitude)\b/i;

/** A unit of time in a duration's surface ("one-year", "30-day", "90 mins", "3 h"). */
const DURATION_WORD = /(?:year|yr|month|week|day|hour|hr|min|sec|decade|centur|fortnight)|\b[hms]\b/i;

/**
 * Is the duration someone's age? Extraction reads a bare number as years only where it is an age ("aged 61", "at
 * the age of 58", "aged sixty", "aged 18 to 24", "Okafor, 24,"; see extract/quantity.ts), so a duration whose surface
 * names no unit of time is one; so is "a 34-year-old", "a 34 yo", "18 to 20-year-olds".
 */
function isAge(claim: Claim, sentence: string, relEnd: number): boolean {
  if (claim.unit !== "s") return false;
  if (!DURATION_WORD.test(claim.surface)) return true;
  return /\byo\b|(?:year|yr)s?[-\s]olds?\b/i.test(claim.surface) || (/(?:year|yr)s?$/i.test(claim.surface) && /^[-\s]olds?\b/i.test(sentence.slice(relEnd, relEnd + 6)));
}

/** The measure of a count, a duration or a rank: the noun it qualifies. */
export function nounMeasure(claim: Claim, sentence: string, relEnd: number): FrameMeasure | undefined {
  if (isAge(claim, sentence, relEnd)) return { key: "age", name: "age", how: "noun" };
  // "9.31 million people were registered to vote", "9,312,480 voters on the domestic roll", "9.13 million registered
  // voters", "an electorate of 9.3 million": the electorate, not the voters who turned out
  if (claim.unit === "count" && (ELECTORATE_AFTER.test(sentence.slice(relEnd, relEnd + 50)) || ELECTORATE_BEFORE.test(sentence.slice(Math.max(0, relEnd - claim.surface.length - 40), relEnd - claim.surface.length)))) return ELECTORATE;
  // "2.25 births per woman", "women have on average 2.25 children": the fertility rate
  if (claim.unit === "count" && (PER_WOMAN_AFTER.test(sentence.slice(relEnd, relEnd + 30)) || WOMEN_HAVE_BEFORE.test(sentence.slice(Math.max(0, relEnd - claim.surface.length - 50), relEnd - claim.surface.length)))) return FERTILITY;
  if (claim.unit === "count") {
    const start = relEnd - claim.surface.length;
    const scale = SCALE_BEFORE.exec(sentence.slice(Math.max(0, start - 12), start)) ?? SCALE_AFTER.exec(sentence.slice(relEnd, relEnd + 12));
    if (scale) return { key: `n:${scale[1].toLowerCase()}`, name: scale[1].toLowerCase(), how: "noun" };
  }
  // "Winds gusted up to 110 km/h", "gusts reached 110 kilometres per hour": a wind's speed
  if (SPEED_UNITS.has(claim.unit) && WIND_BEFORE.test(sentence.slice(Math.max(0, relEnd - claim.surface.length - 60), relEnd - claim.surface.length))) return { key: "n:wind", name: "wind speed", how: "noun" };
  if (!UNIT_NOUNS.has(claim.unit) || claim.unit === "x") return undefined;
  // "the average stay was 2.8 nights", "the median wait is 18 weeks": an average of what its subject names, counted in
  // the noun after the number (not a count of nights)
  if (claim.unit === "count" || claim.unit === "s") {
    const start = relEnd - claim.surface.length;
    const average = AVERAGE_SUBJECT.exec(sentence.slice(Math.max(0, start - 60), start));
    if (average) {
      const noun = canonicalNoun(average[2].toLowerCase());
      return { key: `n:${average[1].toLowerCase()}-${noun}`, name: `${average[1].toLowerCase()} ${noun}`, how: "noun" };
    }
  }
  // "enough to cover 6.8 months of Egypt's merchandise imports": the reserves' import cover, a level of its country,
  // no event's duration
  if (claim.unit === "s" && IMPORT_COVER_AFTER.test(sentence.slice(relEnd, relEnd + 60))) return IMPORT_COVER;
  // "the second-largest LNG supplier": a rank's noun follows the superlative that the surface left out
  const superlative = claim.unit === "ordinal" ? (/^[-\s]?\p{L}+est\b/u.exec(sentence.slice(relEnd))?.[0].length ?? 0) : 0;
  let noun = countedNoun(sentence, relEnd + superlative);
  // "Kidney transplants totalled 4,286, liver transplants 1,402 and heart transplants 352": each entry's own kind
  if (!noun && claim.unit === "count") {
    const kind = entryNoun(sentence, relEnd - claim.surface.length);
    if (kind) return nounFrame(kind);
  }
  // "the number of Russian students in China reached 21,000"
  const numberOf = claim.unit === "count" ? numberOfPhrase(sentence.slice(Math.max(0, relEnd - claim.surface.length - 120), relEnd - claim.surface.length)) : undefined;
  if (!noun && numberOf) noun = numberOf.noun;
  // "Of the 84,630 devices, 38,920 were slow chargers": a part of what the opening names, counted by the noun it is
  // called ("charger"), or by the whole and the group of people it was given to ("Of the parcels handed out over the
  // year, 1,147,000 were provided for children"); never the whole itself
  if (!noun && claim.unit === "count") {
    const whole = OF_THE_OPENING.exec(sentence.slice(0, relEnd - claim.surface.length));
    const part = whole ? PART_CALLED.exec(sentence.slice(relEnd, relEnd + 80)) : null;
    const forPeople = whole && !part ? FOR_PEOPLE_AFTER.exec(sentence.slice(relEnd, relEnd + 60)) : null;
    if (part) noun = countedNoun(` ${part[1]}`, 0);
    else if (whole && forPeople) noun = `${singular(whole[1].toLowerCase())} for ${forPeople[1].toLowerCase()}`;
  }
  if (claim.unit === "s") noun = eventKey(durationSubject(sentence, relEnd - claim.surface.length) || noun);
  if (!noun || noun.length < 3) return undefined;
  // "killed 23 people", "310,000 people were evacuated": people are counted by what happened to them
  if (claim.unit === "count" && GENERIC_PEOPLE.has(noun)) {
    const start = relEnd - claim.surface.length;
    // "employs roughly 21,000 people": its workers, as "21,000 employees" counts them
    if (EMPLOYS_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return nounFrame("employee");
    const verb = peopleVerb(sentence, start, relEnd) || (numberOf?.participle ?? "");
    if (verb && CASUALTY_VERBS.test(verb)) return casualtyMeasure(verb);
    // "71,450 people have been hospitalised": the hospitalisations, as "71,450 hospitalisations" counts them
    if (verb && HOSPITALISED.test(verb)) return nounFrame("hospitalisation");
    // "239,000 people crossed into the EU": the crossings, as "239,000 irregular crossings" counts them
    // (into a country or over a border; "crossed the finish line" is none)
    if (verb && PEOPLE_VERB_NOUNS[verb] && BORDER_AFTER.test(sentence.slice(relEnd, relEnd + 80))) return nounFrame(PEOPLE_VERB_NOUNS[verb]);
    if (verb) {
      // "forced 30,000 people to evacuate": the evacuated, not the displaced
      // (and "28,400 people have been forced from their homes …, which said 47 communities had been placed under
      // evacuation orders": a sentence that tells of evacuation orders tells who was forced out by them)
      const evacuation = /^[^.;]{0,25}\bevacuat/i.test(sentence.slice(relEnd)) || (/^[^.;]{0,40}\bfrom\s+their\s+homes\b/i.test(sentence.slice(relEnd)) && EVACUATION_ORDERS.test(sentence));
      const rest = sentence.slice(relEnd, relEnd + 100);
      // "642,000 people turned to a food bank", "relied on", "used": the users of a service
      const what = verb === "forced" && evacuation ? "evacuated" : USED_AFTER.test(rest) ? "used" : (PEOPLE_VERB_SYNONYMS[verb] ?? verb);
      // (those who did so "for the first time" are a part of them: "462,000 people used a food bank for the first time")
      const first = FIRST_TIME.test(rest);
      if (what === "used") return first ? { key: "n:people:used:first-time", name: "first-time users", how: "noun" } : { key: "n:people:used", name: "users", how: "noun" };
      return first ? { key: `n:people:${what}:first-time`, name: `people ${what} for the first time`, how: "noun" } : { key: `n:people:${what}`, name: `people ${what}`, how: "noun" };
    }
  }
  // "the number of dead at 2,056", "the injured at 3,900": the dead and the injured, as "killed" and "injured" count them
  if (claim.unit === "count" && CASUALTY_NOUNS.test(noun)) return casualtyMeasure(noun);
  // "Eleven children have died", "40 migrants were killed": people of a kind counted by a casualty, the casualty
  if (claim.unit === "count" && (PEOPLE_OF_A_KIND.test(noun) || GENERIC_PEOPLE.has(noun))) {
    const start = relEnd - claim.surface.length;
    const verb = peopleVerb(sentence, start, relEnd);
    if (verb && CASUALTY_VERBS.test(verb)) return casualtyMeasure(verb);
    // "the evacuation of some 30,000 residents", "30,000 residents were ordered to leave their homes": the
    // evacuated, as "30,000 people have been evacuated" counts them
    if (/^(?:resident|villager|people|person|inhabitant|household|famil(?:y|ie))s?$/.test(noun) && (verb === "evacuated" || EVACUATION_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) || ORDERED_OUT_AFTER.test(sentence.slice(relEnd, relEnd + 60)) || MOVED_TO_SAFETY.test(sentence.slice(Math.max(0, start - 40), relEnd + 40)))) return { key: "n:people:evacuated", name: "people evacuated", how: "noun" };
  }
  // "2,000 homes lost power", "households were left without electricity", "power was cut to 2,000 homes": homes
  // without power, not homes destroyed
  if (claim.unit === "count" && /^(?:home|house|household|dwelling|customer|propert(?:y|ie))s?$/.test(noun) && NO_POWER.test(sentence.slice(Math.max(0, relEnd - claim.surface.length - 40), relEnd + 50))) return { key: "n:home:without-power", name: "homes without power", how: "noun" };
  // "231,000 new rooftop systems were hooked up to the grid", "1.2 million homes were connected": the connections,
  // as "312,000 new rooftop connections" counts them
  if (claim.unit === "count" && CONNECTED_AFTER.test(sentence.slice(relEnd, relEnd + 60))) return { key: "n:connection", name: "connections", how: "noun" };
  // "with nine games left", "12 days remaining": what is left of a whole, not the whole
  if (claim.unit === "count" && REMAINING_AFTER.test(sentence.slice(relEnd, relEnd + 40))) return { key: `n:${canonicalNoun(noun)}:remaining`, name: `${plural(noun)} remaining`, how: "noun" };
  return { key: `n:${canonicalNoun(noun)}`, name: claim.unit === "count" ? plural(noun) : noun, how: "noun" };
}

/** After a count and its noun: "were hooked up", "have been connected to", "got connected". */
const CONNECTED_AFTER = /^\s+(?:[\p{L}-]+\s+){1,3}?(?:(?:were|was|have\s+been|has\s+been|had\s+been|got|are|is)\s+)?(?:newly\s+)?(?:connected|hooked\s+up|plugged\s+in|linked\s+up|grid-connected)\b/u;

/** After a count and its noun: "left", "remaining", "to go", "still to play". */
const REMAINING_AFTER = /^\s+(?:[\p{L}-]+\s+){1,2}?(?:left|remaining|to\s+go|(?:still\s+)?to\s+(?:play|run|be\s+played))\b/u;

/** "the average stay was", "the mean wait is around", "a median stay of": an average's subject right before its number. */
// (and "the average length of stay slipped to 6.9 nights": a move to it; "length of" names the stay)
const AVERAGE_SUBJECT = /\b(average|mean|median)\s+(?:length\s+of\s+)?(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{3,})\s+(?:was|is|were|are|stood\s+at|came\s+to|of|(?:slipped|fell|rose|dropped|declined|increased|eased|grew|climbed|edged\s+(?:up|down)|lengthened|shortened)\s+to)\s+(?:(?:about|around|roughly|just|some|nearly|almost|under|over)\s+)?$/u;

const HOSPITALISED = /^(?:hospitali[sz]ed|admitted)$/i;
const EMPLOYS_BEFORE = /\b(?:employs|employ|employed|employing|has\s+a\s+workforce\s+of|workforce\s+of)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|close\s+to)\s+)?$/i;

/** Evacuation ordered in the sentence: "placed under evacuation orders", "an evacuation order", "mandatory evacuations". */
const EVACUATION_ORDERS = /\b(?:evacuation\s+(?:orders?|alerts?|notices?)|mandatory\s+evacuations?|ordered\s+(?:to\s+)?evacuat)/i;

/** "moved 120 residents to safety", "120 people were taken to safety": the evacuated. */
const MOVED_TO_SAFETY = /\b(?:moved|taken|brought|led|ferried|airlifted|relocated)\b[^.;]{0,40}?\bto\s+safety\b/i;
/** The power cut a count of homes tells: "lost power", "without electricity", "power was cut to". */
const NO_POWER = /\b(?:lost\s+(?:power|electricity)|without\s+(?:power|electricity)|(?:power|electricity)\s+(?:was\s+|had\s+been\s+)?(?:cut|knocked\s+out|out)\s+(?:to|for|in)|blackouts?|power\s+cuts?|power\s+outages?)\b/i;

/** "the evacuation of", "evacuations of": the people counted after it were evacuated. */
const EVACUATION_BEFORE = /\bevacuations?\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$/i;
/** "were ordered to leave their homes", "were told to evacuate", "had to flee their homes": made to leave. */
const ORDERED_OUT_AFTER = /^\s+(?:\p{L}+\s+){0,2}?(?:were|was|have\s+been|had\s+been|are)\s+(?:ordered|told|forced|urged)\s+to\s+(?:leave|evacuate|flee)\b/iu;

/** Verbs of people moving that news also counts by a noun: those who crossed a border are its crossings. */
const PEOPLE_VERB_NOUNS: Record<string, string> = { crossed: "crossing", entered: "crossing" };
/** After the verb: a border, a country entered, or the way it was crossed. */
const BORDER_AFTER = /^[^.;]{0,40}?\b(?:into|borders?|frontiers?|illegally|irregularly|undetected|without\s+papers)\b/i;

/** "filled 86.4% of their rooms", "sold 91% of its seats": a verb of filling before, rooms, beds or seats after. */
const FILLED_BEFORE = /\b(?:filled|fill|fills|sold|occupied)\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than)\s+)?$/i;
const OF_ROOMS_AFTER = /^\s+of\s+(?:their|its|the|all)\s+(?:available\s+|hotel\s+)?(?:rooms|beds|seats)\b/i;

/**
 * The occupancy a percentage tells by filling ("Hotels in Lisbon filled 86.4% of their rooms", "the airline sold 91%
 * of its seats"): the share of rooms, beds or seats taken, as "occupancy averaged 86.4%" tells it; else undefined.
 */
export function occupancyOf(sentence: string, start: number, end: number): FrameMeasure | undefined {
  return FILLED_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) && OF_ROOMS_AFTER.test(sentence.slice(end, end + 40)) ? nounFrame("occupancy") : undefined;
}

/** After a number of months or weeks: "of Egypt's merchandise imports", "of imports", "worth of import needs". */
const IMPORT_COVER_AFTER = /^\s+(?:worth\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}’'.-]+\s+){0,3}?(?:imports|import\s+(?:bills?|needs|payments|cover))\b/u;
export const IMPORT_COVER: FrameMeasure = { key: "import-cover", name: "import cover", how: "noun" };
/** A sentence opening with the whole its number is a part of: "Of the parcels handed out over the year, " (the plural noun). */
const OF_THE_OPENING = /^\s*Of\s+(?:the|its|their|these|those|all\s+the)\s+(?:[\d.,]+\s+(?:million\s+|billion\s+)?)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*[^s\W]s)\b[^,;]{0,60},\s*(?:(?:some|about|around|nearly|almost|roughly|more\s+than|just\s+over|just\s+under)\s+)?$/u;
/** After a part's number, what it is called: " were slow chargers", " were the company's own Starlink satellites" (its noun phrase, in group 1). */
const PART_CALLED = /^\s+(?:were|was|are|is)\s+(?:(?:the|its|their)\s+)?(?:[\p{L}-]+['’]s\s+)?(?:own\s+)?((?:(?!(?:in|on|at|for|to|from|by|with|of|and|or|than|as)\b)[\p{L}’'-]+\s+){0,3}?\p{Ll}[\p{Ll}-]*[^s\W]s)\b/u;
/** After a part's number: "were provided for children", "went to families". */
const FOR_PEOPLE_AFTER = new RegExp(String.raw`^\s+(?:were|was|went|are|is)\s+(?:[\p{Ll}-]+\s+)?(?:for|to)\s+(${PEOPLE_GROUPS})\b`, "u");
/** A service's users, after the people counted: "turned to a food bank", "relied on", "used", "accessed". */
const USED_AFTER = /^\s+\p{Ll}+\s+(?:(?:have|has|had)\s+)?(?:turned\s+to|relied\s+on|used|accessed|made\s+use\s+of)\s/u;
/** "for the first time", before the sentence's end. */
const FIRST_TIME = /^[^.;]*\bfor\s+the\s+first\s+time\b/i;
/** Verbs news uses for one thing that happened to people: the uprooted and those forced to flee are the displaced. */
const PEOPLE_VERB_SYNONYMS: Record<string, string> = { uprooted: "displaced", forced: "displaced", fled: "displaced" };

/** Nouns for the dead, the injured or the missing. */
const CASUALTY_NOUNS = /^(?:dead|death|fatality|fatalities|injured|wounded|missing)$/;

/** Nouns for people of a kind, who may be counted by what happened to them ("children died"). */
const PEOPLE_OF_A_KIND = /^(?:child|children|adult|women|woman|men|man|patient|civilian|migrant|passenger|miner|soldier|worker|resident|infant|baby|babie|student|pilgrim|fan|tourist|villager|firefighter|officer)s?$/;

/** Counted nouns that say only that people are counted, not what for. */
const GENERIC_PEOPLE = new Set(["people", "person", "individual", "other"]);
export const CASUALTY_VERBS = /^(?:killed|killing|died|dead|injured|injuring|wounded|wounding|hurt|missing)$/;

/** The dead, the injured or the missing, by the verb (or the noun) that counted them. */
export function casualtyMeasure(verb: string): FrameMeasure {
  if (/^(?:killed|killing|died|dead|death|fatality|fatalities)$/.test(verb)) return { key: "deaths", name: "deaths", how: "noun" };
  if (verb === "missing") return { key: "missing", name: "missing", how: "noun" };
  return { key: "injuries", name: "injured", how: "noun" };
}
const QUALIFIERS_BEFORE = /(?:\s+(?:at\s+least|at\s+most|about|around|some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|up\s+to|an\s+estimated|roughly|another|a\s+further))*\s*$/i;

/**
 * Verbs that give a level or its change ("reached 430,100", "rose to 23"), or report or revise one ("recorded 412",
 * "was revised up to 36,000"): they say what the number is, not what was done.
 */
const LEVEL_VERBS = /^(?:reached|totall?ed|topped|exceeded|surpassed|passed|rose|climbed|increased|jumped|surged|soared|grew|fell|dropped|declined|slipped|slumped|decreased|plunged|stood|remained|amounted|peaked|averaged|hovered|doubled|tripled|halved|numbered|estimated|expected|forecast|projected|planned|targeted|valued|priced|capped|limited|revised|reported|recorded|registered|posted|logged|restated|confirmed|adjusted|edged|inched|ticked|dipped|eased|rebounded|recovered)$/;

/** A past-tense verb right before a number (qualifiers between), with where it stands. */
export function verbBefore(sentence: string, start: number): { word: string; at: number } | undefined {
  const before = sentence.slice(Math.max(0, start - 60), start).replace(QUALIFIERS_BEFORE, "");
  const m = /\b(\p{Ll}+ed|killed|killing|injuring|wounding|left|hurt|fled|displaced)$/u.exec(before);
  if (!m || LEVEL_VERBS.test(m[1])) return undefined;
  return { word: m[1].toLowerCase(), at: Math.max(0, start - 60) + m.index };
}

/** The verb that says what happened to the people counted: right before the number, or after the noun. */
function peopleVerb(sentence: string, start: number, end: number): string {
  const prior = verbBefore(sentence, start);
  if (prior) return prior.word;
  // ("250 people lost their lives": they died)
  if (/^\s+\p{Ll}+\s+(?:(?:have|has|had)\s+)?lost\s+their\s+lives\b/u.test(sentence.slice(end, end + 60))) return "died";
  const after = /^\s+\p{Ll}+\s+(?:(?:have|has|had)\s+(?:been\s+)?|(?:were|was|are|is)\s+(?:\p{Ll}+ly\s+)?|(?:reportedly|also)\s+)?(\p{Ll}+ed|died|fled|dead|missing|hurt|left)\b/u.exec(sentence.slice(end, end + 60));
  return after ? after[1].toLowerCase() : "";
}

/** The measure a noun names ("cable", "fee"), keyed by the noun it is counted under. */
export function nounFrame(noun: string): FrameMeasure {
  return { key: `n:${canonicalNoun(noun)}`, name: noun, how: "noun" };
}

function plural(noun: string): string {
  // (nouns that are no singular: "the homeless", "the missing", "the wounded", "aircraft", "sheep")
  if (/(?:people|staff|personnel|police|cattle|children|women|men|homeless|missing|wounded|injured|dead|displaced|unemployed|aircraft|sheep|deer|fish|series|species)$/.test(noun)) return noun;
  if (noun === "teu") return "containers (TEU)";
  if (/(?:^|-)child$/.test(noun)) return `${noun}ren`;
  if (/(?:^|-)(?:wo)?man$/.test(noun)) return `${noun.slice(0, -2)}en`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
