/**
 * What a figure measures, as a short readable phrase taken from the sentence:
 *  - the counted noun ("over 56,000 Chinese students are studying in Russia" → "Chinese students studying in Russia");
 *  - the clause subject before a verb: "X reached / stood at / totalled / fell to / exceeded / lasted N" → "X"
 *    (+ "growth" / "decline" for a change in %, + "duration" for "lasted", + "in <Place>" right after the figure);
 *  - "raise X to N" → "X";
 *  - "X ranks fifth among Y" → "X's rank among Y"; "the 30th anniversary of X" → "anniversary of X";
 *  - "N worth of X" / "N of X" / "N from X" / "N via X" → "X";
 *  - the noun the quantity modifies: "the hour-and-a-half discussion" → "discussion duration";
 *  - "visit China twice" → "visit China".
 * Lower case except proper nouns; "" when the sentence does not tell. A demonstrative ("raise this to 44 bcm")
 * gives ANAPHORA so the caller can take the subject of the previous figure in the same unit.
 */
import * as lookupModule from "../text/lookup";
import * as chars from "../text/chars";
import type { Tok } from "../text/words";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
const { lowerWord } = chars;

export const ANAPHORA = "\u0000anaphora";

/** Word sets (a Set looks a fresh string up faster than a property table does). */
const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter((w) => w));

const TAIL = set("at to by of for around about some roughly nearly almost approximately approx more less than over under below above up just only an a estimated another least as many much well close some");
const AUX = set("has have had will would could may might is are was were also now been be being already still reportedly");
const VERBS = set(`reached reach reaches reaching stood stands standing totalled totaled totals totalling totaling fell fall falls falling
  rose rise rises rising grew grow grows growing increased increases increasing decreased decreases decreasing declined declines declining
  dropped drops dropping climbed climbs climbing exceeded exceeds exceeding hit hits amounted amounts lasted lasts surpassed surpasses
  surpassing topped tops jumped jumps slumped slumps plunged soared came accounted was were is are adding add added adds cost costs
  valued worth hovered hovers averaged averages averaging peaked doubled tripled expanded contracted shrank widened narrowed
  pay pays paid paying priced estimated forecast projected budgeted capped pegged eased eases edged edges slipped slips surged surges slowed slows accelerated rebounded recovered
  tumbled tumbles sank sinks dipped dips gained gains lost loses shed sheds advanced advances retreated inched inches plummeted
  spiked stabilised stabilized settled settles closed closes opened opens ended ends finished finishes
  ran runs run continued continues traded trades trading went take takes took taking`);
/** Transitive verbs whose figure is best named by the matching noun: "Qatar shipped 77 Mt of LNG" → "Qatar shipments of LNG". */
const TRADE_VERBS = lookupTable<string>({
  imports: "imports", imported: "imports", import: "imports", importing: "imports",
  exports: "exports", exported: "exports", export: "exports", exporting: "exports",
  bought: "purchases", buys: "purchases", buy: "purchases", purchased: "purchases", purchases: "purchases",
  sold: "sales", sells: "sales", sell: "sales", shipped: "shipments", ships: "shipments", ship: "shipments",
  produced: "output", produces: "output", produce: "output", pumped: "output", pumps: "output", generated: "output",
  generates: "output", harvested: "harvest", harvests: "harvest", consumed: "consumption", consumes: "consumption",
  spent: "spending", spends: "spending", spend: "spending", earned: "earnings", earns: "earnings", earn: "earnings",
  invested: "investment", invests: "investment", invest: "investment", supplied: "supplies", supplies: "supplies",
  supply: "supplies", delivered: "deliveries", delivers: "deliveries", deliver: "deliveries", employs: "employees",
  employed: "employees", hired: "hires", hires: "hires", raised: "funds raised", borrowed: "borrowing",
});
const OBJECT_VERBS = set(`raise raised raises raising increase increased increases cut cuts cutting lower lowered lowers reduce reduced
  reduces boost boosted boosts bring brought brings push pushed pushes expand expanded expands lift lifted lifts lifting take took
  takes set sets setting put puts keep keeps kept hold holds held fix fixes fixed cap caps capped peg pegs pegged`);
