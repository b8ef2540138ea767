/**
 * Who a number is credited to, as a sentence says it: speech and report verbs ("according to X", "X said", "told
 * Reuters"; see extract/attribution.ts) and the data forms of news ("X data show", "data from X", "citing X", "X
 * figures", "X estimates", "X's Natural Gas Monthly"), and the key under which two namings of one body are one
 * origin: an acronym given in parentheses ("Petroleum Planning and Analysis Cell (PPAC)") or made from a long name,
 * a person's surname (spelling variants folded), else the name's distinctive words.
 */
import { memo } from "../text/memo";
import { findAttributions } from "../extract/attribution";
import { isPlaceWord, scanPlaces } from "./places";

export interface Credit {
  start: number;
  end: number;
  /** Who is credited: the publisher of a named report where the sentence says it, else the name as written. */
  name: string;
  /** A named publication the number comes from ("the Open Doors report"): one origin with its publisher. */
  publication?: string;
  /** A forecaster named by what it forecasts ("the government expects"): credited with the sentence's forecasts only. */
  forecast?: boolean;
}


const NAME = "((?:\\p{Lu}[\\p{L}.&’'-]*|of|and|for|on|the|&)(?:\\s+(?:\\p{Lu}[\\p{L}.&’'-]*|of|and|for|on|the|&))*(?:\\s*\\([A-Z][A-Za-z&]{1,9}\\))?)";
/** Words that name a publication after its title ("the Open Doors report", "the World Energy Outlook survey"). */
const PUBLICATION_WORDS = "report|survey|index|study|census|review|outlook|yearbook|bulletin|barometer|tracker|ranking|rankings";
/**
 * "according to the annual Open Doors report released on Monday by the Institute of International Education
 * (IIE)": the report, and who published it.
 */
const PUBLICATION = new RegExp(`\\b(?:(?:[Aa]ccording\\s+to|[Cc]iting|[Ii]n|[Pp]er)\\s+)?(?:the\\s+|its\\s+|their\\s+)?(?:(?:annual|latest|new|monthly|quarterly|weekly|yearly|biannual|flagship|\\d{4})\\s+)*((?:\\p{Lu}[\\p{L}&’'-]*\\s+){1,4}?)(?:${PUBLICATION_WORDS})\\b(?:[^.;]{0,50}?\\b(?:released|published|compiled|issued|produced|prepared|put\\s+out)\\s+(?:[^.;,]{0,30}?\\s)?by\\s+(?:the\\s+)?${NAME})?`, "gu");
const PUBLICATION_NEED = new RegExp(`\\b(?:${PUBLICATION_WORDS})\\b`);

/** A body that says something in "its" report, right before it: "the World Gold Council (WGC) said ". */
const OWN_REPORT_BODY = new RegExp(`${NAME}\\s+(?:said|says|reported|wrote|noted|found|estimated|estimates)\\s+(?:on\\s+\\p{Lu}\\p{Ll}+\\s+)?$`, "u");

/** The publications a sentence credits, with their publishers where it names them. */
function publicationCredits(sentence: string): Credit[] {
  if (!PUBLICATION_NEED.test(sentence)) return [];
  const out: Credit[] = [];
  PUBLICATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PUBLICATION.exec(sentence)) !== null) {
    // (a sentence's first word is capitalised: "The Campus Count survey")
    const title = m[1].trim().replace(/^(?:The|A|An|Its|Their)\s+/, "");
    // "a Reuters report", "the EIA survey": a body's report is credited to the body (the data forms below)
    // (and "a World Bank report": a body's, the body named by its own noun)
    if (!/\s/.test(title) || CALENDAR_WORD.test(title) || scanPlaces(title).length || ORG_WORD.test(title.slice(title.lastIndexOf(" ") + 1))) continue;
    // ("the World Gold Council (WGC) said in its Gold Demand Trends report": "its" report is the body's that said it)
    const own = !m[2] && /^(?:[Ii]n\s+)?(?:its|their)\s/.test(m[0]) ? OWN_REPORT_BODY.exec(sentence.slice(Math.max(0, m.index - 120), m.index)) : null;
    const publisher = m[2] ? clean(m[2]) : own ? clean(own[1]) : "";
    out.push({ start: m.index, end: m.index + m[0].length, name: publisher || title, publication: title });
  }
  return out;
}

/** The origin key of a publication named by its title: the title's words, lower case ("pub:open doors"). */
export function publicationKey(title: string): string {
  return `pub:${normaliseName(title)}`;
}

/**
 * What a body is, in lower case, before its name: one to three words, then a noun of an organisation ("national
 * space research agency", "research firm", "industry body").
 */
const DESCRIBED_BODY = "(?:[a-z][a-z-]+\\s+){0,3}(?:agency|ministry|office|department|service|authority|institute|bureau|commission|regulator|watchdog|administration|board|council|firm|group|consultancy|company|tracker|provider|body|association|organi[sz]ation|cent(?:re|er)|observatory|think[-\\s]tank)";

