import { extractClaims } from "../../../src/core/extract/extractClaims";
import type { Claim, Source } from "../../../src/core/types";

export function source(text: string, id = "s-test"): Source {
  return { id, title: "", outlet: "", url: "", published: "", author: "", text };
}

export function claimsOf(text: string): Claim[] {
  return extractClaims(source(text));
}

/** surface → [value, unit, qualifier] for compact expectations. */
export function brief(text: string): [string, number, string, string][] {
  return claimsOf(text).map((c) => [c.surface, c.value, c.unit, c.qualifier]);
}
