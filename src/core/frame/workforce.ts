/**
 * An organisation's workforce. The people it employs ("which employs 61,000 people", "employing 64,000 people
 * worldwide") are its workforce; the jobs it cuts, whatever the noun ("would cut about 4,000 jobs", "will shed roughly
 * 4,000 positions", "plans to lay off 4,100 workers"), are a change in its jobs (as "the plant cut 2,000 jobs" is),
 * told as the plan it announces rather than a forecast; and "or 6% of its workforce", "about 6 per cent of its 66,000
 * staff" after a cut is the cut's share of the workforce.
 */
import type { FrameMeasure } from "./types";

/** Verbs of cutting jobs, and the nouns of the jobs cut. */
const CUT_VERB = "cut|cuts|cutting|shed|sheds|shedding|ax(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|lay(?:s|ing)?\\s+off|laid\\s+off";
const JOB_NOUN = "jobs|positions|posts|roles|workers|employees|staff";

/** A verb of cutting right before the number (its qualifiers between). */
const CUT_BEFORE = new RegExp(`\\b(?:${CUT_VERB}|scrap(?:s|ped|ping)?)\\s+(?:(?:about|around|some|nearly|almost|roughly|more\\s+than|over|up\\s+to|as\\s+many\\s+as|another|a\\s+further|an\\s+additional)\\s+)*$`, "i");
/** What is cut, a word at most between: "jobs", "factory jobs", "positions", "posts", "roles", "workers", "staff". */
const JOBS_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${JOB_NOUN}|people)\\b`, "iu");
/** A cut that may not come: "could cut", "may shed", "up to". */
const MAYBE = /\b(?:could|may|might|would\s+have\s+to|threaten(?:s|ed)?\s+to|up\s+to|as\s+many\s+as)\b/i;

export const JOBS_CUT: FrameMeasure = { key: "n:job", name: "jobs", how: "clause" };

/** Does the number at [start, end) of the sentence count jobs cut? */
export function isJobCut(sentence: string, start: number, end: number): boolean {
  return CUT_BEFORE.test(sentence.slice(Math.max(0, start - 50), start)) && JOBS_AFTER.test(sentence.slice(end, end + 40));
}

/** Is the cut at `start` told as one that may or may not come ("could cut up to 4,000 jobs")? */
export function isMaybeCut(sentence: string, start: number): boolean {
  return MAYBE.test(sentence.slice(Math.max(0, start - 50), start));
}

/** After a percent: "of its (66,000) (global) workforce / staff / employees / headcount". */
const OF_WORKFORCE = /^\s+of\s+(?:its|their|the\s+(?:company|group|firm)['’]s)\s+(?:[\d.,]+\s+)?(?:(?:global|total|worldwide|entire)\s+)?(?:workforce|staff|employees|workers|headcount)\b/i;

/** Is the percent at [start, end) the share of the workforce a cut counted just before it makes ("4,000 jobs, or 6% of its workforce")? */
export function isWorkforceShareOfCut(sentence: string, start: number, end: number): boolean {
  if (!OF_WORKFORCE.test(sentence.slice(end, end + 60))) return false;
  const before = sentence.slice(Math.max(0, start - 90), start);
  return /\d[^.;]{0,60}$/.test(before) && CUT_NEARBY.test(before);
}

const CUT_NEARBY = new RegExp(`\\b(?:${CUT_VERB})\\b[^.;]{0,50}\\b(?:${JOB_NOUN})\\b`, "i");

/** A verb of employing right before a number (its qualifiers between): "employs about 8,000", "employing 64,000". */
const EMPLOYS_BEFORE = /\b(?:employs|employing|employed)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|close\s+to)\s+)?$/i;

/** Does the number at `start` of the clause (from `from`) count the people an organisation employs? */
export function isEmployedCount(sentence: string, from: number, start: number): boolean {
  return EMPLOYS_BEFORE.test(sentence.slice(Math.max(from, start - 40), start));
}
