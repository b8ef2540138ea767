/**
 * What the claim frame needs to know about a whole article: its reference date (the date line, else estimated from
 * the years it names), whose fiscal year it speaks of, the places and product it is about (for "the country", "the
 * two countries", "bilateral", and numbers whose clause names no place or product), the acronyms it defines and its
 * title's period.
 */
import type { Source } from "../types";
import { acronymsOf } from "./credit";
import { fiscalNamedByStart, fiscalStartOf } from "./fiscal";
import { findPeriods, type Span } from "./period";
import { cityNameAt, namesMember, scanPlaces, type PlaceMention } from "./places";
import { findProducts, type ProductHit } from "./product";
import { findProvinces, provinceCountry } from "./province";
import { nameKey, wordsOf } from "./phrases";
import { isWorldStory } from "./worldStory";
import { findDatelineDay } from "../source/published";
import { newsroomEnd } from "./dateline";


export interface ArticleContext {
  year: number;
  month: number;
  /** True when the date comes from the article's date line (else estimated). */
  dated: boolean;
  /** The month of the date line ("2026-02"), "" when the article has none. */
  dateMonth: string;
  /** The day of the date line ("2026-02-14"), "" when it gives none. */
  dateDay: string;
  fiscalStart: number;
  /** The country names its fiscal years by the year they start in (Japan's "fiscal 2026" starts in April 2026). */
  fiscalByStart: boolean;
  /** The places the article is most about, most mentioned first (at most two). */
  mainPlaces: string[];
  /**
   * The two main places when the article only ever names them together ("England and Wales"): one jurisdiction, the
   * place of every number that names none (see jointPlaces).
   */
  jointPlaces?: string[];
  /**
   * The article is about trade between two places: it says "bilateral", "two-way", "trade between/with X", "the two
   * countries" or "X–Y trade". Only then is a trade figure that names no partner the trade of its two main places
   * (otherwise "the trade surplus widened to $111.7 billion" is the first place's, with the world).
   */
  pairTrade: boolean;
  mainProduct?: string;
  /**
   * The city the title names in the country the article is most about ("Rotterdam container volumes rise 4.1%"), or
   * when the title names no place the city the lead opens with: the site of every number whose clause names no place
   * or site of its own.
   */
  mainCity?: { code: string; key: string; name: string };
  acronyms: Map<string, string>;
  /** The period the title names, if any: the period the story is about until the text names another. */
  titlePeriod?: Span;
  /**
   * The title names the European Union and not Europe: the story is about the EU, and its "Europe" is the EU
   * ("EU imports of Russian LNG rose 18%" over a body that writes "imported into Europe").
   */
  europeIsEu: boolean;
}

/**
 * The year an undated text is mostly about: the year it names most often, not counting deadlines ("by 2030"),
 * the starts of stretches ("since 2021") or foundings;
 * ties go to the later year. withMonth: it is named with a month ("March 2025"), as a text of that year would.
 */
function mainYear(text: string): { year: number; withMonth: boolean } | undefined {
  const counts = new Map<number, { n: number; withMonth: boolean }>();
  // years found first, the words before each read after (one pattern with optional words before a year tries them
  // at every position of the text: slow on long articles)
  const re = /\b(?:19|20)\d{2}\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    // (nor a stretch's start, "since 2021", nor when a body was founded, "founded in 1962": the text is not about them)
    if (/\b(?:by|until|before|since|founded\s+in|established\s+in|began\s+in|back\s+to)\s+$/i.test(before)) continue;
    const withMonth = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/.test(before);
    const year = Number(m[0]);
    const seen = counts.get(year) ?? { n: 0, withMonth: false };
    counts.set(year, { n: seen.n + 1, withMonth: seen.withMonth || withMonth });
  }
  let best: { year: number; withMonth: boolean } | undefined;
  let bestN = 0;
  for (const [year, { n, withMonth }] of counts) {
    if (n > bestN || (n === bestN && best && year > best.year)) {
      best = { year, withMonth };
      bestN = n;
    }
  }
  return best;
}