/** When a body's data came out, between "published" and "by": "on Thursday", "this week", "earlier this month". */
const WHEN_TOLD = "(?:\\s+(?:on\\s+\\p{Lu}\\p{Ll}+|yesterday|today|(?:earlier\\s+)?(?:this|last)\\s+(?:week|month)))?";

/** Each form with a cheap test of the words it needs, so that a sentence without them costs no scan of names. */
const DATA_FORMS: [RegExp, RegExp][] = [
  // "PPAC data show", "LSEG data showed", "Kpler data", "EIA figures", "Rystad Energy analysts"
  [new RegExp(`${NAME}(?:['’]s)?(?:\\s+(?:customs|government|official|trade|statistics|ministry|port|tracking))?\\s+(?:data|figures|statistics|estimates|analysts|report|survey|numbers|calculations|tracking)\\b`, "gu"), /\b(?:data|figures|statistics|estimates|analysts|report|survey|numbers|calculations|tracking)\b/],
  // "data from the Centre for Research on Energy and Clean Air (CREA)", "figures from X", "a report from X"
  // ... "data published on Thursday by the Federal Statistical Office (Destatis)"
  [new RegExp(`\\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates|[Nn]umbers|[Aa]\\s+report|[Rr]eport|[Aa]nalysis)\\s+(?:from|by|of|(?:compiled|published|released|issued)${WHEN_TOLD}\\s+by)\\s+(?:the\\s+)?${NAME}`, "gu"), /\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates|[Nn]umbers|[Rr]eport|[Aa]nalysis)\s+(?:from|by|of|compiled|published|released)\b/],
  // "According to the Tea Board" at the start of a sentence (speech verbs are read in lower case, see attribution.ts)
  [new RegExp(`\\bAccording\\s+to\\s+(?:the\\s+|analysts\\s+|data\\s+from\\s+(?:the\\s+)?)?${NAME}`, "gu"), /\bAccording\s+to\b/],
  // "according to data from national space research agency Inpe", "citing research firm Kpler", "figures from
  // industry body SMMT": a name after the words in lower case that say what it is
  [new RegExp(`\\b(?:[Aa]ccording\\s+to|[Dd]ata\\s+from|[Ff]igures\\s+from|[Ee]stimates\\s+from|[Ss]tatistics\\s+from|[Cc]iting)\\s+(?:the\\s+)?(?:(?:data|figures|estimates|statistics)\\s+(?:from|by)\\s+)?(?:the\\s+)?${DESCRIBED_BODY}\\s+${NAME}`, "gu"), /\b(?:[Aa]ccording\s+to|from|[Cc]iting)\s/],
  // "citing X", "cited by X", "X calculates", "X estimates that", "X reported"
  [new RegExp(`\\b(?:citing|cited\\s+by|quoted\\s+by|per)\\s+(?:the\\s+)?${NAME}`, "gu"), /\b(?:citing|cited\s+by|quoted\s+by|per)\b/],
  [new RegExp(`${NAME}\\s+(?:calculates|calculated|finds|found|shows|showed|estimates|estimated)\\b`, "gu"), /\b(?:calculates|calculated|finds|found|shows|showed|estimates|estimated)\b/],
  // "Rival tracker Canalys put the quarter's shipments at 320 million", "Canalys counted 320 million shipments"
  [new RegExp(`${NAME}\\s+(?:put|puts|pegged|pegs)\\s+(?:the\\s+|its\\s+|their\\s+)?[\\p{L}’' -]{0,40}?\\s+at\\b`, "gu"), /\b(?:put|puts|pegged|pegs)\b/],
  [new RegExp(`${NAME}\\s+(?:counted|counts|tallied|tallies)\\b`, "gu"), /\b(?:counted|counts|tallied|tallies)\b/],
  // "Conab raised its forecast for the crop to …", "the agency kept its estimate at …", "The USDA sees the crop at …":
  // a forecaster revising, keeping or stating its forecast
  [new RegExp(`${NAME}\\s+(?:raised|lifted|increased|cut|lowered|reduced|trimmed|kept|maintained|left|revised|held)\\s+(?:its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:forecasts?|estimates?|projections?|outlook)\\b`, "gu"), /\b(?:forecasts?|estimates?|projections?|outlook)\b/],
  // ("sees the crop at", not "sees the visit as a chance")
  [new RegExp(`${NAME}\\s+(?:sees|saw)\\s+(?:the\\s+|its\\s+|their\\s+)?[\\p{L}’' -]{0,40}?\\s+at\\b`, "gu"), /\b(?:sees|saw)\b/],
  // (not the noun: "beat City forecasts of around 65,000", "Treasury projections for 2026" are forecasts, no one's verb)
  [new RegExp(`${NAME}\\s+(?:forecasts|projects|projected|predicts|predicted)\\b(?!\\s+(?:of|for|had|have|were|are)\\b)`, "gu"), /\b(?:forecasts|projects|projected|predicts|predicted)\b/],
  // "Alex Munton, who heads research at Rapidan Energy Group, told Reuters": the speaker, not the channel
  [new RegExp(`^${NAME},\\s+(?:who|a|an|the|lead|head|chief|senior)\\b[^.;]{0,120}?,\\s+(?:said|says|told|added|noted|estimated|explained|wrote)\\b`, "gu"), /,\s+(?:said|says|told|added|noted|estimated|explained|wrote)\b/],
];

