/**
 * Revisions: a number the text says was replaced by a newer one — an estimate revised since ("revised to a 0.1%
 * contraction, from a previously reported 0.2% decline", "revised up to 0.5% from 0.3%", "now seen at 0.1% instead
 * of 0.2%") or a forecast changed ("raised its forecast to 2% from 1.5%"). Nobody states such a number as the fact any
 * more: it is an earlier estimate, a figure of its own beside the revised one, never a contradiction of it.
 */

/** The sentence tells of a revision: an estimate or a forecast replaced ("revised", "raised its forecast", "now seen"). */
const REVISION = new RegExp(
  [
    String.raw`\brevis(?:ed|es|ing|ions?)\b`,
    String.raw`\b(?:raised|lifted|increased|cut|lowered|reduced|trimmed|upgraded|downgraded)\s+(?:its|their|the|his|her)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:forecasts?|estimates?|projections?|outlook|guidance)\b`,
    String.raw`\bnow\s+(?:seen|estimated|put|thought|reckoned|believed|expected|shown)\b`,
  ].join("|"),
  "iu",
);

/**
 * The words a revision needs, tested first: most sentences have none, and REVISION tried at every position of a
 * sentence cost 5% of the framing in the audit benchmark's corpus.
 */
const REVISION_NEED = /revis|now\s|forecast|estimate|projection|outlook|guidance/i;

/** Where the sentence tells of a revision, or null. */
function revisionIn(sentence: string): RegExpExecArray | null {
  return REVISION_NEED.test(sentence) ? REVISION.exec(sentence) : null;
}

/**
 * Does the sentence tell of a revision? Its period is then an aside in a story already about another: "The office
 * revised second-quarter output to a 0.1% contraction" in a story about the third quarter hands the second quarter on
 * to nothing.
 */
export function tellsRevision(sentence: string): boolean {
  return revisionIn(sentence) !== null;
}

/** Right before the number: told as the earlier estimate ("a previously reported", "an initial estimate of"). */
const EARLIER_BEFORE = /\b(?:(?:previously|initially|originally|first)\s+(?:reported|estimated|published|announced|given|stated|forecast|projected)(?:\s+(?:as|at))?|(?:previous|initial|original|earlier|first|preliminary|flash|provisional|prior|old)\s+(?:estimates?|readings?|figures?|prints?|forecasts?|projections?|guidance|outlook)(?:\s+(?:of|at|for))?)\s+(?:(?:an?|the|about|around|some|roughly)\s+)*$/i;

/** Right before the number: the value a revision moved from ("from", "instead of", "rather than"). */
const FROM_BEFORE = /\b(?:from|instead\s+of|rather\s+than)\s+(?:(?:an?|the|about|around|some|roughly)\s+)*$/i;

/** A change told between the revision and the number: "from" is then where the change started, not an old estimate. */
const CHANGE_VERB = /\b(?:rose|rise|rises|rising|risen|grew|grow|grows|growing|increased?|increases|jumped|climbed|gained|fell|falls?|falling|fallen|declined?|declines|dropped|decreased?|slipped|slid|plunged|soared|surged|went\s+(?:up|down))\b/i;

/**
 * Is the number at [start, end) of the sentence an earlier estimate the sentence says was replaced? Told right
 * before it as earlier ("a previously reported 0.2%"), or as what a revision moved from ("revised up to 0.5% from
 * 0.3%"), where no change is told between the revision and the number ("revised data show exports rose to $5
 * billion from $4 billion": the $4 billion is the year before's, not an old estimate).
 */
export function isSuperseded(sentence: string, start: number): boolean {
  const revision = revisionIn(sentence);
  if (!revision) return false;
  const before = sentence.slice(Math.max(0, start - 60), start);
  if (EARLIER_BEFORE.test(before)) return true;
  const moved = FROM_BEFORE.exec(before);
  if (!moved || revision.index > start) return false;
  return !/^from/i.test(moved[0]) || !CHANGE_VERB.test(sentence.slice(revision.index, start));
}
