/**
 * Money set aside for a purpose inside a budget, a request or a plan: "includes 1.04 trillion yen for stand-off
 * missiles", "331 billion yen is set aside for drones", "about 1 trillion yen would go to missiles", "spending on
 * drones would reach ¥313 billion", "missiles account for ¥1.04 trillion". Each purpose is a measure of its own
 * (spending on drones, spending on missiles): two lines of one budget are two facts, not a contradiction, and neither
 * is the budget's total.
 *
 * The purpose is the noun phrase after "for", "to", "on" or before "account for": lower-case words (a name or a number
 * ends it: "for Ukraine", "for fiscal 2026" are no purposes), up to "and", "or", a comma or a word that starts a
 * clause; its last word, singular, keys it ("stand-off missiles" → missile). Words of time ("for the year"), of a
 * count ("for each", "for a total of") and of a first time are no purpose.
 * "X for <purpose>" right after the amount is read only in a sentence that allocates ("includes", "allocated",
 * "earmarked", "budget", "request", "spending", "funding"): "paid $2 billion for the stake" is a price.
 */
import { singular } from "./countedNoun";
import type { FrameMeasure } from "./types";

/** Words that end a purpose's noun phrase. */
const STOP = new Set(["and", "or", "such", "that", "which", "who", "able", "to", "with", "from", "in", "into", "under", "by", "over", "at", "as", "of", "on", "for", "while", "whereas", "but", "would", "will", "is", "are", "was", "were", "be", "the", "a", "an", "this", "these", "than", "including", "like", "amid", "after", "before", "this", "next", "last"]);
/** A first word that makes the phrase no purpose: time, a count, a first time. */
const NOT_PURPOSE = /^(?:year|years|month|months|quarter|quarters|period|decade|fiscal|financial|time|times|first|next|rest|remainder|each|every|total|sum|whole|entire|now|example|instance|instead|good)$/;
const DETERMINER = /^(?:the|its|their|his|her|our|new|more|additional|extra|further)\s+/i;

/** A sentence that shares out money: the amount right after it followed by "for X" is money for X. */
const ALLOCATING = /\b(?:includ(?:es|ed|ing)|allocat\w*|earmark\w*|set\s+aside|budget\w*|requests?|requested|spend(?:s|ing)?|spent|funding|funds?|devot\w*|dedicat\w*|of\s+which|of\s+the\s+total)\b/i;

/** Right after the amount (a conversion in brackets may come first): how it is given to a purpose. */
const GIVEN_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?(?:(is|are|was|were|has\s+been|have\s+been|would\s+be|will\s+be|to\s+be)\s+(?:earmarked|set\s+aside|allocated|budgeted|reserved|designated|proposed|requested)\s+(?:for|to)|(?:would|will|is\s+to|are\s+to|is\s+set\s+to|goes?|went)\s+(?:go\s+)?(?:to|towards?)|(for))\s+/i;
/** Before the amount: "spending on drones would reach", "funding for schools totals", "outlays on defence of". */
const SPENDING_ON_BEFORE = /\b(?:[Ss]pending|[Ee]xpenditures?|[Oo]utlays?|[Ff]unding|[Aa]llocations?)\s+(?:on|for)\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s+(?:would|will|could|is|are|was|were|has|have|reached?|rose|fell|totall?ed|amounts?|came|stood|of|at|to)\b[^.;]{0,30}$/;
/** Before the amount: "stand-off missiles account for", "missiles would take up". */
const ACCOUNT_FOR_BEFORE = /(?:^|[,;]\s*(?:while|whereas|and)?\s*|\b(?:while|whereas|and)\s+)((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s+(?:would\s+|will\s+)?(?:accounts?|accounted|accounting)\s+for\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$/;

/** The noun phrase of a purpose at the start of `text`, or undefined. */
function purposeAt(text: string): string[] | undefined {
  const words: string[] = [];
  let rest = text.replace(DETERMINER, "");
  for (;;) {
    const m = /^([a-z][a-z-]*)(?=[\s,.;:)]|$)\s*/.exec(rest);
    if (!m || STOP.has(m[1]) || words.length === 4) break;
    words.push(m[1]);
    rest = rest.slice(m[0].length);
  }
  return words.length && !NOT_PURPOSE.test(words[0]) && !/ing$/.test(words[words.length - 1]) ? words : undefined;
}

function measureOf(words: readonly string[]): FrameMeasure {
  const head = singular(words[words.length - 1]);
  return { key: `spending:${head}`, name: `spending on ${words.join(" ")}`, how: "clause" };
}

/**
 * The purpose the money at [start, end) of `sentence` is given to, as a measure ("spending on drones"), or undefined.
 * `from` is where the number's clause starts.
 */
export function allocationOf(sentence: string, from: number, start: number, end: number): FrameMeasure | undefined {
  const after = GIVEN_AFTER.exec(sentence.slice(end, end + 80));
  if (after && (!after[2] || ALLOCATING.test(sentence))) {
    const words = purposeAt(sentence.slice(end + after[0].length, end + after[0].length + 80));
    if (words) return measureOf(words);
  }
  const before = sentence.slice(Math.max(from, start - 90), start);
  const spending = SPENDING_ON_BEFORE.exec(before) ?? ACCOUNT_FOR_BEFORE.exec(before);
  if (spending) {
    const words = purposeAt(spending[1]);
    if (words) return measureOf(words);
  }
  return undefined;
}
