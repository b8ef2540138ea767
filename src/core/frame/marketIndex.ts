/**
 * A market index and its readings: "the FTSE 100 rose 0.4% to 8,540", "the benchmark Nikkei 225 index fell 1.2%",
 * "Drewry's World Container Index increased by 9% to $3,964", "the Baltic Dry Index rose 3% to 1,250 points". An
 * index is a market's, no country's and no company's: its level and its moves are the index's own figures (the
 * index is their site), of the day they were told; and the number in its name ("500" of "S&P 500") is no figure.
 *
 * An index is named by capitalised words (digits and "&" among them) before "index" ("World Container Index",
 * "Shanghai Composite index"), or by a capitalised name and a number right before a market's verb or "index" ("FTSE
 * 100 rose", "S&P 500 index"); an owner's possessive opens no name ("Drewry's World Container Index" is the World
 * Container Index). Indices of prices and of surveys (consumer or producer prices, house prices, purchasing managers)
 * are measures of their own elsewhere (measure.ts, pmi), not market indices. "The index", "the gauge", "the
 * benchmark" later refer to the index named last in the story.
 */
export interface IndexMention {
  start: number;
  end: number;
  /** Comparable key ("world container", "ftse 100"). */
  key: string;
  /** As written ("World Container Index", "FTSE 100"). */
  name: string;
  /** Where the number inside the name is, if any ("500" of "S&P 500"). */
  numberAt?: number;
  /** Who compiles it, when the sentence says: "Drewry's World Container Index", "… compiled by Drewry". */
  owner?: string;
}

const NAME_WORD = "(?:[A-Z][\\p{L}&'’.-]*|\\d{2,4}|&)";
const NAMED_INDEX = new RegExp(`\\b(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,4})[ \\t]+[Ii]ndex\\b`, "gu");
const MARKET_VERB = "(?:index|indices|benchmark|rose|fell|gained|lost|closed|ended|added|slipped|climbed|dropped|jumped|declined|advanced|edged|finished|tumbled|surged|rallied|shed|sank|slumped|soared|eased|firmed|opened)";
const NAME_AND_NUMBER = new RegExp(`\\b((?:S&P|[A-Z][\\p{L}]+(?:[ \\t]+[A-Z][\\p{L}]+)?)[ \\t]+(\\d{2,4}))\\b(?=[ \\t]+${MARKET_VERB}\\b)`, "gu");
/** Indices of prices, of surveys, of housing: measures of their own, not a market's index. */
const NOT_MARKET = /\b(?:Price|Prices|Consumer|Producer|Purchasing|Managers['’]?|PMI|CPI|PPI|HICP|House|Housing|Home|Homes|Development|Happiness|Peace|Corruption|Perception|Freedom|Human|Body|Mass|Misery|Confidence|Sentiment)\b/;
/** After an index: "compiled by Drewry", "published by Freightos". */
const COMPILED_BY = /^,?\s+(?:compiled|published|calculated|run|maintained)\s+by\s+(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)?)/u;
/** Words that open a name only as the sentence's first word or an owner ("The", "Drewry's"). */
const LEADING = /^(?:The|A|An|Its|Their|This|That|Benchmark|Composite|[\p{L}.&-]+['’]s)$/u;

function keyOf(name: string): string {
  return name.toLowerCase().replace(/\s+index$/, "").replace(/\s+/g, " ");
}

/** The indices a sentence names, in order. */
export function findIndices(sentence: string): IndexMention[] {
  const out: IndexMention[] = [];
  for (const re of [NAMED_INDEX, NAME_AND_NUMBER]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const words = m[1].split(/[ \t]+/);
      let skip = 0;
      while (skip < words.length && LEADING.test(words[skip])) skip++;
      const kept = words.slice(skip);
      if (!kept.length || NOT_MARKET.test(kept.join(" ")) || kept.every((w) => /^\d+$/.test(w))) continue;
      const start = m.index + m[1].length - kept.join(" ").length;
      if (out.some((o) => o.start < start + m![0].length && start < o.end)) continue;
      const name = re === NAMED_INDEX ? `${kept.join(" ")} Index` : kept.join(" ");
      const digits = /\b\d{2,4}\b/.exec(kept.join(" "));
      const end = m.index + m[0].length;
      const possessive = skip > 0 ? /^([\p{Lu}][\p{L}.&-]*)['’]s$/u.exec(words[skip - 1]) : null;
      const compiled = COMPILED_BY.exec(sentence.slice(end, end + 40));
      const owner = possessive?.[1] ?? compiled?.[1];
      out.push({ start, end, key: keyOf(kept.join(" ")), name, numberAt: digits ? start + digits.index : undefined, ...(owner ? { owner } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "the index", "the composite index", "the gauge", "the benchmark index": a reference to the index named before. */
const INDEX_REFERENCE = /\b[Tt]he\s+(?:(?:composite|benchmark|broader|main|blue-chip|wider|headline)\s+)?(?:index|gauge|benchmark)\b/g;

/** Where the sentence refers back to an index by a common noun. */
export function indexReferences(sentence: string): { start: number; end: number }[] {
  return [...sentence.matchAll(INDEX_REFERENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The units an index's reading comes in: points (a count), a percentage move, an amount of money. */
function readsIndex(unit: string): boolean {
  return unit === "%" || unit === "count" || /^[A-Z]{3}$/.test(unit);
}

export const INDEX_LEVEL = { key: "index-level", name: "level", how: "clause" as const };

/**
 * The index a number at [start, end) of its clause [from, to) is a reading of: the last index named, or referred to,
 * before it in the clause (`named`: the story's index the references stand for). Percentages, points and amounts of
 * money only.
 */
export function indexOf(sentence: string, indices: readonly IndexMention[], named: IndexMention | undefined, from: number, start: number, unit: string): IndexMention | undefined {
  if (!readsIndex(unit)) return undefined;
  const before = indices.filter((x) => x.start >= from && x.end <= start);
  const ref = named ? indexReferences(sentence).filter((r) => r.start >= from && r.end <= start) : [];
  const last = before[before.length - 1];
  if (ref.length && (!last || ref[ref.length - 1].start > last.start)) return named;
  return last;
}

/** A cheap test before findIndices: "index" in the sentence, or a capitalised name with a number and a word after it. */
const MAY_NAME = /[Ii]ndex|[A-Z][\p{L}&]*[ \t]+\d{2,4}[ \t]+[a-z]/u;

export function mayNameIndex(sentence: string): boolean {
  return MAY_NAME.test(sentence);
}

/** "…, according to Drewry's World Container Index": an index credited after the number is what it reads. */
const ACCORDING_TO = /^[^;.]{0,60}?\baccording\s+to\s+$/;

export function indexCredited(sentence: string, indices: readonly IndexMention[], end: number, unit: string): IndexMention | undefined {
  if (!readsIndex(unit)) return undefined;
  return indices.find((x) => x.start >= end && ACCORDING_TO.test(sentence.slice(end, x.start).replace(/[\p{L}.&-]+['’]s\s+$/u, "")));
}
