/**
 * The sector of the economy a count is of, in a story that breaks a count down by sector: firms failing ("construction
 * topped the table with 4,187 insolvencies", "roughly 2,700 restaurants, hotels and caterers went bust") or jobs
 * ("health care added 54,000 jobs and leisure and hospitality 53,000"); and the kind of school students are counted at
 * ("international enrolment at colleges fell 31%, universities recorded a decline of 6%"). A sector's count is another fact than the
 * country's total and than another sector's: the sector is part of the measure ("insolvencies, construction"), one
 * name for the ways news names it (builders = construction firms = the construction sector).
 */
import { storyTells } from "./article";

/** Sectors by key, each with the words news uses for it. */
const SECTORS: [key: string, words: RegExp][] = [
  ["construction", /\b(?:construction|builders|building\s+(?:firms|companies|sector|industry|trade))\b/gi],
  ["hospitality", /\b(?:hospitality|hotels?\s+and\s+restaurants|restaurants|hotels|caterers|catering|accommodation\s+and\s+food(?:\s+services)?|food\s+services?|pubs)\b/gi],
  ["trade", /\b(?:wholesale|retail(?:ers|ing)?|shops|(?:motor\s+)?trade(?=,\s+including\b)|^Trade\b)/gim],
  ["manufacturing", /\b(?:manufacturing|manufacturers|factories|factory\s+(?:jobs|employment|sector)|industrial\s+(?:firms|companies|sector))\b/gi],
  ["transport", /\b(?:transport(?:ation)?|logistics|storage|warehousing|haulage|hauliers|trucking)\b/gi],
  ["health", /\b(?:health\s*care|healthcare|hospitals|health\s+and\s+social\s+(?:care|work)|social\s+assistance)\b/gi],
  ["education", /\b(?:education|schools)\b/gi],
  ["finance", /\b(?:financial\s+(?:services|activities|sector)|finance\s+and\s+insurance|banking)\b/gi],
  ["information", /\b(?:information\s+and\s+communications?|information\s+technology|IT\s+(?:firms|companies|sector)|tech(?:nology)?\s+(?:firms|companies|sector))\b/g],
  ["real-estate", /\breal\s+estate\b/gi],
  ["agriculture", /\b(?:agriculture|farming|farms|farmers)\b/gi],
  ["mining", /\b(?:mining|quarrying|mines)\b/gi],
  ["energy", /\b(?:energy\s+(?:firms|companies|sector|suppliers)|utilities)\b/gi],
  ["government", /\b(?:government\s+(?:jobs|employment|payrolls|sector)|public\s+sector|federal\s+government|local\s+government)\b/gi],
  ["business-services", /\b(?:professional\s+and\s+business\s+services|business\s+services|professional\s+services)\b/gi],
  // (people, not firms: "consumer insolvencies", "personal insolvencies", "77,000 individuals")
  ["consumers", /\b(?:consumer|personal|private|household)\s+(?:insolvenc(?:y|ies)|bankruptc(?:y|ies))|\b(?:private\s+)?individuals\b/gi],
];

/** Kinds of school, in a story about students: "enrolment at colleges fell 31%", "universities recorded a decline". */
const INSTITUTIONS: [key: string, words: RegExp][] = [
  ["colleges", /\b(?:colleges?|polytechnics?|community\s+colleges?)\b/gi],
  ["universities", /\buniversit(?:y|ies)\b/gi],
  ["schools", /\b(?:(?:primary|secondary|high|public|private|state)\s+schools?|schools)\b/gi],
  ["language-schools", /\blanguage\s+schools?\b/gi],
];

/** A story about firms failing: its title or one of its first three sentences says so. */
const FAILURE_WORDS = /\b(?:insolvenc(?:y|ies)|bankruptc(?:y|ies)|bankrupt|business\s+failures|corporate\s+failures|went\s+bust|go\s+bust)\b/i;
/** A story about jobs: a jobs report, payrolls, employment. */
const JOBS_WORDS = /\b(?:jobs\s+report|payrolls?|nonfarm|non-farm|employers\s+(?:added|shed|cut)|(?:added|shed|created)\s+[\d,.]+\s*(?:million\s+)?jobs|jobs\s+(?:growth|market))\b/i;

export type SectorStory = "failures" | "jobs" | "schooling";
/** A story about students and their schools. */
const SCHOOLING_WORDS = /\b(?:students?|pupils?|enrol(?:l)?ments?)\b/i;

