/**
 * An aside set off by commas after a subject: ", the largest component of the reserves,", ", a gauge of demand,",
 * ", the average number of children a woman is expected to have,". What it says is about the subject, not the number
 * the clause goes on to give: its measure words, its verbs of expectation and its nouns are none of the number's. Short
 * and without a number (", the European Union imported 17.5 million tons of LNG," is a clause of its own).
 */
// (and a relative clause about it: "Cruise passengers, which the statistics office records separately, fell"; "Poland,
// where much of the fish is smoked, remained"; and another of its kind: "Denmark, another processing hub, was second")
export const ASIDE = /,\s+(?:the|a|an|another|its|their|one\s+of|which|who|where)\s[^,;:()\d]{0,120},/g;

/**
 * The aside holding offset `at`, as [start, end), if any; not a list of places set off the same way ("France, the
 * Netherlands and Belgium, which") — `opensWithPlace(from, to)` says whether a place starts in [from, to], the aside's
 * "the" and the word after it.
 */
export function asideHolding(sentence: string, at: number, opensWithPlace: (from: number, to: number) => boolean): [number, number] | undefined {
  if (sentence.indexOf(",") < 0) return undefined;
  for (const m of sentence.matchAll(ASIDE)) {
    if (m.index > at) break;
    if (at >= m.index + m[0].length) continue;
    const head = /^,\s+the\s+/i.exec(m[0]);
    if (head && opensWithPlace(m.index + 1, m.index + head[0].length)) return undefined;
    return [m.index, m.index + m[0].length];
  }
  return undefined;
}

/** The text with its asides (and acronyms in brackets: "Foreign currency assets (FCAs)") taken out. */
export function withoutAsides(text: string): string {
  if (text.indexOf(",") < 0 && text.indexOf("(") < 0) return text;
  return text.replace(/\s*\([^()]{1,30}\)/g, "").replace(ASIDE, "");
}
