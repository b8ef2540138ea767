/**
 * Pence written as a letter glued to the amount, as British news writes pump prices, fares and share prices:
 * "137.6p", "2.3p a litre", "50p", "143.1ppl" (pence per litre). Not a screen's or a video's lines ("1080p", "720p"),
 * nor a letter that starts a word ("5pm" is a time, "3pts" points).
 */
import type { UnitMatch } from "./units";

/** "p" alone, or "ppl" (pence per litre), with no letter or digit after it. */
const PENCE = /p(pl)?(?![\p{L}\p{N}])/uy;
/** Lines of a screen or a video, written with a "p". */
const RESOLUTIONS = new Set([144, 240, 360, 480, 540, 720, 1080, 1440, 2160, 4320]);

export interface GluedPence {
  unit: UnitMatch;
  /** "ppl": the amount is per litre. */
  perLitre: boolean;
}

/** Pence glued at `at` (right after the digits of `value`), or null. */
export function gluedPenceAt(text: string, at: number, value: number): GluedPence | null {
  if (text.charCodeAt(at) !== 112) return null;
  PENCE.lastIndex = at;
  const m = PENCE.exec(text);
  if (!m || (Number.isInteger(value) && RESOLUTIONS.has(value))) return null;
  return { unit: { unit: "GBP", factor: 0.01, kind: "currency", end: PENCE.lastIndex }, perLitre: !!m[1] };
}
