/** Small builders for hand-made claims and sources used by the audit tests. */
import type { Claim, Qualifier, Source } from "../../../src/core/types";
import { claimRecord } from "../../helpers/claim";

export function source(id: string, outlet = "", extra: Partial<Source> = {}): Source {
  return { id, title: `Article ${id}`, outlet, url: "", published: "", author: "", text: "", ...extra };
}

export interface ClaimSpec {
  source: string;
  sentence: string;
  /** The quantity as it stands in the sentence (must occur in it). */
  surface: string;
  value: number;
  unit: string;
  qualifier?: Qualifier;
  subject?: string;
  period?: string;
  attribution?: string;
  low?: number;
  high?: number;
  /** Where the sentence starts in the source text (default 0). */
  sentenceStart?: number;
}

export function claim(spec: ClaimSpec): Claim {
  const at = spec.sentence.indexOf(spec.surface);
  if (at < 0) throw new Error(`surface "${spec.surface}" not in sentence "${spec.sentence}"`);
  const sentenceStart = spec.sentenceStart ?? 0;
  const start = sentenceStart + at;
  const c = claimRecord(
    { id: `${spec.source}:${start}`, sourceId: spec.source, start, surface: spec.surface, value: spec.value, unit: spec.unit, sentence: spec.sentence, sentenceStart },
    { qualifier: spec.qualifier ?? "exact", period: spec.period ?? "", subject: spec.subject ?? "", attribution: spec.attribution ?? "" },
  );
  if (spec.low !== undefined) c.low = spec.low;
  if (spec.high !== undefined) c.high = spec.high;
  return c;
}