/** What the story breaks down by sector, if anything. */
export function sectorStoryOf(title: string, sentences: readonly string[]): SectorStory | undefined {
  if (storyTells(FAILURE_WORDS, title, sentences, 3)) return "failures";
  if (storyTells(JOBS_WORDS, title, sentences, 3)) return "jobs";
  if (storyTells(SCHOOLING_WORDS, title, sentences, 3)) return "schooling";
  return undefined;
}

/** Counted nouns of firms failing (the measure keys nounMeasure gives them): those that tell a failure themselves, and
 * those that are failures only where their clause says so ("4,200 construction companies filing for insolvency"). */
const FAILURE_NOUNS = /^n:(?:insolvency|bankruptcy|case|failure|proceeding)$/;
const FIRM_NOUNS = /^n:(?:company|firm|business|restaurant|hotel|retailer|builder|employer)$/;
const FAILING = /\b(?:insolven|bankrupt|went\s+bust|gone\s+bust|failures|filing\s+for|filed\s+for|collapsed)/i;
/** Measures of students. */
const STUDENT_MEASURES = /^(?:n:student|n:pupil|n:enrolment|n:enrollment|enrolment)$/;
/** Measures of jobs. */
const JOBS_MEASURES = /^(?:jobs|employment|n:job|payrolls?)$/;

/**
 * The measure the story breaks down by sector, if the claim's is one (`measureKey`: the claim's measure so far;
 * `clause`, `sentence`: its clause and sentence; `sector`: the sector named for it). Failures are one measure however
 * counted ("4,187 insolvencies", "nearly 3,500 cases", "4,200 construction companies filing for insolvency"; a count of
 * firms only where its clause speaks of failing), and a sector's count in a sentence about failures is one whatever
 * the words of the sector made of it ("wholesale and retail trade with 3,455"); jobs keep their measure as it was read.
 */
export function sectorMeasure(story: SectorStory, measureKey: string | undefined, clause: string, sentence: string, sector: string | undefined): { key: string; name: string } | undefined {
  // (a measure carried from a number before may hold that number's sector: "health care added 54,000 jobs and leisure
  // and hospitality 53,000")
  measureKey = measureKey?.replace(/@.*$/, "");
  if (story === "failures") {
    const failures = (measureKey && FAILURE_NOUNS.test(measureKey)) || ((!measureKey || FIRM_NOUNS.test(measureKey)) && FAILING.test(clause)) || (!!sector && FAILING.test(sentence));
    return failures ? { key: "n:insolvency", name: "insolvencies" } : undefined;
  }
  if (story === "schooling") return measureKey && STUDENT_MEASURES.test(measureKey) ? { key: measureKey, name: "students" } : undefined;
  return measureKey && JOBS_MEASURES.test(measureKey) ? { key: measureKey, name: "jobs" } : undefined;
}

/**
 * The sector of the number at `start`–`end` of its sentence: named nearest before it (not past a semicolon), else in
 * the noun phrase right after it ("4,200 construction companies", "2,700 restaurants, hotels and caterers"); undefined
 * when none.
 */
export function sectorOf(sentence: string, start: number, end: number, story: SectorStory = "failures"): string | undefined {
  const kinds = story === "schooling" ? INSTITUTIONS : SECTORS;
  const best = namedNearestBefore(kinds, sentence, start);
  if (best) return best;
  // right after: at most two words between the number and the sector's word
  const after = sentence.slice(end, end + 40);
  for (const [key, re] of kinds) {
    re.lastIndex = 0;
    const m = re.exec(after);
    if (m && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(after.slice(0, m.index))) return key;
  }
  return undefined;
}

/**
 * The key of the kind (`kinds`: keys with the words news uses for each, global patterns) named nearest before `start`
 * in its sentence, not past a semicolon; undefined when none is. Sectors of the economy and sectors that emit are read
 * so (see emissionSector.ts).
 */
export function namedNearestBefore(kinds: readonly (readonly [key: string, words: RegExp])[], sentence: string, start: number): string | undefined {
  const before = sentence.slice(0, start);
  const from = before.lastIndexOf(";") + 1;
  let best: string | undefined;
  let bestAt = -1;
  for (const [key, re] of kinds) {
    re.lastIndex = from;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      if (m.index > bestAt) {
        best = key;
        bestAt = m.index;
      }
    }
  }
  return best;
}
