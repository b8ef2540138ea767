/**
 * A player's transfer between clubs: in a story about one, the money paid is the transfer fee ("signed Kamara for a
 * fee of 95 million euros", "paying Valmonte an initial £82 million", "sell Kamara to Northfield for €90m"), what may
 * be added later is the add-ons ("plus up to 10 million euros in add-ons", "15 million in variables"), and what the
 * fee may reach with them is the fee with add-ons ("could rise to £91m"), and the part of a later sale the selling
 * club keeps is the sell-on share ("a 10% sell-on clause"). Each is the player's: the fee of one
 * player's move is one fact whichever club's side an outlet tells it from, and another player's fee told in the same
 * story ("the £60m paid for Brandt in 2023") is his.
 *
 * The player is read as a name right after a position ("striker Idris Kamara") or as what a club signs, sells or
 * lands ("sign Kamara from", "the signing of Idris Kamara", "sell Kamara to"), keyed by the surname.
 */
import type { FrameMeasure } from "./types";

const POSITION = "(?:striker|midfielder|defender|goalkeeper|keeper|forward|winger|full-back|fullback|centre-back|center-back|centre-forward|center-forward|wing-back|playmaker|attacker|point\\s+guard|quarterback|pitcher|shortstop|outfielder|player|star|international|teenager|youngster)";
const NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de|da|van|von|di|dos|el|al)?\\s*\\p{Lu}[\\p{L}'’-]+){0,2})";
const MOVE_VERB = "(?:sign(?:s|ed|ing)?|sell(?:s|ing)?|sold|buy(?:s|ing)?|bought|land(?:s|ed|ing)?|loan(?:s|ed|ing)?|snap(?:s|ped)?\\s+up|lure(?:s|d)?|poach(?:es|ed)?|complete(?:s|d)?\\s+(?:the\\s+)?(?:signing|transfer|move)\\s+of|(?:club-record|record|the)\\s+(?:signing|sale|transfer|capture)\\s+of)";

/** A sentence about a player moving between clubs. */
const TRANSFER = new RegExp(`\\btransfer\\s+(?:fee|record|window|deal|saga|target)s?\\b|\\bclub-record\\b|\\bsell-on\\s+(?:clause|fee)\\b|\\b${POSITION}\\b[^.]{0,60}?\\b(?:joined|signed|signing|joins|fee)\\b|\\b${MOVE_VERB}\\s+(?:[\\p{L}-]+\\s+){0,2}?${POSITION}\\b|\\b${POSITION}\\s+\\p{Lu}[^.]{0,80}?\\b(?:fee|signing|signed|joins|joined|move)\\b`, "iu");

/** A player named after his position, or as what a club signs or sells (a name of one to three words). */
const PLAYER_FORMS = [
  new RegExp(`\\b${POSITION}\\s+${NAME}`, "gu"),
  new RegExp(`\\b${MOVE_VERB}\\s+(?:(?:the\\s+)?(?:\\d{2}-year-old\\s+)?)${NAME}\\s+(?:from|to|for|in|on)\\b`, "gu"),
  // "the £60m paid for Luca Brandt", "the fee spent on Brandt"
  new RegExp(`\\b(?:paid|spent|splashed)\\s+(?:for|on)\\s+${NAME}`, "gu"),
];

/** Right after money: what may be added later ("in add-ons", "in bonuses", "in variables"). */
const ADD_ONS_AFTER = /^\s*(?:(?:in|of)\s+)?(?:potential\s+|further\s+|performance-related\s+|performance\s+)?(?:add-ons|add\s+ons|bonuses|variables|incentives|performance\s+(?:bonuses|clauses)|clauses)\b/i;
/** Right before money: what may be added ("plus up to", "plus a further", "with another"). */
const PLUS_BEFORE = /\b(?:plus|with\s+(?:a\s+further|another))\s+(?:up\s+to\s+|a\s+further\s+|another\s+|as\s+much\s+as\s+|potentially\s+)?$/i;
/** What the fee may reach with its add-ons: "could rise to £91m", "potentially worth", "up to £91m with add-ons". */
const RISE_BEFORE = /\b(?:rise|rising|rises|climb|climbing|increase|increasing|go\s+up|reach|reaching|potentially\s+(?:worth|reaching)?|total\s+of\s+up|eventually\s+(?:cost|be\s+worth))\s+(?:to\s+)?(?:up\s+to\s+|as\s+much\s+as\s+)?$/i;
const WITH_ADD_ONS = /\b(?:add-ons|add\s+ons|bonuses|variables|incentives)\b/i;

const SELL_ON_AFTER = /^\s*(?:of\s+(?:any\s+)?(?:future|later|onward)\s+(?:sale|fee|transfer)|sell-on)\b/i;
const SELL_ON_BEFORE = /\bsell-on\s+(?:clause|fee|percentage|share)?\s*(?:of\s+)?(?:about\s+|around\s+)?$/i;
const SELL_ON: FrameMeasure = { key: "transfer-sell-on", name: "sell-on share", how: "clause" };
const FEE: FrameMeasure = { key: "transfer-fee", name: "transfer fee", how: "clause" };
const ADD_ONS: FrameMeasure = { key: "transfer-add-ons", name: "transfer add-ons", how: "clause" };
const FEE_WITH_ADD_ONS: FrameMeasure = { key: "transfer-fee-max", name: "transfer fee with add-ons", how: "clause" };

/** A word every form of TRANSFER needs (a sentence without one is not tried: the pattern cost 434 ms a pass over the
 * audit benchmark's 10,000 articles, 4% of reading them, and 88 ms with this test). */
const TRANSFER_NEED = new RegExp(`transfer|club-record|sell-on|${POSITION}`, "i");

/** Is the story about a player's transfer (its title or one of its first sentences says so)? Read once per article. */
export function isTransferStory(title: string, sentences: readonly string[]): boolean {
  // (its title or opening: a club's accounts that mention "a club-record £6.5 million on striker Callum Reid" deep down
  // are no transfer story, and their loss is no fee)
  return [title, ...sentences.slice(0, 5)].some((s) => TRANSFER_NEED.test(s) && TRANSFER.test(s));
}

/** The surnames (lower case) of the players a story moves, with how often each is named so, most named first. */
export function transferPlayers(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const form of PLAYER_FORMS) {
      form.lastIndex = 0;
      for (let m = form.exec(text); m; m = form.exec(text)) {
        const surname = m[1].split(/\s+/).pop()!.toLowerCase();
        counts.set(surname, (counts.get(surname) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/**
 * The player a number of the clause [from, to) is about: the last of `players` its clause names before the number,
 * else the first named after it, else the story's (the first of `players`). Undefined when the story names none.
 */
export function playerOf(sentence: string, from: number, to: number, start: number, players: readonly string[]): { key: string; name: string } | undefined {
  if (!players.length) return undefined;
  let best: { key: string; at: number } | undefined;
  const clause = sentence.slice(from, to).toLowerCase();
  for (const p of players) {
    const re = new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "gu");
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const at = from + m.index;
      // before the number, the nearest; after it, only when none is before
      const score = at < start ? start - at : 1e6 + at;
      if (!best || score < best.at) best = { key: p, at: score };
    }
  }
  const key = best?.key ?? players[0];
  return { key: `player:${key}`, name: key[0].toUpperCase() + key.slice(1) };
}

/**
 * What the other readers may have taken a fee for: money spent or paid, goods bought or sold ("sell Kamara to
 * Northfield for €90m"), a value, or a noun counted ("a fee of", "an initial"); or nothing at all. Wages
 * ("£250,000 a week"), a price, a club's revenue or profit stay what they are.
 */
const OVERRIDDEN = /^(?:imports|exports|flow|company-\w+|spending|valuation|deal-value|n:.*)$/;
/** Money per stretch of time is pay, not a fee: "£250,000 a week". */
const PER_TIME_AFTER = /^\s*(?:a|an|per|each|every)\s+(?:week|month|year|season|game|match)\b/i;

/**
 * The measure of an amount of money in a transfer story (`[from, to)` its clause, `[start, end)` the number): the
 * add-ons, the fee with them, or the fee; undefined when the measure read so far (`current`) stays.
 */
export function transferMeasure(sentence: string, from: number, to: number, start: number, end: number, current: string | undefined, money: boolean): FrameMeasure | undefined {
  if (current && !OVERRIDDEN.test(current)) return undefined;
  const before = sentence.slice(Math.max(from, start - 40), start);
  const after = sentence.slice(end, Math.min(to, end + 40));
  // "a 10% sell-on clause", "a sell-on clause of 15%": the part of a later fee the selling club keeps
  if (!money) return SELL_ON_AFTER.test(after) || SELL_ON_BEFORE.test(before) ? SELL_ON : undefined;
  if (PER_TIME_AFTER.test(after)) return undefined;
  if (ADD_ONS_AFTER.test(after) || PLUS_BEFORE.test(before)) return ADD_ONS;
  if (RISE_BEFORE.test(before) && WITH_ADD_ONS.test(sentence.slice(from, to))) return FEE_WITH_ADD_ONS;
  return FEE;
}

/** A player's own count in a transfer story: goals, appearances, caps … ("scored 27 goals in 41 appearances"). */
const PLAYER_STATS = /^n:(?:goal|appearance|assist|match|game|cap|clean-sheet|start)$/;
/** Is a measure one of the transfer's or the player's own? */
export function isPlayerMeasure(key: string | undefined): boolean {
  return !!key && (key.startsWith("transfer-") || PLAYER_STATS.test(key));
}
