/**
 * What a figure measures, as a short readable phrase taken from the sentence:
 *  - the counted noun ("56,000 Chinese students are studying in Russia" → "Chinese students studying in Russia");
 *  - "N worth of X" / "N of X" → "X";
 *  - "X reached / stood at / totalled / fell to / lasted / exceeded N" → "X" (+ "growth" / "decline" for changes
 *    in %, + "duration" for "lasted");
 *  - "X ranks fifth among Y" → "X's rank among Y";
 *  - "the hour-and-a-half discussion" → "discussion duration".
 * Lower case except proper nouns; "" when the sentence does not tell.
 */

const W = "[\\p{L}\\p{M}\\p{N}’'\\-]+";
const SP = "[ \\u00a0]+";

const COUNT_CONTINUATION = new RegExp(`^${SP}(?:(?:are|is|were|was)${SP})?(?:(?:currently|now|still|already)${SP})?(\\p{Ll}+ing${SP}(?:in|at|to|from|with|on)${SP}(?:the${SP})?(?:\\p{Lu}${W})(?:${SP}\\p{Lu}${W})*)`, "u");
const OF_AFTER = new RegExp(`^${SP}(?:worth${SP})?(?:of|from|in)${SP}((?:${W}${SP}){0,6}?${W})(?=[ \\u00a0]*(?:[,.;:()]|$|${SP}(?:to|for|in|on|at|by|since|from|and|which|that|was|were|is|are|has|have|had|will|would|via|through|over|under|with|as|after|before|this|last|each|per)\\b))`, "u");
const VERBS = "(?:has|have|had|will|would|could|may|might|is|are|was|were|also|now)?(?:[ \\u00a0]+(?:been|be|also))?[ \\u00a0]*(?:reached|reach|reaches|reaching|stood|stands|standing|totall?ed|totals|totalling|fell|fall|falls|falling|rose|rise|rises|rising|grew|grow|grows|growing|increased|increases|increasing|decreased|decreasing|declined|declining|dropped|dropping|climbed|climbing|exceeded|exceeds|exceeding|hit|hits|amounted|amounts|lasted|lasts|surpassed|surpassing|topped|jumped|slumped|came|accounted|stood|was|were|is|are|be|raise|raised|adding|add|added|doubled|tripled|cost|costs|valued|worth)";
const TAIL = "(?:[ \\u00a0]+(?:at|to|by|of|for|around|about|some|roughly|nearly|almost|approximately|more|less|than|over|under|below|above|up|just|only|an|a|estimated|another))*[ \\u00a0]*$";
const VERB_BEFORE = new RegExp(`(${W}(?:${SP}${W}){0,9}?)${SP}${VERBS}${TAIL}`, "u");
const RANK_BEFORE = new RegExp(`(\\p{Lu}${W}(?:${SP}\\p{Lu}${W})*)${SP}(?:ranks|ranked|ranking|is|was|remains|came|placed|stands)${SP}$`, "u");
const RANK_AFTER = new RegExp(`^${SP}(?:among|in|of|on)${SP}((?:${W}${SP}){0,5}?${W})(?=[ \\u00a0]*(?:[,.;:()]|$|${SP}(?:and|while|but|which|that|an?|with|for)\\b))`, "u");
const NOUN_AFTER = new RegExp(`^(?:[ \\u00a0]+|-)((?:\\p{Ll}${W}${SP}){0,2}\\p{Ll}${W})`, "u");
const CLAUSE_BREAK = /(?:[,;:(“”"]|\b(?:that|which|who|while|whereas|but|and|with|as|when|if|because|after|before|since|so)\b)[^,;:(“”"]*$/iu;
const GROWTH_VERB = /\b(?:grew|grow|grows|growing|increased|increases|increasing|rose|rise|rises|rising|climbed|climbing|jumped|up)\b/i;
const DECLINE_VERB = /\b(?:fell|fall|falls|falling|decreased|decreasing|declined|declining|dropped|dropping|slumped|down)\b/i;

const LEADING_DROP = /^(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|in|on|by|of|for|with|from|at|since|during|then|also|now|just|only|overall|however|meanwhile|and|but|so|yet|some)[ \u00a0]+)+/i;
const PRONOUNS = /^(?:it|this|that|they|he|she|we|i|which|who|there|these|those|them)$/i;
const NATIONALITY = /(?:ian|ese|ish|an|ic|i)$/;
const FUNCTION_WORDS = /\b(?:the|a|an)$/i;

function tidy(phrase: string, atSentenceStart: boolean): string {
  let p = phrase.trim().replace(/[ \u00a0]+/g, " ").replace(/^[,;:("“]+|[,;:)"”]+$/g, "");
  p = p.replace(LEADING_DROP, "");
  p = p.replace(/^(?:(?:in|by|since|during)\s+)?(?:19|20)\d\d,?\s*/i, "").replace(LEADING_DROP, "");
  p = p.replace(FUNCTION_WORDS, "").trim();
  if (!p || PRONOUNS.test(p)) return "";
  const words = p.split(" ");
  if (words.length > 10) return "";
  // lower-case a capitalised first word that is only capitalised because it starts the sentence
  const first = words[0];
  if (atSentenceStart || /^[A-Z][a-z]+$/.test(first)) {
    const second = words[1] ?? "";
    const properNext = /^\p{Lu}/u.test(second);
    if (/^[A-Z][a-z]+$/.test(first) && !properNext && !NATIONALITY.test(first.toLowerCase()) && atSentenceStart) {
      words[0] = first.toLowerCase();
    }
  }
  return words.join(" ");
}

export interface SubjectInput {
  sentence: string;
  /** Claim offsets within the sentence. */
  start: number;
  end: number;
  unit: string;
  /** Count noun offsets within the sentence, when known. */
  nounStart?: number;
  nounEnd?: number;
}

export function detectSubject(input: SubjectInput): string {
  const { sentence, start, end, unit } = input;
  const after = sentence.slice(end, end + 200);
  const beforeFull = sentence.slice(Math.max(0, start - 300), start);
  // 1. counted noun
  if (input.nounStart !== undefined && input.nounEnd !== undefined && input.nounEnd > input.nounStart) {
    let np = sentence.slice(input.nounStart, input.nounEnd).replace(/^of[ \u00a0]+/i, "");
    const cont = COUNT_CONTINUATION.exec(sentence.slice(input.nounEnd, input.nounEnd + 120));
    if (cont) np += " " + cont[1];
    const t = tidy(np, false);
    if (t) return t;
  }
  // 2. rank: "X ranks fifth among Y"
  if (unit === "ordinal") {
    const rb = RANK_BEFORE.exec(beforeFull);
    const ra = RANK_AFTER.exec(after);
    if (rb && ra) return `${tidy(rb[1], false)}'s rank among ${tidy(ra[1], false)}`;
    const na = NOUN_AFTER.exec(after);
    if (na) return tidy(na[1], false);
    return "";
  }
  // 3. clause subject before a verb: "X reached N", "X has exceeded N"
  const clause = clauseBefore(beforeFull);
  const vb = VERB_BEFORE.exec(clause.text);
  if (vb && vb.index !== undefined) {
    let np = tidy(vb[1], clause.atSentenceStart && vb.index === 0);
    if (np && !/^\p{Ll}+(?:ed|ing)$/u.test(np)) {
      const verbText = clause.text.slice(vb.index + vb[1].length);
      if (unit === "%" || unit === "pp") {
        if (GROWTH_VERB.test(verbText)) np += " growth";
        else if (DECLINE_VERB.test(verbText)) np += " decline";
      } else if (unit === "s" && /\blast(?:ed|s)?\b/i.test(verbText)) np += " duration";
      const loc = /^(?:[ \u00a0]+(?:annually|a year|per year))?[ \u00a0]+in[ \u00a0]+((?:the[ \u00a0]+)?\p{Lu}[\p{L}\p{M}.-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}.-]*)*)/u.exec(after);
      if (loc && !/^(?:19|20)\d\d$/.test(loc[1])) np += ` in ${loc[1]}`;
      return np;
    }
  }
  // 4. "N worth of X", "N of X", "N from X"
  const of = OF_AFTER.exec(after);
  if (of) {
    const t = tidy(of[1], false);
    if (t) return t;
  }
  // 5. the noun the quantity modifies: "the hour-and-a-half discussion", "a 30-day visa"
  const na = NOUN_AFTER.exec(after);
  if (na && !/^(?:and|or|to|in|on|at|by|for|from|with|of|than|the|a|an|is|was|are|were|lower|higher|more|less|as)\b/i.test(na[1])) {
    const t = tidy(na[1], false);
    if (t) return unit === "s" ? `${t} duration` : t;
  }
  return "";
}

function clauseBefore(before: string): { text: string; atSentenceStart: boolean } {
  const m = CLAUSE_BREAK.exec(before);
  if (!m) return { text: before, atSentenceStart: true };
  // keep the text after the break word/punctuation
  const rest = m[0].replace(/^(?:[,;:(“”"]|\b\w+\b)/u, "");
  return { text: rest, atSentenceStart: false };
}
