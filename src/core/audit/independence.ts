/**
 * Which sources are independent: two articles of the same outlet are one source; an article with no outlet
 * stands for itself (its id).
 */
import type { Source } from "../types";

export function outletKey(outlet: string): string {
  return outlet
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/.*$/, "")
    .replace(/\.(?:com|org|net|ru|cn|co\.uk|uk|de|fr|info|news|gov|int)$/, "")
    .replace(/^the\s+/, "")
    .replace(/[^a-z0-9\u00c0-\u024f]+/g, "");
}

/** The key under which a source counts as one independent voice. */
export function independenceKey(sourceId: string, source: Source | undefined): string {
  const outlet = source ? outletKey(source.outlet) : "";
  return outlet ? `outlet:${outlet}` : `source:${sourceId}`;
}