const GENERIC = /^(?:the\s+)?(?:another|this|that|these|those|each|every|one|its|their|our|government|official|state|provisional|trade|customs|ship[-\s]tracking|tracking|tanker[-\s]tracking|latest|new|monthly|annual|recent|preliminary)?\s*(?:data|figures|statistics|analysts?|sources?|officials?|experts?|estimates?|media|reports?)?$/i;
/** A common noun in the plural, capitalised only by its place ("Universities report …", "Traders say …"). */
const COMMON_PLURAL = /^(?:[A-Z][a-z]+(?:ies|ers|ors|ists|ants|ents|ions|ies|ms|ks|ts))$/;
const LEADING = /^(?:the|a|an|by|from|of|and|as|in|on|at|for|with|to|but|while|however|according|citing|data|figures|rival|rivals|competitor|peer)\s+/i;
/** Words that describe the name they come before ("Rival Vidora"). */
const DESCRIBED = /^(?:rival|rivals|competitor|peer)\s+(?=\p{Lu})/iu;

/** Trim a captured name to the name itself ("The Petroleum Planning…" keeps its words; leading connectives go). */
function clean(name: string): string {
  let s = name.trim().replace(/['’]s$/, "");
  for (let i = 0; i < 4 && LEADING.test(s); i++) s = s.replace(LEADING, "");
  s = s.replace(/\s+(?:of|and|for|on|the|&)$/i, "").trim();
  // "General Administration of Customs on Monday.": the day it spoke is no part of the name
  s = s.replace(/\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$/, "").replace(/\.$/, "").trim();
  return s;
}

/** Every credit of the sentence, in order. */
/** Days and months are never who said something ("figures released on Thursday"). */
const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/i;

/** Unit symbols are never who said something ("€70/MWh, the minister said" names no "MWh"). */
const UNIT_WORD = /^(?:[kMGT]?Wh?|bcm|mcm|tcm|Mt|mt|bpd|Mbd|Bcf|kg|km|mph|MMBtu|USD|EUR|GBP|CNY|INR|RUB)$/;

/** The common nouns a story uses for the organisation it is about, instead of its name. */
export const ORG_REFERENCE_WORDS = "company|firm|group|carmaker|automaker|truckmaker|lender|bank|insurer|retailer|airline|carrier|manufacturer|maker|producer|miner|chipmaker|developer|operator|conglomerate|utility|brewer|drugmaker|club|museum|university|hospital|charity|broadcaster|publisher|chain|railway|railroad";
const ORG_REFERENCE = new RegExp(`^(?:the\\s+)?(?:${ORG_REFERENCE_WORDS})$`, "i");

/** A word that may describe the story's organisation before the word for it: "the state-owned railway", "the Danish drugmaker". */
// (a country's adjective, by its endings, not any capitalised word: "the Volkswagen group" names another group)
const ORG_DESCRIBED = "(?:(?:state-owned|state-run|national|listed|privatised|privatized|\\p{Lu}\\p{Ll}*(?:an|ese|ish|ch|i|ic)|Swiss|Greek)\\s+)?";
/**
 * "the company said", "according to a statement from the firm": the organisation the story is about, credited
 * without its name (the frame reads it as that organisation; see holder.ts).
 */
const REFERENCE_FORMS = [
  new RegExp(`\\b[Tt]he\\s+${ORG_DESCRIBED}(${ORG_REFERENCE_WORDS})\\s+(?:said|says|reported|reports|announced|added|told|estimated|expects|expected|forecast|forecasts|projected|projects|predicted|predicts|sees|guided)\\b`, "gu"),
  // ("according to data published on Tuesday by the state-owned railway", "by the Danish drugmaker": a word may describe it)
  new RegExp(`\\b(?:[Aa]ccording\\s+to|[Ss]tatement\\s+from|[Ff]igures\\s+from|[Dd]ata\\s+from|(?:[Dd]ata|[Ff]igures)\\s+(?:published|released|issued)${WHEN_TOLD}\\s+by)\\s+(?:(?:a\\s+statement|data|figures)\\s+(?:from|published${WHEN_TOLD}\\s+by)\\s+)?the\\s+${ORG_DESCRIBED}(${ORG_REFERENCE_WORDS})\\b`, "gu"),
];

/**
 * ", it said", ", it reported": a trailing pronoun credit, the organisation the sentence is about (the frame reads it
 * as the organisation named before it, if it can; see frameClaims.ts). Its name is PRONOUN_CREDIT.
 */
const PRONOUN_FORMS = [/,\s*(it)\s+(?:said|says|reported|reports|announced|added|estimated)\b/g];
export const PRONOUN_CREDIT = "it";

/** "the company", "the lender": a reference to the story's organisation, not a name. */
export function isOrgReference(name: string): boolean {
  return ORG_REFERENCE.test(name.trim());
}

/** The word for the story's organisation right after a name: "(the Danish) drugmaker". */
const ORG_REFERENCE_AFTER = new RegExp(`^\\s+(?:${ORG_REFERENCE_WORDS})\\b`);

/** A credit that ends with a verb of giving or announcing, and an amount right after it ("Qatar announced $50 million"). */
const ANNOUNCING_VERB_END = /\b(?:announced|pledged|promised|offered|unveiled|committed)$/;
const AMOUNT_NEXT = /^\s+(?:(?:a|an|another|a\s+further|an\s+additional|some|about|around|nearly|almost|up\s+to)\s+)?(?:[$€£¥]|[A-Z]{3}\s?)?\d/;

export function findCredits(sentence: string): Credit[] {
  const out: Credit[] = publicationCredits(sentence);
  // "Rival Vidora reported": the name, not the word that describes it
  for (const a of findAttributions(sentence)) {
    if (!a.name || CALENDAR_WORD.test(a.name) || out.some((c) => c.publication && c.start < a.end && a.start < c.end)) continue;
    // ("Qatar announced $50 million": who gives an amount, its announcer, not the story's source; see announcerBefore)
    if (ANNOUNCING_VERB_END.test(sentence.slice(a.start, a.end)) && AMOUNT_NEXT.test(sentence.slice(a.end, a.end + 24))) continue;
    // ("by the Danish drugmaker": a country's adjective before the word for the story's organisation describes it; read
    // by the reference forms below)
    if (ORG_REFERENCE_AFTER.test(sentence.slice(a.end, a.end + 24)) && scanPlaces(a.name).some((p) => p.form === "demonym" && p.end >= a.name.trim().length)) continue;
    out.push({ start: a.start, end: a.end, name: a.name.replace(DESCRIBED, "") || a.name });
  }
  if (/\bthe\s/i.test(sentence)) addFormCredits(out, sentence, REFERENCE_FORMS, (name) => `the ${name}`);
  if (/,\s*it\s/.test(sentence)) addFormCredits(out, sentence, PRONOUN_FORMS, () => PRONOUN_CREDIT);
  if (/\bofficial\s/i.test(sentence)) addFormCredits(out, sentence, [OFFICIAL_STATISTICS], (name) => name);

  for (const [re, needs] of DATA_FORMS) {
    if (!needs.test(sentence)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      const name = clean(m[1]);
      if (!name || GENERIC.test(name) || COMMON_PLURAL.test(name) || CALENDAR_WORD.test(name) || !/\p{Lu}\p{L}/u.test(name.replace(/^The\b/, ""))) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((c) => c.start < end && start < c.end)) continue;
      // "Jobs report: what it means for the Fed": a headline's label before a colon, not a body's report
      if (/^\s*:/.test(sentence.slice(end, end + 3))) continue;
      out.push({ start, end, name });
    }
  }
  // "the civil protection agency said", "according to the health ministry": an official body named in lower case
  if (BODY_NEED.test(sentence)) addFormCredits(out, sentence, BODY_FORMS, (name) => name.trim());
  // "The government expects the economy to grow 0.4%", "economists at the leading institutes see growth of 1.2%":
  // who forecasts, named in lower case
  // (credited with its forecasts only: "expect production of 5.3 Mt this year, against 5.5 Mt in 2025" quotes 2025's
  // figure, it does not make it)
  if (FORECAST_VERB.test(sentence)) {
    const before = out.length;
    addFormCredits(out, sentence, FORECASTER_FORMS, (name) => name.trim().replace(/^The\s/, "the "));
    for (let i = before; i < out.length; i++) out[i].forecast = true;
  }
  // (after the data forms: "Chinese customs data" is read there, as the country's)
  if (/\bcustoms\b/.test(sentence)) {
    CUSTOMS_DATA.lastIndex = 0;
    for (let m = CUSTOMS_DATA.exec(sentence); m; m = CUSTOMS_DATA.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!out.some((c) => c.start < end && start < c.end)) out.push({ start, end, name: "customs" });
    }
  }
  // "Immigration, Refugees and Citizenship Canada (IRCC)": a name with commas in it, read whole up to its acronym
  for (const [i, c] of out.entries()) {
    const rest = NAME_WITH_COMMAS.exec(sentence.slice(c.end, c.end + 90));
    if (rest && rest[1][0] === c.name[0] && !c.publication) out[i] = { ...c, end: c.end + rest[0].length, name: `${c.name}${rest[0]}`.trim() };
  }
  // "the national statistics institute INE said", "the IBGE statistics institute reported": the acronym is the
  // statistics office's
  for (const [i, c] of out.entries()) {
    if (!/^[A-Z]{2,6}$/.test(c.name)) continue;
    const at = sentence.indexOf(c.name, c.start);
    if (at < 0) continue;
    const office = STATISTICS_BEFORE_ACRONYM.exec(sentence.slice(Math.max(0, at - 50), at)) ?? STATISTICS_AFTER_ACRONYM.exec(sentence.slice(at + c.name.length, at + c.name.length + 40));
    if (office) out[i] = { ...c, name: `${office[1]} ${c.name}` };
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The rest of a name with commas in it, after its first word, up to its acronym: ", Refugees and Citizenship Canada (IRCC)". */
const NAME_WITH_COMMAS = /^,\s+(?:\p{Lu}[\p{L}-]*,?\s+|and\s+|of\s+|for\s+|the\s+|&\s+)*\p{Lu}[\p{L}-]*\s*\(([A-Z][A-Za-z&]{1,9})\)/u;

/** Adds a credit for each match of `forms` (global patterns, the name their first group) that overlaps none in `out`. */
function addFormCredits(out: Credit[], sentence: string, forms: readonly RegExp[], nameOf: (name: string) => string): void {
  for (const re of forms) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!out.some((c) => c.start < end && start < c.end)) out.push({ start, end, name: nameOf(m[1]) });
    }
  }
}

