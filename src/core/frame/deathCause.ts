/**
 * What people died of, where a story counts deaths by their cause: "Drug overdose deaths fell 26.9% to 80,400",
 * "Deaths involving fentanyl dropped to 48,400", "Synthetic opioids such as fentanyl were involved in about 48,400
 * deaths", "Fentanyl-related deaths fell to 46,800", "Deaths from cocaine fell to 22,200", "80,391 people died of drug
 * overdoses", "Fatal overdoses declined to 80,391". The deaths of one cause are another fact than all deaths and than
 * another cause's: the cause is part of the measure ("deaths, fentanyl"), one name for the ways news names it.
 */

/** Causes named several ways, by the one they are counted under. */
const CAUSE_SYNONYMS: Record<string, string> = {
  "synthetic opioids": "fentanyl", "synthetic opioid": "fentanyl", "drug overdose": "overdose", "drug overdoses": "overdose", overdoses: "overdose",
  "fatal overdoses": "overdose", "fatal overdose": "overdose", "road accidents": "road", "road crashes": "road", "traffic": "road", "heatwave": "heat",
};

/** A cause in a few words: letters and hyphens, no number, no verb of change. */
const CAUSE = "((?:(?!(?:fell|rose|dropped|declined|climbed|jumped|increased|decreased|were|was|are|is|in|last|this|the|a|an|and|or|to|from|by|of|at|on|for)\\b)[\\p{L}-]+\\s+){0,1}(?!(?:fell|rose|dropped|declined|climbed|jumped|increased|decreased|were|was|are|is|in|last|this|the|a|an|and|or|to|from|by|of|at|on|for)\\b)[\\p{L}-]+)";
/** "deaths involving fentanyl", "deaths from cocaine", "deaths linked to heat". */
const DEATHS_OF = new RegExp(`\\b(?:deaths|fatalities)\\s+(?:involving|from|caused\\s+by|linked\\s+to|related\\s+to|attributed\\s+to|due\\s+to)\\s+${CAUSE}`, "iu");
/** "fentanyl-related deaths", "overdose deaths", "drug overdose deaths", "road deaths". */
const CAUSE_DEATHS = new RegExp(`(?:^|[^\\p{L}-])((?:[\\p{L}]+\\s+)?[\\p{L}]+)(?:-related|-linked|-involved)?\\s+(?:deaths|fatalities)\\b`, "iu");
/** "Synthetic opioids such as fentanyl were involved in about 48,400 deaths". */
const INVOLVED_IN = new RegExp(`\\b${CAUSE}(?:\\s+such\\s+as\\s+[\\p{L}-]+)?\\s+(?:were|was)\\s+involved\\s+in\\b`, "iu");
/** "died of drug overdoses", "died from heatstroke"; "fatal overdoses". */
const DIED_OF = new RegExp(`\\bdied\\s+(?:of|from)\\s+${CAUSE}|\\b(fatal\\s+overdoses?)\\b`, "iu");
/** Words before "deaths" that are no cause: amounts, times, places' words, qualifiers. */
const NOT_CAUSE = /^(?:total|overall|annual|recorded|estimated|provisional|more|fewer|many|such|these|those|all|its|their|the|of|and|in|excess|new|daily|weekly|monthly|yearly|reported|confirmed|us|u\.s|uk|eu|number|toll|cases|and\s+\S+)$/i;

function canonical(cause: string): string {
  const c = cause.toLowerCase().replace(/\s+/g, " ").trim();
  return CAUSE_SYNONYMS[c] ?? CAUSE_SYNONYMS[c.split(" ").pop() ?? ""] ?? c.split(" ").pop() ?? c;
}

/** The cause of the deaths counted by a number in the clause `clause` (the number's own words around it), or "". */
export function deathCause(clause: string): string {
  for (const re of [DEATHS_OF, INVOLVED_IN, DIED_OF]) {
    const m = re.exec(clause);
    const cause = m ? (m[1] ?? m[2]) : undefined;
    if (cause && !NOT_CAUSE.test(cause)) return canonical(cause);
  }
  const m = CAUSE_DEATHS.exec(clause);
  if (!m) return "";
  // ("Drug overdose deaths": the last word names the cause, the one before it may too)
  const words = m[1].split(/\s+/).filter((w) => !NOT_CAUSE.test(w) && !/^\p{Lu}{2,}$/u.test(w) && !/^\d/.test(w));
  return words.length ? canonical(words.join(" ")) : "";
}

const DEATH_WORDS = /\b(?:deaths|fatalities|died|fatal)\b/i;

/**
 * The causes of death a story names, when it names two or more (a story that names one, "Deaths from the quake rose
 * to 2,000", is about it whether or not another outlet says so), with the first as its main cause: deaths it tells
 * with no cause are of that one ("That compares with roughly 110,000 deaths in 2023" in a story about overdoses).
 */
export function storyCauses(sentences: readonly string[]): { main: string } | undefined {
  const seen: string[] = [];
  for (const s of sentences) {
    const cause = DEATH_WORDS.test(s) ? deathCause(s) : "";
    if (cause && !seen.includes(cause)) seen.push(cause);
  }
  return seen.length >= 2 ? { main: seen[0] } : undefined;
}
