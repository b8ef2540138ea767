/**
 * What kind of statement a number makes about its measure: a level ("exports reached 88.9 Mt"), a change ("rose
 * 14.7%", "an increase of 2m tonnes", "fivefold"), a share ("66% of exports", "accounted for 21%"), a rank ("the
 * second-largest supplier"), or a target or forecast ("aims to reach $100 billion by 2030", "is expected to hit"). A
 * target never conflicts with an actual: the kind is part of what a figure is.
 */
import { withoutAsides } from "./aside";

export type ClaimKind = "level" | "change" | "share" | "rank" | "target";

const CHANGE_BEFORE = /\b(?:(?<!\b(?:made|make|makes|making)\s+)up|down|rose|rise|rises|rising|risen|grew|grow|grows|growing|growth|increased?|increases|increasing|jumped|jumps?|jumping|climbed|climbs?|climbing|gained|gains?|fell|falls?|falling|fallen|declined?|declines|declining|dropped|drops?|dropping|decreased?|slipped|slid|plunged|plummeted|soared|surged|surges?|slump(?:ed|s)?|tumbled|tumbles|sank|tanked|dipped|dips|rallied|rallies|eased|eases|rebounded|rebounds|spiked|skidded|sagged|(?:ticked|crept)\s+(?:up|down)|edged\s+(?:up|down)|went\s+(?:up|down)|shot\s+up|added|adds|lost|loses|shed|sheds|gave\s+up|expand(?:ed|s|ing)?|contract(?:ed|ing)|shr[aiu]nk(?:s|ing)?|lifted|boosted|cut|reduced|lowered|raised)\s+(?:(?:by|of|some|about|around|nearly|almost|roughly|more\s+than|over|just|an?|another|a\s+further|an\s+extra|extra|as\s+much\s+as|net|\w+ly)\s+){0,3}$/i;
/** "lift its exports in 2023 by 12%": a change verb earlier in the clause, and "by" right before the number. */
const BY_AFTER_CHANGE_VERB = /\b(?:rose|rise|rises|grew|grow|grows|increased?|increases|jumped|climbed|gained|fell|falls?|declined?|declines|dropped|decreased?|lift|lifts|lifted|boost|boosts|boosted|raise|raises|raised|cut|cuts|reduce|reduces|reduced|lower|lowers|lowered|expand|expands|expanded|widen|widens|widened|narrow|narrows|narrowed)\b[^.;:]{0,60}\bby\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|just|only)\s+)?$/i;
/** "an extra 6 MT", "an additional 2 bcm": an increment. */
const INCREMENT_BEFORE = /\b(?:extra|additional)\s+$/i;
/** "rose $4.87, or 7%", "fell 120 points, or 1.4%": a change restated as a percentage is a change. */
// ... or told as what a revision replaced: "having shrunk 0.1% instead of 0.2%", "grew 0.5% rather than 0.3%"
const RESTATED_CHANGE = /\b(?:up|down|rose|rise|rises|grew|grown|increased?|jumped|climbed|gained|added|fell|falls?|declined?|dropped|decreased?|slipped|slid|lost|plunged|tumbled|soared|surged|sank|shed|shr[au]nk|contracted|expanded)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[^\s,;]+(?:\s+(?:billion|million|thousand|cents?|points?|pence|yen|bn|m))?(?:,\s*or|,?\s+(?:instead\s+of|rather\s+than)(?:\s+(?:the|an?))?)\s+(?:(?:just|about|around|nearly|almost|roughly|more\s+than|over|under|some)\s+){0,2}$/i;
/** "taking 5.43 MT, or just over 61%": a share restating a volume. */
const RESTATED_SHARE = /,\s*or\s+(?:(?:just|about|around|nearly|almost|roughly|more\s+than|over|under|some)\s+){0,2}$/i;
const CHANGE_NOUN_BEFORE = /\b(?:increase|rise|jump|growth|gain|decline|drop|fall|decrease|surge|slide|dip|hike|cut|reduction|expansion|contraction)\s+(?:of\s+)?(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|just|only)\s+){0,2}$/i;
const CHANGE_AFTER = /^\s*(?:(?:year[-\s]on[-\s]year|y-o-y|yoy|annually|on\s+the\s+year)\s+)?(?:increase|rise|jump|growth|gain|decline|drop|fall|decrease|surge|slide|dip|hike|reduction|uptick|contraction|expansion|more|less|fewer|higher|lower|up|down|year[-\s]on[-\s]year|y-o-y|yoy|on\s+the\s+(?:previous|prior)|from\s+(?:a\s+year|the\s+(?:previous|prior|same)))/i;
const SHARE_AFTER = /^\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+|total\s+|global\s+|world\s+|national\s+)?|share\b|stake\b|market\s+share)/i;
/** The verbs of a part of a total, right before an amount: "accounted for about $17.5 billion", "made up roughly". */
const PART_BEFORE = /\b(?:accounted\s+for|accounts\s+for|account\s+for|accounting\s+for|made\s+up|makes\s+up|make\s+up|making\s+up|represented|represents|representing)\s+(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|just|only|less\s+than)\s+)?$/i;
/** "took the largest share of U.S. LNG — 66%": the word share just before, across a dash. */
const SHARE_NEAR_BEFORE = /\bshare\b[^;%]{0,60}$/i;
/** Right before an amount pledged or promised: "pledged a further", "has promised another", "committed about". */
const PLEDGED_AMOUNT = /\b(?:pledged?|pledges|pledging|promised|promises|committed|commits)\s+(?:(?:a|an)\s+)?(?:(?:further|additional|extra|another|new|more|fresh|about|around|some|roughly|nearly|almost|up\s+to|over|more\s+than)\s+)?$/i;

