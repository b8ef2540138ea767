/**
 * The entries of a list of kinds of one thing: "Kidney transplants totalled 4,286, liver transplants 1,402, lung
 * transplants 586 and heart transplants 352", "Liver transplants came to 1,402 and heart transplants to 325". Each
 * number counts its own kind ("heart transplant"), not the thing as a whole ("Transplants climbed 4.1% to 6,714"):
 * a sentence that names one plural noun with two kinds or more before it, each before a number, is such a list.
 */
import { singular } from "./countedNoun";

/**
 * A kind and its plural noun right before the number, opening the sentence or an entry (after a comma, a semicolon,
 * "and", "while"), with a verb of amount or "to" between them at most: "heart transplants 352", "and heart
 * transplants to 325", "Kidney transplants totalled 4,286".
 */
/** Between an entry's noun and its number: a verb of amount or "to" at most, then a hedge ("totalled ", "to a record "). */
const TO_THE_NUMBER = String.raw`(?:(?:totalled|totaled|came\s+to|numbered|reached|stood\s+at|were|was|rose\s+to|fell\s+to)\s+)?(?:to\s+)?(?:(?:a\s+record|an\s+all-time\s+high\s+of|just|some|about|nearly|almost|around)\s+)?`;

const ENTRY_BEFORE = new RegExp(String.raw`(?:^|[,;]\s*|\s(?:and|while|with)\s+)(\p{L}[\p{L}-]*)\s+(\p{Ll}{3,}s)\s+${TO_THE_NUMBER}$`, "u");

/** Words that are no kind: determiners, pronouns, and words that say how many or when. */
const NOT_A_KIND = /^(?:the|a|an|its|their|his|her|our|total|all|other|these|those|some|many|more|most|new|of|in|and|while|with|last|this|next)$/i;

/** The counted noun of the entry that ends at `start` in `sentence` ("heart transplant"), or undefined. */
export function entryNoun(sentence: string, start: number): string | undefined {
  const entry = ENTRY_BEFORE.exec(sentence.slice(Math.max(0, start - 80), start));
  if (!entry || NOT_A_KIND.test(entry[1])) return undefined;
  const head = entry[2];
  // (two kinds or more of the same noun, each right before a number or a verb of amount: a list of kinds)
  const kinds = new Set<string>();
  const each = new RegExp(String.raw`(?:^|[^\p{L}-])(\p{L}[\p{L}-]*)\s+${head}\s+${TO_THE_NUMBER}\d`, "gu");
  for (let m = each.exec(sentence); m; m = each.exec(sentence)) if (!NOT_A_KIND.test(m[1])) kinds.add(m[1].toLowerCase());
  return kinds.size >= 2 ? `${entry[1].toLowerCase()} ${singular(head)}` : undefined;
}
