/**
 * A disease or an agent of one named by its acronym ("RSV", "HIV", "COVID", "MERS"): no organisation, whatever the
 * number near it. Read once per story, without a list of diseases: an acronym the story puts before a word of
 * medicine ("RSV vaccine", "HIV infections", "an RSV-related illness", "MERS cases") or after "against" ("a vaccine
 * against RSV", "protection against HIV") names an illness in every sentence of that story ("RSV causes about 177,000 hospitalisations").
 * Not: an acronym before words of business ("the FDA approved", "WHO data", "a CDC report"), which names a body; one
 * after "the" ("the WHO vaccine programme"); one after "against" that no word of medicine leads to ("a case against BHP").
 */

const MEDICINE_AFTER = "(?:vaccines?|vaccinations?|shots?|jabs?|boosters?|infections?|cases|virus|viruses|outbreaks?|patients|symptoms|treatments?|therapy|therapies|drugs?|tests?|testing|season|hospitali[sz]ations|admissions|deaths|strains?|variants?|pandemic|epidemic|antibod(?:y|ies)|antivirals?|immunity|transmission|prevention|-related|-associated)";
const ACRONYM_BEFORE_MEDICINE = new RegExp(`(?<!\\b[Tt]he\\s)\\b([A-Z][A-Z0-9]{1,5})(?:\\s+${MEDICINE_AFTER}\\b|${MEDICINE_AFTER.replace("(?:", "(?:(?=-)")})`, "g");
// (the words of medicine in either case at their start: the acronym itself must be in capitals)
const AGAINST_ACRONYM = /\b(?:[Vv]accines?|[Ss]hots?|[Jj]abs?|[Pp]rotection|[Pp]rotects?|[Pp]rotected|[Ee]fficacy|[Ee]ffective|[Ii]mmunity|[Dd]rugs?|[Tt]reatments?|[Aa]ntivirals?|[Aa]ntibod(?:y|ies))\s+(?:[a-z-]+\s+){0,2}against\s+([A-Z][A-Z0-9]{1,5})\b/g;

/** The acronyms of diseases a story names (lower case), from its text. */
export function diseaseAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const re of [ACRONYM_BEFORE_MEDICINE, AGAINST_ACRONYM]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.add(m[1].toLowerCase());
  }
  return out;
}