/** The head nouns of an official body ("agency", "ministry", "statistics office"). */
const BODY_HEADS = "agency|ministry|office|department|service|authority|institute|bureau|commission|regulator|watchdog|administration|board|council|inspectorate|directorate";
const BODY_NEED = new RegExp(`\\b(?:${BODY_HEADS})\\b`);
/** One to three lower-case words before the head ("civil protection", "national statistics"), none of them a determiner. */
const BODY = `((?:(?!(?:same|new|other|that|this|its|their|whose|which|an?|the)\\s)[a-z][a-z-]+\\s+){1,3}(?:${BODY_HEADS}))`;
/** "the country's", "the government's" before a body's name. */
const WHOSE_BODY = "(?:(?:country|nation|government|state|city|region|province)['’]s\\s+)?";
const BODY_FORMS = [
  // "the civil protection agency said", "the country's statistics office reported"
  new RegExp(`\\bthe\\s+${WHOSE_BODY}${BODY}\\s+(?:said|says|reported|reports|announced|estimated|estimates|added|told|confirmed|showed|shows)\\b`, "g"),
  // "according to the health ministry", "data from the national statistics office"
  new RegExp(`\\b(?:[Aa]ccording\\s+to|[Dd]ata\\s+from|[Ff]igures\\s+from|[Cc]iting)\\s+the\\s+${WHOSE_BODY}${BODY}`, "g"),
];

