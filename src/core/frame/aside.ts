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
 * The asides of a sentence, as [start, end) in order; not a list of places set off the same way ("France, the
 * Netherlands and Belgium, which") — `opensWithPlace(from, to)` says whether a place starts in [from, to], the aside's
 * "the" and the word after it.
 */
export function asidesOf(sentence: string, opensWithPlace: (from: number, to: number) => boolean): [number, number][] {
  if (sentence.indexOf(",") < 0) return [];
  const out: [number, number][] = [];
  for (const m of sentence.matchAll(ASIDE)) {
    const head = /^,\s+the\s+/i.exec(m[0]);
    if (!(head && opensWithPlace(m.index + 1, m.index + head[0].length))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Of `asides` (see asidesOf), the one holding offset `at`, if any. */
export function asideAt(asides: readonly [number, number][], at: number): [number, number] | undefined {
  return asides.find(([start, end]) => at >= start && at < end);
}

/** The text with its asides (and acronyms in brackets: "Foreign currency assets (FCAs)") taken out. */
export function withoutAsides(text: string): string {
  if (text.indexOf(",") < 0 && text.indexOf("(") < 0) return text;
  return text.replace(/\s*\([^()]{1,30}\)/g, "").replace(ASIDE, "");
}
