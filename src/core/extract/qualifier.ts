/**
 * The qualifier words around a quantity: "more than"/"over"/"exceeded" → over, "about"/"nearly" → approx,
 * "up to"/"as many as" → up-to, "at least"/"no fewer than" → at-least, "less than"/"below" → under.
 */
import type { Qualifier } from "../types";

const BEFORE: [RegExp, Qualifier][] = [
  [/(?:^|[^\p{L}])(?:at[ \u00a0]+least|no[ \u00a0]+(?:fewer|less)[ \u00a0]+than|a[ \u00a0]+minimum[ \u00a0]+of|not[ \u00a0]+less[ \u00a0]+than|minimum[ \u00a0]+of)[ \u00a0]+$/iu, "at-least"],
  [/(?:^|[^\p{L}])(?:up[ \u00a0]+to|as[ \u00a0]+(?:many|much)[ \u00a0]+as|no[ \u00a0]+more[ \u00a0]+than|not[ \u00a0]+more[ \u00a0]+than|at[ \u00a0]+most|a[ \u00a0]+maximum[ \u00a0]+of|maximum[ \u00a0]+of|capped[ \u00a0]+at)[ \u00a0]+$/iu, "up-to"],
  [/(?:^|[^\p{L}])(?:more[ \u00a0]+than|over|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|topp(?:ed|ing)|tops|above|in[ \u00a0]+excess[ \u00a0]+of|upwards[ \u00a0]+of|greater[ \u00a0]+than|higher[ \u00a0]+than|north[ \u00a0]+of|beyond|well[ \u00a0]+over|passed)[ \u00a0]+$/iu, "over"],
  [/(?:^|[^\p{L}])(?:less[ \u00a0]+than|fewer[ \u00a0]+than|below|under|lower[ \u00a0]+than|short[ \u00a0]+of|south[ \u00a0]+of|just[ \u00a0]+under)[ \u00a0]+$/iu, "under"],
  [/(?:^|[^\p{L}])(?:roughly|about|approximately|approx\.?|nearly|almost|around|some|close[ \u00a0]+to|circa|c\.|an[ \u00a0]+estimated|estimated|about|just[ \u00a0]+over|just[ \u00a0]+under|more[ \u00a0]+or[ \u00a0]+less|or[ \u00a0]+so|upward[ \u00a0]+of|on[ \u00a0]+the[ \u00a0]+order[ \u00a0]+of|virtually|practically|~)[ \u00a0]*$/iu, "approx"],
];

const AFTER: [RegExp, Qualifier][] = [
  [/^(?:[ \u00a0]+or[ \u00a0]+more|[ \u00a0]+or[ \u00a0]+above|[ \u00a0]+and[ \u00a0]+(?:above|up|over)|-?plus\b|\+)/iu, "at-least"],
  [/^(?:[ \u00a0]+or[ \u00a0]+so|[ \u00a0]+or[ \u00a0]+thereabouts)\b/iu, "approx"],
  [/^(?:[ \u00a0]+or[ \u00a0]+(?:less|fewer)|[ \u00a0]+and[ \u00a0]+(?:below|under))\b/iu, "up-to"],
];

const WINDOW = 40;

/**
 * The qualifier of the quantity text[start, end) within its sentence [sentenceStart, ...).
 * A quantity that is a range keeps "range".
 */
export function detectQualifier(text: string, start: number, end: number, sentenceStart: number): Qualifier {
  const from = Math.max(sentenceStart, start - WINDOW);
  const before = text.slice(from, start);
  for (const [re, q] of BEFORE) if (re.test(before)) return q;
  const after = text.slice(end, end + 24);
  for (const [re, q] of AFTER) if (re.test(after)) return q;
  return "exact";
}