/** Verbs by which a forecaster states its forecast. */
const FORECAST_VERBS = "expects|expected|forecasts|forecast|projects|projected|predicts|predicted|sees|saw|see|expect|predict|project";
const FORECAST_VERB = new RegExp(`\\b(?:${FORECAST_VERBS})\\b`);
/** A government, however a story names it in lower case ("the government", "the country's finance ministry"). */
const GOVERNMENT = /^(?:the\s+)?(?:(?:country|nation)['’]s\s+)?(?:government|cabinet|treasury|finance\s+ministry|economy\s+ministry)$/i;
const FORECASTER_FORMS = [
  // "The government expects", "the finance ministry now projects"
  new RegExp(`\\b((?:[Tt]he\\s+)?(?:(?:country|nation)['’]s\\s+)?(?:government|cabinet|treasury|finance\\s+ministry|economy\\s+ministry))\\s+(?:now\\s+|also\\s+|still\\s+)?(?:${FORECAST_VERBS})\\b`, "g"),
  // "Economists at the country's leading institutes see", "analysts at the bank expect": the forecasters, with where they work
  new RegExp(`\\b((?:[Ee]conomists|[Aa]nalysts|[Ff]orecasters)\\s+at\\s+(?:the\\s+)?[^,.;]{2,50}?)\\s+(?:now\\s+|also\\s+|still\\s+)?(?:${FORECAST_VERBS})\\b`, "g"),
];

/** A named body opening a clause, then a verb of announcing what it gives or decides ("The European Union pledged"). */
const ANNOUNCER = /^\s*(?:(?:and|but|while|as)\s+)?(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.&’'-]*)(?:\s+(?:of|for|and|\p{Lu}[\p{L}.&’'-]*))*)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:pledged|announced|promised|offered|donated|approved|unveiled|allocated|earmarked|committed|set\s+aside)\b/u;