const BREAK = set(`that which who whom while whereas but and with as when if because after before since so where although though or
  said says told noted stated added reported estimated estimate according`);
const GROWTH = set("grew grow grows growing increased increases increasing rose rise rises rising climbed climbs climbing jumped jumps soared expanded up widened");
const DECLINE = set("fell fall falls falling decreased decreases decreasing declined declines declining dropped drops dropping slumped slumps plunged contracted shrank down narrowed");
const PRONOUN = set("it this that they these those he she we i which who there them its");
const DROP_LEADING = set("the a an this that these those its their his her our in on by of for with from at since during then also now just only overall however meanwhile and but so yet some");
const RANK_VERBS = set("ranks ranked ranking is was remains remained came comes placed places stands stood sits");
const STOP_BASE = `and or to in on at by for from with of than the a an is was are were be been has have had will would
  lower higher more less as that which who this these those its their his her our via through into over under per each
  annually daily monthly yearly since until after before during while when where`;
const STOP_AFTER = set(`${STOP_BASE} last next this past year month week day quarter once ago later earlier late
  paid sold made held spent built bought brought kept left lost won set put cut given taken seen known shown grown done`);
const STOP_ORDINAL = set(STOP_BASE);
const PREP_LINK = set("of from via through worth");
const RELATIVE = set("that which who");
/** Finite verbs that end a noun phrase read after a figure ("12.5% protein wheat fell ..."). */
const FINITE_VERBS = set("fell falls rose rises grew grows sank sinks stood stands came comes went goes ran runs hit hits cost costs jumped slumped climbed");
const ARTICLES = set("a an the its their his her our this these those");
const PREPOSITIONS = set("of through to in for from with via on at by between among across into over under within without");
const NATIONALITY = /(?:ian|ese|ish|an|ic|i)$/;
// Patterns used on every figure, compiled once (a literal inside a function is a new object each time it runs)
const TITLE_CASE_WORD = /^[A-Z][a-z]+$/;
const YEAR_WORD = /^(?:19|20)\d\d$/;
const LEADING_OF = /^of[ \u00a0]+/i;
const SPACES_G = /[ \u00a0]+/g;
const CURRENCY_SIGN = /^[$€£¥]$/;
const PHRASAL_ON = /^(?:went|goes|go|carried|dragged)$/;
const PAST_WORD = /^\p{Ll}+ed$/u;
const DURATION_VERB = /^(?:lasted|lasts|went|ran|runs|run|continued|continues|take|takes|took|taking)$/;
const NOUN_BEFORE_OF = /s$|[a-z]{4,}$/;
const CURRENCY_UNIT = /^[A-Z]{3}(?:\/|$)/;

function isDigitTok(t: Tok): boolean {
  const c = t.first;
  return c >= 48 && c <= 57;
}

function isCap(t: Tok): boolean {
  const c = t.first;
  return (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.lower[0]);
}

const SPACE_RUNS = /[ \u00a0\n\r*_]{2,}|[\u00a0\n\r*_]/;
const SPACE_RUNS_G = /[ \u00a0\n\r*_]+/g;

function join(toks: Tok[], text: string): string {
  if (toks.length === 0) return "";
  const s = text.slice(toks[0].start, toks[toks.length - 1].end);
  return SPACE_RUNS.test(s) ? s.replace(SPACE_RUNS_G, " ") : s;
}

/** Common words that often open a sentence's subject ("Gas deliveries", "Wheat exports", "Trade"). */
const COMMON_OPENERS = set(`gas oil coal crude grain wheat corn maize rice sugar coffee steel iron gold silver copper aluminium
  aluminum nickel power trade output demand supply growth revenue profit debt total average wholesale retail household
  tourism bilateral annual domestic foreign overall net gross spot core headline freight cargo shipping rail air sea
  electricity energy food fuel water land housing consumer business industrial public private state federal national
  new old first last top net world global regional local economic market stock share bond fund bank`);

/** Does a capitalised sentence-opening word read as a common word rather than a name? */
function looksCommon(word: string): boolean {
  const w = lowerWord(word);
  if (COMMON_OPENERS.has(w)) return true;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return true;
  return /(?:ing|tion|sion|ment|ity|ness|ure|ance|ence|al|ive|ary|ory|age|ship|ism)$/.test(w);
}

