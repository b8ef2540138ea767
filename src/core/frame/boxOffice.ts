/**
 * A story about a film's takings (the box office: "'Starfall' tops box office with $84.5 million debut"). Its
 * amounts of money are what the film took, told in many words ("opened to", "collected", "added $112 million from
 * international markets", "a global opening of", "the worldwide total"), except what it cost to make ("cost about
 * $150 million to make", "the production budget"); and they are told by market: at home ("domestically", "in U.S.
 * and Canadian theaters", "North American cinemas"), abroad ("international markets", "overseas") and in all
 * ("global", "worldwide").
 */
import { storyTells } from "./article";
import { REVENUE, withBareWords, type MeasureConcept, type MeasureHit } from "./measure";
import type { ScopedPlace } from "./scope";

const BOX_OFFICE = /\bbox[-\s]office\b|\b(?:theaters|theatres|cinemas|multiplexes)\b|\bopening\s+weekend\b|\bdebut(?:ed|s)?\s+(?:to|with|of)\s+(?:an?\s+)?(?:estimated\s+)?\$/i;

/** The title, or one of the first sentences (past a date line or a desk's name), tells a film's takings. */
export function isBoxOfficeStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(BOX_OFFICE, title, sentences, 5);
}

const PRODUCTION_COST: MeasureConcept = { key: "production-cost", name: "production cost", money: true };
/** What a film cost to make: "cost about $150 million to make", "the production budget", "a budget of". */
const COST_TO_MAKE = /\b(?:cost|costs|costing)\b[^.;]{0,40}\bto\s+(?:make|produce|shoot|film)\b|\b(?:production\s+)?budget\b/i;
/** Words of takings a film story uses besides the revenue words: "its opening", "a debut of", "the worldwide total". */
// ("fell to second place with $21.3 million": what a film ranked with is its takings)
const TAKINGS = /\b(?:opening|debut|haul|total|collected|collects|contributed|added|pulled\s+in|took)\b|\bwith(?=\s+(?:an?\s+)?(?:estimated\s+)?[$€£])/gi;
/** The words of takings that are verbs ("collected $84.5m", "added $112 million"). */
const TAKINGS_VERB = /^(?:collected|collects|contributed|added|pulled|took)/i;

/**
 * The measure words of a sentence of a box-office story: `hits` with what a film cost to make as its production
 * cost, its other money words (spending, a contribution) as its takings, and the story's own words of takings.
 */
export function boxOfficeMeasures(sentence: string, hits: readonly MeasureHit[]): MeasureHit[] {
  const costToMake = COST_TO_MAKE.test(sentence);
  // (the "production" of "production budget" is the budget's)
  // (nor are its audiences a count the story measures: "Overseas audiences contributed another $112m")
  const own = hits.filter((h) => !h.concept.count && !(h.concept.key === "production" && /^\s+(?:budget|costs?)\b/i.test(sentence.slice(h.end, h.end + 10))));
  const out: MeasureHit[] = own.map((h) => {
    if (h.concept.key === "spending") return { ...h, concept: costToMake ? PRODUCTION_COST : REVENUE };
    if (h.concept.key === "contribution" || h.concept.key === "economic-losses") return { ...h, concept: REVENUE };
    return h;
  });
  return withBareWords(sentence, out, TAKINGS, REVENUE, TAKINGS_VERB);
}

const MARKETS: [RegExp, string][] = [
  [/\b(?:international(?:ly)?|overseas|abroad|foreign\s+markets?|outside\s+(?:the\s+U\.?S\.?|North\s+America))\b/gi, "intl"],
  [/\b(?:global(?:ly)?|worldwide|around\s+the\s+world)\b/gi, "world"],
  [/\b(?:domestic(?:ally)?|North\s+America(?:n)?|U\.?S\.?\s+and\s+Canad(?:a|ian)|the\s+United\s+States\s+and\s+Canada)\b/gi, "home"],
];

/**
 * The market a film's takings at [start, end) of the sentence are told for, read in its clause [from, to): the
 * market word nearest the number ("added $112 million from international markets for a global opening of $196.5
 * million": abroad, then everywhere), abroad ("intl"), everywhere ("world") or at home (`home`, the story's country).
 */
export function boxOfficeMarket(sentence: string, from: number, to: number, start: number, end: number, home = "us"): ScopedPlace | undefined {
  const lo = Math.max(from, start - 100);
  const hi = Math.min(to, end + 60);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const [re, code] of MARKETS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (m.index < lo || m.index + m[0].length > hi) continue;
      const distance = m.index >= end ? m.index - end : start - (m.index + m[0].length);
      // (in the number's own stretch: "another $112m, taking the worldwide total to" is the next number's world)
      const between = m.index >= end ? sentence.slice(end, m.index) : sentence.slice(m.index + m[0].length, start);
      if (distance >= 0 && distance < bestDistance && !/;|,(?!\d)/.test(between)) {
        best = code;
        bestDistance = distance;
      }
    }
  }
  return best ? { code: best === "home" ? home : best, role: "place", explicit: true } : undefined;
}
