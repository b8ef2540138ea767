/**
 * Everything the audit derives once per claim: unit dimension, the claim frame (measure, product, places, period,
 * kind, basis, origin; see src/core/frame), the independent source and the catalogue metric.
 */
import { framesInOrder, storiesOf } from "../frame/frameClaims";
import type { ArticleReading, ClaimFrame, FramedArticles } from "../frame/types";
import type { Claim, Source } from "../types";
import { independenceKey } from "./independence";
import type { MetricCatalogue, MetricMatch } from "./metrics";
import { unitInfo, type UnitInfo } from "./units";

export interface ClaimContext {
  claim: Claim;
  info: UnitInfo;
  frame: ClaimFrame;
  /**
   * The frame key the claim groups under when amounts are not kept apart by currency (see grouping.ts frameKey),
   * read with its article (readArticle); undefined when it was not, "" when the frame has no measure.
   */
  key?: string;
  /** The story of the claim's article: copies of one wire story share it (see frame/reprints.ts). */
  story: string;
  /** Independence key of the claim's source (outlet, or source id when the outlet is unknown). */
  independent: string;
  /** The catalogue metric that catches the claim, if any. */
  metric: MetricMatch | undefined;
  /** Index of the figure the claim ends in (set by reconcile). */
  figure: number;
}

const EMPTY_FRAME: ClaimFrame = { places: [], scopeKey: "", periodHow: "none", kind: "level", origin: "", originName: "", originHow: "none", eventDate: "" };

/**
 * The contexts of the claims (in claim order), the frames built article by article (or taken from `given`: the
 * frames of articles framed when they were read, see frameArticle).
 */
export function buildContexts(claims: readonly Claim[], sources: ReadonlyMap<string, Source>, catalogue?: MetricCatalogue, given?: FramedArticles): ClaimContext[] {
  const frames = framesInOrder(claims, sources, given);
  const stories = storiesOf(claims.map((c) => c.sourceId), sources, given);
  // the claims come source by source: the source's reading and independence key are looked up once per source
  let sourceOf: string | undefined;
  let read: ArticleReading | undefined;
  let independent = "";
  return claims.map((claim, i) => {
    if (claim.sourceId !== sourceOf) {
      sourceOf = claim.sourceId;
      read = given?.get(sourceOf);
      independent = independenceKey(sourceOf, sources.get(sourceOf));
    }
    const frame = frames[i] ?? EMPTY_FRAME;
    return {
      claim,
      info: claimUnitInfo(claim),
      frame,
      // the key read with the frame (the same frame: one the audit framed again has no key read)
      key: read && read.frames.get(claim.id) === frame ? read.keys?.get(claim.id) : undefined,
      story: stories.get(claim.sourceId) ?? claim.sourceId,
      independent,
      metric: catalogue?.size ? catalogue.match(claim, claim.subject || frame.measure?.name || "") : undefined,
      figure: -1,
    };
  });
}

/** The unit of a claim as the audit compares it: "nine times", "ninefold" read as a count are multiples all the same. */
export function claimUnitInfo(claim: Claim): UnitInfo {
  return unitInfo(claim.unit === "count" && /(?:\btimes|fold)$/i.test(claim.surface.trim()) ? "x" : claim.unit);
}

/** Deterministic claim order: by source, then place in the text, then id. */
export function compareClaims(a: Claim, b: Claim): number {
  if (a.sourceId !== b.sourceId) return a.sourceId < b.sourceId ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  // Same id twice (a caller's mistake): order by content, so which one is kept never depends on the input order.
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  return cmpText(a.unit, b.unit) || cmpText(a.qualifier, b.qualifier) || cmpText(a.subject, b.subject) || cmpText(a.period, b.period) || cmpText(a.attribution, b.attribution) || cmpText(a.surface, b.surface) || cmpText(a.sentence, b.sentence);
}

function cmpText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