/** Is the word written with a capital in mid-sentence near pos (then it is a name)? Looks at most 1,500 characters each way. */
function capitalisedNearby(text: string, word: string, pos: number): boolean {
  const from = Math.max(0, pos - 1500);
  // search a bounded window (indexOf on the whole text would run to its end when the word is absent)
  const window = text.slice(from, Math.min(text.length, pos + 1500));
  let at = window.indexOf(word);
  while (at >= 0) {
    const before = at >= 1 ? window.charCodeAt(at - 1) : 0;
    const before2 = at >= 2 ? window.charCodeAt(at - 2) : 0;
    const after = window.charCodeAt(at + word.length);
    const wordEnds = !((after >= 65 && after <= 90) || (after >= 97 && after <= 122));
    if (wordEnds && before === 32 && ((before2 >= 97 && before2 <= 122) || before2 === 44)) return true;
    at = window.indexOf(word, at + word.length);
  }
  return false;
}

/** Lower-case a first word that is capitalised only because it starts the sentence. */
function tidyStart(phrase: string, atSentenceStart: boolean, text?: string, pos?: number): string {
  if (!atSentenceStart || !phrase) return phrase;
  const p = phrase.trim();
  const sp = p.indexOf(" ");
  const first = sp < 0 ? p : p.slice(0, sp);
  const c1 = sp < 0 ? 0 : p.charCodeAt(sp + 1);
  const secondCapital = (c1 >= 65 && c1 <= 90) || (c1 > 127 && p[sp + 1] !== p[sp + 1].toLowerCase());
  // the cheap tests first; whether the word is common (which may search the text nearby) only when they pass
  if (TITLE_CASE_WORD.test(first) && !secondCapital && !NATIONALITY.test(first) &&
    (looksCommon(first) || (sp > 0 && text !== undefined && pos !== undefined && !capitalisedNearby(text, first, pos)))) {
    return lowerWord(first) + p.slice(first.length);
  }
  return p;
}

function dropLeading(toks: Tok[]): Tok[] {
  let i = 0;
  while (i < toks.length && (DROP_LEADING.has(toks[i].lower) || YEAR_WORD.test(toks[i].text))) i++;
  return toks.slice(i);
}

export interface SubjectInput {
  text: string;
  /** Tokens before the figure within its sentence (reading order) and after it. */
  before: Tok[];
  after: Tok[];
  /** Does before[0] start the sentence? */
  beforeFromSentenceStart: boolean;
  start: number;
  end: number;
  /** End of the sentence (for reading a little past the figure). */
  limit: number;
  unit: string;
  /** Count noun offsets, when known. */
  nounStart?: number;
  nounEnd?: number;
}

const COUNT_CONTINUATION = /^[ \u00a0]+(?:(?:are|is|were|was)[ \u00a0]+)?(?:(?:currently|now|still|already)[ \u00a0]+)?(\p{Ll}+ing[ \u00a0]+(?:in|at|to|from|with|on)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}\p{M}’'-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}’'-]*)*)/u;
const PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}-]*(?:\\.\\p{Lu}\\.?)*(?![\\p{N}])";
const LOCATION_AFTER = new RegExp(`^(?:[ \\u00a0]+(?:annually|a[ \\u00a0]+year|per[ \\u00a0]+year))?[ \\u00a0]+in[ \\u00a0]+((?:the[ \\u00a0]+)?${PLACE_WORD}(?:[ \\u00a0]+${PLACE_WORD})*)`, "u");

/** Is the token the first word of its sentence (only punctuation such as a bullet before it)? */
function startsSentence(input: SubjectInput, t: Tok): boolean {
  if (!input.beforeFromSentenceStart) return false;
  for (const b of input.before) {
    if (b === t) return true;
    if (!b.punct) return false;
  }
  return false;
}

/** "in China" / "in the EU" right after a figure, or "". */
export function locationAfter(afterText: string): string {
  const loc = LOCATION_AFTER.exec(afterText);
  return loc && isPlace(loc[1]) ? loc[1] : "";
}

const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|H[12])\b/;

