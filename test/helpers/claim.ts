/** The one way tests build a claim record: `end` from start and surface, and the fields of a plain exact claim. */
import type { Claim } from "../../src/core/types";

export type ClaimPlace = Pick<Claim, "id" | "sourceId" | "start" | "surface" | "value" | "unit" | "sentence" | "sentenceStart">;

export function claimRecord(place: ClaimPlace, extra: Partial<Claim> = {}): Claim {
  const { id, sourceId, start, surface, value, unit, sentence, sentenceStart } = place;
  return { id, sourceId, start, end: start + surface.length, surface, value, unit, qualifier: "exact", period: "", subject: "", attribution: "", sentence, sentenceStart, ...extra };
}
