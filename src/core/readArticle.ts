/**
 * Reading one article: its claims (extraction) and their frames (what the article says each number measures, of
 * what, when and on whose word). This is all the audit needs of an article that depends on the article alone, so it
 * is done once per article: the audit of many articles then only groups their framed claims (see analyse.ts; the
 * story an article belongs to, which depends on the other articles, is the audit's).
 */
import { claimUnitInfo } from "./audit/context";
import { frameKey } from "./audit/grouping";
import { extractClaims } from "./extract/extractClaims";
import { frameArticle } from "./frame/frameClaims";
import { articleRuns } from "./frame/reprints";
import type { ArticleReading, ClaimFrame } from "./frame/types";
import type { Claim, Source } from "./types";

/** What the audit is given of the article (its frames, keys and runs: an ArticleReading), with its claims. */
export interface ReadArticle extends ArticleReading {
  /** The claims kept (at most the limit), in text order. */
  claims: Claim[];
  /** How many claims extraction found (more than `claims` holds when the limit cut them). */
  found: number;
  frames: Map<string, ClaimFrame>;
  keys: Map<string, string>;
}

/** Extract and frame one article; claims past `limit` are dropped before framing. Throws what extraction throws. */
export function readArticle(source: Source, limit: number): ReadArticle {
  const claims = extractClaims(source);
  const found = claims.length;
  if (claims.length > limit) claims.length = limit;
  return { claims, found, ...readClaims(source, claims) };
}

/** The reading of an article whose claims are known: their frames and keys, and the article's runs of words. */
export function readClaims(source: Source, claims: readonly Claim[]): Pick<ReadArticle, "frames" | "runs" | "keys"> {
  const frames = frameArticle(source, claims);
  const keys = new Map<string, string>();
  for (const claim of claims) {
    const frame = frames.get(claim.id);
    if (frame) keys.set(claim.id, frameKey({ frame, info: claimUnitInfo(claim) }) ?? "");
  }
  return { frames, runs: articleRuns(source.text), keys };
}

/**
 * Articles read in earlier audits, kept by source: the task pane audits again whenever a source is added or removed,
 * and reads only the new ones. An article is read again when anything the reading depends on changed (its text,
 * title, date line or the claim limit).
 */
export class ArticleCache {
  private readonly entries = new Map<string, { source: Source; limit: number; read: ReadArticle }>();

  /** The reading of `source`, from the cache when the same article was read with the same limit. */
  read(source: Source, limit: number): ReadArticle {
    const kept = this.entries.get(source.id);
    if (kept && kept.limit === limit && kept.source.text === source.text && kept.source.title === source.title && kept.source.published === source.published) return kept.read;
    const read = readArticle(source, limit);
    this.entries.set(source.id, { source, limit, read });
    return read;
  }

  /** Forget every article not among `ids` (sources removed since). */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of [...this.entries.keys()]) if (!ids.has(id)) this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }
}