function isPlace(name: string): boolean {
  return !NOT_PLACES.test(name);
}

export function detectSubject(input: SubjectInput): string {
  const { text, before, after, start, end, unit } = input;
  void start;
  // 1. counted noun
  if (input.nounStart !== undefined && input.nounEnd !== undefined && input.nounEnd > input.nounStart) {
    let np = text.slice(input.nounStart, input.nounEnd).replace(LEADING_OF, "");
    const cont = COUNT_CONTINUATION.exec(text.slice(input.nounEnd, Math.min(input.limit, input.nounEnd + 120)));
    if (cont) np += " " + cont[1];
    return np.replace(SPACES_G, " ");
  }
  if (unit === "ordinal") return ordinalSubject(text, before, after);

  // skip qualifier / preposition words right before the number
  let i = before.length - 1;
  while (i >= 0 && !before[i].punct && TAIL.has(before[i].lower)) i--;
  while (i >= 0 && before[i].punct && CURRENCY_SIGN.test(before[i].text)) i--;

  // "went on for N": the phrasal verb counts as one
  if (i >= 1 && before[i].lower === "on" && PHRASAL_ON.test(before[i - 1].lower)) i--;
  // a multiplier verb is the figure itself: "prices doubled", "the deficit has tripled"
  if (unit === "x" && PAST_WORD.test(text.slice(start, end))) {
    let j = before.length - 1;
    while (j >= 0 && !before[j].punct && AUX.has(before[j].lower)) j--;
    const np = dropLeading(nounPhraseEndingAt(before, j));
    if (np.length > 0 && !(np.length === 1 && PRONOUN.has(np[0].lower))) return tidyStart(join(np, text), startsSentence(input, np[0]), text, np[0].start);
    return "";
  }
  // "Qatar shipped 77 million tonnes of LNG" → "Qatar shipments of LNG"
  if (i >= 0 && !before[i].punct && TRADE_VERBS[before[i].lower] && unit !== "%" && unit !== "pp") {
    let j = i - 1;
    while (j >= 0 && !before[j].punct && AUX.has(before[j].lower)) j--;
    const np = dropLeading(nounPhraseEndingAt(before, j));
    if (np.length > 0 && !(np.length === 1 && PRONOUN.has(np[0].lower))) {
      let phrase = `${tidyStart(join(np, text), startsSentence(input, np[0]), text, np[0].start)} ${TRADE_VERBS[before[i].lower]}`;
      let a = after[0] && after[0].lower === "worth" ? 1 : 0;
      if (after[a] && (after[a].lower === "of" || after[a].lower === "from" || after[a].lower === "via")) {
        const obj = nounPhraseFrom(after, a + 1);
        if (obj.length > 0) phrase += ` ${after[a].lower} ${join(dropLeading(obj), text)}`;
        a++;
      }
      return phrase;
    }
  }
  // 2. "X reached N", "X has exceeded N"
  if (i >= 0 && !before[i].punct && VERBS.has(before[i].lower)) {
    const verb = before[i].lower;
    let j = i - 1;
    while (j >= 0 && !before[j].punct && AUX.has(before[j].lower)) j--;
    // "expect construction to take four years": the phrase before the infinitive, without its governing verb
    let infinitive = false;
    if (j >= 0 && before[j].lower === "to") {
      j--;
      infinitive = true;
    }
    let np = nounPhraseEndingAt(before, j);
    // "talks that lasted five hours": the noun phrase before the relative pronoun
    if (np.length === 0 && j >= 1 && RELATIVE.has(before[j].lower)) np = nounPhraseEndingAt(before, j - 1);
    if (infinitive && np.length > 1) np = np.slice(-1);
    if (np.length > 0) {
      if (np.length === 1 && PRONOUN.has(np[0].lower)) return ANAPHORA;
      const words = dropLeading(np);
      if (words.length > 0 && !(words.length === 1 && PAST_WORD.test(words[0].text))) {
        let phrase = tidyStart(join(words, text), startsSentence(input, np[0]), text, np[0].start);
        if (unit === "%" || unit === "pp") {
          if (GROWTH.has(verb)) phrase += " growth";
          else if (DECLINE.has(verb)) phrase += " decline";
        } else if (unit === "s" && DURATION_VERB.test(verb)) phrase += " duration";
        const place = locationAfter(text.slice(end, Math.min(input.limit, end + 160)));
        if (place) phrase += ` in ${place}`;
        return phrase;
      }
    }
  }
  // 3. "raise this to N", "cut output to N", "sets the deficit at N"
  if (i >= 1 && before[i + 1] && (before[i + 1].lower === "to" || before[i + 1].lower === "at") && !before[i].punct) {
    let k = i;
    while (k >= 0 && !before[k].punct && !OBJECT_VERBS.has(before[k].lower) && i - k < 5) k--;
    const obj = before.slice(k + 1, i + 1);
    if (k >= 0 && OBJECT_VERBS.has(before[k].lower) && obj.length > 0) {
      if (obj.length === 1 && PRONOUN.has(obj[0].lower)) return ANAPHORA;
      const words = dropLeading(obj);
      if (words.length > 0) return join(words, text);
    }
  }
  // "allowed to enter Russia visa-free for up to 30 days": the infinitive phrase a duration is for
  if (unit === "s" && i >= 0 && before[i + 1] && before[i + 1].lower === "for" && !before[i].punct) {
    let k = i;
    while (k >= 0 && !before[k].punct && before[k].lower !== "to" && i - k < 5) k--;
    const vp = before.slice(k + 1, i + 1);
    if (k >= 0 && before[k].lower === "to" && vp.length > 0 && vp.length < 5) {
      const mod = modifiedNoun(after);
      return `${join(vp, text)}${mod.length > 0 ? " " + join(mod, text) : ""} duration`;
    }
  }
  // "stays of up to 90 days", "a loan of $5 billion": the noun before "of"
  if (i >= 0 && !before[i].punct && before[i + 1] && before[i + 1].lower === "of" && NOUN_BEFORE_OF.test(before[i].lower) && !VERBS.has(before[i].lower) && !BREAK.has(before[i].lower)) {
    const np: Tok[] = [before[i]];
    for (let k = i - 1; k >= 0 && np.length < 3; k--) {
      const t = before[k];
      if (t.punct || isCap(t) || BREAK.has(t.lower) || STOP_AFTER.has(t.lower) || t.lower.endsWith("s")) break;
      np.unshift(t);
    }
    if (np.length > 0 && !(np.length === 1 && PRONOUN.has(np[0].lower))) return tidyStart(join(np, text), startsSentence(input, np[0]), text, np[0].start);
  }
  // 4. "N worth of X", "N from X", "N via X", "$200 billion in soybeans"
  let a = 0;
  if (after[a] && after[a].lower === "worth") a++;
  const moneyIn = after[a] && after[a].lower === "in" && after[a + 1] && !isCap(after[a + 1]) && after[a + 1].lower !== "the" && CURRENCY_UNIT.test(unit);
  if (after[a] && ((PREP_LINK.has(after[a].lower) && after[a].lower !== "worth") || moneyIn)) {
    const np = nounPhraseFrom(after, a + 1);
    if (np.length > 0) return join(dropLeading(np), text);
  }
  // 5. the noun the quantity modifies
  const mod = modifiedNoun(after);
  if (mod.length > 0) {
    const phrase = join(mod, text);
    return unit === "s" ? `${phrase} duration` : phrase;
  }
  // 6. frequency: "to visit China twice"
  if (unit === "count" || unit === "x") {
    const last = before.length - 1;
    let k = last;
    while (k >= 0 && !before[k].punct && before[k].lower !== "to" && last - k < 4) k--;
    const words = last - k;
    if (k >= 0 && before[k].lower === "to" && words > 0 && words < 4) return join(before.slice(k + 1), text);
    // "at prices nearly three times lower": the noun right before the qualifier
    if (i >= 0 && !before[i].punct && !BREAK.has(before[i].lower) && !PRONOUN.has(before[i].lower) && before[i].lower.endsWith("s")) {
      return before[i].text;
    }
  }
  return "";
}

