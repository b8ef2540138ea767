/**
 * A product recall: how many units a maker calls back ("is recalling about 1.2 million vehicles", "will recall
 * 1,215,000 cars", "the recall covers 340,000 pickups", "1.2 million vehicles are being recalled"). Outlets count the
 * goods by different nouns (vehicles, cars, units); read by this rule they meet as one measure, of the month the story
 * was written (a recall is announced once: see frameClaims' eventMonth), and may contradict each other.
 */
import { storyTells } from "./article";
import type { FrameMeasure } from "./types";

/** A story about a recall: its title or a sentence says so. */
const RECALL = /\brecall(?:s|ed|ing)?\b/i;
/** Right before the count: "recalling about", "will recall", "a recall of", "the recall covers", "recalled some". */
const RECALL_BEFORE = /\b(?:recall(?:s|ed|ing)?|recall\s+(?:of|covering|covers|affecting|affects|involving|involves))\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|an\s+estimated)\s+)?$/i;
/** Right after the count and its goods: "… vehicles are being recalled", "… cars were recalled". */
const RECALLED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:are|were|is|was|will\s+be|have\s+been|has\s+been)\s+(?:being\s+)?recalled\b/iu;

const UNITS_RECALLED: FrameMeasure = { key: "units-recalled", name: "units recalled", how: "clause" };

/** Is the story about a recall? Read once per article. */
export function isRecallStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(RECALL, title, sentences, 3);
}

/** The measure of a count in a recall story (`[from, …)` its clause, `[start, end)` the number), or undefined. */
export function recallMeasure(sentence: string, from: number, start: number, end: number): FrameMeasure | undefined {
  if (RECALL_BEFORE.test(sentence.slice(Math.max(from, start - 50), start)) || RECALLED_AFTER.test(sentence.slice(end, end + 60))) return UNITS_RECALLED;
  return undefined;
}