/** After an amount that is a part: the whole it is part of ("of the shipments", "tonnes of the total", "in sales"). */
const PART_OF_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:of|in)\b/u;
const SHARE_BEFORE = /\b(?:share|stake|accounted\s+for|accounts\s+for|accounting\s+for|made\s+up|makes\s+up|making\s+up|took|takes|taking|comprising|comprised|represented|represents|representing|handled|handling)\s+(?:(?:of|for|up|about|around|nearly|almost|roughly|more\s+than|over|just|some|a|an|the)\s+){0,3}$/i;
const TARGET = /\b(?:analysts?['’]?\s+(?:estimates?|forecasts?|expectations?|consensus)|consensus(?:\s+(?:estimates?|forecasts?))?|expectations?\s+of|target(?:s|ed|ing)?|goal|aims?|aiming|aimed|plans?|planned|seeks?|seeking|hopes?|hoping|expects?|expected|expecting|forecasts?|forecast|projected|projection|projects|predicts?|predicted|estimates?\s+(?:it\s+)?will|(?:will|would|could|may|might)\s+(?:(?:\w+ly|still|soon)\s+)?(?:reach|rise|grow|hit|top|exceed|recover|return|rebound|climb|fall|drop|decline|increase|double|jump|surge|slip|ease|total|shrink|contract|expand|peak|plateau|stabili[sz]e|level\s+off|go\s+(?:up|down))|will\s+be|is\s+set\s+to|are\s+set\s+to|on\s+track\s+(?:to|for)|guidance\s+(?:of|to|at)|estimates?\s+(?:for\s+[\w-]+\s+)?to|ambition|pledg(?:e|ed|es|ing)\s+to\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z]+|intends?|wants?\s+to|set\s+to\s+(?:reach|rise|grow)|heading\s+(?:for|towards?)|on\s+course\s+(?:for|to)|sights\s+on|sees\s+(?:[\w’'-]+\s+){1,5}at|(?:counting|banking|reckoning)\s+on|anticipat(?:es?|ed|ing)|surprised\s+to\s+see)\b/i;
/**
 * "the $33.2 billion analysts had expected", "the 4.1% economists were forecasting", "the 240,000 jobs forecast by
 * economists", "the 0.3% decline forecast by economists": what forecasters expected, named after the number (the figure it is compared with is the actual).
 */
