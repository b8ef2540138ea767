/**
 * Readable label and reason of a figure: "Russia–China bilateral trade, 2025, USD" and
 * "same subject 'call' (conversation≈discussion), same dimension duration, no period".
 */
import type { ClaimContext } from "./context";
import { entityName, findEntities } from "./entities";
import { flatten } from "./flatString";
import type { ClaimGroup } from "./grouping";
import { unitInfo } from "./units";

function tidy(s: string): string {
  return /\s\s|[\t\n\r]/.test(s) ? s.replace(/\s+/g, " ").trim() : s.trim();
}

/** The subject most claims of the group use (ties: the shortest, then alphabetical). */
export function representativeSubject(members: readonly ClaimContext[]): string {
  if (members.length === 1) return tidy(members[0].subjectText);
  const tally = new Map<string, number>();
  for (const m of members) {
    const s = tidy(m.subjectText);
    if (s) tally.set(s, (tally.get(s) ?? 0) + 1);
  }
  // The first of the tally in the order (count descending, length, text): found in one pass, without sorting.
  let best = "";
  let bestCount = 0;
  tally.forEach((count, s) => {
    if (count > bestCount || (count === bestCount && (s.length < best.length || (s.length === best.length && s < best)))) {
      best = s;
      bestCount = count;
    }
  });
  return best;
}

/**
 * Phrases by the identity of the two lists (the claims' entity lists are shared arrays, see internKeys, so a corpus
 * has few; with `known` given the phrase depends on the lists' contents only). Bounded.
 */
let phraseCache = new Map<readonly string[], Map<readonly string[], string>>();
let phraseCount = 0;

function entityPhrase(entities: readonly string[], subject: string, known?: readonly string[]): string {
  if (!entities.length) return "";
  if (!known) return computeEntityPhrase(entities, subject);
  let byKnown = phraseCache.get(entities);
  let phrase = byKnown?.get(known);
  if (phrase === undefined) {
    if (phraseCount >= 4096) {
      phraseCache = new Map();
      phraseCount = 0;
      byKnown = undefined;
    }
    phrase = computeEntityPhrase(entities, subject, known);
    if (!byKnown) phraseCache.set(entities, (byKnown = new Map()));
    byKnown.set(known, phrase);
    phraseCount++;
  }
  return phrase;
}

function computeEntityPhrase(entities: readonly string[], subject: string, known?: readonly string[]): string {
  const present = new Set((known ?? findEntities(subject)).map((e) => e.slice(e.indexOf(":") + 1)));
  const places = entities.filter((e) => e.startsWith("place:") && !present.has(e.slice(6))).map(entityName);
  const people = entities.filter((e) => e.startsWith("people:") && !present.has(e.slice(7))).map(entityName);
  const parts: string[] = [];
  if (places.length) parts.push(places.join("–"));
  if (people.length) parts.push(`people of ${people.join(" and ")}`);
  return parts.join(", ");
}

function periodText(period: string): string {
  return period;
}

const DURATION_WORDS = { suffix: "duration", unit: "" };
const COUNT_WORDS = { suffix: "", unit: "count" };
const ORDINAL_WORDS = { suffix: "rank", unit: "" };
const MULTIPLIER_WORDS = { suffix: "ratio", unit: "" };

/** How the unit reads in a label: currencies and units as codes; durations, counts and ranks as words. */
function unitWords(unit: string): { readonly suffix: string; readonly unit: string } {
  switch (unitInfo(unit).group) {
    case "duration":
      return DURATION_WORDS;
    case "count":
      return COUNT_WORDS;
    case "ordinal":
      return ORDINAL_WORDS;
    case "multiplier":
      return MULTIPLIER_WORDS;
    default:
      return { suffix: "", unit };
  }
}

export function figureLabel(group: ClaimGroup, members: readonly ClaimContext[], unit: string): string {
  if (group.kind === "metric" && group.metric) return [group.metric.label || group.metric.key, periodText(group.period), unit].filter(Boolean).join(", ");
  let subject = representativeSubject(members);
  const sameText = members.every((m) => m.subjectText === members[0].subjectText);
  const words = unitWords(unit);
  const stated = !!subject;
  if (!subject) subject = `"${members[0].claim.surface}" (subject not stated)`;
  else if (words.suffix && !subject.toLowerCase().includes(words.suffix)) subject = `${subject} ${words.suffix}`;
  const ents = entityPhrase(group.entities, subject, sameText ? members[0].subject.entities : undefined);
  // "China–Russia bilateral trade"; with people the direction needs the colon: "China, people of Russia: visa-free stay".
  let label = !ents ? subject : !stated ? `${subject}, ${ents}` : ents.includes("people of") ? `${ents}: ${subject}` : `${ents} ${subject}`;
  if (group.period) label += `, ${periodText(group.period)}`;
  if (words.unit) label += `, ${words.unit}`;
  return label;
}

