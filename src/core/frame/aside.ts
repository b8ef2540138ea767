/**
 * An aside set off by commas after a subject: ", the largest component of the reserves,", ", a gauge of demand,",
 * ", the average number of children a woman is expected to have,". What it says is about the subject, not the number
 * the clause goes on to give: its measure words, its verbs of expectation and its nouns are none of the number's. Short
 * and without a number (", the European Union imported 17.5 million tons of LNG," is a clause of its own).
 */
// (and a relative clause about it: "Cruise passengers, which the statistics office records separately, fell")
export const ASIDE = /,\s+(?:the|a|an|its|their|one\s+of|which|who)\s[^,;:()\d]{0,90},/g;

/** The text with its asides (and acronyms in brackets: "Foreign currency assets (FCAs)") taken out. */
export function withoutAsides(text: string): string {
  if (text.indexOf(",") < 0 && text.indexOf("(") < 0) return text;
  return text.replace(/\s*\([^()]{1,30}\)/g, "").replace(ASIDE, "");
}
