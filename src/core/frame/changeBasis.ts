/**
 * What a change is measured against: the month before ("fell 0.8% from September", "month on month", "on the
 * month"), the quarter before ("quarter on quarter", "from the previous three months") or the same time a year before
 * ("up 1.2% on a year earlier", "year on year", "than in October last year", "annual"), or an average of years ("37%
 * above the 10-year average"). A monthly and a yearly change of one month are two facts: 0.8% down on the month and 1.2%
 * up on the year never contradict each other.
 */

export type ChangeBasis = "month" | "quarter" | "year" | "average";

import { MONTH_NAME as MONTH } from "./period";

const MONTHLY = new RegExp(
  `\\b(?:month[-\\s](?:on|over)[-\\s]month|m\\/m|mom|on\\s+the\\s+month|monthly\\s+(?:inflation|rates?|rises?|increases?|gains?|declines?|falls?|drops?|changes?|growth|pace)\\b|(?:from|than|on|over|compared\\s+(?:with|to)|versus)\\s+(?:in\\s+)?(?:the\\s+)?(?:previous|prior|preceding|last)\\s+month|(?:from|than\\s+in|compared\\s+(?:with|to)|versus|on)\\s+${MONTH}\\b(?!\\s*(?:of\\s+)?(?:last\\s+year|(?:19|20)\\d\\d|a\\s+year)))`,
  "i",
);
const QUARTERLY = /\b(?:quarter[-\s](?:on|over)[-\s]quarter|q\/q|qoq|on\s+the\s+quarter|(?:from|than|on|over|compared\s+(?:with|to)|versus)\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:quarter|three\s+months))\b/i;
const YEARLY = new RegExp(
  `\\b(?:year[-\\s](?:on|over)[-\\s]year|y\\/y|yoy|y-o-y|(?:from|than|on|over|compared\\s+(?:with|to)|versus)\\s+(?:in\\s+)?(?:the\\s+same\\s+(?:month|period|quarter|time)\\s+(?:of\\s+)?)?(?:a\\s+year\\s+(?:earlier|ago|before)|last\\s+year|the\\s+(?:previous|prior|preceding)\\s+year|${MONTH}\\s+(?:(?:of\\s+)?last\\s+year|(?:19|20)\\d\\d))|(?:an\\s+)?annual(?:ly|ised|ized)?\\b(?!\\s+(?:report|meeting|summit|budget|target|plan|general))|on\\s+(?:an?\\s+)?(?:annual|yearly)\\s+basis|year[-\\s]earlier|over\\s+the\\s+(?:past\\s+|last\\s+)?year|(?:over|in)\\s+the\\s+(?:past|last|previous)\\s+(?:12|twelve)\\s+months|(?:12|twelve)-month)`,
  "i",
);

/** Against an average of years: "37% above the inflation-adjusted 10-year average", "below the long-term average". */
/** A stretch of years an average is taken over: "10-year", "ten-year". */
const YEARS_LONG = String.raw`(?:\d+|five|ten|three|20)-year`;
// (or the bare word, which in news is the long-run one: "29% below average", "above normal", "below the average
// for the month"; not another place's, "below the EU average")
const AVERAGE = new RegExp(String.raw`\b(?:above|below|over|under|than|compared\s+(?:with|to)|versus|on)\s+(?:the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${YEARS_LONG}|long-term|long-run|historical|decade)\s+(?:average|mean|norm)\b|\b(?:above|below)\s+(?:average|normal)\b|\b(?:above|below)\s+the\s+(?:average|norm)\s+for\s+the\s+(?:month|period|season|time\s+of\s+year)\b`, "iu");

/** "in the month" right after a change's number, or between its verb and "by" before it. */
const IN_THE_MONTH_AFTER = /^\s*(?:[\p{L}-]+\s+)?in\s+the\s+month\b/iu;
const IN_THE_MONTH_BEFORE = /\bin\s+the\s+month\s+by\s+$/i;

/** A level a change went to, between the change and a later "from <month>": " to 12.21 pounds an hour ". */
const LEVEL_BETWEEN = /\bto\s+\S*\d/i;

/** How far the words of comparison may stand from a change's number, either side, inside its clause. */
const REACH = 70;

/** The number's own stretch: its clause, no farther than REACH characters on either side. */
function stretchOf(sentence: string, from: number, to: number, start: number, end: number): string {
  return sentence.slice(Math.max(from, start - REACH), Math.min(to, end + REACH));
}

/**
 * "from the fourth quarter of 2025", "than in February", "compared with the previous season", "from the record
 * $209.2bn of the final quarter": a comparison that names a time before the clause ends.
 */
const COMPARED_WITH_TIME = new RegExp(String.raw`\b(?:from|than|compared\s+(?:with|to)|versus|against)\s+[^,;:()]{0,40}?\b(?:quarter|month|week|year|season|half|period|${MONTH}|Q[1-4]|(?:19|20)\d\d)\b`, "iu");

/**
 * Does the number's stretch (as changeBasis reads it) compare it with a time? Asked only of a change whose basis was
 * not read: a comparison the basis readers do not know (see articleBasis.ts).
 */
export function comparesWithTime(sentence: string, from: number, to: number, start: number, end: number): boolean {
  return COMPARED_WITH_TIME.test(stretchOf(sentence, from, to, start, end));
}

/**
 * The basis of the change at [start, end) of the sentence, read in its clause [from, to): the words of comparison
 * closest to the number; undefined when the clause says none.
 */
export function changeBasis(sentence: string, from: number, to: number, start: number, end: number): ChangeBasis | undefined {
  const text = stretchOf(sentence, from, to, start, end);
  const at = start - Math.max(from, start - REACH);
  const after = at + (end - start);
  let best: ChangeBasis | undefined;
  let bestDistance = Infinity;
  // "climbed 1.1 percent in the month", "rose in the month by 0.3%": the month's change, where the words stand by the
  // number ("produced 13.8 million tonnes in the month, …, an increase of 11.4%" tells when the level was made)
  if (IN_THE_MONTH_AFTER.test(sentence.slice(end, to)) || IN_THE_MONTH_BEFORE.test(sentence.slice(from, start))) return "month";
  for (const [basis, re] of [["month", MONTHLY], ["quarter", QUARTERLY], ["year", YEARLY], ["average", AVERAGE]] as const) {
    const m = re.exec(text);
    if (!m) continue;
    // ("by 6.7% to 12.21 pounds an hour from April": a month after the level the change went to is when it starts)
    if (basis === "month" && /^from\s/i.test(m[0]) && m.index >= after && LEVEL_BETWEEN.test(text.slice(after, m.index))) continue;
    const distance = m.index >= after ? m.index - after : Math.max(0, at - (m.index + m[0].length));
    if (distance < bestDistance) {
      best = basis;
      bestDistance = distance;
    }
  }
  // ("Munich Re puts the ten-year average at €10.4bn, so this year's figures are 37 per cent higher": the sentence's
  // average, where nothing nearer says another basis)
  if (!best && YEARS_AVERAGE.test(sentence) && COMPARATIVE_AFTER.test(sentence.slice(end, Math.min(to, end + 40)))) return "average";
  return best;
}

const YEARS_AVERAGE = new RegExp(String.raw`\b${YEARS_LONG}\s+(?:average|mean)\b`, "i");
const COMPARATIVE_AFTER = /^[^.;]{0,30}?\b(?:higher|lower|above|below|more|less)\b/i;
