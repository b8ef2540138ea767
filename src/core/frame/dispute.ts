/**
 * A labour dispute's numbers: in a story about a strike or pay talks, the pay rise a union demands ("is demanding a
 * pay rise of 555 euros a month", "wants 555 euros more") and the one an employer offers ("has offered an 11%
 * increase", "the company's offer, a rise of 11%") are two facts, never one pay figure; so are the term of the offer
 * ("over 32 months"), the working week asked for ("a 35-hour week", "cut the working week to 35 hours") and how long
 * the strike lasts ("strike for 35 hours", "a 35-hour walkout"). The side is the nearest verb of demanding or of
 * offering before the number in its clause. Each is the dispute's: the employer's (the organisation the story names
 * most that it never calls a union; outlets name the country or not), as of the month the story was written: outlets
 * of that month tell one demand and one offer, and may contradict each other.
 */
import { storyTells } from "./article";
import type { FrameMeasure } from "./types";

/** A story about a strike or pay talks. */
const DISPUTE = /\b(?:(?:pay|wage|salary)\s+(?:talks|dispute|deal|offer|claim|demands?)|walkouts?|walked\s+out|walk\s+out|walking\s+out|industrial\s+action|(?:\d+|one|two|three|four|five|six|seven|ten)[-\s](?:hour|day|week)\s+strike|strikes?\s+by\s+(?:[\p{L}-]+\s+){0,2}(?:workers|drivers|staff|nurses|doctors|teachers|pilots|employees|dockers|miners|members|controllers)|(?:workers|drivers|staff|nurses|doctors|teachers|pilots|employees|dockers|miners|union)\b[^.;]{0,40}?\bstrik(?:e|es|ing)\b|\bstrikes?\b[^.;]{0,40}?\bunion)\b/iu;

/** Is the story about a labour dispute (its title or one of its sentences says so)? Read once per article. */
export function isDisputeStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(DISPUTE, title, sentences);
}

const DEMAND = /\b(?:demand(?:s|ed|ing)?|want(?:s|ed|ing)?|seek(?:s|ing)?|sought|call(?:s|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for|claim(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for|insist(?:s|ed|ing)?\s+on)\b/gi;
const OFFER = /\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|tabled?)\b/gi;
/** Words of a pay rise in the clause. */
const PAY_WORDS = /\b(?:pay|wages?|salar(?:y|ies)|rise|raise|increase|hike|more)\b/i;
/** The working week: "a 35-hour week", "the working week to 35 hours". */
const WEEK_AFTER = /^[-\s]*(?:hour\s+)?(?:working\s+)?week\b/i;
const WEEK_BEFORE = /\b(?:working|work)\s+week\s+(?:(?:to|of|from|at)\s+[\d.]+\s+hours?\s+)?(?:to|of|from|at)\s+$/i;
/** How long the strike lasts, told with the verb: "strike for 35 hours", "walk out for two days". */
const STRIKE_FOR_BEFORE = /\b(?:strik(?:e|es|ing)|walk(?:s|ed|ing)?\s+out|stop(?:s|ped)?\s+work)\s+(?:for|lasting)\s+(?:up\s+to\s+|about\s+|around\s+)?$/i;
/** The stretch of time an offer runs over: "over 32 months", "spread over 32 months", "lasting two years". */
const TERM_BEFORE = /\b(?:over|across|lasting|running(?:\s+for)?|spread\s+over|for\s+a\s+term\s+of|with\s+a\s+term\s+of)\s+(?:the\s+next\s+)?$/i;

const PAY_DEMAND: FrameMeasure = { key: "pay-demand", name: "pay rise demanded", how: "clause" };
const PAY_OFFER: FrameMeasure = { key: "pay-offer", name: "pay rise offered", how: "clause" };
const OFFER_TERM: FrameMeasure = { key: "pay-offer-term", name: "term of the pay offer", how: "clause" };
const WORKING_WEEK: FrameMeasure = { key: "working-week", name: "working week", how: "clause" };
/** The same key as a strike's counted duration ("a 35-hour strike": nounMeasure's "n:strike"). */
const STRIKE: FrameMeasure = { key: "n:strike", name: "strike", how: "clause" };

/** The side of the nearest verb of demanding or offering before `start` in [from, start), or undefined. */
function sideBefore(sentence: string, from: number, start: number): "demand" | "offer" | undefined {
  const before = sentence.slice(Math.max(from, start - 90), start);
  let last = -1;
  let side: "demand" | "offer" | undefined;
  for (const [re, s] of [[DEMAND, "demand"], [OFFER, "offer"]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      if (m.index > last) {
        last = m.index;
        side = s;
      }
    }
  }
  return side;
}

/**
 * The measure of a number in a dispute story (`[from, to)` its clause, `[start, end)` the number), or undefined.
 * `money`: an amount; `percent`: a percentage; `duration`: a length of time.
 */
export function disputeMeasure(sentence: string, from: number, to: number, start: number, end: number, kind: { money: boolean; percent: boolean; duration: boolean }): FrameMeasure | undefined {
  const before = sentence.slice(Math.max(from, start - 60), start);
  if (kind.duration) {
    if (WEEK_AFTER.test(sentence.slice(end, end + 20)) || WEEK_BEFORE.test(before)) return WORKING_WEEK;
    if (STRIKE_FOR_BEFORE.test(before)) return STRIKE;
    if (TERM_BEFORE.test(before) && sideBefore(sentence, from, start) === "offer") return OFFER_TERM;
    return undefined;
  }
  if (!kind.money && !kind.percent) return undefined;
  if (!PAY_WORDS.test(sentence.slice(Math.max(from, start - 60), Math.min(to, end + 40)))) return undefined;
  const side = sideBefore(sentence, from, start);
  return side === "demand" ? PAY_DEMAND : side === "offer" ? PAY_OFFER : undefined;
}

/** Is a measure one of a dispute's own (the demand, the offer and its term, the working week asked for)? */
export function isDisputeMeasure(key: string | undefined): boolean {
  return key === "pay-demand" || key === "pay-offer" || key === "pay-offer-term" || key === "working-week";
}

const UNION_NAME = /\b(?:Union|Unions|Syndicate|Federation|Confederation|Guild|Brotherhood)\b/;

/**
 * The employer of a dispute: of the organisations the story names (`names`: key → how often, and the name), the one
 * named most that the text never calls a union ("the GFL union", "union GFL", "the drivers' union, GFL"); of those
 * named alike, the first named. Undefined when the story names none.
 */
export function disputeEmployer(texts: readonly string[], names: ReadonlyMap<string, { n: number; name: string }>): { key: string; name: string } | undefined {
  const all = texts.join("\n");
  let best: { key: string; name: string; n: number } | undefined;
  for (const [key, { n, name }] of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // (a union by its own name, "Rail Workers' Union", "Verdi trade union federation", too)
    if (UNION_NAME.test(name) || new RegExp(`\\b[Uu]nion,?\\s+${escaped}\\b|\\b${escaped}(?:['’]s)?\\s+(?:trade\\s+|labour\\s+|labor\\s+)?union\\b`, "u").test(all)) continue;
    if (!best || n > best.n) best = { key, name, n };
  }
  return best && { key: best.key, name: best.name };
}