/** By the identity of the list (shared arrays, see internKeys), then by its contents. */
const countryByList = new Map<readonly string[], string>();
const countryCache = new Map<string, string>();

/** "China (place), Russia (people)" for entity keys, cached (a corpus names few sets of countries). */
function countryList(entities: readonly string[]): string {
  let text = countryByList.get(entities);
  if (text !== undefined) return text;
  const key = entities.join(",");
  text = countryCache.get(key);
  if (text === undefined) {
    if (countryCache.size >= 4096) countryCache.clear();
    text = entities.map((e) => `${entityName(e)} (${e.slice(0, e.indexOf(":"))})`).join(", ");
    countryCache.set(key, text);
  }
  if (countryByList.size >= 4096) countryByList.clear();
  countryByList.set(entities, text);
  return text;
}

function quote(s: string): string {
  return `'${s}'`;
}

/**
 * The reason of a figure of one claim, "one claim: subject 'KEY', dimension …, countries …, period …": the words
 * before the key, the key, and the rest, which figures of the same dimension, countries and period share and which
 * is therefore built once (a large corpus has hundreds of thousands of these figures).
 */
const ONE_CLAIM = "one claim: subject '";
let oneClaimTails = new Map<string, Map<readonly string[], Map<string, string>>>();
let oneClaimTailCount = 0;

function oneClaimTail(dim: string, entities: readonly string[], period: string): string {
  let byEntities = oneClaimTails.get(dim);
  let byPeriod = byEntities?.get(entities);
  let tail = byPeriod?.get(period);
  if (tail === undefined) {
    if (oneClaimTailCount >= 4096) {
      oneClaimTails = new Map();
      oneClaimTailCount = 0;
      byEntities = byPeriod = undefined;
    }
    const ents = entities.length ? `countries ${countryList(entities)}` : "no countries named";
    tail = flatten(`', dimension ${dim}, ${ents}, ${period ? `period ${period}` : "no period"}`);
    if (!byEntities) oneClaimTails.set(dim, (byEntities = new Map()));
    if (!byPeriod) byEntities.set(entities, (byPeriod = new Map()));
    byPeriod.set(period, tail);
    oneClaimTailCount++;
  }
  return tail;
}

/** Why the claims of a group form one figure, in one line. */
export function figureReason(group: ClaimGroup, members: readonly ClaimContext[]): string {
  if (group.kind === "subject" && members.length === 1 && !group.joined.length) return flatten(ONE_CLAIM + members[0].subject.key + oneClaimTail(members[0].info.name, group.entities, group.period));
  return flatten(reasonText(group, members));
}

function reasonText(group: ClaimGroup, members: readonly ClaimContext[]): string {
  const first = members[0];
  const dim = first.info.name;
  const period = group.period ? `period ${group.period}` : "no period";
  const ents = group.entities.length ? `${members.length > 1 ? "same " : ""}countries ${countryList(group.entities)}` : "no countries named";
  const joined = group.joined.length ? `; ${[...group.joined].sort().join("; ")}` : "";
  switch (group.kind) {
    case "override": {
      return `set by hand: ${members.length} claim${members.length === 1 ? "" : "s"} assigned to figure key ${quote(group.key.slice("override:".length))}`;
    }
    case "metric": {
      const kw = (group.keywords ?? []).map(quote).join(", ");
      return `metric ${quote(group.metric?.key ?? "")} (keyword ${kw}), dimension ${dim}, ${period}${joined}`;
    }
    case "single": {
      const subj = first.subjectText ? `subject ${quote(first.subjectText)} is too vague` : "no subject could be read";
      return `one claim on its own: ${subj} to match it with other claims (dimension ${dim}, ${period})`;
    }
    default: {
      if (members.length === 1) return `one claim: subject ${quote(first.subject.key)}, dimension ${dim}, ${ents}, ${period}${joined}`;
      const synonyms = new Map<string, Set<string>>();
      for (const m of members) {
        const folded = m.subject.folded;
        for (let i = 0; i < folded.length; i += 2) {
          let set = synonyms.get(folded[i]);
          if (!set) synonyms.set(folded[i], (set = new Set()));
          set.add(folded[i + 1]);
        }
      }
      const syn = [...synonyms.entries()]
        .filter(([, set]) => set.size >= 1 && members.length > 1)
        .map(([, set]) => [...set].sort().join("≈"))
        .sort();
      const subj = `${members.length > 1 ? "same subject" : "subject"} ${quote(first.subject.key)}${syn.length ? ` (${syn.join(", ")})` : ""}`;
      const n = members.length > 1 ? `${members.length} claims: ` : "one claim: ";
      return `${n}${subj}, ${members.length > 1 ? "same " : ""}dimension ${dim}, ${ents}, ${period}${joined}`;
    }
  }
}