/**
 * Words ending at index j going back to the clause start (punctuation or a clause word), at most 10. An article
 * that does not follow a preposition starts the phrase ("build an undersea cable worth ..." → "an undersea cable").
 */
function nounPhraseEndingAt(toks: Tok[], j: number): Tok[] {
  // the phrase is toks[j - count + 1 .. j]: counted going back, then sliced once
  let count = 0;
  let k = j;
  while (k >= 0 && count < 10) {
    const t = toks[k];
    if (t.punct || BREAK.has(t.lower)) break;
    count++;
    if (ARTICLES.has(t.lower) && k > 0 && !toks[k - 1].punct && !PREPOSITIONS.has(toks[k - 1].lower) && !BREAK.has(toks[k - 1].lower)) break;
    k--;
  }
  return count === 0 ? [] : toks.slice(j - count + 1, j + 1);
}

/** A noun phrase after "of/from/via": up to 6 words, stopping at a preposition or verb-like word. */
function nounPhraseFrom(toks: Tok[], a: number): Tok[] {
  const out: Tok[] = [];
  for (let k = a; k < toks.length && out.length < 7; k++) {
    const t = toks[k];
    if (t.punct) break;
    if (isDigitTok(t)) break;
    // "oil and gas": keep a short coordination of lower-case nouns ending the phrase
    const next = toks[k + 1];
    const after = toks[k + 2];
    if (t.lower === "and" && out.length === 1 && next && !next.punct && !isCap(next) && !STOP_AFTER.has(next.lower) && !isDigitTok(next) && (!after || after.punct || STOP_AFTER.has(after.lower))) {
      out.push(t);
      continue;
    }
    if (out.length > 0 && STOP_AFTER.has(t.lower) && !(t.lower === "of" && toks[k + 1] && isCap(toks[k + 1]))) break;
    if (out.length === 0 && STOP_AFTER.has(t.lower) && t.lower !== "the") break;
    out.push(t);
  }
  while (out.length > 0 && STOP_AFTER.has(out[out.length - 1].lower)) out.pop();
  return out;
}

