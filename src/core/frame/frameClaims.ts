/**
 * The claim frame of every claim, built article by article and sentence by sentence: the stages (period and its
 * binding, measure, product, scope, kind, basis, credit, reprints, conversions) are separate modules; this one runs
 * them in order and carries what a text says once for what follows (the period and measure of the sentence before,
 * the credit given at the top of a story, the places and product the article is about).
 */
import { splitSentences } from "../text/sentences";
import type { Claim, Source } from "../types";
import { OPENING_CHARS, articleContext, jointPlaces, type ArticleContext } from "./article";
import { basisOf } from "./basis";
import { benchmarkOf } from "./benchmark";
import { headlineTwins, titleEnd } from "./headline";
import { isConversion } from "./conversion";
import { countedNoun, isNotFigure, numberOfPhrase, propertyNoun, shareBase, singular, subjectNoun } from "./countedNoun";
import { announcerBefore, creditNear, findCredits, isOrgReference, ORG_REFERENCE_WORDS, originKey, PRONOUN_CREDIT, publicationKey, type Credit } from "./credit";
import { afterNewsroom, newsroomEnd } from "./dateline";
import { rateAfter, rateBefore } from "./rate";
import { sharePart } from "./sharePart";
import { sectorMeasure, sectorOf, sectorStoryOf } from "./sector";
import { reportingBodyKeys } from "./reportingBody";
import { dealMeasure, isTakeoverStory } from "./deal";
import { dealPeriod, isOfferingStory, offeringMeasure } from "./offering";
import { isPlayerMeasure, isTransferStory, playerOf, transferMeasure, transferPlayers } from "./transfer";
import { isPollStory, pollMeasure, POLL_SHARE, pollstersIn, storyPollster } from "./poll";
import { disputeEmployer, disputeMeasure, isDisputeMeasure, isDisputeStory } from "./dispute";
import { fxReading, isFxStory, storyCurrency } from "./fxRate";
import { budgetMeasures, isBudgetStory, isShareOfGdp, ratioToGdpBefore, withoutGdp } from "./budget";
import { investmentReturnOf } from "./investmentReturn";
import { modelCounted } from "./modelCount";
import { findHolders, holderBefore, holderCounts, holderKey, mainHolder, subjectBefore, withShortNames, writtenInLowerCase, type HolderMention } from "./holder";
import { kindOf, type ClaimKind } from "./kind";
import { FLOW_EXPORTS, HELD_AT_A_MOMENT, INCOME_VERB, areaBurned, madeGoods, areaCleared, insideAside, containmentOf, countMeasures, findMeasures, goodsMeasures, measureOf, moneyProduced, priceExtreme, proceedsOf, refersBack, wageOf, type MeasureHit, storageFillOf, UNIT_SALES } from "./measure";
import { CASUALTY_VERBS, IMPORT_COVER, casualtyMeasure, nounFrame, nounMeasure, occupancyOf, verbBefore } from "./nounMeasure";
import { findPeriods, isSchoolingStory, latestYear, monthSpan, seasonHalfMonths, monthsIn, shiftYears, spanHoldsDay, trailingYearEnd, type PeriodMention, type Span } from "./period";
import { isSuperseded, tellsRevision } from "./revision";
import { asideAt, asidesOf } from "./aside";
import { RESPECTIVELY, asideAround, bindPeriods, carriedPeriod, isComparisonBase, isSessionMove, type BoundPeriod, type QuantitySlot } from "./periodBinding";
import { scanPlaces, type PlaceMention } from "./places";
import { findProvinces, isProvinceName, provinceReferredTo } from "./province";
import { wordsOf } from "./phrases";
import { findProducts, productNear, type ProductHit } from "./product";
import { articleRuns, storyGroups } from "./reprints";
import { sameDateMentions, storyTimeMentions } from "./sameDate";
import { demandKind } from "./demandKind";
import { termAcronyms } from "./termAcronym";
import { withPossessiveReferences, withThereReferences } from "./thereReference";
import { asOfDay, daySpan, isRunningToll, monthDayIn, namesDay } from "./asOf";
import { FullNames } from "./shortForm";
import { isRecallStory, recallMeasure } from "./recall";
import { ageBandOf, findAgeBands, mayNameAgeBand } from "./ageBand";
import { allocationOf } from "./allocation";
import { TRIAL_PARTICIPANTS, efficacyOf, isTrialIntake, isTrialStory } from "./clinicalTrial";
import { breachCountOf, isBreachStory } from "./dataBreach";
import { diseaseAcronyms } from "./diseaseName";
import { exchangeOf } from "./exchange";
import { INDEX_LEVEL, findIndices, indexCredited, indexOf, mayNameIndex, type IndexMention } from "./marketIndex";
import { ROUTE_RATE, ROUTE_WORD, findRoutes, routeOf } from "./route";
import { bondYieldOf } from "./bondYield";
import { electionPeriod, isEarlierElection, isElectionStory, isSeatTotal, turnoutAfter, wonShareBefore } from "./election";
import { isPresentState, isToldAsNow, presentPeriod } from "./presentState";
import { CAP, isCap } from "./cap";
import { deathCause, storyCauses } from "./deathCause";
import { isWaitLimit, waitingListMeasure, waitingOver } from "./waiting";
import { emissionSectorOf, isEmissionsStory, SHARE_OF_TOTAL_AFTER } from "./emissionSector";
import { isEmployedCount, isJobCut, isMaybeCut, isWorkforceShareOfCut, JOBS_CUT } from "./workforce";
import { withArticleBasis } from "./articleBasis";
import { BALLOT_YES, ballotYes } from "./ballot";
import { changeBasis, comparesWithTime } from "./changeBasis";
import { isRetailSalesStory, retailMeasures } from "./retailStory";
import { isUnitSalesStory, salesAreUnits } from "./unitSalesStory";
import { gdpMeasures, isGdpStory } from "./gdpStory";
import { isRemittanceStory, remittanceMeasures } from "./remittanceStory";
import { arrivalsMeasures } from "./arrivals";
import { ADDED_BEFORE, CENTRAL_BANK_PURCHASES, centralBankMeasures, isCentralBankBuyingStory } from "./centralBank";
import { boxOfficeMarket, boxOfficeMeasures, isBoxOfficeStory } from "./boxOffice";
import { describesName, relativeAntecedent, scopeOf, worldScope, type ScopedPlace, WORLD } from "./scope";
import { shareParts } from "./sharedParts";
import { citySite, compassSite, findSites, siteNoun, siteOf, siteOfPronoun, siteReferredTo, type SiteMention } from "./site";
import type { ClaimFrame, FramedArticles, FrameMeasure } from "./types";

/** Clause breaks inside a sentence: ";", a spaced dash, ", while", ", whereas", ", but". */
// (", and those from India": a clause of its own, whose pronoun stands for what came before)
const CLAUSE_BREAK = /;|\s[\u2014\u2013]\s|\s--\s|,\s+(?:while|whereas|but|although|though)\s|,\s+and\s+(?=(?:those|that)\s+(?:from|of|for|in|at|by|among)\s)/g;

function clauseBreaks(sentence: string): number[] {
  const out: number[] = [0];
  // Two spaced dashes set off an aside ("the Netherlands — the biggest buyers — received"); a dash before a number
  // gives the value of what came before ("the largest share — 66%"): neither starts a clause.
  const dashes = (sentence.match(/\s[\u2014\u2013]\s|\s--\s/g) ?? []).length;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence)) !== null) {
    const dash = !m[0].includes(";") && !m[0].includes(",");
    if (dash && (dashes > 1 || /^[\d$€£¥₹]/.test(sentence.slice(m.index + m[0].length)))) continue;
    out.push(m.index + m[0].length);
  }
  out.push(sentence.length + 1);
  return out;
}

function clauseOf(breaks: readonly number[], at: number): [number, number] {
  for (let i = 1; i < breaks.length; i++) if (at < breaks[i]) return [breaks[i - 1], Math.min(breaks[i], breaks[breaks.length - 1] - 1)];
  return [0, breaks[breaks.length - 1] - 1];
}

interface SentenceRef {
  start: number;
  text: string;
  claims: Claim[];
}

/**
 * The article's sentences in order with their claims (claims sorted by place): from its text, or for a source
 * without text (claims handed in by a caller) from the claims' own sentences.
 */
function sentencesOf(source: Source | undefined, claims: readonly Claim[]): SentenceRef[] {
  if (source?.text) {
    const { starts, ends } = splitSentences(source.text);
    const out = starts.map((s, i): SentenceRef => ({ start: s, text: source.text.slice(s, ends[i]), claims: [] }));
    let k = 0;
    for (const c of claims) {
      while (k + 1 < out.length && out[k + 1].start <= c.start) k++;
      if (out.length && c.start >= out[k].start && c.end <= out[k].start + out[k].text.length) out[k].claims.push(c);
      else out.splice(k + 1, 0, { start: c.sentenceStart, text: c.sentence, claims: [c] });
    }
    return out;
  }
  const bySentence = new Map<string, SentenceRef>();
  for (const c of claims) {
    const key = `${c.sentenceStart}\u0000${c.sentence}`;
    const ref = bySentence.get(key);
    if (ref) ref.claims.push(c);
    else bySentence.set(key, { start: c.sentenceStart, text: c.sentence, claims: [c] });
  }
  return [...bySentence.values()].sort((a, b) => a.start - b.start || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

// (not across a clause of reason or time: "to 212,000 units as demand in Europe slowed")
// (not across "and" before a new subject: "came to 75t and the Reserve Bank of India bought 73t"; a month is none:
// "between January and November 2024 from selling salmon to Europe")
const PLACE_AFTER = /^(?:(?!\s(?:as|because|since|while|when|after|before|although|though)\s|\sand\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu})[^,;:]){0,60}?\b(?:to|into|from|in|at|between|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** "56,000 Chinese students": a place in the number's own noun phrase, only lower-case words between. */
const OWN_PHRASE = /^\s+(?:[a-z-]+\s+){0,2}$/;
const COMPARED_BEFORE = /\b(?:overt(?:ook|ake|akes|aking|aken)|surpass(?:ed|es|ing)?|outstrip(?:ped|s|ping)?|outpac(?:ed|es|ing|e)|ahead\s+of|behind|than|beat(?:ing|s)?|went\s+past|moved\s+past)\s+(?:both\s+|the\s+|its\s+|rivals?\s+)?(?:\p{Lu}[\p{L}.-]*\s+(?:and|,)\s+)?$/u;
const COMPARISON_WORDS = /\b(?:ahead|behind|than|compared|outstripp|overt(?:ook|ake)|past|surpass|beat|versus|vs)/i;

const VALUE_WORDS = /\b(?:bill|value|worth|costs?|spending|receipts|earnings|earned|earns|revenues?)\b/i;

/** A frame in no place: its pair, its pollster or its dispute says where it is (fxRate.ts, poll.ts, dispute.ts). */
function placeless(frame: ClaimFrame): void {
  frame.places = [];
  frame.scopeKey = scopeKeys(frame.measure, []).scopeKey;
}

/** Money into or out of funds: a market's, the world's where no place is named. */
const FUND_FLOWS = new Set(["fund-inflows", "fund-outflows"]);

/** Measures of a company or a person, which take no place from the article. */
const COMPANY_MEASURES = new Set(["revenue", "profit", "operating-profit", "pretax-profit", "ebitda", "fuel-costs", "market-share", "share-price", "valuation", "dividend", "wealth", "fine", "margin", "production-cost", "stake", "amount-raised", "offer-price-per-share", "offer-price-range", "oversubscription", "free-cash-flow"]);
/**
 * A country's statistics: never an organisation's, whatever body the story is about ("the Bank expects inflation to
 * …"); and what a disaster cost a region, whatever reinsurer estimates it ("Munich Re puts Europe's insured losses at
 * 14.2 billion euros").
 */
const NATIONAL_MEASURES = new Set(["inflation", "unemployment", "gdp", "budget-balance", "fx-reserves", "retail-sales", "insured-losses", "economic-losses"]);
/** Canonical units of physical quantities that no word of the measure lexicon (trade, output, prices …) counts. */
const PHYSICAL_UNITS = new Set(["degC", "degF", "m", "m2", "km/h", "Hz", "B", "bit/s"]);
/** Between a number and one in a when-clause after it, with no number between: "… last year, when producers turned out ". */
const WHEN_CLAUSE_BETWEEN = /^[^\d;]*,\s*when\s[^\d,;]*$/;
/** Units of amounts of goods: mass, volume, energy and their flows. */
const GOODS_AMOUNT_UNITS = new Set(["t", "kg", "Mt", "m3", "bcm", "mcm", "tcm", "bbl", "Wh", "kWh", "MWh", "GWh", "TWh", "bbl/d", "m3/d", "m3/year", "m3/y"]);
/**
 * Measures that are never an amount of goods: rates (a percentage of something) and sums of money that stay money
 * (an investment, an aid or a fund's inflows may be told in tonnes of what they buy; a debt or a profit may not).
 */
const NEVER_GOODS = new Set(["interest-rate", "inflation", "unemployment", "utilisation", "punctuality", "turnout", "debt", "tax", "pay", "fine", "revenue", "profit", "operating-profit", "pretax-profit", "ebitda", "dividend", "valuation", "budget-balance", "free-cash-flow"]);

function flowKeyOf(hit: MeasureHit, ownClause = false): FrameMeasure {
  const c = hit.concept;
  if (c.key === "flow") return { key: c.side === "exporter" ? "exports" : "imports", name: c.name, how: "clause" };
  // (a part its words name is the part only in the number's own clause: "The unsheltered population fell 5.1% to
  // 46,835" is the unsheltered's, a later sentence that carries the measure the population's)
  if (ownClause && hit.part) return { key: `${c.key}:${hit.part}`, name: `${hit.part} ${c.name}`, how: "clause" };
  return { key: c.key, name: c.name, how: "clause" };
}

/**
 * The name that opens the number's clause as its subject, right before its verb ("Sants Estació logged 18.4 million
 * entries", "Passeig de Gràcia recorded nearly 14 million"): whose the number is, before any place the article is
 * about.
 */
function subjectHolder(mentions: readonly HolderMention[], text: string, from: number, start: number): HolderMention | undefined {
  // (not a body known by its acronym, which issues or counts for its country: "IRCC issued 168,200 permits"; nor a
  // good or a benchmark: "Brent Crude averaged $64.22")
  // (a word opening the sentence is a name where an aside describes it: "Debswana, the diamond miner …, produced")
  const m = mentions.find((h) => h.start >= from && (!h.initial || ASIDE_SUBJECT.test(text.slice(h.end, h.end + 110))) && !/^[A-Z]{2,6}$/.test(h.name) && !findProducts(h.name).length && SUBJECT_LEAD.test(text.slice(from, h.start)));
  if (!m) return undefined;
  // (or what it owns does: "De Beers' rough price index dropped 12.4%", "Codelco's output fell"; an aside may stand
  // between the subject and its verb: "Debswana, the miner jointly owned by De Beers, produced 18.6 million carats")
  // (the name may keep a plural's apostrophe: "De Beers'")
  const possessive = /['’]$/.test(text.slice(m.start, m.end)) ? "'" : "";
  const gap = (possessive + text.slice(m.end, start)).replace(OWNED_SUBJECT, " ").replace(ASIDE_SUBJECT, " ");
  return SUBJECT_VERB.test(gap) ? m : undefined;
}
/** A past verb of what a subject did with its number ("logged", "took", "dropped"). */
const PAST_VERB = "(?:\\p{Ll}+ed|took|drew|saw|had|won|sold|made|carried|handled|logged|recorded|attracted|welcomed|grew|shrank|rose|fell|sank|lost)";
/** A sentence that opens on the whole its number is part of: "Of those, ", "Of the 427 killed, " (a word or two may follow). */
const PART_OF_WHOLE = /^\s*Of\s+(?:those|these|them|(?:the|this|that)\s+[^,;.]{1,40}),\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** After such a part's number, where it was: "were on privately owned reserves", "were killed in the park". */
// (not when: "$2.51 billion was earned in the first half" is a part of the whole's time, its own figure)
const PART_SET_WHERE = /^\s+(?:\p{Ll}+\s+)?(?:were|was)\s+(?:\p{Ll}+ed\s+)?(?:on|in|at|inside|within|outside)\s(?!(?:the\s+)?(?:(?:first|second|third|fourth|final|last|latest|same)\s+)?(?:half|quarter|month|week|year|period|season|January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b)/u;
/** After a count: still under investigation ("deaths remain under investigation", "are still being investigated"). */
const UNDER_INVESTIGATION = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:remain(?:ed|s)?|are|were|is|was|still)\s+(?:still\s+)?(?:under\s+investigation|being\s+investigated|(?:being\s+)?under\s+review)\b/u;
/** An amount as the story's first levels are remembered by (see toldBefore): its unit and value. */
function amountKey(claim: Pick<Claim, "unit" | "value">): string {
  return `${claim.unit}|${claim.value}`;
}
/** A sentence that opens on a total told before: "Of the ", "Of that " (then the amount, then "total"). */
const OF_THE_TOTAL = /^\s*Of\s+(?:the|that|this|its|their)\s+(?:(?:full-year|annual|overall|combined|record)\s+)?$/i;
const TOTAL_AFTER = /^\s+(?:total|sum|figure|tally)\s*,/i;
/** From one part of a whole to the next of its list: the rest of its clause, then "and", ", " or ", while". */
const NEXT_PART = /^[^.;:()\d]{0,60}?(?:,\s*(?:and|while)?|\band)\s+(?:(?:another|a\s+further|the\s+other|some)\s+)?$/;
/** A possessive and the noun it owns, right after a name: "' rough price index", "'s output". */
const OWNED_SUBJECT = new RegExp(`^['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,3}?[\\p{Ll}-]+(?=\\s+${PAST_VERB}\\s)`, "u");
/** An aside set off by commas right after a name: ", the diamond miner jointly owned by De Beers,". */
const ASIDE_SUBJECT = /^,\s+(?:the|a|an|its)\s[^,;()]{1,100},(?=\s)/;
/** Before a clause's subject: nothing, "the", a list's mark, a phrase set off by a comma or a colon. */
// (a clause after "while" or "whereas" too: "…, while Vodafone Idea's base shrank by 0.9 million")
const SUBJECT_LEAD = /^(?:\s*(?:[-•*–]\s+)?(?:[^,;:]{0,60}[,:]\s+)?(?:(?:while|whereas)\s+)?(?:the\s+)?)$/i;
/** Between the subject and its number: a past verb, and at most a qualifier. */
// (or stood somewhere with it: "Volkswagen remained the best-selling brand with 49,870", "Mercedes-Benz followed with 24,610")
const SUBJECT_VERB = new RegExp(`^\\s+(?:${PAST_VERB}(?:\\s+(?:with|by))?|(?:remained|was|stayed|came|finished|ranked|stood)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?with)\\s+(?:(?:about|around|roughly|some|nearly|almost|just\\s+over|just\\s+under|more\\s+than|over)\\s+)?$`, "u");

/** Is `at` inside an appositive set off by commas (", the country's largest cane producer,")? */
function inAppositive(text: string, at: number): boolean {
  const open = text.lastIndexOf(", ", at);
  if (open < 0 || !/^,\s+(?:the|a|an|another|its|their|his|her|where)\s/i.test(text.slice(open, open + 10))) return false;
  const close = text.indexOf(",", at);
  return close > at && close - open <= 120;
}

/** What a party wins in an election, counted: seats, constituencies, districts, mandates. */
const PARTY_COUNT = /^n:(?:seat|constituency|district|mandate)$/;

/** From the number before to a list's next entry: the rest of its phrase, then ", and", "and", "," or ", while". */
const NEXT_ENTRY_SUBJECT = /^(?:[^.;:()\d]|(?:19|20)\d\d\b){0,50}?(?:,\s*(?:and|while)?|\band)\s+(?:the\s+)?$/;
/** From an entry's subject to its number: nothing, or the verb of taking it shares with the first ("took", "bought"). */
const PARALLEL_VERB = /^\s+(?:(?:took|bought|imported|received|got|absorbed|purchased|shipped|sent|exported|supplied|sold|accounted\s+for)\s+)?(?:(?:about|around|nearly|almost|some|roughly|just|another|a\s+further)\s+)?$/;
/** After a count, another's part of it: "… and the CDU took ", ", while the Greens won only ". */
const ANOTHER_TOOK = /^[^.;]{0,80}?(?:\band|,\s*while)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:took|won|got|had|held|secured|claimed|gained|kept|captured)\s+(?:only\s+|just\s+|another\s+)?$/u;

/** Before a name the sentence sets against its subject: "split between ", "ahead of rivals ", "than ", "versus " (and the second of such a pair). */
const SET_AGAINST_BEFORE = /\b(?:between|versus|vs\.?|against|than|rivals?|competitors?|ahead\s+of|behind)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:and|or)\s+(?:the\s+)?)?$/u;

/** ", while India sent some ", " and Peru took ": another subject and its verb before a count (the verb in group 1). */
const ANOTHER_SUBJECT_VERB = /(?:\band|,\s*while|,\s*whereas|,\s*but)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(\p{Ll}{3,})\s+(?:(?:some|about|around|nearly|almost|roughly|only|just|another|more\s+than)\s+)?$/u;

/**
 * The measure of the last count of the sentence before claim `i` that has a noun measure and the same verb right
 * before it as claim `i` has after another subject ("China sent about 32,000 applicants …, while India sent some
 * 21,400"); undefined when there is none.
 */
function sameVerbCount(text: string, mine: readonly Claim[], rel: readonly { start: number; end: number }[], measures: readonly (FrameMeasure | undefined)[], i: number): FrameMeasure | undefined {
  const verb = ANOTHER_SUBJECT_VERB.exec(text.slice(Math.max(0, rel[i].start - 80), rel[i].start))?.[1];
  if (!verb) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    if (mine[j].unit !== "count" || !measures[j]?.key.startsWith("n:")) continue;
    return new RegExp(`\\b${verb}\\s+(?:[\\p{L}-]+\\s+){0,2}$`, "u").test(text.slice(Math.max(0, rel[j].start - 30), rel[j].start)) ? measures[j] : undefined;
  }
  return undefined;
}