/**
 * Who announces the number in its own clause ("The European Union pledged 20 million euros", "Japan has offered $5
 * million"): the body is the origin of what it gives or decides, not the source the story credits elsewhere. The
 * clause is [from, start) of the sentence; undefined when it does not open that way.
 */
export function announcerBefore(sentence: string, from: number, start: number): string | undefined {
  // (from the clause's last comma: ", and the EU has pledged 20 million euros")
  const clause = sentence.slice(from, start);
  const m = ANNOUNCER.exec(clause.slice(clause.lastIndexOf(",") + 1));
  return m && !CALENDAR_WORD.test(m[1]) ? m[1] : undefined;
}

/** The credit nearest the number at [start, end) of the sentence, or undefined. */
export function creditNear(credits: readonly Credit[], start: number, end: number): Credit | undefined {
  let best: Credit | undefined;
  let bestDistance = Infinity;
  for (const c of credits) {
    const d = c.start >= end ? c.start - end : c.end <= start ? start - c.end : 0;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** A run of capitalised words ("of", "and" … inside it) right before a bracket that may shorten it: "World Steel Association (". */
const NAME_BEFORE_BRACKET = String.raw`((?:\p{Lu}[\p{L}’'-]*|of|and|for|on|the|&)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|and|for|on|the|&)){1,8})\s*\(`;
const ACRONYM_IN_BRACKETS = new RegExp(`${NAME_BEFORE_BRACKET}([A-Z][A-Za-z&]{1,9})\\)`, "gu");
const SHORT_NAME_IN_BRACKETS = new RegExp(`${NAME_BEFORE_BRACKET}([a-z]{4,24})\\)`, "gu");
/** A short name in lower case in brackets at the end of a name: "the World Steel Association (worldsteel)". */
const TRAILING_SHORT_NAME = /\s*\([a-z]{4,24}\)\s*$/;

/** "Full Name (ACR)" pairs of a text: the acronym under which the full name is known. */
export function acronymsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  shortNamesOf(text, out);
  if (!/\([A-Z][A-Za-z&]{1,9}\)/.test(text)) return out;
  const re = ACRONYM_IN_BRACKETS;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // (a dateline's wire is no acronym of the place before it: "UNITED NATIONS (Wire) -")
    if (/^\s*(?:[-—–]|:)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    out.set(normaliseName(m[1].replace(/^the\s+/i, "")), m[2].toUpperCase());
  }
  return out;
}

/**
 * "Full Name (shortname)": a body's own short name in lower case, its first words run together ("the World Steel
 * Association (worldsteel)"): the name and the short name are both keyed by the name's initials ("WSA"), as an acronym
 * would be, so that "worldsteel data show" is the association's.
 */
function shortNamesOf(text: string, out: Map<string, string>): void {
  if (!/\([a-z]{4,24}\)/.test(text)) return;
  const re = SHORT_NAME_IN_BRACKETS;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const words = m[1].replace(/^the\s+/i, "").split(/\s+/).filter((w) => !STOP.has(w.toLowerCase()));
    const joined = words.map((w) => w.toLowerCase());
    // (the short name is the name's first two words or more, run together: not any word in brackets, "(estimate)")
    let run = "";
    let k = 0;
    while (k < joined.length && run.length < m[2].length) run += joined[k++];
    if (k < 2 || run !== m[2] || words.length < 3) continue;
    const initials = words.map((w) => w[0].toUpperCase()).join("");
    out.set(normaliseName(m[1].replace(/^the\s+/i, "")), initials);
    out.set(m[2], initials);
  }
}