/** The noun right after the quantity ("discussion", "early-year high-level chat"), lower-case words only. */
function modifiedNoun(after: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let k = 0; k < after.length && out.length < 3; k++) {
    const t = after[k];
    if (t.punct || STOP_AFTER.has(t.lower) || FINITE_VERBS.has(t.lower) || isCap(t) || (t.lower.endsWith("ly") || t.lower.endsWith("ed")) || isDigitTok(t)) break;
    if (out.length > 0 && t.lower.endsWith("ing")) break; // "a 410 km cable linking ...": a participle ends the phrase
    out.push(t);
  }
  return out;
}

function ordinalSubject(text: string, before: Tok[], after: Tok[]): string {
  // "X ranks fifth among Y"
  const last = before[before.length - 1];
  if (last && RANK_VERBS.has(last.lower) && after[0] && (after[0].lower === "among" || after[0].lower === "in")) {
    const who: Tok[] = [];
    for (let k = before.length - 2; k >= 0 && isCap(before[k]) && who.length < 4; k--) who.unshift(before[k]);
    const among = nounPhraseFrom(after, 1);
    if (who.length > 0 && among.length > 0) return `${join(who, text)}'s rank among ${join(among, text)}`;
  }
  // "the 30th anniversary of the Sino-Russian Strategic Partnership", "their sixth early-year high-level chat",
  // "the fifth-largest economy"
  const noun: Tok[] = [];
  let k = after[0] && after[0].text === "-" && after[1] && !after[1].punct ? 1 : 0;
  for (; k < after.length && noun.length < 4; k++) {
    const t = after[k];
    if (t.punct || STOP_ORDINAL.has(t.lower) || isCap(t)) break;
    noun.push(t);
  }
  if (noun.length === 0) return "";
  let phrase = join(noun, text);
  if (after[k] && after[k].lower === "of") {
    const name: Tok[] = [];
    let m = k + 1;
    if (after[m] && after[m].lower === "the") m++;
    for (; m < after.length && name.length < 8; m++) {
      const t = after[m];
      if (isCap(t)) name.push(t);
      else if ((t.lower === "of" || t.lower === "and") && after[m + 1] && isCap(after[m + 1])) name.push(t);
      else break;
    }
    if (name.length > 0) phrase += ` of ${join(name, text)}`;
  }
  return phrase;
}