/** A verb of one who estimates a figure, not whose it is: "AICA put output in Jaén at …", "the ministry pegged …". */
const ESTIMATE_VERB = /\b(?:put|puts|pegged|pegs|estimated|estimates|reckoned|reckons|forecast|forecasts|projected|projects|saw|sees)\b/i;

/** A period told as the one before the story's: "the previous season", "the prior year", "the preceding quarter". */
const PREVIOUS_PERIOD = /^(?:the\s+)?(?:previous|prior|preceding)\s+(?:season|year|quarter|month|crop|harvest|campaign)$/i;

/** A reason's or a circumstance's clause: ", as the terminal ran …", " because demand …", ", while …". */
const REASON_OPENING = /(?:,\s*|\s)(?:as|because|while|since|after)\s+(?:the|a|an|its|their|his|her|it|they|demand|prices?|\p{Lu})/gu;

/**
 * Is `at` inside a reason's clause that holds none of the sentence's numbers (`numbers`: their offsets)? The clause
 * runs from its opening word to the next comma, semicolon or the end.
 */
function inNumberlessReason(text: string, at: number, numbers: readonly { start: number }[]): boolean {
  REASON_OPENING.lastIndex = 0;
  for (let m = REASON_OPENING.exec(text); m && m.index < at; m = REASON_OPENING.exec(text)) {
    const stop = text.slice(m.index + 1).search(/[,;]/);
    const end = stop < 0 ? text.length : m.index + 1 + stop;
    if (at < end && !numbers.some((n) => n.start > m!.index && n.start < end)) return true;
  }
  return false;
}

/**
 * The city the story is about (its title names it: see ArticleContext.mainCity) is the site of a number whose clause
 * names no place of its own and that took the city's country from the article (the caller keeps it off a number whose
 * clause opens with its own subject: "Sants Estació logged 18.4 million entries" is the station's; see subjectHolder).
 */
function storyCity(article: ArticleContext, scoped: readonly ScopedPlace[]): { key: string; name: string } | undefined {
  const city = article.mainCity;
  return city && scoped.length > 0 && scoped.every((p) => !p.explicit && p.code === city.code) ? city : undefined;
}

/** Fill in the places the article is about where the number's own words leave them out. */
function withArticlePlaces(places: ScopedPlace[], measureKey: string | undefined, article: ArticleContext, measureHere: boolean, goodsShare = false): ScopedPlace[] {
  const main = article.mainPlaces;
  // a company's revenue, profit, dividend or market share is the company's, not the country the article names most
  // (a kind of goods' share of the market is the market's: "hybrids took 35.1% of the market")
  if (!main.length || !measureKey || (COMPANY_MEASURES.has(measureKey) && !goodsShare)) return places;
  const out = places.slice();
  const has = (code: string) => out.some((p) => p.code === code);
  if (measureKey === "trade" || measureKey === "trade-balance") {
    // (the two places the article is about only in an article about trade between two places)
    if (out.length < 2) for (const code of article.pairTrade ? main : main.slice(0, 1)) if (!has(code) && out.length < 2) out.push({ code, role: "pair", explicit: false });
    return out;
  }
  if (/^(?:imports|exports|flow)/.test(measureKey)) {
    // a flow with no place takes the article's; a flow with one side read takes it as the other side ("Russia
    // supplied 1.88 Mbd" in an article about India's imports), and so does a lone place when the flow word was
    // carried from another sentence; a lone place beside the clause's own flow word is the flow's own
    const sides = out.map((p) => p.role);
    if (!out.length) {
      // no place at all: the place the article is most about
      out.push({ code: main[0], role: "place", explicit: false });
      return out;
    }
    const oneSide = out.length === 1 && (sides[0] === "exporter" || sides[0] === "importer" || !measureHere);
    // (the world is no partner of one country's flow: "Kenya imported 300 tonnes of silver" in a story of the world's
    // buying is Kenya's imports, from wherever)
    if (oneSide && !has(main[0]) && main[0] !== "world") {
      const role = sides.includes("exporter") ? "importer" : sides.includes("importer") ? "exporter" : "place";
      out.push({ code: main[0], role, explicit: false });
    }
    return out;
  }
  // aid in a story about one place's aid to another is between the two ("Berlin's total military support" of
  // Germany's aid to Ukraine), as trade in a story of two places' trade is
  if (measureKey === "aid" && main.length === 2 && out.every((p) => main.includes(p.code))) {
    for (const code of main) if (!has(code)) out.push({ code, role: "place", explicit: false });
    return out;
  }
  if (!out.length) for (const code of article.jointPlaces ?? main.slice(0, 1)) out.push({ code, role: "place", explicit: false });
  return out;
}

/** Measure key and scope key of a flow: directed ("ru>eu", measure "flow") only when both sides were read. */
function scopeKeys(measure: FrameMeasure | undefined, places: readonly ScopedPlace[]): { measure: FrameMeasure | undefined; scopeKey: string } {
  const code = (p: ScopedPlace) => (p.role === "people" ? `${p.code}:people` : p.code);
  const exporter = places.find((p) => p.role === "exporter" && p.explicit);
  const importer = places.find((p) => p.role === "importer" && p.explicit);
  if (measure && /^(?:imports|exports)/.test(measure.key) && exporter && importer && exporter.code !== importer.code) {
    return { measure: { ...measure, key: measure.key.replace(/^(?:imports|exports)/, "flow"), name: "flow" }, scopeKey: `${exporter.code}>${importer.code}` };
  }
  // one place or none, as most numbers have, needs no set (audit benchmark)
  // (a people alone is its place: "Indian students received 110,200 permits" and "India, the largest source country,
  // with 110,200 permits", "applications from India" are one scope; beside another place, "Chinese students in
  // Russia" and "Russian students in China" are two)
  const scopeKey = places.length < 2 ? places.map((p) => p.code).join(",") : [...new Set(places.map(code))].sort().join(",");
  // between two places with no side read, "imports" and "exports" say the same ("Iraq came next with 0.9 Mbd" of
  // India's imports, or of its suppliers' exports): one undirected flow
  if (measure && /^(?:imports|exports)/.test(measure.key) && new Set(places.map((p) => p.code)).size >= 2) {
    return { measure: { ...measure, key: measure.key.replace(/^(?:imports|exports)/, "trade-flow") }, scopeKey };
  }
  return { measure, scopeKey };
}

/** Places counted as a number's noun ("45 states", "12 countries"). */
const PLACE_COUNT = /^n:(?:state|country|city|region|province|county|district|nation|municipality|town)$/;
const WENT_UP = /\b(?:rose|rise|rises|risen|increased?|increases|climbed|jumped|grew|growth|up|gains?|gained)\b/i;
const WENT_DOWN = /\b(?:fell|fall|falls|fallen|declined?|declines|decreased?|decreases|dropped|drops?|down|slumped|shrank)\b/i;

/** Which way the clause says something went: "up", "down", or "" when it says neither or both. */
function directionOf(clause: string): "up" | "down" | "" {
  const up = WENT_UP.test(clause);
  const down = WENT_DOWN.test(clause);
  return up === down ? "" : up ? "up" : "down";
}

/** One word of three to six letters with a capital first ("Inpe", "Opec"), as some outlets write an acronym. */
const ACRONYM_AS_WORD = /^\p{Lu}\p{Ll}{2,5}$/u;

/** What a share of the vote is a share of. */
const VOTE = /^(?:the\s+)?(?:popular\s+)?votes?(?:\s+cast)?$/i;
/** A comparison and what it compares with, to the end of its clause ("compared with 1,980 in the first nine months of 2025"). */
const COMPARED_STRETCH = /(?:\b(?:compared\s+(?:with|to)|than|versus|against|up\s+from|down\s+from)|\d\s*(?:%|per\s?cent)\s+from)\b[^;]*?(?=,\s|;|$)/gi;
/**
 * A year that bounds or ranks rather than dates: "the lowest since 2015", "since November 2021", "by 2030", "until 2027". A
 * month named alone in the sentence is not of that year ("fell in the 12 months through July …, the lowest since 2015").
 */
const BOUNDING_YEAR = /\b(?:since|by|until|till|before)\s+(?:(?:early|late|the\s+end\s+of|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d{2}\b/gi;

/** Measures read at a point in time (a price, a rate, a rent), not summed over a period as a flow is. */
const POINT_MEASURES = new Set(["price", "inflation", "interest-rate", "unemployment", "n:rent", "rent", "n:wage", "wage", "n:price"]);

/**
 * Counts of what is in place at a moment (a stock, not a flow over a time): devices and chargers installed, subscribers,
 * members, users, accounts, branches, stores, beds.
 */
const STOCK_COUNT = /^n:(?:device|charger|connector|subscriber|member|user|account|branch|store|bed)$/;
/** Put in place: "were installed", "installed", "were connected", "were commissioned", "were deployed". */
const INSTALLED_AROUND = /\b(?:installed|connected|commissioned|deployed|put\s+in|rolled\s+out)\b/i;

/** The highest or lowest a series has been: "a record high", "an all-time low", "peaked at", "a peak of". */
const SERIES_PEAK = /\b(?:record|all-time|lifetime|historic|multi-year|\d+-year)\s+(?:highs?|lows?|peaks?)\b|\bpeak(?:ed)?\s+(?:of|at)\b|\b(?:worst|best|highest|lowest|deadliest|busiest|biggest|wettest|driest|hottest)\s+(?:year|month|season|quarter|half)\s+on\s+record\b/i;
/**
 * When a series began: "since the series began in 1993", "since records began in 1961", "since the office began its
 * current series in 1993" (the year, in group 1).
 */
const SERIES_BEGAN = /\b(?:series|records?|record-keeping|data|statistics|comparable\s+(?:data|records))\s+(?:began|started|were\s+first\s+(?:kept|compiled|collected))\s+in\s+((?:19|20)\d{2})\b|\bbegan\s+(?:its|their|the)\s+(?:current\s+|present\s+|modern\s+)?(?:series|records?|data|statistics)\s+in\s+((?:19|20)\d{2})\b/i;
/** "a decade earlier", "ten years ago", "15 years before": a time years back from the one the text is about. */
const YEARS_BACK = /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+)\s+(?:decades?|years?)\s+(?:earlier|ago|before)\b/i;
/** A sentence that recalls an earlier record: "the previous record", "the old high", "a record … set in 2003". */
const EARLIER_RECORD = /\b(?:previous|former|old|earlier|prior)\s+(?:national\s+|all-time\s+|world\s+)?(?:record|high|peak|best|low)\b|\brecord\b[^.;]{0,40}\bset\s+in\b/i;

/** Words that make a figure the whole country's: no organisation's, no site's ("the economy added 227,000 jobs"). */
const NATIONAL = /\b(?:nationwide|countrywide|across\s+the\s+country|national\s+(?:total|average|figure|tally|count|level|rate|output|production)|country['’]s\s+(?:total|average)|the\s+(?:[\w.’'-]+\s+)?(?:economy|labou?r\s+market))\b/i;
const NATIONAL_ALL = new RegExp(NATIONAL.source, "gi");

/** Before an amount of money that is a level the clause reaches: "to ", "at ", "of ", "worth a record ". */
const MONEY_LEVEL_BEFORE = /\b(?:to|at|of|reaching|reached|totalling|totaling|totalled|totaled|worth|hit)\s+(?:(?:a|an)\s+)?(?:(?:record|all-time|about|some|nearly|almost|around|roughly|over|more\s+than)\s+)?$/i;

/** Before a national figure, a comparison that sets the number against it: "well ahead of the national figure", "above the national average". */
const COMPARED_WITH_BEFORE = /\b(?:ahead\s+of|above|below|behind|than|compared\s+with|compared\s+to|against|versus|vs\.?|twice|double|exceeding|outpacing)\s+(?:the\s+|its\s+)?$/i;

/**
 * Do the words around a number call it a national figure ("the national total reached 61 million")? Not a national
 * figure the number is set against ("84 donors per million, well ahead of the national figure": the region's).
 */