const FORECAST_AFTER = /^\s*(?:(?:decline|fall|drop|rise|increase|gain|growth|contraction|expansion)\s+)?(?:that\s+|which\s+)?(?:(?:(?:most|many|some|the)\s+)?(?:analysts|economists|forecasters|strategists|traders|investors|markets?|Wall\s+Street|the\s+Street)(?:\s+(?:polled|surveyed)\s+by\s+[\w&.’'-]+(?:\s+[A-Z][\w&.’'-]*){0,2})?\s+(?:had\s+|have\s+|were\s+|was\s+|are\s+|on\s+average\s+)?(?:expected|expecting|forecast|forecasting|predicted|predicting|estimated|projected|anticipated|penciled\s+in|pencilled\s+in)|(?:expected|forecast|predicted|estimated|projected|anticipated)\s+by\s+(?:analysts|economists|forecasters|Wall\s+Street))\b/i;
/** "beating a 4.5% forecast in a Reuters poll", "a 3% consensus estimate": the number a forecast states. */
const FORECAST_NOUN_AFTER = /^\s*(?:(?:consensus|median|average)\s+)?(?:forecasts?|estimates?|expectations?|predictions?|projections?)\b/i;
/** "Wall Street estimates of $33.16 billion", "a consensus forecast of 2.1%": what forecasters expected. */
const FORECASTERS_BEFORE = /\b(?:Wall\s+Street|Street|market|analysts?['’]?|economists?['’]?|consensus|average|polled)\s+(?:estimates?|forecasts?|expectations?|projections?)\s+(?:of|for|at|was|were|stood\s+at)\s+(?:(?:about|around|roughly|some|nearly)\s+)?$/i;
/**
 * "above estimates of $101.2 billion", "missing forecasts of 2.1%", "compared with expectations for 3%": what a result
 * was measured against is what was expected, whoever expected it.
 */
const BEATEN_ESTIMATE_BEFORE = /\b(?:above|below|beat(?:s|ing)?|top(?:s|ped|ping)?|miss(?:ed|es|ing)?|ahead\s+of|short\s+of|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the\s+|an?\s+)?(?:estimates?|forecasts?|expectations?|projections?)\s+(?:of|for)\s+(?:(?:about|around|roughly|some|nearly)\s+)?$/i;

/**
 * "raising the figure to $100 billion was realistic", "a plan to double trade to $30 billion": a number reached only
 * by an infinitive or a gerund of growth is aimed at, not reached ("raised exports to" and "taking the total to"
 * are actuals, and so is a participle after a comma: "Russia became the top supplier, lifting trade to $70 billion").
 */
/**
 * A clause that opens with forecasts as its subject: "Forecasts point to the country finishing the year with about 18
 * GW", "Projections suggest …", "Analysts' estimates show …": what its number tells is expected.
 */
