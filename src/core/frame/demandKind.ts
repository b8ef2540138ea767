/**
 * The kind of demand a number measures: "Jewellery demand fell 14%", "Demand for bars and coins rose 11%", "industrial
 * demand for gas". A market's total demand and the demand of one of its uses are different figures: without the kind,
 * "Total demand rose 3% to 1,286 tonnes" and "Demand for bars and coins rose 11% to 307 tonnes" were one figure and a
 * conflict. The kind is the word (or "X and Y") right before "demand" or "consumption", or the phrase of up to three
 * words after "demand for", where no product or place stands (the caller's `named` tells), in lower case and the
 * singular; none for words that only say how much of it ("total", "overall", "global") or point back ("the metal").
 */

/** Words before "demand" that tell no kind of it. */
const NO_KIND = new Set(["total", "overall", "global", "world", "worldwide", "annual", "monthly", "quarterly", "weekly", "daily", "net", "gross", "combined", "strong", "weak", "weaker", "stronger", "robust", "sluggish", "soft", "firm", "record", "peak", "underlying", "seasonal", "average", "aggregate", "its", "their", "the", "a", "an", "this", "that", "of", "for", "in", "and", "to", "as", "while", "with", "but", "said", "says", "by", "on", "at", "from", "higher", "lower", "rising", "falling", "growing", "slowing", "overseas", "foreign", "export", "import"]);

/** "demand for bars and coins", "demand for new homes": up to three words after "for" (a verb after them is cut off below). */
const FOR_AFTER = /^\s+for\s+((?:[a-z][a-z-]*\s+(?:and\s+)?){0,2}[a-z][a-z-]*)\b(?!\s+(?:of|from)\b)/;

/**
 * The kind of the demand whose word is at [start, end) of the sentence ("demand", "consumption"), or undefined.
 * `named(from, to)` says whether a product or a place the frame knows stands in the text there.
 */
export function demandKind(sentence: string, start: number, end: number, named: (from: number, to: number) => boolean): string | undefined {
  const after = FOR_AFTER.exec(sentence.slice(end, end + 50));
  if (after) {
    const from = end + after[0].indexOf(after[1]);
    const words = after[1].split(/\s+/);
    while (words.length > 1 && MOVE_VERB.test(words[words.length - 1])) words.pop();
    if (words[words.length - 1] === "and") words.pop();
    // (not what points back: "demand for the metal", "for its products")
    if (!named(from, from + after[1].length) && !NO_KIND.has(words[0])) return singular(words.join(" "));
  }
  // "jewellery demand", "bar and coin demand", "Industrial demand" (capitalised only as the sentence's first word)
  const before = /(?:^|[\s(])((?:([A-Za-z][a-z-]*)\s+and\s+)?([A-Za-z][a-z-]*))\s+$/.exec(sentence.slice(Math.max(0, start - 40), start));
  if (!before) return undefined;
  const phraseStart = start - (before[0].length - before[0].trimEnd().length) - before[1].length;
  const words = [before[2], before[3]].filter((w): w is string => !!w);
  const capitalNotFirst = words.some((w, i) => /^[A-Z]/.test(w) && !(i === 0 && /^\s*$/.test(sentence.slice(0, phraseStart))));
  if (capitalNotFirst || words.some((w) => NO_KIND.has(w.toLowerCase())) || named(phraseStart, start)) return undefined;
  const kind = singular(before[1].toLowerCase());
  return SAME_KIND[kind] ?? kind;
}

/** Kinds told two ways: households' consumption is private consumption, the state's is the government's. */
const SAME_KIND: Record<string, string> = { household: "private", consumer: "private", personal: "private", public: "government", state: "government" };

/** Verbs that may follow the phrase after "demand for": "Demand for bars and coins rose 11%". */
const MOVE_VERB = /^(?:rose|fell|grew|climbed|jumped|dropped|slipped|declined|increased|decreased|was|were|is|are|has|have|hit|reached|surged|slumped|eased|picked|remained|stayed|stood|totall?ed)$/;

/** Each word in the singular ("bars and coins" is "bar and coin"), so that outlets' wordings meet. */
function singular(phrase: string): string {
  return phrase.replace(/\b([a-z-]{2,}[^s])s\b/g, "$1");
}