function isNationalFigure(words: string): boolean {
  NATIONAL_ALL.lastIndex = 0;
  for (let m = NATIONAL_ALL.exec(words); m; m = NATIONAL_ALL.exec(words)) if (!COMPARED_WITH_BEFORE.test(words.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}
/** "bringing its total to", "for a total of", "taking the tally to": a total of what the sentence counted before. */
const RUNNING_TOTAL = /\b(?:total|tally|count)\s+(?:of|to|at)\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?$/i;
/** A change from the month before ("month-on-month", "from the previous month", "m/m"). */
const MONTHLY = /\b(?:month[-\s]on[-\s]month|from\s+(?:the\s+)?(?:previous|prior|preceding)\s+month|from\s+a\s+month\s+(?:earlier|before|ago)|m\/m|on\s+the\s+month|monthly)\b/i;
const TEMPERATURE: FrameMeasure = { key: "temperature", name: "temperature", how: "noun" };
const VOTE_SHARE: FrameMeasure = { key: "vote-share", name: "vote share", how: "clause" };
const NO_PEOPLE: ReadonlySet<string> = new Set();

/** Counted nouns that say only that goods were counted ("430,100 units"). */
const GOODS_UNITS = /^(?:units?|items?|pieces?|products?|goods|devices?|handsets?|phones?|vehicles?|cars?|trucks?|bags?|sacks?|bales?)$/;
/** The bags and bales a commodity is traded in ("8.4 million bags of coffee"): a unit of the goods wherever they go. */
const BULK_UNITS = /^(?:bags?|sacks?|bales?)$/;

/** A body and the figure it reports of its own: "People's Bank reported purchases of 44 tonnes", "posted a profit of $2bn". */
const OWN_FIGURE = /\b(?:reported|posted|recorded|announced)\s+(?:(?:a|an|its|their)\s+)?(?!that\b)(?:[\p{L}-]+\s+){1,3}(?:of\s+)?(?:(?:about|around|some|nearly)\s+)?[$€£¥]?\d/u;

/** A sentence opening with a part of a time told "alone" ("In December alone, …", "In the final three months of the year alone,"). */
const PART_ALONE = /^[^,.;]{0,70}\balone\s*,/;

/**
 * Is the sentence's time told "alone" where it is named ("the final month of the year alone produced 127 handovers",
 * "December alone brought in $381 million")? A part of the time the text is about, which it narrows to for itself.
 */
function toldAlone(text: string, mentions: readonly PeriodMention[], main: Span | undefined): boolean {
  return !!main && mentions.some((m) => m.span?.from === main.from && m.span.to === main.to && /^\s+alone\b/.test(text.slice(m.end)));
}

/** Nouns for what a company did with goods, by the verb that said it ("delivered" → deliveries). */
const COMPANY_FLOW_NOUN: Record<string, string> = { delivered: "deliveries", delivers: "deliveries", shipped: "shipments", ships: "shipments", sold: "sales", sells: "sales", supplied: "supplies", exported: "exports", sent: "shipments", bought: "purchases", purchased: "purchases", imported: "imports" };


/** A company's own flow of goods: its sales (whatever the word: deliveries, shipments) or its purchases. */
function companyFlow(measure: FrameMeasure, hit: MeasureHit | undefined, text: string, money: boolean): FrameMeasure {
  const word = hit ? text.slice(hit.start, hit.end).toLowerCase() : "";
  if (money && INCOME_VERB.test(word)) return { key: "revenue", name: "revenue", how: measure.how };
  const sales = measure.key === "exports";
  const name = COMPANY_FLOW_NOUN[word] ?? (word && !hit?.verb ? word : sales ? "sales" : "purchases");
  return { ...measure, key: sales ? "company-sales" : "company-purchases", name };
}

/**
 * Is the product moving between places in the words before the number: a nationality right before it ("Russian
 * pipeline gas"), or a direction after it ("gas to the EU", "crude from Iraq")? A product named alone ("Brent crude
 * futures rose $4.87") is going nowhere.
 */
function moving(text: string, product: ProductHit, places: readonly PlaceMention[], start: number): boolean {
  if (places.some((p) => p.form === "demonym" && p.end <= product.start && product.start - p.end <= 2)) return true;
  return /\b(?:to|into|from|via|through|out\s+of|bound\s+for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(product.end, start));
}

/**
 * Between two numbers of a list whose second has no verb or noun: the first one's noun, "and", a few words, the last
 * of them no preposition ("and the injured at 3,900" names its own noun).
 */
const GAPPED = /^\s*[\p{L}-]*(?:,\s*|\s+)(?:and|while|with|but)\s+(?:[\p{L}’'&-]+\s+){0,3}(?!(?:at|of|to|by|from|with|in|on|for|about|around|than|as)\s)[\p{L}’'&-]+\s+$/u;

/** A list's next entry told as a clause of its own: ", while Italy's stood at ", " and France's was ". */
const ELLIPTIC_ENTRY = /^[^.;:\d]{0,40}?,?\s+(?:while|and|whereas|with)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:['’]s)?\s+(?:(?:stood|stands|was|were|is|are|came|reached|hit)\s+)?(?:at\s+|to\s+|in\s+at\s+)?$/u;
/**
 * Between two entries of a ranking or a list: the rest of the first entry's phrase, then ", followed by", "ahead of",
 * "and" or a comma, and the next entry's name, with "with", "of", "by", "at" or "on" (a hedge may follow: "at about") or right before its number ("… visitors,
 * followed by Britain with ", " and France with ", "an increase of 3.8% and Scotland of ", "… of fish in 2025, Sweden "; a year may stand in
 * the first entry's phrase).
 */
const RANKED_ENTRY = /^(?:[^.;:\d]|(?:19|20)\d\d\b){0,40}?(?:,\s*(?:followed\s+by|ahead\s+of|trailed\s+by|then)|,?\s+and|,)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'&.-]*\s+){1,4}(?:(?:with|of|by|at|on)\s+)?(?:(?:about|around|some|nearly|almost|roughly|just|over|under|an\s+estimated)\s+)?$/u;
/** Between two numbers, the next entry of a list told by its name alone: ", the Middle East and North Africa ", " and Latin America ". */
const NAMED_ENTRY = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:and|of|the|\p{Lu}[\p{L}’'.-]*)){0,5}\s+$/u;
/**
 * A place that opens the next entry of a list, alone or as the start of a name ("… 3.8% and Scotland of 4.4%", "… and
 * Paris Saint-Germain with 837 million"): its number's place, not the one before's.
 */
const OPENS_ENTRY = /^(?:[\s-]+\p{Lu}[\p{L}’'.]*){0,3}\s+(?:with|of|by)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?[\d$€£¥]/u;

/**
 * Between a level and its change: the level's phrase, a comma, "up", "down", "a rise of" (a qualifier at most). The
 * phrase may hold a year, an acronym in parentheses and the clause that credits it ("… tourists in 2025, Statistics
 * Portugal (INE) reported, an increase of 5.2%"), never another number, a semicolon or a colon.
 */
/** "added", "contributed another": takings a market added to a film's total. */
const ADDED_TAKINGS = /\b(?:added|adds|contributed|contributes)\s+(?:(?:another|an?\s+(?:further|additional|extra))\s+)?(?:(?:about|some|nearly|almost|roughly|around|an\s+estimated)\s+)?$/i;
/** Words of a price quoted on a market: futures, a benchmark, a spot price, a trade. */
const MARKET_QUOTE = /\b(?:futures|benchmarks?|spot\s+(?:price|market)|traded\s+(?:at|up|down|higher|lower))\b/i;
/** Between a change and the level it reached, in one clause: " in October, to", " year on year to about". */
const CHANGE_TO_LEVEL = /^[^;.\d]{0,60}\bto\s+(?:(?:about|around|nearly|almost|some|roughly|just|more\s+than|over)\s+)?$/;
/** From a level to a comma after it, its words between (an acronym in brackets, a year, no other number): "2,450 cars, ". */
const TO_COMMA_AFTER_LEVEL = String.raw`^(?:[^;:()\d]|\(\p{Lu}{2,8}\)|\b(?:19|20)\d{2}\b){0,110}?,\s*`;
/** Between two counts joined as one phrase: " hospitalisations and ", " cases and about ". */
const JOINED_COUNTS = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+and\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than)\s+)?$/u;
/** Right after a share: its base follows ("62.7% of …", "62.7 per cent of …"). */
const OF_BASE_START = /^\s*(?:per\s?cent\s+|percent\s+)?of\s/;
/** A sentence's opening "In <name>," ("In Midtown, the vacancy rate fell"): the name covers the clause after it. */
const OPENING_IN = /^(?:[Aa]nd\s+)?[Ii]n\s+(?:the\s+)?[^,;]{1,40},\s*/;

/** The holder an opening "In Midtown," names, for a number of the clause right after it (starting at `from`). */
function openingHolder(text: string, holders: readonly HolderMention[], from: number): HolderMention | undefined {
  const m = OPENING_IN.exec(text);
  if (!m || from > m[0].length) return undefined;
  return holders.find((h) => h.end <= m[0].length);
}
/** Between a share and the measure word of its base: " of Germany's net public electricity ", " of total ". */
const OF_BASE = /^\s*(?:per\s?cent\s+|percent\s+)?of\s+(?:[\p{L}’'-]+\s+){0,5}$/u;
/** Money written as one word joined by hyphens: "43-trillion-yen", "$2-billion", "£35-million". */
const COMPOUND_MONEY = /\d-(?:[\p{L}]+-)*[\p{L}]+$/u;
/** Right before GDP that a percentage is a share of: "2% of ", "2 per cent of the country's ". */
const SHARE_OF_BEFORE = /(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:(?:the\s+)?(?:country|nation|economy)['’]s\s+|its\s+)?$/i;
/** Between a share and the share it moved from: "of GDP by fiscal 2027, from about ", ", up from ". */
const MOVED_FROM_PERCENT = /^[^;.]{0,80}\b(?:from|compared\s+(?:with|to)|against)\s+(?:(?:about|around|roughly|nearly|some|just|under|over|less\s+than|more\s+than)\s+)?$/i;
const APPENDED_CHANGE = new RegExp(String.raw`${TO_COMMA_AFTER_LEVEL}(?:(?:up|down|rising|falling|dropping|declining|climbing|gaining|sliding|slipping|increasing|decreasing)\s+(?:by\s+)?|(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:rise|fall|drop|decline|increase|decrease|gain|jump|slide|climb|dip)\s+of\s+)(?:(?:about|around|nearly|almost|some|roughly|just|more\s+than|over|under|less\s+than)\s+)?$`, "u");

/** A comma and an article right before a change told as a noun after it: "530,600 offences in 2025, a 23% increase". */
const APPENDED_ARTICLE = new RegExp(String.raw`${TO_COMMA_AFTER_LEVEL}an?\s+$`, "u");
const CHANGE_NOUN_AFTER = /^\s*(?:rise|increase|fall|drop|decline|decrease|jump|gain|surge|slump)\b/i;

/** The price of one of several things: "each costing around", "each worth", "at a cost of … each". */
const EACH_COSTING = /\beach\s+(?:costing|worth|valued\s+at|priced\s+at|selling\s+for)\s+(?:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over)\s+)?$/i;
const EACH_AFTER = /^\s*(?:each|apiece|a\s+piece)\b/i;

/** ", and those from India by", "while that of Spain": a pronoun for what the number before measured. */
const THOSE_BEFORE = /^[^;:.()]{0,40}?\b(?:and|while|but|whereas)\s+(?:those|that)\s+(?:from|of|for|in|at|by|among)\s[^,;:.()]{0,50}$/;

/** A comma and the change right after a level, told as a comparison: "…, 18% fewer than", "…, about 5% more than". */
const APPENDED_COMPARATIVE = new RegExp(String.raw`${TO_COMMA_AFTER_LEVEL}(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?$`, "u");
// (compared with an earlier time: "18% more than the stock's last close" compares a price with another)
const COMPARATIVE_THAN = /^\s*(?:fewer|more|less|lower|higher)\s+than\s+(?:in\s+|during\s+|at\s+)?(?:the\s+same|a\s+year|a\s+month|a\s+week|a\s+decade|last|the\s+(?:previous|prior|year)|(?:19|20)\d\d)\b/i;

/** A verb that makes or ends jobs, right before the count ("added 227,000 jobs", "shed some 2,000 jobs"). */
const JOB_CHANGE_VERB = /\b(?:add(?:s|ed|ing)?|creat(?:e|es|ed|ing)|gain(?:s|ed|ing)?|shed(?:s|ding)?|los(?:e|es|t|ing)|cut(?:s|ting)?|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|ax(?:e|es|ed|ing)|generat(?:e|es|ed|ing))\s+(?:(?:a|an|about|around|some|nearly|almost|roughly|more\s+than|over|just|only|another|a\s+further|an\s+extra|a\s+net)\s+)*$/i;

/** "78 cents per share", "$4.10 a share", "$1.20 per diluted share". */
const PER_SHARE_AFTER = /^\s*(?:per|a|an)\s+(?:diluted\s+|basic\s+|ordinary\s+|common\s+)?share\b/i;

/** An amount per share is a figure of its own: earnings per share are not the profit, a dividend per share not the payout. */
function perShare(measure: FrameMeasure | undefined): FrameMeasure {
  return { key: `${measure?.key ?? "amount"}-per-share`, name: `${measure?.name ?? "amount"} per share`, how: measure?.how ?? "clause" };
}

const YEAR_WRITTEN = /\b(?:19|20)\d{2}\b|\b(?:last|next|this|previous|prior)\s+year\b|\ba\s+year\s+(?:earlier|ago|before)\b/i;

/**
 * The period of a forecast: a quarter or a month named without its year ("expects fourth-quarter revenue of $37.5
 * billion", in a story dated November 2024) is the next one, not the one that ended before the date line, which is
 * where a bare quarter of an actual figure lies; the period of the story or of the sentence's actual figures aside
 * (`actual`: analysts' estimates of the quarter being reported).
 */
function forecastPeriod(span: Span, sentence: string, article: ArticleContext, actual: readonly (Span | undefined)[]): Span {
  if (!article.dated || monthsIn(span) >= 12 || YEAR_WRITTEN.test(sentence)) return span;
  if (actual.some((p) => p && p.from === span.from && p.to === span.to)) return span;
  return span.to < article.dateMonth ? shiftYears(span, 1) : span;
}

/** A credit of the story: its origin key, the name as written, and the key of the publication it names, if another. */
interface StoryCredit {
  key: string;
  name: string;
  alias?: string;
}

/** A word that makes a name an organisation's: "Nordstern Airlines Group", "Halvard Bank", "Ostmark Holdings". */
const ORGANISATION_WORD = /\b(?:Airlines?|Airways|Air|Group|Bank|Banco|Motors|Holdings?|Corp(?:oration)?|Inc|Ltd|Plc|PLC|AG|SA|NV|SE|Co|Company|Industries|Technologies|Systems|Pharma(?:ceuticals)?|Energy|Petroleum|Mining|Steel|Insurance|Capital|Partners|Foods|Brands|Telecom|Electric|Logistics|Shipping|Airport|Railways?|Resources|Entertainment|Media|Labs?)\b/;

/** What a story calls the organisation it is about: "the company said", "Swedish truckmaker Hallberg", "the Gothenburg-based group". */
const ORG_CALLED = new RegExp(`\\b(?:[Tt]he|[Ii]ts)\\s+(?:[\\p{L}-]+-based\\s+)?(?:${ORG_REFERENCE_WORDS})\\b|\\b\\p{Ll}*(?:maker|${ORG_REFERENCE_WORDS})\\s+\\p{Lu}\\p{Ll}+`, "u");

const NO_PERIOD: BoundPeriod = { how: "none" };

const AVERAGE_BEFORE = /\b(?:average|median|mean)\b/i;

/** Does the span lie wholly after the month of the date line ("2026-03")? Spans not placed in months do not. */
function isFuture(span: Span, dateMonth: string): boolean {
  return /^\d{4}-\d{2}$/.test(span.from) && span.from > dateMonth;
}

/** Do two names of an organisation share a word of three letters or more ("ACEA", "the association ACEA")? */
function sameName(a: string, b: string): boolean {
  const named = (w: string) => w.length >= 3 && w !== "the" && w !== "and" && w !== "for";
  const words = new Set(a.toLowerCase().split(/[^\p{L}\d]+/u).filter(named));
  return b.toLowerCase().split(/[^\p{L}\d]+/u).some((w) => named(w) && words.has(w));
}

/** A company's executive's title before a name ("Chief executive", "CFO", "finance director"), or after it (", the company's chief executive"). */
const EXECUTIVE_BEFORE = /\b(?:chief\s+executive(?:\s+officer)?|CEO|chief\s+financial\s+officer|CFO|chief\s+operating\s+officer|COO|finance\s+(?:chief|director)|chairman|chairwoman|chairperson|managing\s+director|(?:company|group)\s+spokes(?:man|woman|person))\s+$/i;
const EXECUTIVE_AFTER = /^,?\s+(?:the\s+|its\s+)?(?:(?:group|company|firm|airline|carrier|bank|lender|carmaker|retailer|insurer)['’]s\s+)?(?:chief\s+executive|CEO|chief\s+financial\s+officer|CFO|finance\s+(?:chief|director)|chairman|chairwoman)\b(?!\s+(?:of|at)\b)/i;

/** Is the person named in the sentence given the title of an executive, with no other organisation said to be theirs? */
function executiveOfStory(text: string, name: string): boolean {
  const surname = name.slice(name.lastIndexOf(" ") + 1);
  const at = text.indexOf(surname);
  if (at < 0) return false;
  const first = text.lastIndexOf(name.split(" ").find((w) => /^\p{Lu}/u.test(w) && !/^(?:Chief|Executive|CEO|Chairman|Chairwoman)$/.test(w)) ?? surname, at);
  return EXECUTIVE_BEFORE.test(text.slice(Math.max(0, first - 40), first)) || EXECUTIVE_AFTER.test(text.slice(at + surname.length, at + surname.length + 50));
}

/** After a person's name, a role at a body set off by commas: ", an expert at IEEFA,", ", airline analyst at Vesterhavn Securities in Oslo,". */
const ROLE_AT = /^,\s+(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){1,4}(?:at|of|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&.-]*)(?:\s+(?:of|and|for|&)?\s*\p{Lu}[\p{L}&.-]*)*)/u;

/** The body a person credited in the sentence works at, where the sentence says it right after the name. */
function employerOf(text: string, name: string): string | undefined {
  const at = text.indexOf(name);
  if (at < 0) return undefined;
  const m = ROLE_AT.exec(text.slice(at + name.length, at + name.length + 120));
  // (a place is where the person is, not whom they work for: "an analyst in London")
  return m && !scanPlaces(m[1]).some((p) => p.start === 0 && p.end === m[1].length) ? m[1] : undefined;
}

/** Right after a measure word or an amount, the person it is per: "per tourist", "per capita", "a head". */
const PER_PERSON = /^\s*(?:per|a)\s+(tourist|visitor|head|capita|person|household|passenger|employee|worker|student|pupil|patient|resident|inhabitant|guest)\b/i;

/** A way of travelling named beside passengers ("cruise passengers", "the ferry carried", "rail passengers"). */
const TRAVEL_MODE = /\b(cruise|ferry|rail|train|bus|coach|metro|subway|tram)s?\b/i;

/** A line that opens a list (it ends with a colon) or is an item of one (a list mark opens it). */
const LIST_LINE = /:\s*$|^\s*[-•*–]\s/;
/** The whole population, however a share names it ("of residents", "of inhabitants", "of the people"). */
const POPULATION_WORDS = /^(?:population|residents?|inhabitants?|people|citizens?|persons?)$/;
/** A share of people: "of the population", "of residents", "of those killed". */
const SHARE_OF_PEOPLE = /\bof\s+(?:the\s+|all\s+)?(?:population|residents|people|inhabitants|citizens|those|adults|voters|workers|dead|deaths)\b/i;
/** An item of a list: "- India: 263,800". */
const LIST_ITEM = /^\s*[-•*–]\s/;
/** What a list's opening line counts: the plural after "of" ("Top countries of origin of international students:"). */
const LIST_NOUN = /\bof\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]{2,}[^isu\s]s)\b(?!\s+of\b)/gu;
/** Plurals that name the list's entries, not what they count ("countries", "sources", "markets"). */
const ENTRY_WORDS = /^(?:countries|nations|sources|origins|markets|destinations|states|provinces|regions|cities|companies|firms|sectors|buyers|suppliers|members|places|items|others)$/;

/** The noun a list's opening line says its items count, if it names one. */
function listNounOf(line: string): string | undefined {
  let noun: string | undefined;
  LIST_NOUN.lastIndex = 0;
  for (let m = LIST_NOUN.exec(line); m; m = LIST_NOUN.exec(line)) if (!ENTRY_WORDS.test(m[1])) noun = m[1];
  return noun ? singular(noun) : undefined;
}

/** Is the label one place's name or several ("United States", "South Korea"), or a province's ("Western Australia")? */
function namesOnlyPlaces(label: string): boolean {
  if (isProvinceName(label)) return true;
  const places = scanPlaces(label);
  return places.length > 0 && places[0].start === 0 && /^(?:\s|,|&|\band\b)*$/.test(label.slice(places[places.length - 1].end));
}

/** A fact box's label before its number: a list mark at most, one to three words, a colon, a qualifier at most. */
const FACT_LABEL = /^\s*(?:[-•*–]\s*)?(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}):\s*(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?$/u;


/** The words of a sentence before its subject's goods: three at most ("Registrations of ", "New "). */
const SENTENCE_SUBJECT = /^(?:[\p{L}-]+\s+){0,3}$/u;

/** What a share of a market's sales is of, as shareBase reads it ("new car", "car sale", "registration"). */
const MARKET_SALES_BASE = /^(?:new\s+)?(?:car|vehicle)(?:\s+(?:sale|registration))?$|^(?:new\s+)?(?:registration|sale)$/;

/** "had bought", "had already risen", "had been exported": a verb in the past perfect (not "had to"). */
const PAST_PERFECT = /\bhad\s+(?:already\s+|just\s+)?(?:been\s+)?\p{L}{2,}(?:ed|en|wn|ght|ne|lt|nt|ade|ost|id|it|un|ome)\b/u;

/** Does the span end before the date line's month? */
function isPast(span: Span, dateMonth: string): boolean {
  return /^\d{4}-\d{2}$/.test(span.to) && span.to < dateMonth;
}

/** Is the phrase a product's name and nothing else ("natural gas", "crude oil")? */
function namesOnlyProduct(phrase: string): boolean {
  const hits = findProducts(phrase);
  let rest = phrase;
  for (const h of hits) rest = rest.slice(0, h.start) + " ".repeat(h.end - h.start) + rest.slice(h.end);
  return hits.length > 0 && !rest.trim();
}

/** Frames of the claims, by claim id (see framesInOrder). */
export function frameClaims(claims: readonly Claim[], sources: ReadonlyMap<string, Source>, given?: FramedArticles): Map<string, ClaimFrame> {
  const frames = framesInOrder(claims, sources, given);
  const out = new Map<string, ClaimFrame>();
  claims.forEach((c, i) => {
    const frame = frames[i];
    if (frame) out.set(c.id, frame);
  });
  return out;
}

/**
 * The frame of each claim, in the claims' order (undefined for a claim no sentence holds). Claims may come in any
 * order; each source is read once, except a source all of whose claims `given` frames already (kept from when the
 * article was read: frameArticle).
 */
export function framesInOrder(claims: readonly Claim[], sources: ReadonlyMap<string, Source>, given?: FramedArticles): (ClaimFrame | undefined)[] {
  const bySource = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = bySource.get(c.sourceId);
    if (list) list.push(c);
    else bySource.set(c.sourceId, [c]);
  }
  const framed = new Map<string, ReadonlyMap<string, ClaimFrame>>();
  for (const [sourceId, list] of bySource) {
    const read = given?.get(sourceId);
    framed.set(sourceId, read && list.every((c) => read.frames.has(c.id)) ? read.frames : frameArticle(sources.get(sourceId), list));
  }
  return claims.map((c) => framed.get(c.sourceId)?.get(c.id));
}

/** Units of an amount of goods, as extraction writes them: tonnes (kg, Mt), cubic metres (hectolitres, bcm), barrels. */
const GOODS_QUANTITY = new Set(["t", "m3", "bbl"]);

/**
 * Is the credit only someone's voice, no source of the story's data? The speaker of a remark quoted with no number
 * in it ('"Uncertainty kept buyers in the market," said Ana Ruiz': the speaker's view, the figures after it are still
 * the story's source's), or a commentator the story quotes ("said Lena Brandt, a beverages analyst at Mainwerk
 * Capital": an analyst's own numbers are hers, the data the story reports are not).
 */
function isVoice(c: Credit, text: string, hasNumbers: boolean): boolean {
  return (!hasNumbers && /^\s*["“‘]/.test(text)) || COMMENTATOR_AFTER.test(text.slice(c.end, c.end + 80));
}

/** ", a beverages analyst at", ", chief economist at": the person credited before it is a commentator. */
const COMMENTATOR_AFTER = /^,\s+(?:(?:an?|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:analysts?|economists?|strategists?|professor|lecturer|researcher|expert|consultant|fellow)\s+(?:at|with|for|of|from)\b/u;

/**
 * The story of each source (see storyGroups: the copies of one wire story are one story), from the runs of words read
 * with the articles where `given` has them.
 */
export function storiesOf(sourceIds: Iterable<string>, sources: ReadonlyMap<string, Source>, given?: FramedArticles): Map<string, string> {
  const ids = [...new Set(sourceIds)].sort();
  return storyGroups(ids.map((id) => ({ id, runs: given?.get(id)?.runs ?? articleRuns(sources.get(id)?.text ?? "") })));
}

/**
 * The frames of one article's claims (any order), by claim id: what the article itself says about each number. An
 * article is framed once, when it is read, and the audit of many articles only groups (see analyse.ts); which story
 * it belongs to depends on the other articles (storiesOf).
 */
export function frameArticle(source: Source | undefined, claims: readonly Claim[], out = new Map<string, ClaimFrame>()): Map<string, ClaimFrame> {
  if (!claims.length) return out;
  const list = [...claims].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  frameSource(source, list, out);
  return out;
}

function frameSource(source: Source | undefined, claims: readonly Claim[], out: Map<string, ClaimFrame>): void {
  const sentences = sentencesOf(source, claims);
  // each sentence scanned once for places and credits: the article's context needs them all, the claims their own
  const wordsOfSentence = sentences.map((s) => wordsOf(s.text));
  // (the places of a byline or a dateline say where the story was filed: no figure's)
  const newsroom = sentences.map((s) => newsroomEnd(s.text));
  // (a nationality describing a name is no place the article speaks of: "Nigerian striker Tunde Okonjo")
  let placesOf = sentences.map((s, i) => afterNewsroom(scanPlaces(s.text, wordsOfSentence[i]), newsroom[i]).filter((m) => !describesName(s.text, m)));
  const creditsOf = sentences.map((s) => findCredits(s.text));
  // product words: of the sentences with claims, and of the opening (what the article is about)
  const productsOf: ProductHit[][] = [];
  const opening: ProductHit[] = [];
  for (let i = 0, at = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const offset = source?.text ? s.start : at;
    at += s.text.length + 1;
    const needed = s.claims.length > 0 || offset < OPENING_CHARS;
    productsOf.push(needed ? findProducts(s.text, wordsOfSentence[i]) : []);
    // (the title, where the text repeats it, is counted as the title: see articleContext)
    const isTitle = !!source?.title && s.text.trim() === source.title.trim();
    if (offset < OPENING_CHARS && !isTitle) for (const h of productsOf[i]) if (offset + h.end <= OPENING_CHARS) opening.push(h);
  }
  const texts = sentences.map((s) => s.text);
  const article = articleContext(source ?? { title: "", text: "", published: "" }, texts, placesOf.flat(), opening);
  const electionStory = isElectionStory(source?.title ?? "", texts);
  const takeoverStory = isTakeoverStory(source?.title ?? "", texts);
  const offeringStory = isOfferingStory(source?.title ?? "", texts);
  const transferStory = isTransferStory(source?.title ?? "", texts);
  const players = transferStory ? transferPlayers(texts) : [];
  const pollStory = isPollStory(source?.title ?? "", texts);
  const mainPollster = pollStory ? storyPollster(texts) : undefined;
  const disputeStory = isDisputeStory(source?.title ?? "", texts);
  const recallStory = isRecallStory(source?.title ?? "", texts);
  const fxStory = isFxStory(source?.title ?? "", texts);
  const trialStory = isTrialStory(source?.title ?? "", texts);
  const breachStory = isBreachStory(source?.title ?? "", texts);
  const fxCode = fxStory ? storyCurrency(source?.title ?? "", texts) : "";
  // the day of the last currency quote read (see fxRate.ts)
  let quoteDay = "";
  // (a measure named in full, then by its head noun alone: see shortForm.ts)
  const fullNames = new FullNames();
  if (source?.title) fullNames.note(source.title, findMeasures(source.title));
  const budgetStory = isBudgetStory(source?.title ?? "", texts);
  const retailStory = isRetailSalesStory(source?.title ?? "", texts);
  const unitSalesStory = !retailStory && isUnitSalesStory(source?.title ?? "", texts);
  const gdpStory = isGdpStory(source?.title ?? "", texts);
  const boxOfficeStory = isBoxOfficeStory(source?.title ?? "", texts);
  const remittanceStory = isRemittanceStory(source?.title ?? "", texts);
  const centralBankStory = isCentralBankBuyingStory(source?.title ?? "", texts);
  const emissionsStory = isEmissionsStory(source?.title ?? "", texts);
  const sectorStory = sectorStoryOf(source?.title ?? "", texts);
  const schoolingStory = isSchoolingStory(source?.title ?? "", texts);
  const causes = storyCauses(texts);
  if (article.europeIsEu) placesOf = placesOf.map((list) => list.map((m) => (m.code === "europe" ? { ...m, code: "eu" } : m)));
  // "Registrations there rose 31%": the one place of the sentence before; and so is "Its output" after "India is …"
  placesOf = withPossessiveReferences(withThereReferences(placesOf, texts), texts);
  article.jointPlaces = jointPlaces(article.mainPlaces, texts, placesOf);
  // the one site the story names with each noun ("canal" → the Suez Canal; none where it names two), read when a
  // clause first calls a site by its noun alone ("Canal income totalled …")
  let namedSites: Map<string, SiteMention | null> | undefined;
  const namedSite = (noun: string): SiteMention | undefined => {
    if (!namedSites) {
      const byNoun = (namedSites = new Map<string, SiteMention | null>());
      texts.forEach((t, i) => {
        for (const site of findSites(t, afterNewsroom(placesOf[i], newsroom[i]), wordsOfSentence[i])) {
          if (site.start < newsroom[i]) continue;
          const noun = siteNoun(site);
          const had = byNoun.get(noun);
          byNoun.set(noun, had === undefined || had?.key === site.key ? site : null);
        }
      });
    }
    return namedSites.get(noun) ?? undefined;
  };
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = originKey(name, article.acronyms, article.mainPlaces[0])));
    // "the national statistics institute INE said …, INE said": the acronym named with its body is that body later on
    const acronym = / ([A-Z]{2,6})$/.exec(name);
    if (acronym && key && !keys.has(acronym[1])) keys.set(acronym[1], key);
    return key;
  };
  // the organisations the story names (not places, not people credited), for the numbers no place owns
  const people = new Set<string>();
  // (people are known by a full name credited somewhere: a lone "Riverside said" may be a club as well as a surname)
  // (not a name the story also credits by its first word alone, "Novo Nordisk said", "according to Novo": news calls
  // a person by the surname, an organisation by its first word)
  const creditedNames = new Set(creditsOf.flatMap((credits) => credits.map((c) => c.name.trim())));
  for (const credits of creditsOf) {
    for (const c of credits) {
      const name = c.name.trim();
      if (/\s/.test(name) && keyOf(name).startsWith("name:") && !creditedNames.has(name.slice(0, name.indexOf(" ")))) people.add(name.slice(name.lastIndexOf(" ") + 1).toLowerCase());
    }
  }
  // (nor is an illness known by its acronym: "RSV causes 177,000 hospitalisations")
  const illnesses = diseaseAcronyms(texts.join("\n"));
  // ("Manchester United", then "United": one organisation; see withShortNames)
  const mentionsOf = withShortNames(sentences.map((s, i) => afterNewsroom(findHolders(s.text, placesOf[i], people, wordsOfSentence[i], illnesses, newsroom[i]), newsroom[i])));
  const allHolderNames = holderCounts(mentionsOf, (candidates) => writtenInLowerCase(texts, wordsOfSentence, candidates));
  // a statistics office or an industry association publishes the numbers of others: it is whose a credit is ("the
  // office said"), never whose a number is (see reportingBody.ts)
  // (and a term's short form is no organisation: "lithium carbonate equivalent (LCE)")
  const notHolders = reportingBodyKeys(allHolderNames, article.acronyms, texts);
  for (const term of termAcronyms(texts)) notHolders.add(term);
  const holdersOf = notHolders.size ? mentionsOf.map((list) => list.filter((h) => !notHolders.has(h.key))) : mentionsOf;
  const holderNames = notHolders.size ? new Map([...allHolderNames].filter(([key]) => !notHolders.has(key))) : allHolderNames;
  const storyHolder = mainHolder(holderNames);
  // (whose a number no clause owns is, by default, the story's organisation only when the story opens with it: its
  // title or its first three sentences; a company named in a later aside, "Separately, TSMC reported …", owns no
  // market's figures)
  const opensWith = (key: string) => (source?.title ?? "").toLowerCase().includes(key) || holdersOf.slice(0, 3).some((list) => list.some((h) => h.key === key));
  const leadHolder = storyHolder && opensWith(storyHolder.key) ? storyHolder : undefined;
  const employer = disputeStory ? disputeEmployer(texts, holderNames) : undefined;
  // where the title line ends (its clauses are read as sentences of their own; its numbers restate the body's, below)
  const headEnd = source ? titleEnd(source.text ?? "", source.title) : 0;
  // a story about one organisation, which its title names ("Nordstern Airlines flies record 28.4 million passengers"):
  // a number no clause places is the organisation's, not the country the story names most
  // (known as an organisation by a word of its fullest name: "Nordstern Airlines Group"; a person or a product's
  // acronym read as a name is none)
  // (the title names it by its short name too: "Sponsors keep United's tills ringing" of Manchester United)
  const titleNames = (key: string) => headEnd > 0 && holdersOf.some((list, i) => sentences[i].start < headEnd && list.some((h) => h.key === key));
  const storyOrgName = storyHolder ? (holderNames.get(storyHolder.key)?.name ?? storyHolder.name) : "";
  // (an organisation by its name's word, or by what the text calls it: "Swedish truckmaker Hallberg", "the group")
  const organisationStory = !!storyHolder && !takeoverStory && (ORGANISATION_WORD.test(storyOrgName) || texts.some((t) => ORG_CALLED.test(t))) && ((source?.title ?? "").toLowerCase().includes(storyHolder.key) || titleNames(storyHolder.key));
  const recurrent = (h: HolderMention) => (holderNames.get(h.key)?.n ?? 0) >= 2;
  // (the credits' organisations count the reporting bodies too: "the office said" is Destatis's)
  const namedTwice = (h: HolderMention) => (allHolderNames.get(h.key)?.n ?? 0) >= 2;
  // "the company said": the organisation named before it in its sentence, else the last one named, else the story's
  for (let i = 0, recent: HolderMention | undefined; i < sentences.length; i++) {
    const sentenceHolders = mentionsOf[i];
    // (", it said" is an organisation's only when one can be read; else the pronoun credits nobody)
    creditsOf[i] = creditsOf[i].flatMap((c) => {
      const pronoun = c.name === PRONOUN_CREDIT;
      if (!pronoun && !isOrgReference(c.name)) return [c];
      const org = holderBefore(sentenceHolders, 0, c.start, allHolderNames) ?? recent ?? storyHolder;
      return org ? [{ ...c, name: allHolderNames.get(org.key)?.name ?? org.name }] : pronoun ? [] : [c];
    });
    for (const h of sentenceHolders) if (namedTwice(h)) recent = h;
  }
  // the last organisation named (twice or more in the story) in a sentence before
  let lastHolder: HolderMention | undefined;
  // (a title's time still to come is a forecast's, not what the text goes on to report: "World population to peak at
  // 10.3 billion in 2080s")
  let contextPeriod: Span | undefined = article.titlePeriod && !(article.dated && isFuture(article.titlePeriod, article.dateMonth)) ? article.titlePeriod : undefined;
  let monthContext: Span | undefined = article.titlePeriod && monthsIn(article.titlePeriod) === 1 ? article.titlePeriod : undefined;
  // the time still to come that the text's forecasts were last about ("the deficit will widen to C$62 billion in
  // 2026-27"): a later forecast with no period of its own is about it too ("The deficit is forecast at 2.1% of GDP")
  let forecastContext: Span | undefined;
  let contextYear: number | undefined = contextPeriod ? Number(contextPeriod.to.slice(0, 4)) || undefined : undefined;
  let previousMeasure: MeasureHit | undefined;
  // the first level the story told of each amount (by unit and value): what a later "Of the $4.62 billion total" is
  const toldBefore = new Map<string, ClaimFrame>();
  let previousProduct: string | undefined;
  let listNoun: string | undefined;
  // every period the text names (for the months of a season's half: see seasonHalfMonths)
  const namedSpans: Span[] = [];
  // the changes that are compared with a time no basis reader knows (see articleBasis.ts)
  const comparedOtherwise = new Set<ClaimFrame>();
  // the noun a list item's count was read with (see listNoun)
  let itemNoun: string | undefined;
  // what the story's opening counts (a noun, in its first five sentences, the title's clauses among them)
  let leadNoun: string | undefined;
  // the places of the last flow with both sides named in the sentence before, and in this one
  let previousFlow: ScopedPlace[] | undefined;
  let flowHere: ScopedPlace[] | undefined;
  // a credit's origin key, and the key of the publication it names when that is another ("the Open Doors report
  // released by the IIE": the IIE, and the report, one origin)
  // ... and a body named with its acronym ("Office for National Statistics (ONS)") is known by both: by the acronym an
  // outlet may write alone ("the ONS"), and by its name alone ("the Office for National Statistics")
  const creditOf = (c: Credit, text = ""): StoryCredit | undefined => {
    const key = c.publication && c.name === c.publication ? publicationKey(c.publication) : keyOf(c.name);
    if (!key) return undefined;
    // an executive of the company the story is about speaks for it ("Chief executive Marit Lindqvist said", "said Ana
    // Ruiz, the company's chief executive"): the company's word, not a second source
    if (storyHolder && text && key.startsWith("name:") && executiveOfStory(text, c.name)) {
      const company = keyOf(storyHolder.name);
      if (company) return { key: company, name: storyHolder.name, alias: key };
    }
    // ... and a name read as a person's that is the story's organisation, named in full or by its first word ("Novo
    // Nordisk said", "according to Novo"), is that organisation
    // (a name of two words or more: one word alone may be a person's the story names most, "Modi")
    if (storyHolder && /\s/.test(storyHolder.name) && key.startsWith("name:") && holderKey(c.name) === storyHolder.key) {
      const company = keyOf(storyHolder.name);
      if (company && company !== key) return { key: company, name: storyHolder.name, alias: key };
      if (company) return { key, name: storyHolder.name };
    }
    // ... and a person given a role at a body speaks for that body ("Ana Ruiz, an expert at IEEFA, pointed out",
    // "Henrik Dahl, airline analyst at Vesterhavn Securities, said"): the body's word
    const employer = text && key.startsWith("name:") ? employerOf(text, c.name) : undefined;
    if (employer) {
      const body = keyOf(employer);
      if (body && body !== key) return { key: body, name: employer, alias: key };
    }
    if (c.publication && c.name !== c.publication) return { key, name: c.name, alias: publicationKey(c.publication) };
    const named = /^(.*\S)\s*\([A-Z][A-Za-z&]{1,9}\)\s*$/.exec(c.name);
    // ... and an acronym written as a word ("Inpe", "Opec", "Ofgem": how some outlets write "INPE") is that acronym
    // ... and a long name whose acronym leaves out its last "and …" ("Centers for Disease Control and Prevention" is the
    // CDC) is known by that acronym too
    const shorter = !named && / and \p{Lu}\p{L}+$/u.test(c.name) ? originKey(c.name.replace(/ and \p{Lu}\p{L}+$/u, ""), undefined, article.mainPlaces[0]) : "";
    const nameKey = named ? originKey(named[1], undefined, article.mainPlaces[0]) : ACRONYM_AS_WORD.test(c.name) ? keyOf(c.name.toUpperCase()) : /^org:[A-Z]{3,}$/.test(shorter) ? shorter : "";
    return nameKey && nameKey !== key ? { key, name: c.name, alias: nameKey } : { key, name: c.name };
  };
  let lastCredit: StoryCredit | undefined;
  let firstCredit: StoryCredit | undefined;
  // The first credit of the story, for numbers that come before any (a title credit, or a lead that names it after).
  // (not a forecaster, nor only someone's voice: see isVoice)
  for (let i = 0; i < creditsOf.length && !firstCredit; i++) for (const c of creditsOf[i]) if (!c.forecast && !isVoice(c, texts[i], sentences[i].claims.length > 0)) firstCredit ??= creditOf(c, texts[i]);

  // a story that names two age bands or more tells their figures apart (one band alone is whom the story is about:
  // "a trial of adults aged 60 and over")
  const bandsOf = texts.map((t) => (mayNameAgeBand(t) ? findAgeBands(t) : []));
  const bandedStory = new Set(bandsOf.flatMap((bands) => bands.map((b) => b.key))).size >= 2;
  // the market index named last in the story, which "the index" and "the gauge" stand for (marketIndex.ts)
  let namedIndex: IndexMention | undefined;
  // the periods the sentence before named, and the last quarter and month a sentence was about (see sameDate.ts)
  let previousMentions: PeriodMention[] = [];
  let namedQuarter: Span | undefined = article.titlePeriod && monthsIn(article.titlePeriod) === 3 ? article.titlePeriod : undefined;
  let namedMonth: Span | undefined = article.titlePeriod && monthsIn(article.titlePeriod) === 1 ? article.titlePeriod : undefined;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si];
    const mine = sentence.claims;
    const text = sentence.text;
    const indices = mayNameIndex(text) ? findIndices(text) : [];
    const routes = ROUTE_WORD.test(text) ? findRoutes(text) : [];
    const ageBands = bandedStory ? bandsOf[si] : [];
    const storyIndex = namedIndex;
    if (indices.length) namedIndex = indices[indices.length - 1];
    // The year of a month named alone ("in December"): a year the sentence names (not one of what it is compared
    // with: "between January and September, compared with 1,980 in the first nine months of 2025" is this year's);
    // else, in a dated article, the latest such month up to the date line; else the year the text was about.
    const named = text.replace(COMPARED_STRETCH, "").replace(BOUNDING_YEAR, "").match(/\b(?:19|20)\d{2}\b/g);
    const monthYear = named ? Number(named[named.length - 1]) : article.dated ? undefined : contextYear;
    const periodCtx = { year: article.year, month: article.month, dated: article.dated, contextMonth: monthContext, fiscalStart: article.fiscalStart, fiscalByStart: article.fiscalByStart, contextYear, monthYear, day: article.dateDay, schooling: schoolingStory, contextTwelveMonths: contextPeriod && /^\d{4}-(?!01)\d{2}$/.test(contextPeriod.from) && monthsIn(contextPeriod) === 12 ? contextPeriod : undefined };
    const periodsNamed = article.year ? findPeriods(text, periodCtx) : [];
    // ("had 38.4 million hens on that date": the day the sentence before named)
    // (and "in the quarter", "during the month": the last quarter or month a sentence was about)
    const pointed = [...sameDateMentions(text, si > 0 ? sentences[si - 1].text : "", previousMentions), ...storyTimeMentions(text, namedQuarter, namedMonth)];
    const mentions = pointed.length ? [...periodsNamed, ...pointed.filter((d) => !periodsNamed.some((m) => m.start < d.end && d.start < m.end))].sort((a, b) => a.start - b.start) : periodsNamed;
    previousMentions = mentions;
    for (const m of mentions) if (m.span) namedSpans.push(m.span);
    const words = wordsOfSentence[si];
    // in a story about a government's budget, a bare "deficit" is the budget's (see budget.ts)
    // (a retail-sales story's bare "sales" are the retail sales, a GDP story's bare "output" and "growth" the
    // economy's, a box-office story's money a film's takings: retailStory.ts, gdpStory.ts, boxOffice.ts)
    // (a measure's word inside an organisation's name is none: "Allianz Trade expects insolvencies to rise 4%")
    // ... nor is one that names a body: "the credit insurer forecasts"
    const found = withoutBodyWords(withoutNamedWords(findMeasures(text, words), mentionsOf[si], placesOf[si]), text);
    let measures = fullNames.apply(text, found);
    fullNames.note(text, found);
    if (budgetStory) measures = budgetMeasures(text, measures);
    if (retailStory) measures = retailMeasures(text, measures);
    if (gdpStory) measures = gdpMeasures(text, measures);
    if (boxOfficeStory) measures = boxOfficeMeasures(text, measures);
    if (remittanceStory) measures = remittanceMeasures(text, measures, productsOf[si].length > 0);
    // (a central bank's buying is its purchases, not its country's imports: see centralBank.ts)
    measures = centralBankMeasures(text, measures, centralBankStory, placesOf[si].length > 0);
    // (arrivals with no goods named are visitors: see arrivals.ts)
    measures = arrivalsMeasures(text, measures, productsOf[si].length > 0 || !!article.mainProduct);
    const credits = creditsOf[si];
    // (a forecaster named by its forecast is credited with forecasts only: see credit.ts)
    const factCredits = credits.some((c) => c.forecast) ? credits.filter((c) => !c.forecast) : credits;
    // (nor is a body that reports its own figure, "China's People's Bank reported purchases of 44 tonnes", the
    // source of the sentences after it)
    for (const c of credits) if (!c.forecast && !isVoice(c, text, mine.length > 0) && !OWN_FIGURE.test(text.slice(c.start, c.end + 60))) lastCredit = creditOf(c, text) ?? lastCredit;

    let sentenceMain: Span | undefined;
    let sentenceOpening = false;
    // a sentence whose numbers are all forecasts or targets ("The company expects fourth-quarter revenue of $37.5
    // billion") is about the time it forecasts: what follows it is not
    let forecastsOnly = mine.length > 0;
    // a sentence that tells money asked for a time to come ("requested 8.8 trillion yen for fiscal 2026") is about
    // that time, and so is what follows it ("The amount is 2.9% higher …")
    let asksForLater = false;
    if (mine.length) {
      const places = placesOf[si];
      const products = productsOf[si];
      const sites = findSites(text, places, words);
      const breaks = clauseBreaks(text);
      const rel = mine.map((c) => ({ start: c.start - sentence.start, end: c.end - sentence.start }));
      const kinds: ClaimKind[] = [];
      mine.forEach((c, i) => {
        const [from, to] = clauseOf(breaks, rel[i].start);
        // ("…fell by 45 per cent, and those from India by 20 per cent": a pronoun's clause leaves out its verb)
        // (and an entry told by its name alone: "Sub-Saharan Africa was up 21.3%, the Middle East and North Africa 19.6%
        // and Latin America 18.4%")
        const elliptic = i > 0 && mine[i - 1].unit === c.unit && (THOSE_BEFORE.test(text.slice(rel[i - 1].end, rel[i].start)) || NAMED_ENTRY.test(text.slice(rel[i - 1].end, rel[i].start)));
        // (a number told as it stands now is a level, whatever forecast follows it: "China's population, now 1.41
        // billion, is projected to shrink")
        const told = elliptic ? kinds[i - 1] : kindOf({ sentence: text, start: rel[i].start, end: rel[i].end, unit: c.unit, surface: c.surface, from, to, deadline: false });
        kinds.push(told === "target" && isToldAsNow(text, rel[i].start, rel[i].end) ? "level" : told);
      });
      const slots: QuantitySlot[] = mine.map((_c, i) => ({ start: rel[i].start, end: rel[i].end, base: isComparisonBase(text, rel[i].start), change: kinds[i] === "change", clauseStart: clauseOf(breaks, rel[i].start)[0] }));
      const binding = bindPeriods(text, mentions, slots, contextPeriod);
      const bound = binding.bound;
      sentenceMain = binding.main;
      sentenceOpening = binding.opening;
      // (the latest single month a number of the text was about: "last month" of an undated article)
      const month = [sentenceMain, ...bound.map((p) => (p.how === "own" ? p.span : undefined))].find((p) => p && monthsIn(p) === 1 && p.from.length === 7);
      if (month) monthContext = month;
      // (not a measure word in a reason's clause with no number: "liquefied natural gas climbed 14.4% to 11.9 million
      // tonnes as the terminal ran close to full capacity")
      const sentenceMeasure = measures.find((h) => !inNumberlessReason(text, h.start, rel));
      const respectively = RESPECTIVELY.test(text) && mine.length > 1;
      // the measure each number of the sentence took, for a comparison's base that names none
      const measuresHere: (FrameMeasure | undefined)[] = [];
      itemNoun = undefined;
      // which numbers of the sentence are shares of GDP
      const ofGdp: boolean[] = [];
      // the last number of the sentence read as a part of a whole told before ("Of that amount, £0.68 billion was …")
      let partOfWhole = -1;
      // the asides about the sentence's subjects (see asidesOf): their goods and places are not the numbers' outside them
      const appositives = asidesOf(text, (a, b) => places.some((q) => q.start >= a && q.start <= b));
      // the clauses (by their start) that tell an amount of goods: their "sales", and their change, are goods sold
      const goodsClauses = new Set(mine.flatMap((c, k) => (GOODS_QUANTITY.has(c.unit) ? [clauseOf(breaks, rel[k].start)[0]] : [])));
      // the amount a sentence opening "Of the $4.62 billion total, …" restates
      const restatedTotal = mine.length && OF_THE_TOTAL.test(text.slice(0, rel[0].start)) && TOTAL_AFTER.test(text.slice(rel[0].end, rel[0].end + 12)) ? amountKey(mine[0]) : undefined;

      /** Is the i-th number a change to an amount of goods after it ("dropped 5.1% to 98.2 million tonnes")? */
      const toQuantity = (i: number) => i + 1 < mine.length && !/^(?:%|pp|[A-Z]{3}(?:\/.*)?)$/.test(mine[i + 1].unit) && /^\s*(?:per\s+cent\s+|percent\s+)?to\s+(?:about\s+|around\s+|some\s+)?$/.test(text.slice(rel[i].end, rel[i + 1].start));
      /** The measure of the nearest number before the i-th of the same unit, in the sentence. */
      const comparedMeasure = (i: number): FrameMeasure | undefined => {
        for (let j = i - 1; j >= 0; j--) if (mine[j].unit === mine[i].unit && measuresHere[j]) return measuresHere[j];
        return undefined;
      };

      mine.forEach((claim, i) => {
        const { start, end } = rel[i];
        const [from, to] = clauseOf(breaks, start);
        const prevEnd = i > 0 && rel[i - 1].end > from ? rel[i - 1].end : from;
        const nextStart = i + 1 < rel.length && rel[i + 1].start < to ? rel[i + 1].start : to;
        const firstInClause = rel.find((r) => r.start >= from)?.start ?? start;
        // the level a change is appended to (past numbers that are no figures: "7.1 million twenty-foot equivalent
        // units (TEU), up 3.2%" is the units' change, not the twenty feet's)
        let level = i - 1;
        while (level >= 0 && out.get(mine[level].id)?.notFigure) level--;
        // (and "296,100 applications in the first seven months, 18% fewer than a year earlier", "…, a 23% increase")
        const appendedTo = level >= 0 && kinds[i] === "change" && kinds[level] !== "change" && measuresHere[level] && (APPENDED_CHANGE.test(text.slice(rel[level].end, start)) || (APPENDED_COMPARATIVE.test(text.slice(rel[level].end, start)) && COMPARATIVE_THAN.test(text.slice(end, end + 40))) || (APPENDED_ARTICLE.test(text.slice(rel[level].end, start)) && CHANGE_NOUN_AFTER.test(text.slice(end, end + 20)))) ? level : -1;
        // an entry of a ranking after the first, told by its name alone ("…, followed by Britain with 2.5 million and
        // France with 1.8 million")
        const ranked = i > 0 && mine[i - 1].unit === claim.unit && !!measuresHere[i - 1] && RANKED_ENTRY.test(text.slice(rel[i - 1].end, start));
        // (an entry after a change is a change: "Wales saw an increase of 3.8% and Scotland of 4.4%")
        if (ranked && kinds[i - 1] === "change" && kinds[i] === "level") kinds[i] = "change";

        // measure: the number's own noun for counts, durations and ranks; else the lexicon in clause, sentence, before
        // the proceeds of a sale are the value of the goods sold ("took in €6 billion from selling LNG")
        // a temperature, a length, an area, a speed or a data size is never what an economic measure word counts
        // ("GDP … before global heating reaches 1.5C"): only the noun it qualifies can say what it is
        const physical = PHYSICAL_UNITS.has(claim.unit);
        // an amount of money in one currency ("USD"), not a price per unit ("USD/bbl")
        const money = /^[A-Z]{3}$/.test(claim.unit);
        // a count or a rank is never an amount of money ("Okafor, 24, will earn £250,000 a week")
        const counted = claim.unit === "count" || claim.unit === "ordinal";
        // "2.1% of GDP", "the debt-to-GDP ratio … 42.8%": GDP is what the share is of, the deficit or the debt is
        // what it measures (budget.ts)
        // (and so is the base it was compared with: "to 2% of GDP by 2027, from about 1%")
        const gdpBase = claim.unit === "%" && (isShareOfGdp(text, end) || ratioToGdpBefore(text, from, start) || (slots[i].base && i > 0 && ofGdp[i - 1] && MOVED_FROM_PERCENT.test(text.slice(rel[i - 1].end, start))));
        ofGdp[i] = gdpBase;
        // (an amount of goods, in tonnes, barrels, cubic metres or kilowatt-hours, is no rate and no debt or profit:
        // "Russia made an estimated 5.5 million tonnes, …, with producers squeezed by high interest rates")
        const goodsAmount = GOODS_AMOUNT_UNITS.has(claim.unit);
        const fits = (h: MeasureHit | undefined) => (h && ((counted && h.concept.money) || (money && h.concept.count) || (gdpBase && h.concept.key === "gdp") || (goodsAmount && NEVER_GOODS.has(h.concept.key))) ? undefined : h);
        // (GDP that another number of the clause is a share of is no measure of this one: "to 2% of GDP under a
        // 43-trillion-yen plan")
        // (and an amount of money is no count of people: "overseas audiences contributed $112m")
        const candidates = gdpBase ? withoutGdp(measures) : counted ? countMeasures(measures, text) : goodsClauses.has(from) ? goodsMeasures(measures, text) : money && measures.some((h) => h.concept.count) ? measures.filter((h) => !h.concept.count) : measures.some((h) => h.concept.key === "gdp") ? measures.filter((h) => h.concept.key !== "gdp" || !SHARE_OF_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start))) : measures;
        // (a measure word inside an aside the number is not in describes something else: "Private consumption, which
        // makes up more than half of the economy, rose 0.3%")
        const numberAside = asideAround(text, start);
        const fitting = goodsAmount ? candidates.filter((h) => !NEVER_GOODS.has(h.concept.key)) : candidates;
        const visible = text.includes(", wh") ? fitting.filter((h) => { const a = asideAround(text, h.start); return !a || a[0] === numberAside?.[0]; }) : fitting;
        let hit = physical ? undefined : ((money ? proceedsOf(text, from, to, start, end) : undefined) ?? wageOf(measureOf(visible, from, to, start, end, text), text, end));
        // ("Russia made an estimated 5.5 million tonnes": what a verb of making made is output)
        if (!hit && goodsAmount) hit = madeGoods(text.slice(from, start));
        // goods that make up a share of a measure ("Renewables supplied 62.7% of Germany's electricity generation") are
        // that share of what the base names, not what the verb did ("Brazil exported 40% of its crop" is exports)
        const goodsVerb = hit?.verb && hit.end <= start && kinds[i] === "share" && productsOf[si].some((p) => p.start >= from && p.end <= hit!.start) && !placesOf[si].some((p) => p.start >= from && p.end <= hit!.start);
        if (goodsVerb) hit = visible.find((h) => !h.verb && h.start >= end && OF_BASE.test(text.slice(end, h.start))) ?? hit;
        let measure: FrameMeasure | undefined = nounMeasure(claim, text, end);
        // "China sent about 32,000 applicants, …, while India sent some 21,400": a count the same verb gives another
        // subject, with no noun of its own, counts what the verb's count before it counted (not a flow the verb names)
        if (!measure && claim.unit === "count") {
          const same = sameVerbCount(text, mine, rel, measuresHere, i);
          if (same) {
            measure = same;
            hit = undefined;
          }
        }
        // a fact box's line ("- Homeless: roughly 61,000 people", "Buildings destroyed: 3,900"): its label says what
        // the number counts, where no measure word does and the number's own noun says only "people"
        const factLabel = hit ? null : FACT_LABEL.exec(text.slice(0, start));
        // (a place as the label is whose the number is, not what it measures: "- United States: 6.7 Mt, up 1.1%")
        if (factLabel && (!measure || /^n:(?:people|person)$/.test(measure.key)) && !namesOnlyPlaces(factLabel[1])) measure = nounFrame(factLabel[1].toLowerCase().replace(/\s+\p{L}+ed$/u, "").replace(/\p{L}+$/u, singular));
        // "delivered 412,300 vehicles", "production reached 430,100 units": a count of the goods themselves (or of
        // units) is what the clause's measure word says was done with them; the goods are its product
        // (a flow of goods only in a story that names no place, or of the world's: "Pearfone shipped 58.2 million
        // handsets" in a story about China stays a count of phones, not China's exports; "Global smartphone shipments
        // rose … to 316.1 million units" are the world's shipments, "Hallberg's truck deliveries fell 14% to 212,000 units"
        // the company's)
        if (measure?.how === "noun" && claim.unit === "count" && hit?.concept.product && (BULK_UNITS.test(measure.name) || hit.concept.key !== "flow" || !article.mainPlaces.length || !!worldScope(text, from, to, start, end) || !!subjectBefore(holdersOf[si], from, hit.start, text, holderNames)) && (GOODS_UNITS.test(measure.name) || namesOnlyProduct(measure.name))) measure = undefined;
        // "would cut about 4,000 jobs", "lay off 4,100 workers": the jobs cut, whatever the noun
        const jobCut = claim.unit === "count" && isJobCut(text, start, end);
        // ("or 6% of its workforce", "about 6 per cent of its 66,000 staff": the cut's share of the workforce)
        const workforceShare = claim.unit === "%" && isWorkforceShareOfCut(text, start, end);
        // "the fund made a return of 4.6%", "Equities returned 5.7%": what an investment earned (investmentReturn.ts)
        const earned = claim.unit === "%" || money ? investmentReturnOf(text, start, end) : undefined;
        if (earned) {
          measure = earned;
          hit = undefined;
        }
        // a percentage that is a level of what its words name, whatever measure word stands near: "was 40% contained",
        // "had contained 40% of the fire" (how much of a fire is held: measure.ts), "Hotels in Lisbon filled 86.4% of
        // their rooms" (their occupancy: nounMeasure.ts), "94.1% of those voting backed the strike" (a ballot's yes
        // vote: ballot.ts); the first that reads it, in that order
        const levelOfWords = claim.unit === "%" ? (containmentOf(text, start, end) ?? occupancyOf(text, start, end) ?? ballotYes(text, start, end)) : undefined;
        if (levelOfWords) {
          measure = levelOfWords;
          hit = undefined;
          kinds[i] = "level";
        }
        if (jobCut || workforceShare) {
          measure = JOBS_CUT;
          hit = undefined;
        }
        // "capped new permits at 360,000", "the 2025 cap stands at 437,000": the cap, whatever it counts (cap.ts)
        // (a limit set for what is to come, as a target is: never an actual, and no period for the sentences after it)
        if ((claim.unit === "count" || claim.unit === "%") && isCap(text, start, end)) {
          measure = CAP;
          hit = undefined;
          if (kinds[i] === "level") kinds[i] = "target";
        }
        // "the number of people waiting more than a year", "Waits of more than 52 weeks": the people waiting past a
        // limit (waiting.ts)
        const waitedOver = claim.unit === "count" ? waitingOver(text, from, to, start, end) : undefined;
        if (waitedOver) {
          measure = waitedOver;
          hit = undefined;
        }
        // "killed 23 people and forced 310,000 from their homes": a bare count is what its own verb did, not what
        // a measure word further back counts
        if (!measure && claim.unit === "count") {
          const verb = verbBefore(text, start);
          if (verb && (!hit || hit.end <= verb.at)) {
            // "killing 12 people and injuring 80": the injured, counted by their verb
            measure = CASUALTY_VERBS.test(verb.word) ? casualtyMeasure(verb.word) : { key: `v:${verb.word}`, name: verb.word, how: "noun" };
            hit = undefined;
          }
        }
        if (!measure && physical) {
          // ("a wildfire that has scorched 10,000 hectares burns north of …": what burned, before any noun after it)
          const burned = claim.unit === "m2" ? (areaBurned(text, from, to, start, end) ?? areaCleared(text, from, to, start, end)) : undefined;
          const noun = burned ? "" : propertyNoun(text.slice(Math.max(0, start - 60), start)) || countedNoun(text, end);
          // ("Deforestation in the Amazon fell 30.6% to 6,288 square kilometres": what the clause's subject names)
          const subject = burned || noun.length >= 3 || claim.unit === "degC" || claim.unit === "degF" ? "" : subjectNoun(text.slice(Math.max(from, newsroom[si], start - 160), start));
          if (burned) measure = burned;
          else if (noun.length >= 3) measure = nounFrame(noun);
          else if (subject.length >= 3 && !holderNames.has(subject)) measure = nounFrame(subject);
          // "El Granado reached 46C", "a June record of 46.6C": a temperature with no noun of its own is a temperature
          else if (claim.unit === "degC" || claim.unit === "degF") measure = TEMPERATURE;
          // "the fire has scorched 84,000 hectares", "4.1 million hectares have burned": the area burned
          else if (claim.unit === "m2") measure = areaBurned(text, from, to, start, end);
        } else if (!measure) {
          // the noun right before an amount ("a contract worth £250,000", "a fee of £85 million") says more than a
          // measure word elsewhere in the sentence
          const before = hit || claim.unit === "%" ? "" : propertyNoun(text.slice(Math.max(from, start - 60), start));
          // (the words before the number in its clause, as far as a subject can be: every claim of a long clause reads
          // a window, not the whole clause; and not the dateline that opens it: "WARSAW, Jan 14 (Wire) - Irregular
          // crossings fell")
          const subject = hit ? "" : subjectNoun(text.slice(Math.max(from, newsroom[si], start - 160), start));
          // (an organisation of the story is whose the number is, not what it measures: "Ostmark rose 3%")
          // (nor is a place: "Australia was ranked second")
          // (nor a traded good whose move or quote it is: "Natural gas for July delivery fell 1.4%" is its price, below)
          const goodsMove = (money || (claim.unit === "%" && kinds[i] === "change")) && namesOnlyProduct(subject);
          const ownSubject = subject && !goodsMove && !holderNames.has(subject) && !places.some((p) => p.end <= start && text.slice(p.start, p.end).toLowerCase() === subject) ? subject : "";
          // "the number of Indian students rose 9%": a change or a share of a count its clause names
          const numbered = hit ? "" : numberOfPhrase(text.slice(from, start)).noun;
          if (hit) measure = flowKeyOf(hit, true);
          else if (numbered.length >= 3) measure = nounFrame(numbered);
          else if (before.length >= 3) measure = nounFrame(before);
          // "Renault registered 2,450 cars, down 3.1% from a year earlier": a change set after a level with a comma
          // is that level's change
          else if (appendedTo >= 0) measure = measuresHere[appendedTo];
          // "Applications from Nigeria fell 45%, and those from India 20%": "those" stands for what the number
          // before measured
          else if (i > 0 && measuresHere[i - 1] && mine[i - 1].unit === claim.unit && THOSE_BEFORE.test(text.slice(rel[i - 1].end, start))) measure = measuresHere[i - 1];
          // "The AfD won 38 of the 60 constituencies and the CDU took 19": another's share of the same count
          else if (i > 0 && measuresHere[i - 1] && mine[i - 1].unit === claim.unit && ANOTHER_TOOK.test(text.slice(rel[i - 1].end, start))) measure = measuresHere[i - 1];
          // (not another clause's measure where this clause has a subject of its own: "Gold reserves rose to $105.7
          // billion, while India's reserve position with the IMF stood at $4.7 billion")
          else if (sentenceMeasure && fits(sentenceMeasure) && !insideAside(text, from, start, sentenceMeasure) && !(ownSubject && sentenceMeasure.end <= from)) {
            hit = sentenceMeasure;
            measure = { ...flowKeyOf(hit), how: "sentence" };
          } else if (ownSubject) {
            // "Mortgage approvals reached 66,000": a clause with a subject of its own does not carry the sentence
            // before's measure
            measure = nounFrame(ownSubject);
          } else if (i > 0 && mine[i - 1].unit === claim.unit && measuresHere[i - 1]?.how === "noun" && GAPPED.test(text.slice(rel[i - 1].end, start))) {
            // "Health care added 54,000 jobs and leisure and hospitality 53,000": a list whose verb and noun its first
            // number gave
            measure = measuresHere[i - 1];
          } else if (ranked && measuresHere[i - 1]?.how === "noun") {
            // "the largest market with 2.9 million visitors, followed by Britain with 2.5 million": a ranking whose
            // later entries leave out the noun the first counts (a measure word the entries share is read below, with
            // the sides of its flow)
            measure = measuresHere[i - 1];
          } else if (money && (EACH_COSTING.test(text.slice(Math.max(from, start - 40), start)) || EACH_AFTER.test(text.slice(end, end + 12)))) {
            // "four systems, each costing around 140 million euros": the price of one, not the sentence before's
            // measure
            measure = { key: "price", name: "price", how: "clause" };
          } else if (slots[i].base && comparedMeasure(i)?.how === "noun") {
            // "296,100 applications …, down from 352,500 in the same period of 2024": the base counts what the number
            // it is compared with counts (a noun of its own), not what the sentence before measured
            measure = comparedMeasure(i);
          } else if (previousMeasure && fits(previousMeasure)) {
            hit = previousMeasure;
            measure = { ...flowKeyOf(hit), how: "previous" };
          } else if ((listNoun ?? leadNoun) && claim.unit === "count" && LIST_ITEM.test(text)) {
            // "Top countries of origin of international students in 2025-26:" then "- India: 263,800": the items count
            // what the line opening the list names (else what the story's opening counts: "The top countries of origin
            // this academic year:" in a story that opened with 641,300 international students)
            measure = { ...nounFrame((listNoun ?? leadNoun) as string), how: "previous" };
          } else if (products.some((p) => p.start >= from && p.end <= start && moving(text, p, places, start))) {
            // "Russian pipeline gas to the EU came to 18 bcm": a product moving between places is a flow
            hit = { concept: FLOW_EXPORTS, start: products.find((p) => p.start >= from && p.end <= start)?.start ?? from, end: from, verb: false };
            measure = flowKeyOf(hit);
          } else if ((money || (claim.unit === "%" && kinds[i] === "change" && !toQuantity(i))) && products.some((p) => p.start >= from && p.end <= start)) {
            // "Brent crude gained $4.94 to $72.98", "Brent jumped 13%": money a traded good gained or stands at, or
            // the change in it, going nowhere, is its price (not a change to an amount of the good: "crude oil dropped
            // 5.1% to 98.2 million tonnes" is the volume's)
            measure = { key: "price", name: "price", how: "clause" };
          } else {
            // last: the noun the number qualifies ("the 410 km cable", "a $2 billion deal", "a fee of £85 million")
            const noun = propertyNoun(text.slice(Math.max(from, start - 60), start)) || countedNoun(text, end);
            if (noun.length >= 3) measure = nounFrame(noun);
          }
        }
        // money a production verb made is revenue ("the clubs generated a combined 12.4 billion euros")
        const revenue = money && hit && measure?.key === "production" ? moneyProduced(hit) : undefined;
        if (revenue && measure) {
          hit = revenue;
          measure = { ...flowKeyOf(revenue), how: measure.how };
        }
        // "recorded 1,284 measles cases in 2025, up from 412 in 2024": the base of a comparison with no measure of
        // its own counts what the number it is compared with counts; so does a running total ("added 9.1 million
        // subscribers, bringing its total to 301 million")
        if (!measure && (slots[i].base || RUNNING_TOTAL.test(text.slice(Math.max(from, start - 40), start)))) {
          for (let j = i - 1; j >= 0 && !measure; j--) if (mine[j].unit === claim.unit && rel[j].start >= from) measure = measuresHere[j];
        }
        // a share of the market is a market share, whichever verb led ("shipped 58 million, a 19% share of the
        // market"); it is the company's, with no flow's sides
        const base = gdpBase ? "gdp" : kinds[i] === "share" ? shareBase(text, end) : "";
        // "The Social Democrats won 31.2% of the vote", "came first with 31.2 percent" in a story of an election: the
        // party's or the candidate's share of the vote, whatever measure word the sentence has ("with turnout at 84%")
        // in a story of an opinion poll, a party's percent is its support in the poll, its people asked the sample
        // (poll.ts); a result of an earlier election stays one
        const poll = pollStory && !isEarlierElection(text.slice(from, to)) ? pollMeasure(text, from, to, start, end, claim.unit, !!holderBefore(holdersOf[si], from, start)) : undefined;
        if (poll) {
          measure = poll;
          hit = undefined;
        }
        const pollShare = poll === POLL_SHARE;
        // "storage sites were 90.4% full", "inventories reached 90.6% of capacity": how full a store is (measure.ts)
        // (and an entry after it: "Italy's sites were 94.6% full and Germany's 88.1%")
        const fill = claim.unit === "%" && !poll ? (storageFillOf(text, from, to, end) ?? ((ranked || ELLIPTIC_ENTRY.test(text.slice(rel[i - 1]?.end ?? 0, start))) && i > 0 && measuresHere[i - 1]?.key === "storage-fill" ? measuresHere[i - 1] : undefined)) : undefined;
        if (fill) {
          measure = fill;
          hit = undefined;
        }
        // a currency's rate against another, its close, its record low or high, its change (fxRate.ts)
        const fx = fxStory && !poll && !fill ? fxReading(text, from, to, start, end, claim.unit, fxCode) : undefined;
        if (fx) {
          measure = fx.measure;
          hit = undefined;
        }
        // a government bond's yield, its term the site (bondYield.ts)
        const bond = !poll && !fill && !fx ? bondYieldOf(text, from, start, claim.unit) : undefined;
        if (bond) {
          measure = bond.measure;
          hit = undefined;
        }
        // a reading of a market index (its level, its move), the index its site (marketIndex.ts)
        const index = !poll && !fill && !fx && !bond ? (indexOf(text, indices, storyIndex, from, start, claim.unit) ?? indexCredited(text, indices, end, claim.unit)) : undefined;
        // ... and a rate on a route (route.ts), the route its site
        const route = !index && !poll && !fill && !fx && !bond ? routeOf(routes, from, start, claim.unit) : undefined;
        if (index || route) {
          measure = index ? INDEX_LEVEL : ROUTE_RATE;
          hit = undefined;
        }
        // (the words between the numbers beside it in the sentence, across clauses, are the number's own for the stages
        // that read what it is about there)
        const besideFrom = i > 0 ? rel[i - 1].end : 0;
        const besideTo = i + 1 < rel.length ? rel[i + 1].start : text.length;
        // a trial's efficacy against its outcome, and the people it took in (clinicalTrial.ts)
        const efficacy = trialStory && claim.unit === "%" ? efficacyOf(text, besideFrom, besideTo, start, end) : undefined;
        if (efficacy || (trialStory && claim.unit === "count" && isTrialIntake(text, from, start, end))) {
          measure = efficacy ?? TRIAL_PARTICIPANTS;
          hit = undefined;
        }
        // in a story of a data breach, the people whose data was taken, by the kind of data (dataBreach.ts)
        const breach = breachStory && claim.unit === "count" ? breachCountOf(text, besideFrom, besideTo, start, end) : undefined;
        if (breach) {
          measure = breach;
          hit = undefined;
        }
        // "under a 43-trillion-yen five-year plan": money written as a compound before a noun is what that noun is
        // worth, whatever measure word the clause has for its other numbers
        const compoundNoun = money && COMPOUND_MONEY.test(claim.surface) ? countedNoun(text, end) : "";
        if (compoundNoun.length >= 3) {
          measure = nounFrame(compoundNoun);
          hit = undefined;
        }
        // money a budget, a request or a plan sets aside for a purpose: spending on that purpose (allocation.ts)
        const allocation = money && !poll && !fill && !fx && !bond ? allocationOf(text, from, start, end) : undefined;
        if (allocation) {
          measure = allocation;
          hit = undefined;
        }
        // in a story of a strike or pay talks, the pay rise demanded and the one offered, the offer's term, the working
        // week asked for and the strike's length (dispute.ts)
        const dispute = disputeStory && !poll && !fill && !fx ? disputeMeasure(text, from, to, start, end, { money, percent: claim.unit === "%", duration: claim.unit === "s" }) : undefined;
        if (dispute) {
          measure = dispute;
          hit = undefined;
        }
        const voteShare = !poll && ((kinds[i] === "share" && VOTE.test(base)) || (claim.unit === "%" && electionStory && kinds[i] !== "change" && wonShareBefore(text, from, start)));
        if (voteShare) {
          measure = VOTE_SHARE;
          hit = undefined;
        }
        // "64.2% of the eligible voters cast a ballot"
        const turnout = electionStory && claim.unit === "%" && !voteShare && !poll ? turnoutAfter(text, end) : undefined;
        if (turnout) {
          measure = turnout;
          hit = undefined;
        }
        // ("20.8% of new cars registered", "a fifth of car sales": a share of a market's sales is a market share)
        // ... and so is a kind of goods' share of all sold, where only the goods say what it is ("The share of fully
        // electric cars rose to 17.2%", "Fully electric models accounted for 17.2% of the total")
        const kindOfGoodsShare = kinds[i] === "share" && (measure?.key === "n:share" || (measure?.how === "noun" && /^\s*of\s+(?:the\s+)?total\b/i.test(text.slice(end, end + 20)))) && products.some((p) => p.end <= start && p.start >= from);
        if (base === "market" || MARKET_SALES_BASE.test(base) || kindOfGoodsShare) {
          measure = { key: "market-share", name: "market share", how: "clause" };
          hit = undefined;
        }
        // in a story of goods sold, counted, a percentage of bare "sales" is the units sold (unitSalesStory.ts)
        // (not one whose level its clause tells in money: "Toyota sales rose 4% in the quarter to $61 billion")
        // (the money as the sales' level: "to $61 billion", "at €2 billion"; not another thing's money after them:
        // "with sales down 32%, despite a EUR1.4 billion budget")
        const moneyLevel = mine.some((c, j) => j > i && rel[j].start < to && /^[A-Z]{3}$/.test(c.unit) && MONEY_LEVEL_BEFORE.test(text.slice(Math.max(0, rel[j].start - 30), rel[j].start)));
        if (unitSalesStory && hit && hit.concept.key === "revenue" && !hit.verb && !moneyLevel && salesAreUnits(text.slice(hit.start, hit.end), claim.unit)) {
          measure = { key: "unit-sales", name: "sales", how: measure?.how ?? "clause" };
          hit = { ...hit, concept: UNIT_SALES };
        }
        // a takeover's price, value with debt, offer per share and premium (see deal.ts)
        // ... an offering's money raised, offer price, price range, valuation and demand (see offering.ts)
        // ... a transfer's fee and add-ons (see transfer.ts), the units a recall calls back (recall.ts)
        const deal = (takeoverStory ? dealMeasure(text, from, to, start, end, claim.unit, money, measure?.key) : undefined) ?? (offeringStory ? offeringMeasure(text, from, to, start, end, money, claim.unit === "x" || /\btimes$/i.test(claim.surface)) : undefined) ?? (transferStory && (money || claim.unit === "%") ? transferMeasure(text, from, to, start, end, measure?.key, money) : undefined) ?? (recallStory && claim.unit === "count" ? recallMeasure(text, from, start, end) : undefined);
        if (deal) {
          measure = deal;
          hit = undefined;
        }
        // a measure carried from elsewhere has no place in this clause: it takes no part in reading roles
        const hitHere = hit && measure && measure.how === "clause" ? hit : undefined;
        // "Mackerel, mostly sold to Asia, brought in NOK 5.2 billion": money goods bring in is what they sold for, the
        // value of their exports (a company's or a unit's is its revenue)
        if (money && hitHere?.verb && measure?.key === "revenue" && INCOME_VERB.test(text.slice(hitHere.start, hitHere.end).toLowerCase()) && products.some((p) => p.start >= from && p.end <= hitHere.start) && !holdersOf[si].some((h) => h.start >= from && h.end <= hitHere.start)) {
          measure = { key: "exports", name: "exports", how: "clause" };
          hit = { concept: FLOW_EXPORTS, start: hitHere.start, end: hitHere.end, verb: true };
        }
        // "the import bill went up 2.7%": the change of a value, not of a volume (for money the value is the unit);
        // a value word near the measure's word ("the value of exports", "export earnings"), not one before another
        // number ("State spending increased 0.8% while exports dropped 1.1%")
        if (hitHere && measure && (measure.key === "imports" || measure.key === "exports") && claim.unit === "%" && VALUE_WORDS.test(`${text.slice(Math.max(from, hitHere.start - 30), hitHere.end).replace(/^.*\d\S*/s, "")}${text.slice(hitHere.end, Math.min(to, hitHere.end + 15))}`)) {
          measure = { ...measure, key: `${measure.key}-value`, name: `${measure.name} value` };
        }
        if (claim.unit.includes("/") && /^[A-Z]{3}\//.test(claim.unit) && (!measure || !/^price/.test(measure.key))) measure = { key: "price", name: "price", how: measure?.how ?? "clause" };

        // an aside about the clause's subject that does not hold the number ("Egypt, the world's largest wheat
        // importer, bought 2.41 Mt of Ukrainian grain"): its goods and places are not the number's
        const ownAppositive = asideAt(appositives, start);
        const inOtherAside = (at: number) => {
          const appositive = asideAt(appositives, at);
          return !!appositive && appositive[0] !== ownAppositive?.[0];
        };
        const ownProducts = products.some((p) => inOtherAside(p.start)) ? products.filter((p) => !inOtherAside(p.start)) : products;

        // product, for measures of goods
        let product: string | undefined;
        if (hit?.concept.product || measure?.key === "price" || measure?.key === "price-difference") {
          // (a share's goods are those before it, not its base's: "Renewables supplied 62.7% of electricity generation")
          const shareOfGoods = kinds[i] === "share" && OF_BASE_START.test(text.slice(end, end + 12)) ? productNear(products, Math.max(from, prevEnd), start, start, text) : undefined;
          product = shareOfGoods ?? productNear(ownProducts, prevEnd, nextStart, start, text) ?? productNear(ownProducts, from, to, start, text) ?? productNear(ownProducts, 0, text.length, start, text) ?? (measure?.how === "previous" ? previousProduct : undefined) ?? article.mainProduct;
        } else if (measure?.key === "market-share") {
          // the goods that take the share, as the subject of its clause or of its sentence ("Battery-electric cars took
          // 20.8% of the market", "Registrations of hybrids rose …, lifting their share to 9%"), not the market after it
          // ("20.8% of new cars registered") nor goods a company sold ("Pearfone shipped 58 million handsets, giving it a
          // 19% share": the company's)
          const subject = products.filter((p) => p.end <= start && (p.start >= from || SENTENCE_SUBJECT.test(text.slice(0, p.start))) && !holdersOf[si].some((h) => h.start >= from && h.end <= p.start));
          product = subject.length ? subject[subject.length - 1].key : undefined;
        }

        // places and their roles
        // places of the number's own stretch: before it, or after it behind a preposition of its phrase ("5 Mt to
        // China", "17.8m tonnes of Russian gas"), never across a comma or a comparison ("ahead of Australia")
        // places the number is compared against are not its scope ("overtook both Australia and Qatar")
        // ... nor is a place set off as part of another ("Europe, Turkey included, took 66%")
        const compared = (p: { start: number; end: number }) => COMPARED_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) || /^\s+(?:included|excluded|among them)\b/i.test(text.slice(p.end, p.end + 14));
        const after = (p: { start: number; end: number }, numberEnd = end) => {
          if (OPENS_ENTRY.test(text.slice(p.end, p.end + 24))) return false;
          const gap = text.slice(numberEnd, p.start);
          return (PLACE_AFTER.test(gap) && !COMPARISON_WORDS.test(gap)) || OWN_PHRASE.test(gap);
        };
        // ... nor a place inside an aside the number is not in ("The firm, which lost ground in India, employs …")
        const asideOf = (at: number) => asideAround(text, at);
        const ownAside = asideOf(start);
        // (or inside an aside about the subject: "The United States, the largest market outside Europe, bought")
        const apart = (p: { start: number }) => {
          const aside = asideOf(p.start);
          if (aside) return aside[0] !== ownAside?.[0];
          return inOtherAside(p.start);
        };
        // (a place after the number that opens the next entry of a list is that entry's: "Italy's sites were 94.6% full
        // and Germany's 88.1%")
        const nextEntry = i + 1 < mine.length && RANKED_ENTRY.test(text.slice(end, nextStart));
        // (and a place after two numbers joined as one phrase is both's: "177,000 hospitalisations and 14,000 deaths
        // among older adults in the US")
        const joined = !nextEntry && i + 1 < rel.length && rel[i + 1].start < to && JOINED_COUNTS.test(text.slice(end, rel[i + 1].start)) ? rel[i + 1].end : -1;
        const joinedEnd = i + 2 < rel.length && rel[i + 2].start < to ? rel[i + 2].start : to;
        let local = places.filter((p) => !compared(p) && !apart(p) && ((p.start >= prevEnd && p.end <= start) || (p.start >= end && p.end <= nextStart && !nextEntry && after(p)) || (joined >= 0 && p.start >= joined && p.end <= joinedEnd && after(p, joined))));
        // the clause before the number's own stretch: its places count when they have a role ("the EU imported 17.5
        // Mt of Russian LNG, a 14% rise, worth 7.32 billion euros": the EU and Russia for the euros too)
        let head = places.filter((p) => p.start >= from && p.end <= Math.max(firstInClause, prevEnd) && !local.includes(p) && !compared(p) && !apart(p));
        // "The US went past Qatar, which had been crowned king in 2022, with exports falling …, a 1.9% decline": a
        // number in a relative clause about a place, no other place named since, is that place's
        const antecedent = relativeAntecedent(text, places, start);
        if (antecedent) {
          local = [antecedent];
          head = [];
        }
        // "Russia and Malaysia followed, with exports of 4.2 and 3.5 Bcf/d, respectively": one place per number
        if (respectively) {
          const listed = places.filter((p) => p.end <= rel[0].start && p.start >= from);
          if (listed.length === mine.length) {
            local = [listed[i]];
            head = [];
          }
        }
        // (a ranking's entry is the place it names: "followed by Britain with 2.5 million"; not the place the first
        // entry opened its clause with: "Norway shipped 1.2 million euros of fish, Sweden 0.9 million" is Sweden's)
        if (ranked && local.some((p) => p.end <= start)) {
          local = local.filter((p) => p.end <= start);
          head = head.filter((p) => !/^\s*(?:the\s+)?$/i.test(text.slice(from, p.start)));
        }
        let read = scopeOf(text, local, head, hitHere, ownProducts, product);
        // "Egypt bought 2.41 Mt of Ukrainian grain, and Turkey took 1.92 Mt", "Pakistan took 231 million kg, Egypt 119
        // million kg": a later entry's subject plays the side the first entry's subject played, in its stead
        const entrySubject = i > 0 ? local.find((p) => p.start >= rel[i - 1].end && NEXT_ENTRY_SUBJECT.test(text.slice(rel[i - 1].end, p.start)) && PARALLEL_VERB.test(text.slice(p.end, start))) : undefined;
        const entryOf = entrySubject && read.find((p) => p.code === entrySubject.code && p.role === "place");
        const played = entryOf && read.find((p) => p.code !== entryOf.code && (p.role === "exporter" || p.role === "importer") && head.some((h) => h.code === p.code && h.end <= rel[i - 1].start));
        if (entryOf && played) read = read.filter((p) => p !== played).map((p) => (p === entryOf ? { ...p, role: played.role } : p));
        // a flow whose sides were read keeps only them: "Europe's turn to LNG drove US exports up 12%" is about the US
        if (kinds[i] !== "share" && read.some((p) => p.role === "exporter" || p.role === "importer")) read = read.filter((p) => p.role !== "place");
        // "Spain was the largest buyer of Ukrainian grain, taking 2.86 Mt." then "Egypt followed with 2.41 Mt": an entry
        // of the flow the sentence before told, whose place stands on the side away from the story's own place (Ukraine
        // sells, so Egypt buys; in a story of India's imports, "Iraq came next" sells)
        const storyPlace = article.mainPlaces[0];
        const storySide = !hitHere && measure?.how === "previous" && read.length === 1 && read[0].role === "place" && read[0].code !== storyPlace ? previousFlow?.find((p) => p.code === storyPlace && (p.role === "exporter" || p.role === "importer")) : undefined;
        if (storySide) read = [{ ...read[0], role: storySide.role === "exporter" ? "importer" : "exporter" }, { code: storySide.code, role: storySide.role, explicit: true }];
        // "was paid €6.3 billion for these supplies": the sides the flow of the sentence before named
        if (previousFlow && /^(?:imports|exports)/.test(measure?.key ?? "") && refersBack(text, end)) {
          for (const side of ["exporter", "importer"] as const) {
            const earlier = previousFlow.find((p) => p.role === side);
            if (earlier && !read.some((p) => p.role === side)) read = [...read, earlier];
          }
        }
        // a benchmark's price ("Brent rose to $74.23", "Brent was up 8.2%") is the market's: no place, the benchmark its
        // site (an amount or a percentage whose only subject is the benchmark is its price)
        const quoted = /^[A-Z]{3}(?:\/|$)/.test(claim.unit) || claim.unit === "%" ? benchmarkOf(text, from, to, start, end) : undefined;
        // (a measure word only elsewhere in the sentence yields to it: "Bitcoin climbed as high as $126,198, …, taking
        // its market value to $2.5 trillion")
        if (quoted && (!measure || measure.how === "sentence" || (measure.how === "noun" && measure.name.toLowerCase() === quoted.name.toLowerCase()))) measure = { key: "price", name: "price", how: "clause" };
        // "after touching an intraday high of $78.73": the session's high, not the price it settled at
        const extreme = measure?.key === "price" && claim.unit !== "%" ? priceExtreme(text, start, end) : undefined;
        if (extreme) measure = extreme;
        const benchmark = measure?.key === "price" || extreme ? quoted : undefined;
        // a number the clause says is the world's ("displaced worldwide", "global shipments") takes no place of the article
        // ... or whose measure word the clause calls the world's ("expects global oil demand to grow by 2.2 million bpd
        // this year to a record 102.3 million bpd": both numbers)
        // ... or a measure of a market that no country holds: money into funds of an asset ("inflows into bitcoin
        // ETFs") is the asset's worldwide (money out of a country's stocks is the country's)
        // ... or central banks' purchases with no bank's place ("Fourth-quarter purchases jumped 54% to 333t" in a story
        // about central banks' buying): all of them
        const world = read.length || benchmark ? undefined : (worldScope(text, from, to, start, end) ?? (hitHere ? worldScope(text, from, hitHere.start, hitHere.start, hitHere.start) : undefined) ?? (measure && FUND_FLOWS.has(measure.key) && product ? WORLD : undefined) ?? (measure?.key === CENTRAL_BANK_PURCHASES.key ? WORLD : undefined));
        // (a film's takings are told by market: at home, abroad, in all; see boxOffice.ts)
        // (what a film cost to make is the film's, in no market)
        const market = boxOfficeStory && money && measure?.key === "revenue" ? boxOfficeMarket(text, from, to, start, end, article.mainPlaces[0] ?? "us") : undefined;
        let scoped = market ? [market] : benchmark || (boxOfficeStory && measure?.key === "production-cost") ? [] : world ? [world] : organisationStory && !read.length && !NATIONAL_MEASURES.has(measure?.key ?? "") ? read : withArticlePlaces(read, measure?.key, article, !!hitHere, measure?.key === "market-share" && !!product);
        // (an amount per person is a figure of its own: "Spending per tourist averaged €911" is no part of total spending;
        // nor "GDP per capita", "€911 per visitor")
        const perPerson = measure && !measure.key.endsWith("-per-person") && (claim.unit !== "%") ? (PER_PERSON.exec(hit && hit.end <= start ? text.slice(hit.end, hit.end + 24) : "") ?? PER_PERSON.exec(text.slice(end, end + 24))) : null;
        if (measure && perPerson) measure = { ...measure, key: `${measure.key}-per-person`, name: `${measure.name} per ${perPerson[1].toLowerCase()}` };
        // (the demand of one use is not the market's: "Jewellery demand fell 14%", "Demand for bars and coins rose 11%";
        // see demandKind.ts)
        if (measure?.key === "consumption" && hitHere && !hitHere.verb) {
          const named = (a: number, b: number) => productsOf[si].some((p) => p.start < b && a < p.end) || placesOf[si].some((p) => p.start < b && a < p.end);
          const kind = demandKind(text, hitHere.start, hitHere.end, named);
          if (kind) measure = { ...measure, key: `consumption@kind:${kind}`, name: `${kind} ${text.slice(hitHere.start, hitHere.end).toLowerCase()}` };
        }
        // (a count per a number of something is a rate: "46 deaths per million inhabitants", "63 insolvencies for every 10,000
        // enterprises"; see rate.ts)
        // (and so is an amount per unit told before it: "each tonne of cane yielded an average of 141.6 kg")
        // (not a unit the amount is already told per: "the average price per kilo came to $2.41" is in USD/t)
        const rate = (claim.unit === "count" ? rateAfter(text, end, to) : undefined) ?? (claim.unit.includes("/") ? undefined : rateBefore(text, start));
        if (rate) measure = { key: `${measure?.key ?? "count"}@per:${rate.key}`, name: `${measure?.name ?? "count"} ${rate.name}`, how: measure?.how ?? "clause" };
        // (passengers are counted by how they travel: "Cruise passenger numbers fell to 948,216" and "the ferry carried 5.94
        // million passengers" are two counts)
        const mode = measure?.key === "n:traveller" ? TRAVEL_MODE.exec(text.slice(Math.max(from, start - 120), Math.min(to, end + 30))) : null;
        if (measure && mode) measure = { ...measure, key: `n:${mode[1].toLowerCase()}-traveller`, name: `${mode[1].toLowerCase()} passengers` };
        // (a measure of one age band is its own: "the rate for 18 to 20-year-olds", "workers aged 21 and over")
        // (and a share of one age band in any story: "29.7% of the population aged 65 and over", "31.4 per cent of
        // residents are 65 or older")
        const shareBands = !ageBands.length && kinds[i] === "share" && SHARE_OF_PEOPLE.test(text.slice(from, to)) ? bandsOf[si] : ageBands;
        const band = measure && shareBands.length ? ageBandOf(text, shareBands, from, to, start, end) : undefined;
        if (measure && band) measure = { ...measure, key: `${measure.key}@${band.key}`, name: `${measure.name}, ${band.name}` };
        // (in a story about emissions, a sector's are its own: "Emissions from power stations dropped 15%", "domestic
        // transport produced 118 million tonnes", "Electricity generation accounted for 11% of the total")
        const emitted = emissionsStory && (measure?.key === "emissions" || claim.unit === "t" || (kinds[i] === "share" && SHARE_OF_TOTAL_AFTER.test(text.slice(end, end + 30))));
        const sector = emitted ? emissionSectorOf(text, start) : undefined;
        if (sector) {
          measure = { key: `emissions@${sector}`, name: `emissions, ${sector}`, how: "clause" };
          // (the goods a sector makes are no part of what it emits: "Electricity generation accounted for 11%")
          product = undefined;
        }
        // (in a story that counts firms failing or jobs by sector, a sector's count is its own: "construction topped the
        // table with 4,187 insolvencies", "health care added 54,000 jobs"; see sector.ts)
        const sectorCounted = sectorStory && (claim.unit === "count" || claim.unit === "%") ? sectorStory : undefined;
        const economicSector = sectorCounted ? sectorOf(text, start, end, sectorCounted) : undefined;
        // (a rate keeps its measure: "118 cases per 10,000 companies" is no count of a sector's failures)
        const bySector = sectorCounted && !rate ? sectorMeasure(sectorCounted, measure?.key, text.slice(from, to), text, economicSector) : undefined;
        if (bySector && economicSector) {
          measure = { key: `${bySector.key}@${economicSector}`, name: `${bySector.name}, ${economicSector.replace("-", " ")}`, how: measure?.how ?? "clause" };
          product = undefined;
        } else if (bySector && measure?.key !== bySector.key) measure = { ...bySector, how: measure?.how ?? "clause" };
        // (in a story that counts deaths by cause, the cause is part of the measure: deathCause.ts)
        if (causes && (measure?.key === "deaths" || measure?.key === "n:death" || measure?.key === "n:overdose")) {
          const cause = deathCause(text.slice(from, to)) || causes.main;
          measure = { key: `deaths@${cause}`, name: `deaths, ${cause}`, how: measure.how };
        }
        // (deaths or cases still under investigation are a count of their own, not the confirmed ones: "a further 1,386
        // deaths remain under investigation", "1,836 deaths are still being investigated")
        if (measure && claim.unit === "count" && /^(?:deaths|n:death|n:case|casualties)(?:@|$)/.test(measure.key) && UNDER_INVESTIGATION.test(text.slice(end, Math.min(to, end + 60)))) {
          measure = { key: `${measure.key.split("@")[0]}@investigated`, name: `${measure.name.split(",")[0]} under investigation`, how: measure.how };
        }
        // (places counted where something happened are counted by which way it went: "the decline was recorded in 45
        // states" and "deaths rose in two states" are two facts)
        if (measure && PLACE_COUNT.test(measure.key) && /\b(?:in|across)\s+(?:just\s+|only\s+|some\s+|about\s+)?$/i.test(text.slice(Math.max(from, start - 20), start))) {
          const way = directionOf(text.slice(from, to));
          if (way) measure = { ...measure, key: `${measure.key}:${way}`, name: `${measure.name} where it ${way === "up" ? "rose" : "fell"}` };
        }
        // (the cases, treatments or pathways of a waiting list are one count: waiting.ts)
        measure = waitingListMeasure(text, measure) ?? measure;
        const keys = scopeKeys(measure, scoped);
        // a count of a model named after it ("handed over 79 A220s, 68 A350s") is that model's, and its measure is
        // what the sentence's verb did with them (modelCount.ts)
        const model = claim.unit === "count" ? modelCounted(text, end, text.slice(newsroom[si], start)) : undefined;
        if (model?.measure) keys.measure = model.measure;
        measuresHere[i] = keys.measure;
        if (!itemNoun && claim.unit === "count" && keys.measure?.how === "noun" && keys.measure.key.startsWith("n:")) itemNoun = keys.measure.key.slice(2);
        if (!leadNoun && si < 5 && itemNoun) leadNoun = itemNoun;
        // whose figure it is where no place says so: a company's revenue, profit, market share …, or a number with
        // no place at all ("The lender employs 41,000 people")
        // (a kind of goods' share of a market, no company named in its clause, is the market's: "hybrids took 35.1%")
        const goodsShare = keys.measure?.key === "market-share" && !!product && !holderBefore(holdersOf[si], from, start);
        const companyMeasure = !!keys.measure && COMPANY_MEASURES.has(keys.measure.key) && !goodsShare;
        // ... or where the clause says the number is an organisation's own ("Halford Bank said its mortgage lending
        // grew 8% to £42 billion": the bank's, not the country's of the story)
        const owner = holderBefore(holdersOf[si], from, start);
        // ... or a company's sales in a market ("Tesla registered 31,236 cars in the EU", "BYD's EU registrations
        // jumped 147%"): the name right before the measure word, as its subject or possessive
        // ... or its output ("Codelco's output declined", "Escondida, majority-owned by BHP, produced 96,100 tonnes")
        const salesHit = hit && (hit.concept.key === "unit-sales" || hit.concept.key === "production") ? hit : undefined;
        const brand = salesHit ? subjectBefore(holdersOf[si], from, salesHit.start, text, holderNames) : undefined;
        // ("Freeport's return … allowed the U.S. to lift its LNG exports": "its" is the place's, named between)
        const its = owner && start - owner.end <= 120 ? /\b(?:its|their)\b/i.exec(text.slice(owner.end, start)) : null;
        const owned = !!brand || (!!owner && !!its && !places.some((p) => p.start >= owner.end && p.end <= owner.end + its.index));
        // ... and a national figure is no organisation's ("the national total reached 61 million passengers")
        const national = isNationalFigure(text.slice(Math.max(from, start - 120), Math.min(to, end + 120)));
        // a takeover's numbers are the company the story is about ("Calloway will pay $58 a share" for Brenmark's)
        // ... and the people an organisation employs are its workforce ("Nordlicht, which employs 61,000 people",
        // "The company, employing 64,000 people worldwide"), wherever the story is
        const workforce = !national && (jobCut || workforceShare || isEmployedCount(text, from, start));
        // ... a transfer's fee and a player's goals are the player's ("player:kamara"), in no place
        const player = transferStory && isPlayerMeasure(keys.measure?.key) ? playerOf(text, from, to, start, players) : undefined;
        if (player) {
          scoped = [];
          keys.scopeKey = scopeKeys(keys.measure, scoped).scopeKey;
        }
        // the name that opens the number's clause as its subject, if any ("Sants Estació logged 18.4 million entries")
        const subject = subjectHolder(holdersOf[si], text, from, start);
        const holder = model ? { start: end, end, key: model.key, name: model.name, initial: false } : player ? { ...player, start, end: start, initial: false } : deal && storyHolder ? storyHolder : brand ? brand : owned ? owner : benchmark || national || NATIONAL_MEASURES.has(keys.measure?.key ?? "") ? undefined : companyMeasure || workforce || !scoped.length ? (holderBefore(holdersOf[si], from, start, holderNames, text) ?? openingHolder(text, holdersOf[si], from) ?? lastHolder ?? leadHolder) : !scoped.some((p) => p.explicit) ? subject : undefined;
        // an organisation's worldwide figure is its total ("global turnover of 40 billion euros" is its revenue), and
        // its workforce is in no place of the story's unless its clause names one
        if (holder && ((companyMeasure && world) || workforce)) {
          scoped = scoped.filter((p) => p.explicit && p.code !== "world");
          keys.scopeKey = scopeKeys(keys.measure, scoped).scopeKey;
        }
        // (and where a company's shares trade is no place of their price: "closed 4.7% lower at 14.82 euros in Amsterdam")
        if (holder && keys.measure?.key === "share-price" && scoped.length) {
          scoped = [];
          keys.scopeKey = "";
        }
        // goods a company ships or buys, with no place on either side, are its sales or purchases, not a country's
        // exports or imports ("the carmaker delivered 412,300 vehicles", "deliveries fell 6%")
        if (holder && !scoped.length && (keys.measure?.key === "exports" || keys.measure?.key === "imports")) keys.measure = companyFlow(keys.measure, keys.measure.how === "previous" ? undefined : hit, text, money);
        // a directed scope key ("gh>my") is a flow with both sides named
        if (keys.scopeKey.includes(">")) flowHere = scoped;

        // kind, with the period's deadline
        // a headline's clauses are sentences of their own ("flies record 28.4 million passengers, eyes about 30 million in
        // 2026"): a period of another clause of the title is not the number's
        // (a change set after its level is of the level's time where the level's own words tell it and the change's
        // do not: "purchasing 333 tonnes in the fourth quarter, 54% more than a year earlier", in a sentence that
        // opened "at the end of the year")
        const own = appendedTo >= 0 && bound[i].how !== "own" && bound[appendedTo].how === "own" ? bound[appendedTo] : bound[i];
        const b = claim.end <= headEnd && own.how === "sentence" ? NO_PERIOD : own;
        let kind = voteShare ? "share" : (poll || fill) && kinds[i] !== "change" && kinds[i] !== "target" ? "level" : kinds[i];
        // a takeover's premium "to Friday's close" or "more than the last close" is the premium itself, not a change
        if (deal && kind !== "target") kind = "level";
        // a film's takings "added" from a market are what it took there ("added $112 million from international
        // markets"), not a change (boxOffice.ts)
        if (boxOfficeStory && money && kind === "change" && ADDED_TAKINGS.test(text.slice(Math.max(from, start - 40), start))) kind = "level";
        // a stock's count installed over a stretch of time is what it added ("4,210 devices were installed between July
        // and September", as "Installers added 2,410 devices in the three months to September" tells it), not the
        // count in place ("84,630 devices installed across the UK" at a date)
        if (kind === "level" && STOCK_COUNT.test(keys.measure?.key ?? "") && b.span && monthsIn(b.span) >= 1 && b.span.from !== b.span.to && INSTALLED_AROUND.test(text.slice(Math.max(from, start - 30), Math.min(to, end + 40)))) kind = "change";
        // (and what a central bank "added" is what it bought: "India's central bank added 77 tonnes")
        if (keys.measure?.key === CENTRAL_BANK_PURCHASES.key && kind === "change" && ADDED_BEFORE.test(text.slice(Math.max(from, start - 40), start))) kind = "level";
        // ("By 2025, China had bought more than $230 billion": a deadline that is over, or told in the past perfect, is
        // a level reached by then)
        if (b.role === "by" && kind !== "rank" && !(article.dated && b.span && isPast(b.span, article.dateMonth)) && !PAST_PERFECT.test(text.slice(from, to))) kind = "target";
        // a number about a time wholly after the date line can only be a forecast or a plan ("the deficit will widen
        // to C$62.3 billion in the 2026-27 fiscal year", dated March 2026)
        // (not money asked for a year to come: "requested 8.85 trillion yen for fiscal 2026" is what was asked, now)
        if (kind !== "rank" && article.dated && b.how !== "context" && b.span && b.role !== "since" && isFuture(b.span, article.dateMonth) && measure?.key !== "request") kind = "target";
        // a comparison base ("compared with last year's 33 million tons") is an actual, whatever the clause aims at
        // (and so is a line of a budget: "would go to drones" is what the budget gives, told as the budget is)
        if (kind === "target" && (slots[i].base || allocation)) kind = "level";
        // (nor is a number told as it stands now, whatever time the sentence goes on to: "now 1.41 billion, is projected
        // to shrink to 633 million in 2100")
        if (kind === "target" && b.how !== "own" && isToldAsNow(text, start, end)) kind = "level";
        // a trial's efficacy is how well the medicine worked, told as a cut ("reduced severe disease by 83.4%") or a
        // share of cases ("prevented 83.4% of severe cases") alike
        if (efficacy && kind !== "target") kind = "level";
        // ... and the base of a percentage change is the change before ("rose 3.1%, up from 2.8% in September")
        const earlierChange = slots[i].base && claim.unit === "%" && i > 0 && kinds[i - 1] === "change" && mine[i - 1].unit === "%";
        if (kind === "level" && earlierChange) kind = "change";
        // "consumer prices rose 3.0% from a year earlier" is inflation at 3.0%, the level "inflation slowed to 3.0%"
        // states; a change from the month before ("compared with September") is a monthly rate, a fact of its own
        if (kind === "change" && keys.measure?.key === "inflation" && hitHere && !/inflation/i.test(text.slice(hitHere.start, hitHere.end)) && !MONTHLY.test(text.slice(Math.max(from, start - 120), Math.min(to, end + 120))) && changeBasis(text, from, to, start, end) !== "month") kind = "level";
        // "employers added 227,000 jobs", "the plant cut 2,000 jobs": jobs made or lost are a change in employment, as
        // "payrolls increased by 227,000" says it
        if (kind === "level" && keys.measure?.key === "n:job" && JOB_CHANGE_VERB.test(text.slice(Math.max(from, start - 60), start))) kind = "change";
        // ... and jobs an organisation will cut are the cut it announces, not a forecast, unless it may not come
        if (jobCut && !isMaybeCut(text, start)) kind = "change";
        if (workforceShare) kind = "share";

        // a traded good's price on a market ("Brent crude futures settled at $63.18", "WTI was up 1.1% at 1400 GMT"):
        // the market's, whoever the story credits elsewhere
        const marketQuote = keys.measure?.key === "price" && (isSessionMove(text) || MARKET_QUOTE.test(text));
        // origin: the credit in the sentence, else the story's credit before it, else the first of the story
        // ("official figures show", in a story of no one place: the story's named source is who they are)
        const told = creditNear(kind === "target" ? credits : factCredits, start, end);
        const near = told && /^(?:the\s+)?official\s+(?:statistics|data|figures)$/i.test(told.name.trim()) && !creditOf(told) ? undefined : told;
        let origin = "";
        let originName = "";
        let originAlias: string | undefined;
        let originHow: ClaimFrame["originHow"] = "none";
        const nearCredit = near ? creditOf(near, text) : undefined;
        const announcer = near ? undefined : announcerBefore(text, from, start);
        if (nearCredit) {
          origin = nearCredit.key;
          originName = nearCredit.name;
          originAlias = nearCredit.alias;
          originHow = "sentence";
        } else if (claim.attribution && keyOf(claim.attribution)) {
          // the extractor's reading of who said it (a pronoun resolved to the sentence before, say)
          origin = keyOf(claim.attribution);
          originName = claim.attribution;
          originHow = "sentence";
        } else if (!near && announcer && keyOf(announcer)) {
          // "The European Union pledged 20 million euros": what a body gives or decides is its own word
          origin = keyOf(announcer);
          originName = announcer;
          originHow = "sentence";
        } else if (!near && (lastCredit ?? firstCredit) && keys.measure?.key !== "share-price" && !marketQuote) {
          // (a share's move is the market's, never the story's source's; so is a traded good's quote: see marketQuote)
          // (a credit the sentence gives but nobody can be read from, "the company said" of a company never named,
          // is not replaced by another sentence's)
          const c = (lastCredit ?? firstCredit) as StoryCredit;
          origin = c.key;
          originName = c.name;
          originAlias = c.alias;
          originHow = "story";
        }

        if (kind !== "target") forecastsOnly = false;
        if (measure?.key === "request" && b.how === "own") asksForLater = true;
        // a forecast of a place's figure by the body credited with it ("Conab raised its forecast for Brazil's soybean
        // crop to 177.6 million tonnes") is the place's figure, forecast by that body: its origin, not whose it is
        const forecaster = !!holder && kind === "target" && scoped.length > 0 && !companyMeasure && !!originName && sameName(holderNames.get(holder.key)?.name ?? holder.name, originName);
        const frame: ClaimFrame = {
          measure: PER_SHARE_AFTER.test(text.slice(end, end + 16)) && !keys.measure?.key.endsWith("per-share") ? perShare(keys.measure) : keys.measure,
          places: scoped,
          scopeKey: keys.scopeKey,
          periodHow: b.how,
          kind,
          origin,
          originName,
          originHow,
          eventDate: article.dateMonth,
        };
        if (originAlias) frame.originAlias = originAlias;
        // a change set after its level, with no goods or place of its own, is the level's goods' and place's ("- United
        // States: 6.7 Mt, up 1.1%"; "Global output reached 151.2 Mt, worldsteel data show, an increase of 0.8%")
        const levelFrame = appendedTo >= 0 ? out.get(mine[appendedTo].id) : undefined;
        if (levelFrame && !product && levelFrame.product) product = levelFrame.product;
        if (levelFrame && !read.length && levelFrame.places.some((p) => p.explicit)) {
          frame.places = levelFrame.places;
          frame.scopeKey = levelFrame.scopeKey;
        }
        // (and a number in a when-clause that names no place is of the place of the number before it: "Global output
        // was 2.8% lower than in the same month last year, when producers turned out 155.8 million tonnes")
        const recalledFrame = !levelFrame && !read.length && i > 0 && WHEN_CLAUSE_BETWEEN.test(text.slice(rel[i - 1].end, start)) ? out.get(mine[i - 1].id) : undefined;
        if (recalledFrame && recalledFrame.places.some((p) => p.explicit)) {
          frame.places = recalledFrame.places;
          frame.scopeKey = recalledFrame.scopeKey;
        }
        // natural gas counted by weight is liquefied: gas in tonnes is LNG
        if (product === "gas" && claim.unit === "t") product = "LNG";
        // (a quoted asset is its benchmark: "Bitcoin rose to $126,198" is bitcoin's price once, not bitcoin bitcoin's)
        // (months of imports a country's reserves cover are of all its goods: "cover 8.6 months of imports" after a
        // sentence about gold is no gold's)
        if (product && product !== benchmark?.key && frame.measure?.key !== IMPORT_COVER.key) frame.product = product;
        // the seats a party won are its own ("The Social Democrats … will hold 104 seats"), named anywhere before in the
        // sentence; the assembly's size ("of the 300 seats") is nobody's
        // (and so are the constituencies it won: "the CDU held on to only 16 of the 60 constituencies")
        const partySeats = electionStory && PARTY_COUNT.test(keys.measure?.key ?? "") && !isSeatTotal(text, start, end);
        if (voteShare || partySeats || pollShare) {
          if (voteShare) frame.shareOf = "vote";
          // a share of the vote is a candidate's or a party's: the name before it in its clause, a person's too
          const candidate = holderBefore(findHolders(text, places, NO_PEOPLE, words), voteShare || pollShare ? from : 0, start);
          // known by the last word of the name, a surname or a party's last word ("Conservative Ana Moreno" = "Ana Moreno")
          frame.holder = candidate ? `c:${candidate.name.slice(candidate.name.lastIndexOf(" ") + 1).toLowerCase()}` : "?";
          if (candidate) frame.holderName = candidate.name;
        } else if (electionStory && PARTY_COUNT.test(keys.measure?.key ?? "")) {
          // (the assembly's size)
        } else if (holder && keys.measure?.key === "market-share" && holder !== owner && originName && sameName(holderNames.get(holder.key)?.name ?? holder.name, originName)) {
          // a market share whose clause names nobody is not the body credited with the data ("Hybrids took 35.1% of
          // the market, ACEA data showed" is no share of ACEA's): whose it is stays unknown
          frame.holder = "?";
        } else if (holder && !forecaster) {
          frame.holder = holder.key;
          frame.holderName = holderNames.get(holder.key)?.name ?? holder.name;
        } else if (companyMeasure) frame.holder = "?";
        // the named site inside the places ("output at the Tengiz field"): a country's total is not a field's
        // ... or a capital named as the city where the figure is ("in London, prices fell 1.1%")
        // (a clause that a dateline opens starts after it: "ISTANBUL, Jan 8 (Wire) - Istanbul Airport handled …")
        // (not a city where a deal or an offering took place: "the largest listing in Stockholm" raised all it raised)
        // (a change set after its level is the level's site's: "… in the Legal Amazon …, down 30.6% from the previous period")
        const site = benchmark ?? (national ? undefined : ((sites.length ? siteOf(text, sites, Math.max(from, newsroom[si]), to, start, end) : undefined) ?? (deal ? undefined : citySite(text, places.filter((p) => !apart(p)), Math.max(from, start - 200), Math.min(to, end + 200), end)) ?? compassSite(text, start) ?? siteReferredTo(text, Math.max(from, newsroom[si]), to, namedSite) ?? (si > 0 ? provinceReferredTo(text.slice(Math.max(from, newsroom[si]), to), () => findProvinces(texts[si - 1], wordsOfSentence[si - 1])) : undefined) ?? siteOfPronoun(text, sites, Math.max(from, newsroom[si]), start) ?? (levelFrame?.site ? { key: levelFrame.site, name: levelFrame.siteName ?? levelFrame.site } : undefined) ?? (subject ? undefined : storyCity(article, scoped))));
        if (site) {
          frame.site = site.key;
          frame.siteName = site.name;
          // the site read as the organisation too ("Istanbul Airport served 84.2 million travellers") is the site alone;
          // and where its clause names no other organisation, it is the site's figure, not an unknown company's nor the
          // one the story names most ("Revenue from the Suez Canal dropped 61%, according to the Suez Canal
          // Authority"); an owner its clause names stays ("Output at Hallberg's Ostrava plant")
          const mention = "start" in site ? (site as SiteMention) : undefined;
          // (a body credited in the clause is who gives the number, not whose site it is: "according to the SCA")
          // (and the site's own name, read as an organisation too, is none: "Istanbul Airport served …")
          const inSite = (h: HolderMention) => !!mention && h.start < mention.end && mention.start < h.end;
          const siteOwner = holderBefore(holdersOf[si].filter((h) => !inSite(h)), from, start, undefined, text);
          // (nor one that only estimates the site's figure: "AICA put output in Castilla-La Mancha at 118,700 tonnes")
          const estimator = !!siteOwner && mention !== undefined && ESTIMATE_VERB.test(text.slice(siteOwner.end, mention.start));
          // (a party's seats or votes stay the party's in the region that votes: "won 38 of Saxony's 60 constituencies")
          if (frame.holder && !frame.holder.startsWith("c:") && (frame.holder !== siteOwner?.key || estimator || frame.holderName?.toLowerCase() === site.name.toLowerCase())) {
            delete frame.holder;
            delete frame.holderName;
          }
          // a named site is where its figure is: the country around it adds nothing ("Egypt's Suez Canal earned $4
          // billion" = "the Suez Canal earned $4 billion", an outlet that leaves the country out states the same fact);
          // not a region named by its compass point (every country has a north-east), nor the sides of a flow, nor the
          // places of an event's duration (they tell one event from another: see the audit's splitEvents)
          const eventDuration = claim.unit === "s" && !!keys.measure?.key.startsWith("n:");
          // (a flow's one side that is the site's own country, read from the site's name, adds nothing either:
          // "Bordeaux's exports" are the city's, France's only through it)
          const siteCountryOnly = frame.places.length === 1 && places.some((p) => p.code === frame.places[0].code && text.slice(p.start, p.end) === site.name);
          if (!site.key.startsWith("region:") && !eventDuration && (siteCountryOnly || frame.places.every((p) => p.role === "place"))) {
            frame.places = [];
            frame.scopeKey = "";
          }
        }
        // a part of a whole told before, set somewhere the clause names in words of no place, site or organisation ("Of
        // the 427 killed, 61 were on privately owned reserves", "Of those, 198 were in the park"): whose part it is was
        // not read — it may agree with another outlet's, never contradict the whole or another part
        // (and the next entry of its list: "…, £0.68 billion was borrowed on credit cards and £0.84 billion through other
        // forms of consumer credit")
        const nextPart = partOfWhole >= 0 && partOfWhole === i - 1 && mine[i - 1].unit === claim.unit && NEXT_PART.test(text.slice(rel[i - 1].end, start));
        if (!frame.site && !frame.holder && !scoped.some((p) => p.explicit) && (nextPart || (PART_OF_WHOLE.test(text.slice(newsroom[si], start)) && PART_SET_WHERE.test(text.slice(end, Math.min(to, end + 40)))))) {
          frame.holder = "?";
          partOfWhole = i;
        }
        // an event's duration whose sentence names no place of its own ("The conversation lasted 1 hour and 25 minutes"): the
        // event of the places the article is about, which tell it from another event of the same word elsewhere
        if (claim.unit === "s" && keys.measure?.key.startsWith("n:") && !scoped.some((p) => p.explicit) && article.mainPlaces.length) frame.eventPlaces = article.mainPlaces.slice(0, 2);
        // a person's age ("Okafor, 24,", "a 45-year-old farmer") is no figure an analyst compiles; an average is
        // (and the number in an index's name is none: "500" of "S&P 500")
        if (isNotFigure(claim.unit, claim.value, text, end, start) || (claim.unit === "s" && isWaitLimit(text, start)) || (keys.measure?.key === "age" && !AVERAGE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) || indices.some((x) => x.numberAt === start)) frame.notFigure = true;
        // an estimate or a forecast the sentence says was replaced ("from a previously reported 0.2%"): see revision.ts
        if (isSuperseded(text, start)) frame.superseded = true;
        // a target's horizon is its own ("by 2030", "for 2030"): the year the text was about before is not it; nor
        // is it the time of a rank stated as a standing fact ("Russia ranks fifth among its partners")
        // a market's move of the session ("rose 26% by midday", "closed up 27%") is the article's day, not the period the
        // text was about before (a ranking or a target takes none from there either)
        if (kind === "target" && (b.how === "context" || !b.span) && forecastContext) {
          frame.period = forecastContext;
          frame.periodHow = "context";
        }
        else if (b.span && !((kind === "target" || kind === "rank" || isSessionMove(text)) && b.how === "context")) frame.period = kind === "target" ? forecastPeriod(b.span, text, article, [contextPeriod, ...bound.filter((_p, j) => kinds[j] !== "target").map((p) => p.span)]) : b.span;
        if (b.role) frame.periodRole = b.role;
        // a result of the story's election told with no period is that election's (a month's outlets report one)
        const electionResult = electionStory && (voteShare || partySeats || keys.measure?.key === "turnout");
        if (electionResult && keys.measure?.key === "turnout") frame.kind = "level";
        if (electionResult && !frame.period && kind !== "target" && !slots[i].base && article.dated && !isEarlierElection(text.slice(from, to))) {
          const period = electionPeriod(article.dateMonth);
          if (period) frame.period = period;
        }
        // the month of the event the story tells (an offering, a takeover, a poll, a dispute), for a number told with no
        // period of its own or only the one the text was about
        const eventMonth = () => ((!frame.period || b.how === "context") && kind !== "target" && !slots[i].base && article.dated ? dealPeriod(article.dateMonth) : undefined);
        // ... and so is a number of the story's offering or takeover told with no period (the money raised, the price
        // per share, the valuation, the deal's value): the deal is the one of the article's month (see offering.ts)
        // (not the year the sentences before were about: "Brenmark's revenue rose last year … The deal values it at")
        const dealMonth = deal ? eventMonth() : undefined;
        if (dealMonth) frame.period = dealMonth;
        // ... and so is a ballot's yes vote told with no period, or only the one the text was about: the ballot of the
        // article's month (see ballot.ts)
        const ballotMonth = frame.measure?.key === BALLOT_YES.key ? eventMonth() : undefined;
        if (ballotMonth) frame.period = ballotMonth;
        // a poll's numbers are its pollster's (the one its sentence names, else the story's), of the month the poll
        // was published (poll.ts)
        if (poll) {
          const month = eventMonth();
          if (month) frame.period = month;
          const named = pollstersIn(text);
          const pollster = [...named].reverse().find((p) => p.at < start) ?? named[0] ?? mainPollster;
          // (the pollster is the poll's origin, and the poll says where: no place of the article's)
          if (pollster) {
            frame.site = `poll:${pollster.key}`;
            frame.siteName = `${pollster.name} poll`;
            frame.origin = `poll:${pollster.key}`;
            frame.originName = pollster.name;
            frame.originHow = "sentence";
          }
          placeless(frame);
          // (its sample and its margin are the poll's own, not the pollster's as a company's: "Kantor questioned 2,104")
          if (!pollShare) {
            delete frame.holder;
            delete frame.holderName;
          }
        }
        // a dispute's demand, offer and strike are the dispute's: its employer's (dispute.ts), of the month the story was
        // written, in no place (one outlet names the country, another does not)
        if (disputeStory && (isDisputeMeasure(frame.measure?.key) || (frame.measure?.key === "n:strike" && claim.unit === "s"))) {
          const month = eventMonth();
          if (month) frame.period = month;
          if (frame.kind === "change") frame.kind = "level";
          placeless(frame);
          if (employer) {
            frame.holder = employer.key;
            frame.holderName = employer.name;
          } else delete frame.holder;
        }
        // a trial's results (its efficacy, its people) are the trial's, in no place, told in the month the story was
        // written (clinicalTrial.ts)
        // (and so are a breach's victims: the breach's, of its month)
        if (efficacy || breach || frame.measure === TRIAL_PARTICIPANTS) {
          const month = eventMonth();
          if (month) frame.period = month;
          placeless(frame);
        }
        // a quote (a rate, a yield, an index, how full a store is) told with no period of its own is of the day it was
        // told; so is one whose own period holds that day, where `ownHoldingDay` says so ("rose 9% this week" of a
        // weekly index); a forecast, a comparison base and a headline's number are not
        const toldThatDay = (ownHoldingDay = false) => (!frame.period || b.how !== "own" || (ownHoldingDay && !!article.dateDay && spanHoldsDay(frame.period, article.dateDay))) && kind !== "target" && !slots[i].base && !!article.dateDay && claim.end > headEnd;
        // a currency's rate is its pair's, on the day it was quoted (its change over the period its clause gives)
        if (fx) {
          frame.site = fx.pair.toLowerCase();
          frame.siteName = fx.pair.replace("/", " per ");
          placeless(frame);
          delete frame.holder;
          delete frame.holderName;
          if (fx.measure.key !== "fx-change" && frame.kind !== "target") frame.kind = "level";
          // (a title's quote takes the day of the body's quote it sums up: see headline.ts)
          // (a sentence that names no day goes on with the day of the quote before it: "… on Wednesday. It settled at
          // 90.15.")
          if (fx.measure.key !== "fx-change" && toldThatDay()) {
            const day = namesDay(text) || !quoteDay ? asOfDay(text, end, article.dateDay, true) : quoteDay;
            if (day) frame.period = daySpan(day);
            quoteDay = day;
          }
          if (fx.measure.key === "fx-change" && frame.kind === "level") frame.kind = "change";
        }
        // an index's reading (and a route's rate) is the index's, in no place and of no company, on the day it was
        // told ("this week" of a weekly index is that day's reading too)
        // ... and so is a traded good's price on an exchange ("New York cocoa futures rose 4.1% to $10,640"), the
        // exchange its site (exchange.ts)
        const exchange = !index && !route && !benchmark && product && frame.measure?.key === "price" ? exchangeOf(text, products, places, from, to, start) : undefined;
        const traded = index ? { key: `index:${index.key}`, name: index.name } : route ? { key: `route:${route.key}`, name: route.name } : exchange ? { key: `exchange:${exchange.key}`, name: exchange.name } : undefined;
        if (traded) {
          frame.site = traded.key;
          frame.siteName = traded.name;
          // (an index's reading goes back to the index, whoever reports it: outlets repeat its compiler's number; its
          // compiler is named when the story names one: "Drewry's World Container Index")
          // (and so does a route's rate in a story of an index: the routes are the index's parts, its compiler's numbers)
          const compiler = index ?? storyIndex ?? indices[0];
          if (compiler) {
            frame.origin = `index:${compiler.key}`;
            frame.originName = compiler.owner ?? compiler.name;
            frame.originHow = "sentence";
          }
          delete frame.holder;
          delete frame.holderName;
          placeless(frame);
          if (toldThatDay(true)) {
            const day = asOfDay(text, end, article.dateDay, true);
            if (day) frame.period = daySpan(day);
          }
        }
        // a bond's yield is its term's, on the day it was told (its move too: a yield moves by the day)
        if (bond) {
          if (bond.years) {
            frame.site = `yield:${bond.years}y`;
            frame.siteName = `${bond.years}-year`;
          }
          delete frame.holder;
          delete frame.holderName;
          if (claim.unit === "pp" && frame.kind === "level") frame.kind = "change";
          if (toldThatDay()) {
            const day = asOfDay(text, end, article.dateDay, true);
            if (day) frame.period = daySpan(day);
          }
        }
        // a stock's level in "the week ended Nov. 21" is its level that day, as another outlet's "as of November 21"
        if (kind === "level" && frame.period?.endedOn && HELD_AT_A_MOMENT.has(frame.measure?.key ?? "")) frame.period = daySpan(frame.period.endedOn);
        // how full a store is changes by the day: told with no period, it is of the day it was told ("on Wednesday",
        // else the date line's), and two outlets' levels of one day may contradict each other
        // (a period the sentence gives another of its numbers is not the level's: "90.4% full on Wednesday, meeting the
        // 90% target for Nov. 1")
        // (a month the sentence, or the one before it that gave the period, names with its day is of that day: "stood
        // at 78% of live capacity on September 24", "… on Sept. 24. The stock equalled 87% of capacity")
        const fillMonth = frame.period && /^\d{4}-\d{2}(?:-\d{2})?$/.test(frame.period.from) && frame.period.from === frame.period.to ? frame.period.from.slice(0, 7) : undefined;
        const fillDay = fill && (fillMonth || !frame.period) ? (monthDayIn(text, article.year, fillMonth) ?? (b.how !== "own" && si > 0 ? monthDayIn(texts[si - 1], article.year, fillMonth) : undefined)) : undefined;
        if (fillDay) frame.period = daySpan(fillDay);
        else if (fill && toldThatDay()) {
          const day = asOfDay(text, end, article.dateDay, true);
          if (day) frame.period = daySpan(day);
        }
        // "which employs 61,000 people": a state told in the present is as of the article's month, not of the period
        // the sentences before were about
        const present = !poll && kind !== "target" && b.how !== "own" && b.how !== "opening" && article.dated && (isPresentState(text, start) || isToldAsNow(text, start, end)) ? presentPeriod(article.dateMonth) : undefined;
        if (present) {
          frame.period = present;
          frame.periodHow = "own";
        }
        // a ratio to GDP is a share of it, actual or forecast
        if (gdpBase) {
          if (frame.kind === "level") frame.kind = "share";
          frame.shareOf = "gdp";
        } else if (workforceShare) {
          frame.shareOf = "workforce";
        } else if (kind === "share" && !voteShare) {
          // a base that only names the product ("27% of all Russian liquefied natural gas") is the flow's own
          if (base && base !== "market" && !namesOnlyProduct(base) && !efficacy) frame.shareOf = POPULATION_WORDS.test(base) ? "population" : base;
          // (an age band's share is of the population, said or not: "the share of the population aged 65 and over
          // climbed to 29.7%", "31.4 per cent of residents are 65 or older")
          else if (band && !base && keys.measure?.key.startsWith("population")) frame.shareOf = "population";
          // (the part it tells of its whole, when no place, goods or organisation names it: "Men accounted for 78% of
          // those killed" and "people aged 18 to 24 accounted for 17 per cent" are two facts; see sharePart.ts)
          const part = band ? undefined : sharePart(text.slice(from, to), start - from);
          if (part) {
            const named = (m: { start: number }) => m.start >= from + part.start && m.start < from + part.end;
            if (!placesOf[si].some(named) && !productsOf[si].some(named) && !sites.some(named) && !mentionsOf[si].some((h) => !h.initial && named(h))) frame.sharePart = part.key;
          }
        }
        // a change on the month and a change on the year are two facts ("fell 0.8% from September", "up 1.2% on a year
        // earlier")
        // (a change over a whole year is on the year before, unless the text says otherwise)
        // (not a multiple, "nine times", nor a change since a year: they span years)
        if (frame.kind === "change" && claim.unit !== "x" && frame.periodRole !== "since") {
          // (a change that states none has the basis of the sentence's change before it: "London fell 0.6% over the
          // year, while Scotland rose 4.5%", "up 3.1% on a year earlier, compared with 2.8% the month before")
          const based = mine.slice(0, i).reverse().find((c) => out.get(c.id)?.changeBasis);
          const basis = changeBasis(text, from, to, start, end) ?? (based ? out.get(based.id)?.changeBasis : undefined) ?? (frame.period && monthsIn(frame.period) >= 12 ? "year" : undefined);
          if (basis) frame.changeBasis = basis;
          // (a comparison with a time the basis readers do not know, "fell 1.8% from the fourth quarter of 2025",
          // takes no basis from the article either: see articleBasis.ts)
          else if (comparesWithTime(text, from, to, start, end)) comparedOtherwise.add(frame);
        }
        // an inflation rate is told two ways: annual inflation is the rise of prices on the year ("annual inflation
        // eased to 193%" = "prices rose 193% over the past 12 months"), monthly inflation their rise on the month
        // ("monthly inflation fell to 2.7%" = "prices rose 2.7% from September"); and so is the rate it came down from
        if (frame.measure?.key === "inflation" && claim.unit === "%") {
          const compared = i > 0 && slots[i].base ? out.get(mine[i - 1].id) : undefined;
          if (frame.kind === "change" && frame.changeBasis === "year") {
            frame.kind = "level";
            delete frame.changeBasis;
          } else if (frame.kind === "level" && (changeBasis(text, from, to, start, end) === "month" || (compared?.measure?.key === "inflation" && compared.changeBasis === "month"))) {
            frame.kind = "change";
            frame.changeBasis = "month";
          }
        }
        // a price's or a rate's change over the twelve months to October is its change on the year in October ("rose
        // 3.1% in the 12 months to October" = "up 3.1% on a year earlier in October"), and its level then is October's;
        // a flow's is the twelve months' sum
        // a rate's or a price's level told "last week", "this week" ("kept its rate at 14.25% last week") is when it
        // was set or quoted, not a week's statistic: the period the text is about
        // (not when the text is about a stretch of months: "quoted at $404 a tonne this week" beside an average price for
        // January–September is a quote of its own)
        if (frame.period && frame.kind === "level" && monthsIn(frame.period) === 0 && POINT_MEASURES.has(frame.measure?.key ?? "") && /\b(?:last|this)\s+week\b/i.test(text) && !(contextPeriod && monthsIn(contextPeriod) > 1 && monthsIn(contextPeriod) < 12)) {
          if (contextPeriod) frame.period = contextPeriod;
          else delete frame.period;
        }
        // a price's or a rate's level told over "the 12 months to September" is September's, and so is a count of what
        // is in place at a moment, a stock ("the number of charging devices rose 21% in the year to the end of
        // September to 84,630" is the count at the end of September, as "climbed to 84,630 devices at the end of
        // September" tells it)
        const twelve = frame.period && (POINT_MEASURES.has(frame.measure?.key ?? "") || STOCK_COUNT.test(frame.measure?.key ?? "")) ? trailingYearEnd(frame.period) : undefined;
        if (twelve && (frame.kind === "level" || (frame.kind === "change" && frame.changeBasis === "year"))) frame.period = monthSpan(twelve.year, twelve.month);
        // a running toll told with no period is the count of the day it was told ("at least 412 dead" on Tuesday)
        if (!frame.period && isRunningToll(frame.measure?.key) && article.dateDay && kind !== "target") frame.asOf = asOfDay(text, end, article.dateDay);
        const basis = basisOf(text.slice(from, to));
        if (basis) frame.basis = basis;
        // "Of the $4.62 billion total, $2.51 billion was earned in the first half, and December alone brought in $381
        // million": parts of a total the story told before, by their own time, measure what the total measured and
        // whose it was (the verbs of earning made them a company's revenue, whose company no one named)
        // (and the total itself, told again, is the total told before, of its time too)
        const whole = restatedTotal && claim.unit === mine[0].unit ? toldBefore.get(restatedTotal) : undefined;
        if (whole && i === 0) {
          if (whole.period) frame.period = whole.period;
          else delete frame.period;
        }
        if (whole && (i === 0 || !frame.measure || COMPANY_MEASURES.has(frame.measure.key))) {
          frame.measure = whole.measure;
          frame.places = whole.places.slice();
          frame.scopeKey = whole.scopeKey;
          if (whole.product) frame.product = whole.product;
          delete frame.holder;
          delete frame.holderName;
        }
        out.set(claim.id, shareParts(frame));
        if (frame.kind === "level" && frame.measure && !toldBefore.has(amountKey(claim))) toldBefore.set(amountKey(claim), frame);
      });
      // "Sales of new cars climbed 5.8% in October, to 926,600 units": a change whose level is told in units sold is
      // the units' change, not revenue's
      for (let i = 0; i + 1 < mine.length; i++) {
        const change = out.get(mine[i].id);
        const level = out.get(mine[i + 1].id);
        if (change?.kind !== "change" || change.measure?.key !== "revenue" || level?.measure?.key !== "unit-sales" || level.kind !== "level") continue;
        if (CHANGE_TO_LEVEL.test(text.slice(rel[i].end, rel[i + 1].start))) out.set(mine[i].id, { ...change, measure: level.measure, product: level.product, holder: level.holder, holderName: level.holderName });
      }
    }

    // (a body named only as who reported the numbers, "…, Colliers reported.", is no holder of the sentences after it)
    // (not one named as another the sentence sets its subject against: "the remainder split between Ouigo and Iryo",
    // "ahead of rivals Ouigo and Iryo" are not whose the next sentences' numbers are)
    for (const h of holdersOf[si]) if (recurrent(h) && !creditsOf[si].some((c) => c.start <= h.start && h.end <= c.end) && !SET_AGAINST_BEFORE.test(text.slice(Math.max(0, h.start - 50), h.start))) lastHolder = h;
    // only the sentence right before hands its measure on (a list continued: "Iraq came next with 0.9 Mbd")
    // (a line that opens a list, "…, worldsteel reported:", and the list's items, "- Russia: 5.8 Mt", hand on the
    // measure before them: the items leave it out)
    // (not a measure word in an aside: "São Paulo state, the largest cane producer, crushed 262 Mt" hands on the crush)
    const handedOn = (measures.find((h) => !asideAround(text, h.start) && !inAppositive(text, h.start)) ?? measures[0]) ?? (LIST_LINE.test(text) ? previousMeasure : undefined);
    // (with the goods named nearest the measure handed on: "Spain was the largest buyer of Ukrainian grain …" then
    // "Egypt followed with 2.41 million tonnes" is grain too, not the story's main product)
    if (handedOn !== previousMeasure) previousProduct = handedOn && handedOn.concept.product ? productNear(productsOf[si], 0, text.length, handedOn.end, text) : undefined;
    previousMeasure = handedOn;
    // (or what its first item counts: "- India: roughly 237,000 students", then "- China: nearly 89,000")
    listNoun = /:\s*$/.test(text) ? listNounOf(text) : LIST_ITEM.test(text) ? (listNoun ?? itemNoun) : undefined;
    previousFlow = flowHere;
    flowHere = undefined;
    if (forecastsOnly) {
      if (sentenceMain) forecastContext = sentenceMain;
      continue;
    }
    const claimless = mine.length ? undefined : bindPeriods(text, mentions, [], contextPeriod);
    const main = claimless ? claimless.main : sentenceMain;
    // a time still to come ("expects the deal to close in the first half of 2027") is a plan's, not what the text
    // goes on to report
    if (main && article.dated && isFuture(main, article.dateMonth) && !asksForLater) {
      forecastContext = main;
      continue;
    }
    // (a sentence about an earlier record, "The previous record of 47.3C was set in 2003", hands its year on to nothing)
    // (nor does a revision of an earlier period's figure in a story already about another: see revision.ts)
    // (nor one about the peak of a series some time before the period the text is about: "They hit a record high of
    // $704.89 billion in late September last year")
    const beforeStory = !!main && !!contextPeriod && main.to < contextPeriod.from;
    const earlierPeak = beforeStory && SERIES_PEAK.test(text);
    // (nor one that recalls a time years back: "almost double the 1.58 million parcels handed out a decade earlier, in
    // the year to March 2016")
    const yearsBack = beforeStory && YEARS_BACK.test(text);
    // (a sentence that opens with a part of the time told "alone", "In the fourth quarter alone, …", narrows it for
    // itself: the sentences after it are about the whole again)
    // (nor one told only of the season or year before: "Output in the previous season stood at 1.37 million tonnes"
    // recalls it, and the story goes on about its own)
    const recalledBefore = !!main && mentions.length > 0 && mentions.every((m) => PREVIOUS_PERIOD.test(text.slice(m.start, m.end)));
    // (nor "this year" set against "last year" in a text about part of the year: "53% of the cane went to sugar this
    // year, against just under 50% last year", in a story of April to September or of a season's half, leaves the text
    // on those months)
    const partOfThisYear = !!main && !!contextPeriod && /^\d{4}-01$/.test(main.from) && monthsIn(main) === 12 && (/^\d{4}-\d{2}$/.test(contextPeriod.from) ? monthsIn(contextPeriod) < 12 && contextPeriod.from >= main.from && contextPeriod.to <= main.to : contextPeriod.from.startsWith(`${main.from.slice(0, 4)}/`) && /:H[12]$/.test(contextPeriod.from)) && /\bthis\s+year\b/i.test(text) && /\blast\s+year\b/i.test(text) && !/\b(?:19|20)\d{2}\b/.test(text);
    // (nor one that tells of both halves of a year one after the other, "held up better in the first half, … before
    // sliding through the second half": the text is still about the whole year)
    const halves = new Set(mentions.flatMap((m) => (m.span && monthsIn(m.span) === 6 && /-(?:01|07)$/.test(m.span.from) ? [m.span.from.slice(5)] : [])));
    const bothHalves = halves.size === 2;
    // (nor one that tells when a series began, "the lowest first half since the series began in 1993": the text is
    // still about its own time)
    const seriesBegan = SERIES_BEGAN.exec(text);
    const whenSeriesBegan = !!main && !!seriesBegan && main.from.startsWith(seriesBegan[1] ?? seriesBegan[2]);
    // (nor one with no number that names the year around the month the text is about, in passing: "Beijing has
    // pressed mills to restrain output this year" in a story of October's output leaves it on October)
    const yearInPassing = !!claimless && mentions.length > 0 && /^\s*(?:\S+\s+){4}/.test(text.slice(0, mentions[0].start)) && !!main && !!contextPeriod && monthsIn(contextPeriod) === 1 && monthsIn(main) === 12 && main.from <= contextPeriod.from && main.to >= contextPeriod.to;
    if (!EARLIER_RECORD.test(text) && !earlierPeak && !yearsBack && !recalledBefore && !partOfThisYear && !whenSeriesBegan && !bothHalves && !yearInPassing && !(contextPeriod && tellsRevision(text))) contextPeriod = carriedPeriod(contextPeriod, main, (claimless ? claimless.opening : sentenceOpening) && !PART_ALONE.test(text) && !toldAlone(text, mentions, main));
    if (main) forecastContext = undefined;
    // (the last quarter or month a sentence was about, for "in the quarter", "during the month" later: see sameDate.ts)
    if (main && /^\d{4}-\d{2}$/.test(main.from) && monthsIn(main) === 3 && /-(?:01|04|07|10)$/.test(main.from)) namedQuarter = main;
    if (main && /^\d{4}-\d{2}$/.test(main.from) && monthsIn(main) === 1) namedMonth = main;
    const y = main ? Number(main.to.slice(0, 4)) : latestYear(mentions);
    if (y && Number.isFinite(y)) contextYear = y;
  }

  // A crop season's half is the months the story names for it ("the first half of the 2026/27 season" beside "between
  // April and September": see seasonHalfMonths)
  const inMonths = seasonHalfMonths([...namedSpans, ...claims.flatMap((c) => out.get(c.id)?.period ?? [])]);
  if (inMonths) {
    for (const c of claims) {
      const frame = out.get(c.id);
      const months = frame?.period ? inMonths(frame.period) : undefined;
      if (frame && months) out.set(c.id, { ...frame, period: months });
    }
  }

  // a change that leaves its basis unsaid in an article that gives one basis to its measure's changes (articleBasis.ts)
  withArticleBasis(claims.flatMap((c) => out.get(c.id) ?? []), comparedOtherwise);

  const text = source?.text ?? "";
  // Conversions: a parenthetical restatement takes the frame of the number it restates.
  for (let i = 1; i < claims.length; i++) {
    const a = claims[i - 1];
    const b = claims[i];
    const at = text ? text : a.sentenceStart === b.sentenceStart ? a.sentence : "";
    if (!at) continue;
    const shift = text ? 0 : a.sentenceStart;
    const ra = { ...a, start: a.start - shift, end: a.end - shift };
    const rb = { ...b, start: b.start - shift, end: b.end - shift };
    if (!isConversion(ra, rb, at)) continue;
    const primary = out.get(a.id);
    const own = out.get(b.id);
    if (primary && own) out.set(b.id, { ...primary, origin: own.origin, originName: own.originName, originHow: own.originHow, conversionOf: primary.conversionOf ?? a.id });
  }

  // A headline's number takes the frame of the body number it sums up (after the conversions: it may sum up a
  // restatement, whose frame is now its number's).
  if (headEnd) {
    const inTitle = claims.filter((c) => c.end <= headEnd);
    const twins = headlineTwins(inTitle, claims.filter((c) => c.start >= headEnd), out);
    for (const [id, twin] of twins) {
      const own = out.get(id);
      const frame = out.get(twin.id);
      if (own && frame) out.set(id, { ...frame, restates: twin.id });
    }
  }
}

/**
 * The hits that are no word of a longer organisation's name ("Trade" of "Allianz Trade"); a place's measure read as a
 * name ("German GDP") stays the measure.
 */
function withoutNamedWords(hits: MeasureHit[], names: readonly HolderMention[], places: readonly PlaceMention[]): MeasureHit[] {
  if (!names.length) return hits;
  const inName = (h: MeasureHit, n: HolderMention) => n.start <= h.start && h.end <= n.end && n.end - n.start > h.end - h.start && !places.some((p) => p.start === n.start);
  return hits.filter((h) => !names.some((n) => inName(h, n)));
}

/**
 * After a measure's word, a body it names ("credit insurer", "trade union", "export agency", "the energy ministry"), or
 * an adjustment it names ("inflation-adjusted", "price-adjusted"): no measure.
 */
const BODY_AFTER = /^(?:\s+(?:insurers?|agenc(?:y|ies)|unions?|ministry|ministries|regulators?|watchdogs?|lobby|lobbies)\b|-(?:adjusted|linked|indexed)\b)/i;

/** The hits that name a body rather than a measure ("The credit insurer forecasts 4% more insolvencies"). */
function withoutBodyWords(hits: MeasureHit[], sentence: string): MeasureHit[] {
  return hits.filter((h) => h.verb || !BODY_AFTER.test(sentence.slice(h.end, h.end + 14)));
}
