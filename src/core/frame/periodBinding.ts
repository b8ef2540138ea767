/**
 * Which period each number of a sentence refers to. A period phrase right after a number belongs to it ("$68
 * billion in 2024-25"); one that opens a stretch without a number before it covers the numbers that follow ("In
 * March, India took in 5.3 million bpd"); a number with no phrase of its own takes the sentence's main period,
 * else the period the text was about before (the previous sentence's, or the article's). Comparison bases ("against
 * 226.6 million tonnes in FY24", "compared with $133.4 billion a year ago") keep their own period and never set the
 * sentence's; a phrase relative to another period ("a year earlier", "the prior fiscal") is resolved against the
 * sentence's main period, and for a change ("up 12% from the previous year") it names the base, not the period.
 */
import { MONTH_NAME, monthsBefore, monthsIn, shiftYears, weekBefore, weekOf, yearSpan, type PeriodMention, type Span } from "./period";

export interface QuantitySlot {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** Introduced as a comparison base ("against", "compared with", "from", "than", "versus"). */
  base: boolean;
  /** A change (growth, increase) rather than a level. */
  change: boolean;
  /** Where the number's clause starts: a phrase opening another clause does not cover it. */
  clauseStart: number;
}

export type PeriodSource = "own" | "opening" | "sentence" | "context" | "relative" | "none";

export interface BoundPeriod {
  span?: Span;
  /** "by 2030" (a deadline: the number is a target) or "since 2022". */
  role?: "by" | "since";
  how: PeriodSource;
}

/** Text between a number and a later period phrase that still lets the phrase belong to the number. */
const SAME_STRETCH = /^[^;:()\u2014\u2013]{0,70}$/;
// (", extending a slide that began last year", ", after an April-June quarter that was revised": a participle's or a
// time clause tells of something else)
/** A participle opening a clause: a word in -ing that is no preposition (", including …", ", during …"). */
const PARTICIPLE_WORD = "(?!(?:during|including|excluding|notwithstanding|according|regarding|concerning)\\b)[a-z]{3,}ing";
// ("€1.84bn after finding that the group had … since 2018": a time clause of its own, with or without a comma; ", as it
// seeks savings … by the end of 2027": a reason's clause)
// ("fell 9% to 64.8 TWh after a calm first quarter", ", due to weak winds in the first quarter", ", as arrivals lagged
// last season's pace": a reason's time; ", who were exempt last year": what people did)
const CLAUSE_TURN = new RegExp(`,\\s*(?:while|whereas|but|after|before|who|whose|and\\s+(?:then|later)|as\\s+(?:it|they|he|she|we)\\s|${PARTICIPLE_WORD})\\b|\\b(?:after|before|while|when)\\s+${PARTICIPLE_WORD}\\b|\\b(?:compared\\s+(?:with|to)|against|versus|vs\\.?)\\s|\\b(?:due\\s+to|because\\s+of|owing\\s+to|thanks\\s+to)\\b|\\bafter\\s+(?:a|an)\\s|,\\s*and\\s+(?:the\\s+|its\\s+)?(?:\\p{L}+\\s+){1,3}(?:for|in|during|over)\\s+(?:the\\s+)?$|\\bafter\\s+(?:the|its|their)\\s+[^;.]{0,60}?\\b(?:closed|opened|shut|ended|began|started|launched|collapsed|took\\s+effect|came\\s+into\\s+force)\\b|,\\s*as\\s+(?!(?:much|many|high|low|well|long|far|little|few|of|part|recently|early|late|soon|expected|forecast)\\b)\\p{L}`, "iu");

/** The superlatives that say how rare a number is. */
const SUPERLATIVES = "highest|lowest|worst|best|biggest|largest|smallest|strongest|weakest|fastest|slowest|sharpest|steepest|deepest|longest|shortest";
/** A superlative or "first" a few words before "since": "the worst result since", "the first time since". */
const RARITY_BEFORE = new RegExp(`\\b(?:${SUPERLATIVES}|most|least|first|only)\\b(?:\\s+[\\p{L}-]+){0,3}\\s+$`, "iu");

