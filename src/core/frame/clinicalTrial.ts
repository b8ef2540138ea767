/**
 * A clinical trial's results: how well a vaccine or a drug worked, against which outcome, and how many people took
 * part.
 *
 * - Efficacy: "was 83.4% effective at preventing severe illness", "83% efficacy", "efficacy against any illness was
 *   71.2%", "protection … was lower, at 71.2%", "reduced severe disease by 83.4%", "prevented 83.4% of severe cases".
 *   Each outcome is a measure of its own (efficacy against severe illness, against hospitalisation, against death,
 *   against infection, against symptomatic illness, and against any illness when no outcome is singled out): two
 *   outcomes of one trial are two facts, not a contradiction. The outcome is read in the words around the number, up
 *   to the numbers beside it.
 * - Participants: "enrolled 24,500 participants", "a trial of 24,500 volunteers", "a study involving 24,500 adults":
 *   the people a trial or a study took in, whatever it calls them.
 *
 * Read only in a story of a trial (its text names a vaccine, a drug or a treatment, and a trial or a study): "cut
 * costs by 12%" elsewhere is no efficacy.
 */
import type { FrameMeasure } from "./types";

const MEDICINE = /\b(?:vaccines?|jabs?|shots?|drugs?|pills?|tablets?|injections?|treatments?|therapy|therapies|medicines?|medications?|antivirals?|candidates?)\b/i;
const TRIAL = /\b(?:trials?|stud(?:y|ies)|efficacy)\b/i;

/** Is the story about a trial of a medicine? Read once per article. */
export function isTrialStory(title: string, sentences: readonly string[]): boolean {
  const names = (re: RegExp) => re.test(title) || sentences.some((s) => re.test(s));
  return names(TRIAL) && names(MEDICINE);
}

/** Right after the percentage: "83.4% effective", "83% efficacy", "90 per cent protection". */
const EFFICACY_AFTER = /^\s*(?:effective|efficacy|effectiveness|protection|protective)\b/i;
/** Before it: "efficacy against any illness was ", "Protection against milder illness was lower, at ". */
const EFFICACY_BEFORE = /\b(?:efficacy|effectiveness|protection)\b[^.;\d]{0,90}?\b(?:was|is|of|at|stood\s+at|reached|came\s+to|came\s+in\s+at)\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over)\s+)?$/i;
/** A reduction by the percentage: "reduced severe disease by ", "cut the risk of death by more than ". */
const REDUCED_BY = /\b(?:reduced|reduces|reducing|cut|cuts|cutting|lowered|lowers|lowering|slashed|slashes)\s+(?:the\s+)?(?:(?:risk|rate|incidence|number|odds|chance)\s+of\s+)?[^.;\d]{1,70}?\s+by\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over|almost)\s+)?$/i;
/** Share of the outcome prevented: "prevented 83.4% of severe cases". */
const PREVENTED_BEFORE = /\b(?:prevented|prevents|averted|averts|blocked|blocks)\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over|almost)\s+)?$/i;
const OF_OUTCOME_AFTER = /^\s+of\s+(?:all\s+)?[\p{L}-]+/iu;

/** The outcomes, the first found in the words around the number. */
const OUTCOMES: [RegExp, string, string][] = [
  [/\bhospitali[sz]|\bhospital\s+admissions?\b/i, "hospitalisation", "efficacy against hospitalisation"],
  [/\b(?:deaths?|dying|mortality|fatal)\b/i, "death", "efficacy against death"],
  [/\b(?:severe|serious|critical)\b/i, "severe", "efficacy against severe illness"],
  [/\bsymptomatic\b/i, "symptomatic", "efficacy against symptomatic illness"],
  [/\binfections?\b/i, "infection", "efficacy against infection"],
];

/**
 * The efficacy the percentage at [start, end) of `sentence` measures, or undefined. `from` and `to` are the
 * sentence's offsets of the numbers before and after it (the words between are its own).
 */
export function efficacyOf(sentence: string, from: number, to: number, start: number, end: number): FrameMeasure | undefined {
  const before = sentence.slice(Math.max(from, start - 120), start);
  const after = sentence.slice(end, end + 40);
  const told = EFFICACY_AFTER.test(after) || EFFICACY_BEFORE.test(before) || REDUCED_BY.test(before) || (PREVENTED_BEFORE.test(before) && OF_OUTCOME_AFTER.test(after));
  if (!told) return undefined;
  // (the outcome's words: before the number back to the number before, after it up to the next)
  const words = `${sentence.slice(from, start)} ${sentence.slice(end, Math.min(to, end + 90))}`;
  for (const [re, key, name] of OUTCOMES) if (re.test(words)) return { key: `efficacy:${key}`, name, how: "clause" };
  return { key: "efficacy:any", name: "efficacy", how: "clause" };
}

/** The people of a trial, before the count: "enrolled about ", "a trial of ", "a Phase 3 study involving ". */
const TRIAL_INTAKE_BEFORE = /\b(?:(?:trials?|stud(?:y|ies))\b[^.;\d]{0,30}?\b(?:of|involving|with|including|among|in|enrolled|enrolling|enrols|enrolls|recruited|included|includes|covering|covered)|enrolled|enrolling|enrols|enrolls|recruited|recruiting)\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over|almost|just\s+over|just\s+under)\s+)?$/i;
/** The people counted right after it. */
const PEOPLE_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:participants|volunteers|patients|adults|people|subjects|children|women|men|infants|babies|individuals|persons)\b/iu;

/** Does the count at [start, end) of `sentence` count the people a trial took in? */
export function isTrialIntake(sentence: string, from: number, start: number, end: number): boolean {
  return TRIAL_INTAKE_BEFORE.test(sentence.slice(Math.max(from, start - 80), start)) && PEOPLE_AFTER.test(sentence.slice(end, end + 40));
}

export const TRIAL_PARTICIPANTS: FrameMeasure = { key: "n:trial-participant", name: "trial participants", how: "noun" };
