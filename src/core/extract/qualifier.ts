/**
 * The qualifier words around a quantity: "more than"/"over"/"exceeded" → over, "about"/"nearly" → approx,
 * "up to"/"as many as" → up-to, "at least"/"no fewer than" → at-least, "less than"/"below" → under; after the
 * figure, "or more"/"-plus" → at-least, "or so" → approx, "or less" → up-to. Reads the tokens next to the figure.
 */
import type { Qualifier } from "../types";
import type { Tok } from "../text/words";
import * as lookupModule from "../text/lookup";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;

const BEFORE = lookupTable<Qualifier>({
  "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least", "not less than": "at-least",
  "a minimum of": "at-least", "minimum of": "at-least", "not fewer than": "at-least",
  "up to": "up-to", "as many as": "up-to", "as much as": "up-to", "no more than": "up-to", "not more than": "up-to",
  "at most": "up-to", "a maximum of": "up-to", "maximum of": "up-to", "capped at": "up-to", "as high as": "up-to",
  "more than": "over", over: "over", exceeded: "over", exceeding: "over", exceeds: "over", exceed: "over",
  surpassed: "over", surpassing: "over", surpasses: "over", topped: "over", topping: "over", tops: "over",
  above: "over", "in excess of": "over", "upwards of": "over", "upward of": "over", "greater than": "over",
  "higher than": "over", "north of": "over", beyond: "over", "well over": "over", "well above": "over",
  passed: "over", "over and above": "over", pass: "over", passes: "over", crossed: "over", crosses: "over",
  cross: "over", surpass: "over", breached: "over", breaches: "over",
  "less than": "under", "fewer than": "under", below: "under", under: "under", "lower than": "under",
  "short of": "under", "south of": "under", "well below": "under", "well under": "under",
  roughly: "approx", about: "approx", approximately: "approx", approx: "approx", nearly: "approx", almost: "approx",
  around: "approx", some: "approx", "close to": "approx", circa: "approx", estimated: "approx",
  "an estimated": "approx", "just over": "approx", "just under": "approx", "more or less": "approx",
  "on the order of": "approx", virtually: "approx", practically: "approx", "the equivalent of": "approx",
  "in the region of": "approx", "just shy of": "approx", "~": "approx",
});

const AFTER = lookupTable<Qualifier>({
  "or more": "at-least", "or above": "at-least", "and above": "at-least", "and up": "at-least", "or higher": "at-least",
  plus: "at-least", "-plus": "at-least", "+": "at-least", "or over": "at-least",
  "or so": "approx", "or thereabouts": "approx",
  "or less": "up-to", "or fewer": "up-to", "and below": "up-to", "and under": "up-to", "or lower": "up-to",
});

interface Phrase {
  words: string[];
  qualifier: Qualifier;
}

/** The phrases above indexed by their last word, longest first, as word lists with their qualifier. */
const BY_LAST_WORD = (() => {
  const t = new Map<string, Phrase[]>();
  for (const phrase of Object.keys(BEFORE)) {
    const words = phrase.split(" ");
    const last = words[words.length - 1];
    const list = t.get(last) ?? [];
    list.push({ words, qualifier: BEFORE[phrase] });
    t.set(last, list);
  }
  for (const list of t.values()) list.sort((x, y) => y.words.length - x.words.length);
  return t;
})();

/** The words before "top" that make it a list ("the top 10", "its top three"). */
const LIST_DETERMINERS = new Set(["the", "a", "its", "their", "our", "his", "her", "my", "your", "in", "of", "among", "into", "to", "from", "at", "on", "with"]);

/** First words of the phrases after a figure. */
const AFTER_FIRST = new Set(Object.keys(AFTER).map((phrase) => phrase.split(" ")[0]));

/** before: tokens right before the figure (reading order); after: tokens right after it. */
export function detectQualifier(before: Tok[], after: Tok[], glued: string): Qualifier {
  const n = before.length;
  // "dengue cases top 70,000": the verb after a plural subject, as headlines write it; "the top 10 exporters", "top 4"
  // are lists
  if (n > 1 && before[n - 1].lower === "top" && !before[n - 2].punct && /[^s]s$/.test(before[n - 2].lower) && !LIST_DETERMINERS.has(before[n - 2].lower)) return "over";
  const candidates = n > 0 ? BY_LAST_WORD.get(before[n - 1].lower) : undefined;
  if (candidates) {
    for (const { words, qualifier } of candidates) {
      if (words.length > n) continue;
      let ok = true;
      for (let j = 0; j < words.length - 1 && ok; j++) ok = before[n - words.length + j].lower === words[j];
      // "edged up to 49.2", "was revised up to 0.5%": a move up, and the value it reached, no bound
      if (ok && qualifier === "up-to" && words[0] === "up" && n > words.length && MOVED_UP.test(before[n - words.length - 1].lower)) return "exact";
      if (ok) return qualifier;
    }
  }
  if (glued === "+" || glued === "-plus") return "at-least";
  if (after.length === 0 || !AFTER_FIRST.has(after[0].lower)) return "exact";
  if (after.length >= 2) {
    const two = `${after[0].lower} ${after[1].lower}`;
    const q = AFTER[two];
    if (q) return q;
  }
  if (after.length >= 1) {
    // "90 million euros plus 15 million in bonuses", "plus up to €10m": "plus" adds another amount, no bound
    if (after[0].lower === "plus" && after.length >= 2 && PLUS_AMOUNT.test(after[1].lower)) return "exact";
    const q = AFTER[after[0].lower];
    if (q) return q;
  }
  return "exact";
}

/** A verb whose "up" is a move, not a bound: "edged up to", "ticked up to", "revised up to", "went up to". */
const MOVED_UP = /^(?:edg|tick|mov|crept|creep|inch|went|go|goes|going|gone|pick|shot|shoot|push|revis|round|step|ramp|bump|nudg|ratchet|jump|climb|rose|rise|rising|shift|trend|head)/;

/** The word after "plus" that starts another amount: a number, a currency sign, "up (to)", "a further", "another". */
const PLUS_AMOUNT = /^(?:\d|[$€£¥₹]|up$|a$|an$|another$|further$|additional$|as$|potentially$|possibly$|some$|about$|around$)/;