/** A superlative set off after a number, a few words before a period: ", the largest takeover in the sector ". */
const APPOSITIVE_SUPERLATIVE_BEFORE = new RegExp(`[,;—–]\\s*(?:the|its|their|his|her|a)\\s+(?:[\\p{L}-]+\\s+)?(?:${SUPERLATIVES})\\b(?:\\s+[\\p{L}-]+){0,6}\\s+$`, "u");

/** A clause that turns to another fact than the sentence's first number. */
const TURNS_AWAY = /,\s*(?:while|whereas|but|beating|surpassing|topping|breaking|eclipsing|exceeding|overtaking|compared\s+(?:with|to)|against|versus)\b/i;

/** Between a period and the number after it that the period dates: " peak of just over ", " record of ", " level of ". */
const NOUN_OF_NUMBER = /^\s+(?:peak|record|high|low|level|total|figure|tally)\s+of\s+(?:(?:just\s+)?(?:over|under)\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+)?$/i;
// (and a noun of a few words with "of": "last year's full-season bill of C$1.3 billion", "2024's harvest of 3 million")
const POSSESSIVE_BEFORE_NUMBER = /^['’]s\s+(?:(?:record|total|average|estimated|revised|provisional)\s+|(?:[\p{L}-]+\s+){1,3}of\s+(?:(?:about|around|some|nearly|almost|roughly|just\s+over|just\s+under|more\s+than)\s+)?)?$/iu;

/** Words right before a number that make it a comparison base ("more than 87%" is a bound, not a base). */
const BASE_BEFORE = /\b(?:against|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp(?:ed|ing)|eclips(?:es|ed|ing)|outstripp(?:ed|ing)|compared\s+(?:with|to)|compares?\s+(?:with|to)|versus|vs\.?|from|(?<!\b(?:more|less|fewer|greater|higher|lower)\s+)than|over|relative\s+to)\s+(?:(?:a|an|the)\s+(?:(?:record|all-time|previous|multi-year|\d+-year)\s+)?(?:share|total|level|rate|figure|peak|high|low)\s+of\s+)?(?:(?:a|an|the|record|revised|previous|prior|peak|just|about|around|some|nearly|almost|roughly|only|over|under|more\s+than|less\s+than|last|this|\w+ly|[\w’']+['’]s)\s+){0,3}$/i;

/** "from" right before a number (a few qualifiers between): where a move started. */
const MOVED_FROM_BEFORE = /\bfrom\s+(?:(?:a|an|the|just|about|around|some|nearly|almost|roughly|only|over|under|more\s+than|less\s+than|[\w’']+['’]s)\s+){0,3}$/i;

/** Is the number at [start, …) in `sentence` introduced as a comparison base? */
export function isComparisonBase(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  return BASE_BEFORE.test(before) || AFTER_PREVIOUS.test(before) || GAIN_ON.test(before) || SHARE_HIGHER_THAN.test(sentence.slice(Math.max(0, start - 60), start)) || EARLIER_FIGURE_BEFORE.test(sentence.slice(Math.max(0, start - 90), start));
}

/**
 * "well above last year's full-season bill of C$1.3 billion", "below 2024's 3.1 million", "down from 2024's harvest of
 * 4.5 million tonnes": an earlier time's figure, what a number is compared with ("above $80 a barrel" alone is a
 * bound on a level, not a base).
 */
const EARLIER_FIGURE_BEFORE = /\b(?:above|below|beyond|short\s+of|ahead\s+of|from|than|against|versus|compared\s+(?:with|to))\s+(?:last\s+year['’]s|last\s+season['’]s|(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|season|month|quarter)['’]s|(?:19|20)\d\d['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?(?:(?:about|around|some|nearly|almost|roughly|just\s+over|just\s+under)\s+)?$/iu;

/** "was 5.0% higher than the 744", "12 per cent lower than": a change told against the number after it, its base. */
const SHARE_HIGHER_THAN = /\d\s*(?:%|per\s?cent|percent)\s+(?:higher|lower|more|less|greater|fewer|above|below|up|down)\s+(?:on|than)\s+(?:(?:the|a|an|last\s+year['’]s|[\w’'-]+['’]s)\s+)?(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;

/** "a 3.1% gain on the 434.8 million tonnes", "an increase on 2024's 12 million": what a change is measured on. */
const GAIN_ON = /\b(?:gain|rise|increase|improvement|jump|drop|fall|decline|decrease)\s+on\s+(?:the\s+|a\s+|an\s+|last\s+year['’]s\s+|[\w’'-]+['’]s\s+)?(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;

/** ", after 3.5% in September", ", after a revised 0.4%": the value before, which the number follows. */
const AFTER_PREVIOUS = /,\s*(?:up\s+|down\s+)?after\s+(?:an?\s+)?(?:revised\s+|upwardly\s+revised\s+|downwardly\s+revised\s+)?$/i;

/**
 * The period of every quantity slot of one sentence. `context` is the period the text was about before this
 * sentence (undefined when none). Returns the bindings and the sentence's main period (for the next sentence).
 */
export function bindPeriods(sentence: string, mentions: readonly PeriodMention[], slots: readonly QuantitySlot[], context: Span | undefined): { bound: BoundPeriod[]; main: Span | undefined; opening: boolean } {
  const own: (PeriodMention | undefined)[] = slots.map(() => undefined);
  const opening: PeriodMention[] = [];
  const turned = new Set<PeriodMention>();
  // (the time a when-clause recalls dates its own numbers only, never the sentence or the text after it)
  const recalled = new Set<PeriodMention>();
  // "in November and December, when exports reached 12.9 and 13.6, respectively": one phrase per number, in order
  if (RESPECTIVELY.test(sentence) && slots.length > 1) {
    const before = mentions.filter((m) => m.span && m.role === "point" && m.end <= slots[0].start);
    if (before.length === slots.length) before.forEach((m, i) => (own[i] = m));
  }
  for (const m of mentions) {
    // "the strongest since 1983, when a 7.3 quake killed 1,100 people": the numbers of the when-clause are that time's
    // ("2.8% lower than in the same month last year, when producers turned out 155.8 million tonnes": so does the time
    // a relative phrase names, a year before the sentence's; with no number in its when-clause, the phrase is read as
    // any other)
    const when = m.span || m.role === "relative" ? WHEN_AFTER.exec(sentence.slice(m.end)) : null;
    if (when) {
      const dated = m.span ? { ...m, span: m.role === "since" ? sinceStart(m.span) : m.span, role: "point" as const } : m;
      let bound = false;
      slots.forEach((s, i) => {
        if (!own[i] && s.start >= m.end && s.end <= m.end + when[0].length) {
          recalled.add((own[i] = dated));
          bound = true;
        }
      });
      if (m.span || bound) continue;
    }
    // a relative clause that tells what always happens dates no number outside it ("found their course through
    // Clearing, the scramble for places that follows results day in August")
    const habitual = clauseAround(HABITUAL_RELATIVE, sentence, m.start);
    if (habitual && !slots.some((s) => s.start >= habitual[0] && s.end <= habitual[1])) continue;
    // "their worst result since 1994", "the highest turnout since 2010": how rare the number is, not its period
    if (m.role === "since" && RARITY_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start))) continue;
    // ... and so is the time a superlative set after the number ranges over: "$14.2 billion, the largest takeover in
    // the sector this year"
    if (m.role === "point" && APPOSITIVE_SUPERLATIVE_BEFORE.test(sentence.slice(Math.max(0, m.start - 90), m.start))) continue;
    // "last year's 33 million tons": a possessive period belongs to the number right after it
    const next = slots.findIndex((s) => s.start >= m.end);
    if (next >= 0 && POSSESSIVE_BEFORE_NUMBER.test(sentence.slice(m.end, slots[next].start)) && !own[next]) {
      own[next] = m.role === "base" ? { ...m, role: "point" } : m;
      continue;
    }
    // (and so does one before the noun the number is "of", recalled, not the sentence's time: "its 2021 peak of just
    // over 15 million")
    if (next >= 0 && NOUN_OF_NUMBER.test(sentence.slice(m.end, slots[next].start)) && !own[next]) {
      recalled.add((own[next] = m.role === "base" ? { ...m, role: "point" } : m));
      continue;
    }
    if (own.includes(m)) continue;
    const prev = lastSlotBefore(slots, m.start);
    if (prev >= 0) {
      // a short parenthesis between ("232.7 million tonnes (MT) in 2022-23") is the number's own abbreviation
      // (so is the end of a conversion in parentheses: "5 billion crowns ($480 million) by the end of 2027" is the
      // crowns' deadline as well)
      const restated = prev > 0 && /^\s*(?:\p{L}+\s*)?\(\s*$/u.test(sentence.slice(slots[prev - 1].end, slots[prev].start)) && /^\s*\)/.test(sentence.slice(slots[prev].end, m.start));
      const between = sentence.slice(slots[prev].end, m.start);
      const gap = (restated ? between.replace(/^\s*\)/, "") : between).replace(/\s*\([^()]{1,12}\)/g, "");
      if (SAME_STRETCH.test(gap) && !CLAUSE_TURN.test(gap) && !NEW_SUBJECT_TIME.test(sentence.slice(m.start, m.start + 40))) {
        if (!own[prev]) {
          own[prev] = m;
          if (restated && !own[prev - 1]) own[prev - 1] = m;
          continue;
        }
        // "rose 22.5% in September from a year earlier to 201,412": a relative phrase after a number that has its
        // period already says what that number is compared with; it opens no stretch for the numbers after it
        if (m.role === "relative") continue;
      }
    }
    // "The US went past Qatar, which had been crowned king in 2022, …": a period inside an aside about another
    // subject dates that aside only, unless a number stands in the same aside
    // (so does one in a participle's clause: ", extending a slide that began last year")
    // (and one in a superlative set off by commas: "Arrivals on the central route, the busiest in 2023, dropped 59%")
    const aside = asideAround(sentence, m.start) ?? clauseAround(PARTICIPLE, sentence, m.start) ?? clauseAround(SUPERLATIVE_ASIDE, sentence, m.start);
    if (aside && !slots.some((s) => s.start >= aside[0] && s.end <= aside[1])) continue;
    // (a phrase in a clause that turns away after a number, ", after an April-June quarter that was revised to
    // 0.1%", opens that clause only: it is not the sentence's period)
    if (prev >= 0 && CLAUSE_TURN.test(sentence.slice(slots[prev].end, m.start))) turned.add(m);
    opening.push(m);
  }
  // The sentence's main period: an opening phrase, else the own phrase of its first number that is not a base.
  let mainMention: PeriodMention | undefined = opening.find((m) => m.span && !turned.has(m) && (m.role === "point" || m.role === "since" || m.role === "by"));
  // (a number in a clause that turns to another fact, ", beating the record of 47.3C set in 2003", ", while imports …",
  // does not date the sentence; one that goes on with the same, ", rising from $3 billion in 2021 to $68 billion in
  // 2024-25", does)
  const turnedAway = (i: number) => i > 0 && TURNS_AWAY.test(sentence.slice(slots[0].end, slots[i].start));
  if (!mainMention) {
    for (let i = 0; i < slots.length; i++) {
      const m = own[i];
      if (m && m.span && m.role === "point" && !recalled.has(m) && !slots[i].base && !slots[i].change && !turnedAway(i)) {
        mainMention = m;
        break;
      }
    }
  }
  if (!mainMention) mainMention = own.find((m, i) => m && m.span && m.role === "point" && !recalled.has(m) && !slots[i].base && !turnedAway(i));
  const main = mainMention?.span ?? context;

  const bound = slots.map((slot, i): BoundPeriod => {
    const m = own[i];
    if (m && m.role === "base" && (slot.change || (!mainMention && MOVE_WORD_BEFORE.test(sentence.slice(slot.end, m.start))))) {
      // "up 12% from 2022": the year is what the change is measured against
      // ... and "a price of around $439 a tonne is well down on last year": what the level is compared with, in a
      // sentence that names no time of its own (the level is the context's)
      return main ? { span: main, how: main === context ? "context" : "sentence" } : { how: "none" };
    }
    // "289,000 bpd in March 2025, compared with 113,000 bpd last year": a base's "last year" is the sentence's
    // period a year back when that period is shorter than a year
    if (m && slot.base && main && monthsIn(main) < 12 && /^last\s+year$/i.test(sentence.slice(m.start, m.end))) {
      return { span: shiftYears(main, -1), how: "relative" };
    }
    if (m) {
      if (m.role === "relative") {
        // "up 5% from a year earlier": what the change is measured against; "after contracting 1.1% the month before"
        // (no comparison word): when the change happened
        // ... and "up $1 billion from a week earlier" on a day is the change over the week to that day
        if ((slot.change || LITTLE_CHANGED.test(sentence.slice(Math.max(0, m.start - 40), m.start))) && RELATIVE_BASE_BEFORE.test(sentence.slice(Math.max(0, m.start - 20), m.start))) {
          const over = main && m.back === "week" && main.from === main.to ? weekOf(main) : main;
          return over ? { span: over, how: main === context ? "context" : "sentence" } : { how: "none" };
        }
        const earlier = main && periodBefore(main, m);
        return earlier ? { span: earlier, how: "relative" } : { how: "none" };
      }
      return { span: m.span, role: m.role === "by" || m.role === "since" ? m.role : undefined, how: "own" };
    }
    // "the share of diesel fell to 6.3% from 9.9%", "rose from $6.6 billion to $58.9 billion": the level a move
    // started from has a time of its own, which the sentence does not say (a month, a year, four years before): no
    // period, rather than the sentence's
    if (slot.base && !slot.change && MOVED_FROM_BEFORE.test(sentence.slice(Math.max(0, slot.start - 40), slot.start))) return { how: "none" };
    // "imports of 232.7 MT in 2022-23 edged down 0.08% to 232.5 MT": where a dated level went is the next year's
    const moved = movedFrom(sentence, slots, own, i);
    if (moved) return { span: moved, how: "relative" };
    const open = lastOpeningBefore(opening, slot.clauseStart, slot.start);
    if (open?.span && open.role !== "base" && open.role !== "date") return { span: open.span, role: open.role === "by" || open.role === "since" ? open.role : undefined, how: "opening" };
    // ("In the previous week, reserves had jumped $2.7 billion": the change is that week's too; "From a year earlier,
    // output rose 0.7%": what the change is measured against)
    if (open && open.role === "relative" && main && !(slot.change && RELATIVE_BASE_BEFORE.test(sentence.slice(Math.max(0, open.start - 20), open.start)))) {
      const earlier = periodBefore(main, open);
      return earlier ? { span: earlier, how: "relative" } : { how: "none" };
    }
    if (main) return { span: main, how: mainMention ? "sentence" : "context" };
    return { how: "none" };
  });
  const carried = mainMention?.span && mainMention.role === "point" ? mainMention.span : context;
  return { bound, main: carried, opening: !!mainMention && opening.includes(mainMention) };
}

/** Between a level and the time it is compared with, a word of a move: "is well down on", "was up from", "higher than in". */
const MOVE_WORD_BEFORE = /\b(?:up|down|higher|lower|more|less|fewer)\b/i;

/** ", when …" right after a period phrase, up to the clause's end. */
const WHEN_AFTER = /^,?\s+when\s(?:[^,;:.()—–]|[,.](?=\d))*/;

/** Where "since" starts: its year, or its month ("since March 2020" → March 2020). */
function sinceStart(span: Span): Span {
  const y = Number(span.from.slice(0, 4));
  return /^since\s+\d{4}$/.test(span.label) ? yearSpan(y) : { from: span.from, to: span.from, label: span.label.replace(/^since\s+/, "") };
}

/**
 * The period a relative phrase points to: a year before the sentence's, the quarter, month or week before it, or the
 * sentence's period in the year named ("the same period of 2024").
 */
function periodBefore(main: Span, relative: PeriodMention): Span | undefined {
  if (relative.back === "week") return weekBefore(main);
  if (relative.inYear) return shiftYears(main, relative.inYear - Number(main.from.slice(0, 4)));
  return relative.back ? monthsBefore(main, relative.back) : shiftYears(main, -1);
}

/** A non-restrictive relative clause (", which …", ", who …", ", whose …") up to its closing comma or the end. */
const ASIDE = /,\s+(?:which|who|whose)\s[^,;]*/g;

/**
 * A time that opens a clause of its own as its subject after "and" ("was 29% below average, and October was
 * especially dry"): not the period of the number before it.
 */
const NEW_SUBJECT_TIME = new RegExp(String.raw`^(?:and|but|while)\s+(?:the\s+)?(?:${MONTH_NAME}|spring|summer|autumn|fall|winter|\w+\s+quarter|\w+\s+half)\s+(?:alone\s+)?(?:was|were|saw|brought|proved|had|is|has|marked|set)\b`, "i");

/** A superlative set off by commas before the sentence goes on (", the busiest in 2023,", ", its largest since 2019,"). */
const SUPERLATIVE_ASIDE = /,\s+(?:the|its|their)\s+(?:\p{L}+est|most\s+\p{L}+)\b[^,;]*(?=,)/gu;

/**
 * A relative clause in the present tense, what happens every time ("that follows results day in August", "which
 * opens each April"); not one that says what a report or a series covers ("which covers August").
 */
const HABITUAL_RELATIVE = /\b(?:that|which)\s+(?:usually\s+|typically\s+|always\s+|normally\s+|traditionally\s+)?(?!(?:covers|includes|spans|runs|refers|relates|measures|tracks|shows|compares|reflects)\b)\p{Ll}{3,}s\b[^,;]*/gu;

/** A participle's clause after a comma (", extending a slide …"), not a preposition in -ing (", including …"). */
const PARTICIPLE = new RegExp(`,\\s+${PARTICIPLE_WORD}\\s[^,;]*`, "g");

/** The aside of the sentence that holds offset `at`, as [start, end), if any. */
export function asideAround(sentence: string, at: number): [number, number] | undefined {
  return sentence.includes(", wh") ? clauseAround(ASIDE, sentence, at) : undefined;
}

/** The match of `clauses` (a global pattern) that holds offset `at`, as [start, end), if any. */
function clauseAround(clauses: RegExp, sentence: string, at: number): [number, number] | undefined {
  clauses.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = clauses.exec(sentence)) !== null) {
    if (at >= m.index && at < m.index + m[0].length) return [m.index, m.index + m[0].length];
    if (m.index > at) break;
  }
  return undefined;
}

/** A credit or a clause of its own between a dated number and a move ("…, the ministry said, as …"). */
const NEW_CLAUSE = /,\s*as\s|,\s*(?:and|while|but)\s+(?:the|its|their)\s|\b(?:said|says|told|reported|announced)\b/i;
const MOVED_TO = /\b(?:rose|grew|increased|jumped|climbed|gained|fell|declined|dropped|decreased|slipped|eased|edged\s+(?:up|down|higher|lower)|went\s+(?:up|down)|slid|shrank|expanded|contracted)\b[^;:]{0,60}?\bto\s+(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?$/i;

/**
 * The period a level moved into: slot i is where a change verb took a level that an earlier slot of the sentence
 * dated to a whole year ("output of 3.1 Mt in 2022 rose to 3.4 Mt"): the year after. Undefined otherwise.
 */
function movedFrom(sentence: string, slots: readonly QuantitySlot[], own: readonly (PeriodMention | undefined)[], i: number): Span | undefined {
  if (own[i] || i === 0) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const m = own[j];
    if (!m?.span || m.role !== "point" || slots[j].change || monthsIn(m.span) !== 12) continue;
    // (not across a credit or a new clause: "… this year, the ministry said, as the number of cases since January
    // rose to 2,410" moved nothing of this year's)
    const gap = sentence.slice(m.end, slots[i].start);
    if (!MOVED_TO.test(gap) || NEW_CLAUSE.test(gap)) return undefined;
    return shiftYears(m.span, 1);
  }
  return undefined;
}

function lastSlotBefore(slots: readonly QuantitySlot[], at: number): number {
  let found = -1;
  for (let i = 0; i < slots.length; i++) if (slots[i].end <= at) found = i;
  return found;
}

function lastOpeningBefore(opening: readonly PeriodMention[], from: number, at: number): PeriodMention | undefined {
  let found: PeriodMention | undefined;
  for (const m of opening) if (m.start >= from && m.end <= at) found = m;
  return found;
}

/** A comparison word right before a relative phrase: "from a year earlier", "on the previous month", "than a year ago". */
// (and a multiple's: "nearly three times the previous year's figure")
/** A level told as unchanged against another time: "little changed from", "flat on", "unchanged from", "steady versus". */
const LITTLE_CHANGED = /\b(?:(?:little|barely|largely|broadly|virtually|almost)\s+changed|unchanged|flat|steady|stable)\s+(?:from|on|against|versus|compared\s+(?:with|to))\s+$/i;
const RELATIVE_BASE_BEFORE = /\b(?:from|on|over|than|versus|vs\.?|against|compared\s+(?:with|to)|relative\s+to|times|twice|double|triple|half)\s+$/i;

export const RESPECTIVELY = /\brespectively\b/i;

/**
 * The period later sentences inherit: the sentence's main period, except that a month or quarter inside the year the
 * text was already about does not narrow it ("exports reached 12.9 in November and 13.6 in December" does not make
 * the next sentence's capacity figure a November one) unless the sentence opens with it.
 */
export function carriedPeriod(context: Span | undefined, main: Span | undefined, opening = false): Span | undefined {
  if (!main) return context;
  if (!context) return main;
  const inside = main.from >= context.from && main.to <= context.to && (main.from !== context.from || main.to !== context.to);
  // a sentence that opens with its month ("In March, India took in …") is about that month, and so is the next one
  // ("Iraq came next with …"); a month bound to one number in the middle of a sentence is not
  if (inside && monthsIn(main) < 12 && monthsIn(context) <= 12 && !opening) return context;
  // "late in 2023", "mid-2024": a vague part of a year; what follows is about the year
  if (/^(?:early|mid|late|end)/.test(main.label)) return yearSpan(Number(main.from.slice(0, 4)));
  return main;
}

/** A trading session's time: a price's move then is the day's, not a period's. */
// ("in Frankfurt trading", "ended the day 2.7% lower": an exchange's session or the day's close)
const SESSION_TIME = /\b(?:in\s+(?:early|late|afternoon|morning|midday|intraday|after-hours|extended|premarket|pre-market|heavy|light|thin|\p{Lu}[\p{L}-]+)\s+trading|by\s+(?:midday|mid-morning|mid-afternoon|noon|lunchtime|the\s+close)|at\s+the\s+(?:close|open)|(?:closed|ended|finished|opened|settled)\s+(?:the\s+(?:day|session)\s+)?(?:up|down|at|higher|lower|\d)|intraday|\bat\s+\d{3,4}\s+(?:GMT|ET|EST|EDT|BST|CET|UTC)\b|\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.)\s+(?:GMT|ET|EST|EDT|BST|CET|UTC)\b)/iu;

/** Does the sentence tell a market's move of the session ("closed up 27%", "rose 26% by midday")? Its numbers take no period from before. */
export function isSessionMove(sentence: string): boolean {
  return SESSION_TIME.test(sentence);
}