const PERSON_TITLE = /^(?:mr|mrs|ms|dr|prof|president|minister|secretary|chairman|ceo|spokesman|spokeswoman|analyst|expert|economist|director|head|chief|deputy|official|aide|ambassador|envoy|governor|senator)\.?$/i;
const ORG_WORD = /^(?:administration|agency|association|authority|bank|board|bureau|cell|centres?|centers?|commission|committee|company|corporation|council|department|energy|fund|group|institute|international|ministry|office|organisation|organization|service|union|university|data|analytics|research|news|times|post|press|reuters|bloomberg|kpler|lseg|vortexa|motors?|airlines?|airways|insurance|holdings?|industries|technologies|systems|pharma|pharmaceuticals|capital|partners|securities|logistics|shipping|steel|mining|petroleum|foods|brands|telecom|electric|inc|corp|ltd|plc|llc|ag|sa|nv|co|devices|electronics|semiconductors?|software|labs|laboratories|networks|communications|telecommunications|wireless|resources|chemicals|petrochemicals|materials|metals|minerals|solutions|services|entertainment|media|stores|retail|robotics|therapeutics|biosciences|biotech|automotive|aerospace|aviation|railways?|lines|utilities|beverages|breweries|investments|ventures|properties|hotels|resorts|studios|games|healthcare|financial|bancorp|exchange|engineering|construction|instruments|dynamics|cement)\.?$/i;
/** A company's legal form after its name ("Inc", "Corp.", "plc", "AG"). */
const LEGAL_FORM = /^(?:inc|corp|ltd|plc|llc|ag|sa|nv|se|co|gmbh|spa|bv|asa|ab)\.?,?$/i;
const STOP = new Set(["of", "and", "for", "on", "the", "&", "a", "an", "in"]);
/** The generic head of a government body's name ("Department of Agriculture", "Ministry of Finance"). */
const GENERIC_HEAD = /^(?:Department|Ministry|Office|Bureau|Agency|Commission|Administration|Directorate)$/;
/** Country prefixes that some namings drop ("U.S. Energy Information Administration" = "Energy Information Administration"). */
const COUNTRY_PREFIX = /^(?:u\.?s\.?|us|uk|u\.k\.|eu|indian|russian|chinese|american|european)$/i;

