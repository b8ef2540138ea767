/**
 * The sector emissions come from, in a story about emissions: "Emissions from power stations dropped 15% to 40.9
 * MtCO2e", "transport emissions held steady at 113MtCO2e", "domestic transport produced 118 million tonnes",
 * "Electricity generation accounted for just 11% of the total, with its emissions falling 15 per cent". A sector's
 * emissions are another fact than the country's total and than another sector's: the sector is part of the measure
 * ("emissions, power"), one name for the ways news names it (power stations = the power sector = electricity
 * generation).
 */
import { storyTells } from "./article";
import { namedNearestBefore } from "./sector";

/** Sectors by key, each with the words news uses for it (global: emissionSectorOf reads every mention). */
const SECTORS: [key: string, words: RegExp][] = [
  ["power", /\b(?:power\s+(?:stations?|plants?|sector|generation|generators?)|electricity\s+(?:generation|supply|sector|generators?)|energy\s+supply)\b/gi],
  ["transport", /\b(?:(?:domestic|road|surface)\s+)?transport(?:ation)?\b|\broad\s+traffic\b/gi],
  ["buildings", /\b(?:buildings|residential\s+sector|homes\s+and\s+offices)\b/gi],
  ["industry", /\b(?:industry|industrial\s+sector|manufacturing)\b/gi],
  ["agriculture", /\b(?:agriculture|farming|agricultural\s+sector)\b/gi],
  ["aviation", /\b(?:aviation|air\s+travel)\b/gi],
  ["shipping", /\bshipping\b/gi],
  ["waste", /\bwaste(?:\s+management)?\b/gi],
];

const EMISSIONS_WORDS = /\b(?:emissions|emitted|greenhouse\s+gas(?:es)?|carbon\s+dioxide|CO2e?|MtCO2e?)\b/i;

/** A story about emissions: its title, or one of its first three sentences, speaks of them. */
export function isEmissionsStory(title: string, sentences: readonly string[]): boolean {
  return storyTells(EMISSIONS_WORDS, title, sentences, 3);
}

/** "of the total", "of emissions", "of all emissions" after a share: a share of the story's emissions. */
export const SHARE_OF_TOTAL_AFTER = /^\s*(?:per\s*cent|percent|%)?\s*of\s+(?:the\s+)?(?:(?:UK|national|total|country['’]s|all)\s+)?(?:total|emissions)\b/i;

/**
 * The sector ("power", "transport" …) of the number at `start` of its sentence: the sector named nearest before it in
 * the sentence (not past a semicolon), or undefined.
 */
export function emissionSectorOf(sentence: string, start: number): string | undefined {
  return namedNearestBefore(SECTORS, sentence, start);
}
