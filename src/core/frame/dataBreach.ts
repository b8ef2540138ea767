/**
 * A data breach: how many people (customers, users, accounts, records) had their data taken or exposed, and of which
 * kind of data. "hackers stole personal data of 9.6 million customers", "data on 9.6m people had been accessed",
 * "Personal information of 9.6 million customers was taken" are one measure, whatever the people are called; "ID
 * numbers of 2.8 million people were exposed", "including 2.1m passport and licence numbers" another (the people whose
 * identity documents were exposed), card or bank details and passwords others again: a breach's total and a part of it
 * are two facts, not a contradiction.
 *
 * Read only in a story of a breach (hackers, a breach, a cyberattack, a leak, stolen data), for a count in a sentence
 * that tells data taken ("stolen", "exposed", "accessed", "compromised", "leaked", "taken", "affected"): "The company
 * has 5.2 million subscribers" is no victim count. The kind of data is read in the words around the count, up to the
 * numbers beside it.
 */
import type { FrameMeasure } from "./types";

const BREACH = /\b(?:hack(?:ers?|ed|ing|s)?|breach(?:es|ed)?|cyber-?attacks?|cyber-?incident|data\s+leaks?|leaked|ransomware|stolen\s+(?:data|records|information|details))\b/i;

/** Is the story about a data breach? Read once per article. */
export function isBreachStory(title: string, sentences: readonly string[]): boolean {
  return BREACH.test(title) || sentences.slice(0, 3).some((s) => BREACH.test(s));
}

/** A sentence that tells data taken or exposed. */
const DATA_TAKEN = /\b(?:stole|stolen|steal|exposed|exposing|accessed|compromised|leaked|taken|affected|impacted|hit|breached|hacked|obtained|exfiltrated|downloaded)\b/i;
/** Who or what a breach count counts, right after the number. */
const VICTIMS_AFTER = /^\s+(?:(?:[\p{L}-]+|and)\s+){0,3}?(?:customers|clients|people|users|accounts|records|patients|members|subscribers|individuals|persons|employees|staff|workers|households|passengers|travell?ers|guests|shoppers|consumers|citizens|taxpayers|borrowers|cardholders|depositors|applicants|policyholders|residents|voters|students|children|numbers|passports|cards|passwords|files)\b/iu;

const KINDS: [RegExp, string, string][] = [
  [/\b(?:passports?|(?:driving|driver['’]?s)\s+licen[cs]es?|licen[cs]e\s+numbers|identity\s+(?:documents?|cards?|numbers?)|ID\s+(?:numbers?|cards?|documents?)|social\s+security|national\s+insurance|national\s+ID)\b/i, "id", "people whose ID numbers were exposed"],
  [/\b(?:credit\s+cards?|debit\s+cards?|card\s+(?:numbers?|details)|payment\s+(?:cards?|details|data)|bank\s+(?:account|details))\b/i, "payment", "people whose payment details were exposed"],
  [/\bpasswords?\b/i, "password", "people whose passwords were exposed"],
];

/**
 * The breach measure of the count at [start, end) of `sentence`, or undefined. `from` and `to` are the offsets of
 * the numbers before and after it in the sentence (the words between are its own).
 */
export function breachCountOf(sentence: string, from: number, to: number, start: number, end: number): FrameMeasure | undefined {
  if (!DATA_TAKEN.test(sentence) || !VICTIMS_AFTER.test(sentence.slice(end, end + 60))) return undefined;
  const words = `${sentence.slice(from, start)} ${sentence.slice(end, to)}`;
  for (const [re, key, name] of KINDS) if (re.test(words)) return { key: `breach:${key}`, name, how: "noun" };
  return { key: "breach:any", name: "people whose data was exposed", how: "noun" };
}
