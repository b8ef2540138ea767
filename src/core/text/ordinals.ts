/** Ordinal numbers: "fifth", "twenty-first", "30th", "2nd". */
import * as lookupModule from "./lookup";
import * as chars from "./chars";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
const { lowerWord } = chars;

const ORDINAL_WORDS: Readonly<Record<string, number>> = lookupTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
});

const TENS_PREFIX: Readonly<Record<string, number>> = lookupTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Value of an ordinal word ("fifth" → 5, "twenty-first" → 21), else 0. Case-insensitive. */
export function ordinalWordValue(word: string): number {
  const w = lowerWord(word);
  const direct = ORDINAL_WORDS[w];
  if (direct) return direct;
  const dash = w.indexOf("-");
  if (dash > 0) {
    const tens = TENS_PREFIX[w.slice(0, dash)];
    const unit = ORDINAL_WORDS[w.slice(dash + 1)];
    if (tens && unit && unit < 10) return tens + unit;
  }
  return 0;
}

/** The suffix of a digit ordinal ("st", "nd", "rd", "th") at pos, or "" when there is none. */
export function ordinalSuffixAt(text: string, pos: number): string {
  const a = text.charCodeAt(pos) | 32;
  const b = text.charCodeAt(pos + 1) | 32;
  let suffix = "";
  if (a === 115 && b === 116) suffix = "st";
  else if (a === 110 && b === 100) suffix = "nd";
  else if (a === 114 && b === 100) suffix = "rd";
  else if (a === 116 && b === 104) suffix = "th";
  else return "";
  const after = text.charCodeAt(pos + 2);
  if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122) || (after >= 48 && after <= 57)) return "";
  return suffix;
}