function normaliseName(s: string): string {
  return s.replace(/[’']s\b/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Fold transliteration variants of one surname (Yury/Yuri, -sky/-ski, kh/h, umlauts). */
export function foldName(word: string): string {
  return word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/kh/g, "h")
    .replace(/ks/g, "x")
    .replace(/ts/g, "c")
    .replace(/j/g, "i")
    .replace(/y/g, "i")
    .replace(/ii/g, "i");
}

/**
 * The origin key of a credited name. `acronyms` are the article's "Full Name (ACR)" pairs. Organisations are known
 * by their acronym (given, or made from three or more words), people by their surname; "" for no usable name.
 */
export function originKey(name: string, acronyms?: ReadonlyMap<string, string>, mainPlace?: string): string {
  // a country's customs, however named ("customs data", "the General Administration of Customs", "China's customs
  // agency"): one origin, the country's (the place it names, else the place the article is about)
  if (CUSTOMS.test(name)) {
    const place = scanPlaces(name)[0]?.code ?? mainPlace;
    if (place) return `org:${place}`;
  }
  // ... and so are its statistics ("the national statistics institute INE", "the statistics agency", "official
  // statistics", "Chile's National Statistics Institute"), as "Chile's statistics office" is keyed by its country
  if (STATISTICS_BODY.test(name)) {
    const place = scanPlaces(name)[0]?.code ?? mainPlace;
    if (place) return `org:${place}`;
    // ("official figures" of a story about no one place name nobody: the story's named source stands for them)
    if (/^(?:the\s+)?official\s/i.test(name.trim())) return "";
  }
  // ... and so is its government, named by its capital ("Berlin forecasts") or in lower case ("the government expects")
  if (GOVERNMENT.test(name.trim()) && mainPlace) return `org:${mainPlace}`;
  return acronyms?.size ? keyOfName(name, acronyms) : plainKeyOfName(name);
}

const CUSTOMS = /\bcustoms\b/i;
/** A country's statistics office, or its statistics named without it. */
// (the national office only, its country's name or demonym at most before it: the "Higher Education Statistics Agency
// (HESA)" is a body of its own)
const STATISTICS_BODY = /^(?:the\s+)?(?:Statistics\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?$|(?:\p{Lu}[\p{L}.]+(?:['’]s)?\s+)?(?:official\s+(?:statistics|data|figures)$|(?:(?:national|federal|central|state|government)\s+)?(?:(?:statistics|statistical|census)\s+(?:office|agency|institute|bureau|authority|department|service|board|administration|centre|center|commission)(?:\s+[A-Z]{2,6})?|(?:office|bureau|institute|agency|department|board)\s+(?:for|of)\s+(?:national\s+)?statistics)$))/iu;
/** A statistics office named beside its acronym ("national statistics institute"). */
const STATISTICS_OFFICE = "(?:national\\s+)?(?:statistics|statistical)\\s+(?:office|agency|institute|bureau|authority|service)";
/** Named right before the acronym: "the national statistics institute INE said". */
const STATISTICS_BEFORE_ACRONYM = new RegExp(`\\b(${STATISTICS_OFFICE})\\s+$`, "i");
/** Named after it: "the IBGE statistics institute reported". */
const STATISTICS_AFTER_ACRONYM = new RegExp(`^\\s+(${STATISTICS_OFFICE})\\b`, "i");
/** "official statistics showed", "official data show": a country's own statistics, credited without a name. */
const OFFICIAL_STATISTICS = /\b(official\s+(?:statistics|data|figures))\s+(?:showed|show|shows|indicated|revealed)\b/g;
/** Customs named in lower case, as a data source: "customs data showed", "according to customs figures". */
const CUSTOMS_DATA = /\b(?:according\s+to\s+(?:the\s+)?)?customs(?:\s+(?:data|figures|statistics|numbers))?\s+(?:data|figures|statistics|numbers|showed|show|shows|said)\b|\baccording\s+to\s+(?:the\s+)?customs\b/g;

/**
 * The key of a name in an article that defines no acronym, remembered: outlets credit the same few bodies and people
 * over and over (the audit benchmark: ~10% of its 100,000-claim time went into keying the same names again).
 */
const plainKeyOfName = memo((name: string) => keyOfName(name));

function keyOfName(name: string, acronyms?: ReadonlyMap<string, string>): string {
  if (CALENDAR_WORD.test(name.trim()) || UNIT_WORD.test(name.trim())) return "";
  // "the company": whose it is depends on the story (the audit reads it as the story's organisation)
  if (isOrgReference(name)) return "";
  // "Chinese customs data", "Indian government figures": a country's official statistics
  const places = scanPlaces(name);
  if (places.length === 1 && places[0].start === 0 && places[0].end >= name.trim().length) return `org:${places[0].code}`;
  const paren = /\(([A-Z][A-Za-z&]{1,9})\)\s*$/.exec(name);
  if (paren) return `org:${paren[1].toUpperCase()}`;
  // (a short name in lower case after the name, "the World Steel Association (worldsteel)", is no part of its key)
  if (TRAILING_SHORT_NAME.test(name)) return keyOfName(name.replace(TRAILING_SHORT_NAME, ""), acronyms);
  // "EIA's Natural Gas Monthly": the owner is the origin.
  const plain = name.split(/[’']s\b/)[0].trim();
  const known = acronyms?.get(normaliseName(plain));
  if (known) return `org:${known}`;
  let words = plain.split(/\s+/).filter(Boolean);
  const prefix: string[] = [];
  while (words.length > 1 && COUNTRY_PREFIX.test(words[0])) {
    prefix.push(words[0]);
    words = words.slice(1);
  }
  // "Orchard Devices Inc" is "Orchard Devices": a legal form is no distinctive word (nor the initial of an acronym)
  const content = words.filter((w, i) => !STOP.has(w.toLowerCase()) && !(i > 0 && i === words.length - 1 && LEGAL_FORM.test(w)));
  // "the U.S. Department of Agriculture" is the USDA: a body named by a generic head ("Department of …", "Ministry of
  // …") is known by its initials, with those of an abbreviated country before it (not by "department", which every
  // department would share)
  if (content.length >= 2 && GENERIC_HEAD.test(content[0]) && content.every((w) => /^\p{Lu}/u.test(w))) {
    const letters = prefix.filter((w) => /^[A-Z.]+$/.test(w)).map((w) => w.replace(/\./g, "")).join("");
    return `org:${letters}${content.map((w) => w[0].toUpperCase()).join("")}`;
  }
  if (!content.length) return "";
  if (content.length === 1) {
    const w = content[0];
    if (/^[A-Z&]{2,}$/.test(w.replace(/\./g, ""))) return `org:${w.replace(/\./g, "").toUpperCase()}`;
    return `name:${foldName(w)}`;
  }
  if (content.some((w) => PERSON_TITLE.test(w)) && !content.some((w) => ORG_WORD.test(w))) {
    return `name:${foldName(content[content.length - 1])}`;
  }
  // (a name with a legal form is an organisation's: "Manchester United plc", "Orchard Devices Inc")
  const legalForm = words.length > 1 && LEGAL_FORM.test(words[words.length - 1]);
  // (and so is a name that opens with a place: "Manchester United", "Boston Scientific"; no person's name does)
  const placeFirst = content.length >= 2 && isPlaceWord(content[0]);
  const isOrg = content.some((w) => ORG_WORD.test(w)) || content.length >= 4 || legalForm || placeFirst;
  // "the national disaster agency", "the disaster agency": a body described in lower case is known by its last two
  // words, not by the initials of its adjectives
  if (isOrg && content.every((w) => !/^\p{Lu}/u.test(w))) return `org:${content.slice(-2).map((w) => w.toLowerCase()).join(" ")}`;
  if (isOrg) {
    const acronym = content.map((w) => w[0].toUpperCase()).join("");
    if (content.length >= 3) return `org:${acronym}`;
    return `org:${foldName(content[0])}`;
  }
  // "RAC Fuel Watch data", "EIA Natural Gas Monthly": a body's acronym first, then what of it (a person's name never
  // opens with one)
  if (/^[A-Z]{3,6}$/.test(content[0])) return `org:${content[0]}`;
  // A person: the surname, after any title ("Energy Minister Maria Sousa" → "sousa").
  const person = content.filter((w) => !PERSON_TITLE.test(w));
  return `name:${foldName(person[person.length - 1] ?? content[content.length - 1])}`;
}
