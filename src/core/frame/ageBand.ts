/**
 * The age band a number is about: "workers aged 21 and over", "the rate for over-21s", "18 to 20-year-olds", "aged 18
 * to 20", "16-24s", "under-18s", "people aged 65 or older". A figure of one age band is another fact than the same
 * measure for everyone (youth unemployment at 14.8% and unemployment at 4.3% are no contradiction) or for another
 * band (the minimum wage of over-21s and of 18 to 20-year-olds): the band is part of what the number measures.
 *
 * Read in the number's own clause, in a story that names two bands or more (a story that names one is about that
 * band's people: "a trial of 24,500 adults aged 60 and over" is the trial's figure, whether an outlet names the age or
 * not); a credit between the band and the number ends the band's reach ("… for workers aged 21 and over …, the
 * minister said, a boost for about 3 million workers"). The band's own numbers are ages, no figures (see nounMeasure.ts).
 */
export interface AgeBand {
  /** "18-20", "21+", "<18". */
  key: string;
  /** "aged 18–20", "aged 21 and over", "aged under 18". */
  name: string;
  start: number;
  end: number;
}

const AGE = "(\\d{1,2})";
/** "18 to 20-year-olds", "18-20 year olds", "16-24s", "aged 18 to 20", "aged between 16 and 24". */
const RANGE = new RegExp(`\\b(?:aged\\s+(?:between\\s+)?${AGE}\\s*(?:to|-|–|and)\\s*${AGE}\\b|${AGE}\\s*(?:to|-|–)\\s*${AGE}(?:[-\\s]years?[-\\s]olds?\\b|s\\b))`, "gi");
/** "aged 21 and over", "65 or older", "over-21s", "the over-65s", "aged 65-plus", "people over 60". */
const OVER = new RegExp(`\\b(?:(?:aged\\s+)?${AGE}\\s+(?:and|or)\\s+(?:over|older|above)\\b|over-${AGE}s\\b|(?:aged\\s+)?${AGE}-?plus\\b|(?:people|adults|workers|those|persons|patients|residents|drivers|women|men)\\s+(?:aged\\s+)?(?:over|above|older\\s+than)\\s+${AGE}\\b(?!\\s*(?:%|per\\s?cent|million|billion|thousand|days?|weeks?|months?)))`, "gi");
/** "under-18s", "aged under 25", "children younger than 5". */
const UNDER = new RegExp(`\\b(?:under-${AGE}s\\b|aged\\s+(?:under|below)\\s+${AGE}\\b|(?:people|adults|workers|children|those|persons|patients|drivers)\\s+(?:aged\\s+)?(?:under|below|younger\\s+than)\\s+${AGE}\\b(?!\\s*(?:%|per\\s?cent|million|billion|thousand|days?|weeks?|months?)))`, "gi");

function firstAge(m: RegExpExecArray): number[] {
  return m.slice(1).filter((g) => g !== undefined).map(Number);
}

/** The age bands a sentence names, in order. */
export function findAgeBands(sentence: string): AgeBand[] {
  const out: AgeBand[] = [];
  const add = (re: RegExp, band: (ages: number[]) => { key: string; name: string } | undefined) => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const b = band(firstAge(m));
      if (b && !out.some((o) => o.start < m!.index + m![0].length && m!.index < o.end)) out.push({ ...b, start: m.index, end: m.index + m[0].length });
    }
  };
  add(RANGE, ([a, b]) => (a < b ? { key: `${a}-${b}`, name: `aged ${a}–${b}` } : undefined));
  add(OVER, ([a]) => ({ key: `${a}+`, name: `aged ${a} and over` }));
  add(UNDER, ([a]) => ({ key: `<${a}`, name: `aged under ${a}` }));
  return out.sort((x, y) => x.start - y.start);
}

/** The age band of the number at [start, end) of its clause [from, to): the band the clause names, outside the number. */
export function ageBandOf(sentence: string, bands: readonly AgeBand[], from: number, to: number, start: number, end: number): AgeBand | undefined {
  return bands.find((b) => b.start >= from && b.end <= to && ((b.end <= start && !CREDIT.test(sentence.slice(b.end, start))) || (b.start >= end && !CREDIT.test(sentence.slice(end, b.start)))));
}

/** A credit between a band and a number: the number is in another stretch of the sentence. */
const CREDIT = /\b(?:said|says|told|announced|added|according\s+to)\b/i;

/** A cheap test before findAgeBands: words that may tell an age band. */
const HINT = /aged|olds?\b|\d0?s\b|-plus|\bover-|\bunder-|\b(?:and|or)\s+(?:over|older|above)|(?:over|above|under|below|than)\s+\d/i;

export function mayNameAgeBand(sentence: string): boolean {
  return HINT.test(sentence);
}