const FORECASTS_OPEN = /^\s*(?:(?:the|most|many|some|latest|industry|official|analysts['’]?|our|its|their)\s+){0,2}(?:forecasts?|projections?|estimates?|predictions?|outlooks?)\s+(?:now\s+)?(?:point|points|suggest|suggests|indicate|indicates|show|shows|see|sees|put|puts)\b/i;
const AIMED_RAISE = /(?:\bto\s+(?:raise|boost|lift|increase|double|triple|grow|expand)|(?<!,\s*)\b(?:raising|boosting|lifting|doubling|tripling))\s+(?:[\w’'-]+\s+){0,5}?to\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|at\s+least)\s+)?$/i;
const MULTIPLE_WORDS = /\b(?:fold|times|twice|doubled?|tripled?|quadrupled?|halved?)\b/i;

export interface KindInput {
  sentence: string;
  /** Offsets of the number within the sentence. */
  start: number;
  end: number;
  /** The claim's canonical unit. */
  unit: string;
  /** The surface of the number ("five-fold", "12%"). */
  surface: string;
  /** The clause [from, to) that holds the number. */
  from: number;
  to: number;
  /** The number's period is a deadline ("by 2030"). */
  deadline: boolean;
}

/** A change verb, then its object (two words at most), then the percent: "lifted production 1.8%", "cut costs by 5%". */
const VERB_OBJECT_CHANGE = /\b(?:lifted|boosted|raised|increased|cut|reduced|lowered|expanded|trimmed|slashed)\s+(?:its\s+|their\s+|the\s+)?(?:(?!(?:to|at|from|of|in)\s)[\p{Ll}-]+\s+){1,2}(?:by\s+)?(?:(?:about|some|nearly|almost|roughly|around)\s+)?$/u;
/** A percent told as more or less than another time: "1.2% less than in 2025", "4% more than a year earlier". */
const COMPARATIVE_AFTER = /^\s+(?:(?:less|more|lower|higher|fewer|smaller|larger|bigger)\s+than\b|(?:above|below)\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\p{L}-]+|\d+-\p{L}+)\s+){0,3}?(?:average|mean|norm|level|levels)\b)/iu;

/** A proportion's surface: "four in five", "1 in 4", "nine out of 10". */
const PROPORTION = /^\S+\s+(?:in|out\s+of)\s+\S+$/i;

/** The kind of the number (see the module comment). */
/** "… of", "… of about" right before the number. */
const OF_BEFORE = /\b(?:population|total|count|number|level|workforce|output|debt|stock)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$/i;
/** The number's phrase as the subject of a forecast: " is projected to", " is expected to fall". */
const SUBJECT_FORECAST_AFTER = /^\s*(?:people\s+|residents\s+)?(?:is|are)\s+(?:now\s+)?(?:projected|expected|forecast|predicted|set|likely)\s+to\b/i;

/** A year and ", when" right before the number (a few words between): "in 2019, when about". */
const RECALLED_BEFORE = /\b(?:19|20)\d{2},?\s+when\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** A sign written before a percent: "(+9.4 per cent)", "+3.1%", "(−2%)" (a hyphen only inside brackets: "3-4%" is a range). */
const SIGNED_BEFORE = /(?:^|[\s([])[+−]\s?$|\(-\s?$/;

export function kindOf(input: KindInput): ClaimKind {
  const { sentence, start, end, unit, from, to } = input;
  if (unit === "ordinal" || unit === "rank") return "rank";
  const before = sentence.slice(Math.max(from, start - 60), start);
  const after = sentence.slice(end, Math.min(to, end + 50));
  // "Nigeria's population of 229 million is projected to reach 377 million": the subject's present level, described
  // before what is forecast of it
  if (!input.deadline && OF_BEFORE.test(before) && SUBJECT_FORECAST_AFTER.test(after)) return "level";
  const clause = sentence.slice(from, to);
  // "halve road deaths by 2030 compared with 2019, when about 3,300 people died": a number of the past time a
  // when-clause recalls is what happened then, whatever goal the sentence sets
  if (!input.deadline && RECALLED_BEFORE.test(sentence.slice(Math.max(0, start - 50), start))) return unit === "%" && CHANGE_BEFORE.test(before) ? "change" : "level";
  // (money pledged is the pledge, not a goal: "pledged a further €3 billion"; "pledged to cut emissions by 50%" aims)
  // (an aside about the subject expects nothing of the number: "the fertility rate, the number of children a woman is
  // expected to have, edged up to 0.75")
  // (a range's "between" is no word of the clause: "on track for full-year operating profit of between €900 million")
  if (input.deadline || (TARGET.test(withoutAsides(sentence.slice(Math.max(from, start - 120), start)).replace(/\bbetween\s+$/, "").slice(-50)) && !PLEDGED_AMOUNT.test(before))) return "target";
  if (FORECAST_AFTER.test(after) || FORECASTERS_BEFORE.test(before) || BEATEN_ESTIMATE_BEFORE.test(before) || FORECAST_NOUN_AFTER.test(after)) return "target";
  // the deadline first: it is rare and cheap to look for, the long list of target words is not (audit benchmark)
  if (/\bby\s+(?:19|20)\d{2}\b/.test(clause) && TARGET.test(clause)) return "target";
  if (AIMED_RAISE.test(sentence.slice(Math.max(from, start - 80), start)) || FORECASTS_OPEN.test(sentence.slice(from, start))) return "target";
  if (unit === "x" || MULTIPLE_WORDS.test(input.surface)) return "change";
  if (CHANGE_BEFORE.test(before) || RESTATED_CHANGE.test(before) || CHANGE_NOUN_BEFORE.test(before) || INCREMENT_BEFORE.test(before) || CHANGE_AFTER.test(after) || BY_AFTER_CHANGE_VERB.test(sentence.slice(Math.max(from, start - 90), start))) return "change";
  // "Escondida lifted production 1.8%", "1.2% less than in the same period of 2025": a percent that tells a move
  // ... and a percent written with its sign: "4,187 insolvencies (+9.4 per cent)", "exports +3.1%"
  if (unit === "%" && (VERB_OBJECT_CHANGE.test(before) || COMPARATIVE_AFTER.test(after) || SIGNED_BEFORE.test(before))) return "change";
  // "iPhones accounted for about Rs 1.5 lakh crore of the shipments": an amount that is a part of a total
  // (not an organisation's count of what it stands for: "Universities UK, which represents 141 institutions")
  if (unit !== "%" && PART_BEFORE.test(before) && PART_OF_AFTER.test(after)) return "share";
  if (unit === "%" && (SHARE_AFTER.test(after) || SHARE_BEFORE.test(before) || RESTATED_SHARE.test(before) || SHARE_NEAR_BEFORE.test(sentence.slice(Math.max(0, start - 70), start)))) return "share";
  // a proportion ("four in five trains", "nine out of 10 voters") is a share of what it counts
  if (unit === "%" && PROPORTION.test(input.surface)) return "share";
  return "level";
}
