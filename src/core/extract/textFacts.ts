/**
 * Facts about a whole article that decide how an ambiguous unit reads, computed once per text (the last text asked
 * about is remembered; extractClaims asks about one text at a time):
 * - `millionTonnes`: the article writes tonnages in millions ("17.8 million tonnes", "88.9 Mt", "mtpa"), so "MT" and
 *   "mt" after a number are million tonnes (Indian and trade press), not metric tonnes.
 * - `millions`: the amounts the article writes in millions ("7.48 million"), so that "7.48m" elsewhere in it (a
 *   headline's short form) is that many millions, not metres.
 * - `yuanSign`: "¥" is the yuan (CNY) when the article names China, the yuan or the renminbi more often than Japan
 *   or the yen, else the yen (JPY).
 */
import { countMatches } from "../text/countMatches";
const MILLION_TONNES = /\b(?:[Mm]illion|mn|mln)[ \u00a0]+(?:metric[ \u00a0]+)?(?:tonnes?|tons?)\b|\d[ \u00a0]?(?:Mt|MMT|mmt)\b|\b(?:m{1,2}tpa|MTPA|Mtpa)\b/;
const CHINA = /\b(?:China|Chinese|Beijing|Shanghai|yuan|renminbi|RMB|CNY)\b/g;
const JAPAN = /\b(?:Japan|Japanese|Tokyo|Osaka|yen|JPY|Nikkei)\b/g;

let lastText: string | null = null;
let millionTonnes: boolean | undefined;
let yuanSign: boolean | undefined;
let millions: Set<number> | undefined;

function remember(text: string): void {
  if (text === lastText) return;
  lastText = text;
  millionTonnes = undefined;
  yuanSign = undefined;
  millions = undefined;
}

const IN_MILLIONS = /(\d+(?:\.\d+)?)[ \u00a0]*(?:million|mn|mln)\b/g;

/** Does the article write `value` in millions somewhere ("7.48 million")? */
export function writesInMillions(text: string, value: number): boolean {
  remember(text);
  if (millions === undefined) {
    millions = new Set();
    IN_MILLIONS.lastIndex = 0;
    for (let m = IN_MILLIONS.exec(text); m; m = IN_MILLIONS.exec(text)) millions.add(Number(m[1]));
  }
  return millions.has(value);
}


export function writesMillionTonnes(text: string): boolean {
  remember(text);
  if (millionTonnes === undefined) millionTonnes = MILLION_TONNES.test(text);
  return millionTonnes;
}

export function yenSignIsYuan(text: string): boolean {
  remember(text);
  if (yuanSign === undefined) yuanSign = countMatches(CHINA, text) > countMatches(JAPAN, text);
  return yuanSign;
}