function count<K>(map: Map<K, number>, key: K, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The `n` keys counted most; of keys counted alike, the one named first (a map keeps the order keys came in). */
function topKeys<K>(map: Map<K, number>, n: number): K[] {
  return [...map.entries()].map((e, i) => [e, i] as const).sort((a, b) => b[0][1] - a[0][1] || a[1] - b[1]).slice(0, n).map(([[k]]) => k);
}

const PAIR_TRADE = /\b(?:[Bb]ilateral|[Tt]wo-way)\b|\btrade\s+(?:between|with)\s+(?:the\s+)?\p{Lu}|\b(?:between|of)\s+the\s+(?:two\s+)?(?:countries|nations|sides|neighbours|neighbors|economies)\b|\bboth\s+(?:countries|nations|sides)\b|\p{Lu}[\p{L}.]+\s*[-–]\s*\p{Lu}[\p{L}.]+\s+(?:trade|ties|relations|commerce)\b/u;

/**
 * Does the title, or one of the first `count` sentences (all of them by default), say what kind of story this is
 * (`pattern`: an election, a takeover, a GDP or a retail-sales release, a film's takings)?
 */
export function storyTells(pattern: RegExp, title: string, sentences: readonly string[], count = sentences.length): boolean {
  return pattern.test(title) || sentences.slice(0, count).some((s) => pattern.test(s));
}

/**
 * The article's two main places when every mention of either is joined to the other by "and" ("crime in England and
 * Wales", "England and Wales recorded"): a place named as one with another, a jurisdiction of two names. Undefined
 * when either is named alone once.
 */
export function jointPlaces(main: readonly string[], texts: readonly string[], placesOf: readonly (readonly PlaceMention[])[]): string[] | undefined {
  if (main.length !== 2) return undefined;
  const [a, b] = main;
  let mentions = 0;
  let joined = 0;
  placesOf.forEach((list, i) => {
    list.forEach((m, j) => {
      if (m.code !== a && m.code !== b) return;
      mentions++;
      const next = list[j + 1];
      if (next && next.code !== m.code && (next.code === a || next.code === b) && /^\s+and\s+$/.test(texts[i].slice(m.end, next.start))) joined += 2;
    });
  });
  return joined > 0 && joined === mentions ? [a, b] : undefined;
}

/**
 * The city of `code` that the lead's first clause names before any other place (the lead: the first sentence of six
 * words or more after the title, its dateline aside), if any.
 */
function leadCity(sentences: readonly string[], title: string, code: string): ArticleContext["mainCity"] {
  const lead = sentences.find((s) => s.trim() !== title.trim() && s.split(/\s+/).length >= 6);
  if (!lead) return undefined;
  const from = newsroomEnd(lead);
  const comma = lead.indexOf(",", from);
  const clause = lead.slice(from, comma < 0 ? lead.length : comma);
  const first = scanPlaces(clause)[0];
  if (!first || first.form !== "city" || first.code !== code) return undefined;
  const name = cityNameAt(clause, first);
  return { code, key: nameKey(name), name };
}

/** How far into the body the product an article is about is looked for. */
export const OPENING_CHARS = 600;

/**
 * `placesOfBody`: the place mentions of the article's sentences, and `productsOfOpening` the product words of its
 * first OPENING_CHARS characters, both read once by the caller (which needs them per sentence too).
 */
export function articleContext(source: Pick<Source, "title" | "text" | "published">, sentences: readonly string[], placesOfBody: readonly PlaceMention[], productsOfOpening: readonly ProductHit[]): ArticleContext {
  const body = source.text || sentences.join(" ");
  const title = source.title || "";
  let year = 0;
  let month = 0;
  let dated = false;
  const date = /^(\d{4})-(\d{2})/.exec(source.published || "");
  if (date) {
    year = Number(date[1]);
    month = Number(date[2]);
    dated = true;
  } else {
    const latest = mainYear(`${title}\n${body}`);
    if (latest) {
      // An article that names a year only as a whole ("in 2024") is most often a review published the next year.
      year = latest.withMonth ? latest.year : latest.year + 1;
      // (a date line without a year still gives the month: "SANTIAGO, Nov 30 (Reuters) -")
      month = findDatelineDay(body)?.month ?? (latest.withMonth ? 12 : 1);
    } else {
      year = 0;
      month = 0;
    }
  }

  const places = new Map<string, number>();
  // Names count more than adjectives: "Russian crude" in an article about India's imports is a product's origin.
  const titlePlaces = scanPlaces(title);
  // (the title's possessive is whose story it is: "China's exports beat forecasts as shipments to Southeast Asia surge")
  // (names before adjectives, so that of places counted alike the one the title names comes first: "Imports of
  // Russian LNG into the EU" is the EU's story)
  // ("Europe's largest economy grows": a member country is meant, not the region; see places.ts namesMember)
  const counted = titlePlaces.filter((m) => !namesMember(title, m));
  // ("European car sales rise" over an opening about "the European Union": the title's adjective is the EU's)
  const openingEu = titlePlaces.every((m) => m.code !== "europe" || m.form === "demonym") && sentences.slice(0, 3).some((s) => /\b(?:EU|European\s+Union)\b/.test(s)) && !sentences.slice(0, 3).some((s) => /\bEurope\b/.test(s));
  const codeOf = (m: PlaceMention) => (openingEu && m.code === "europe" ? "eu" : m.code);
  // (a city in the body counts as its country's adjective does: "shares rose in New York" makes no story American;
  // a city the title names is what the story is about: "Rotterdam container volumes rise")
  const weak = (m: PlaceMention) => m.form === "demonym" || m.form === "city";
  for (const m of counted) if (m.form !== "demonym") count(places, codeOf(m), 3);
  for (const m of counted) if (m.form === "demonym") count(places, codeOf(m), 1.5);
  // (an acronym in parentheses right after the name it shortens is one mention: "Association of Southeast Asian
  // Nations (ASEAN)")
  let previous: PlaceMention | undefined;
  for (const m of placesOfBody) {
    const restated = previous && previous.code === m.code && m.start > previous.end && m.start - previous.end <= 3;
    if (!restated) count(places, m.code, weak(m) ? 0.5 : 1);
    previous = m;
  }
  // (one adjective in the body is no place the article is about: "as German power plants burned less" in a story
  // about a Dutch port)
  const ranked = topKeys(places, 3).filter((code) => (places.get(code) as number) >= 1);
  // A second place counts as a main place only when it is named nearly as often as the first; three places named
  // equally often leave the article about none of them (which two would be a guess).
  const tied = ranked.length === 3 && places.get(ranked[2]) === places.get(ranked[0]);
  const mainPlaces = tied ? [] : ranked.slice(0, 1);
  if (!tied && ranked[1] && (places.get(ranked[1]) as number) >= 0.5 * (places.get(ranked[0]) as number)) mainPlaces.push(ranked[1]);
  // (a story whose title or lead opens with the world's figure is the world's: see worldStory.ts)
  const lead = sentences.find((s) => s.trim() !== title.trim() && /\d/.test(s) && s.split(/\s+/).length >= 6) ?? "";
  if (isWorldStory(title, lead)) mainPlaces.splice(0, mainPlaces.length, "world");

  // The product an article is about: the one its title names, else the one its opening names most (of those named
  // alike, the first).
  const products = new Map<string, number>();
  // (a title that names several goods, "Electric cars claim bigger slice of shrinking petrol market", names no one
  // product the story is about: its opening tells which)
  const titleProducts = findProducts(title);
  if (new Set(titleProducts.map((p) => p.key)).size === 1) for (const p of titleProducts) count(products, p.key, 3);
  for (const p of productsOfOpening) count(products, p.key, 1);
  const mainProduct = topKeys(products, 1)[0];

  // Whose fiscal year: the first of the article's most named places that keeps one apart from the calendar year.
  const fiscalPlace = ranked.find((code) => fiscalStartOf(code) > 0);
  const fiscalStart = fiscalStartOf(fiscalPlace);
  const fiscalByStart = fiscalNamedByStart(fiscalPlace);
  const dateMonth = dated ? `${year}-${String(month).padStart(2, "0")}` : "";
  const pairTrade = PAIR_TRADE.test(title) || sentences.some((s) => PAIR_TRADE.test(s));
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(source.published || "");
  const ctx: ArticleContext = { year, month, dated, dateMonth, dateDay: day ? day[1] : "", fiscalStart, fiscalByStart, mainPlaces, pairTrade, mainProduct, acronyms: acronymsOf(`${title}\n${body}`), europeIsEu: titlePlaces.some((m) => m.code === "eu") && !titlePlaces.some((m) => m.code === "europe") };
  // (the title's first place: "Ukraine ships 20 million tonnes as Odesa ports keep moving" is about Ukraine)
  const titleCity = ranked[0] && mainPlaces[0] === ranked[0] && counted[0]?.form === "city" && counted[0].code === ranked[0] ? counted[0] : undefined;
  if (titleCity) {
    const name = cityNameAt(title, titleCity);
    ctx.mainCity = { code: titleCity.code, key: nameKey(name), name };
  } else if (ranked[0] && mainPlaces[0] === ranked[0]) {
    // (and so is a province or a state the title names first, before any place: "Saxony's vote leaves CDU one seat short")
    const province = findProvinces(title, wordsOf(title))[0];
    if (province && provinceCountry(province.name) === ranked[0] && !counted.some((m) => m.start < province.start)) ctx.mainCity = { code: ranked[0], key: province.key, name: province.name };
    // (a title that names no place leaves it to the lead: the city its first clause names first, "Los Angeles
    // County's homeless population shrank …", "The annual snapshot of homelessness in Los Angeles County, released …")
    else if (!counted.length && !province) ctx.mainCity = leadCity(sentences, title, ranked[0]);
  }
  if (title && year) {
    const mention = findPeriods(title, { year, month, fiscalStart, fiscalByStart }).find((m) => m.span && m.role === "point");
    if (mention?.span) ctx.titlePeriod = mention.span;
  }
  return ctx;
}
