/**
 * The claim frame: what a number measures, of what, where, when, what kind of statement it is, in which basis, who
 * it comes from, and whether it only restates another number. The audit groups claims whose frames match.
 */
import type { ClaimKind } from "./kind";
import type { Span } from "./period";
import type { PeriodSource } from "./periodBinding";
import type { ScopedPlace } from "./scope";

export interface FrameMeasure {
  /** Comparable key: "trade", "imports", "exports", "flow" (both sides named), "n:terminal" (a counted noun), ... */
  key: string;
  /** Readable: "bilateral trade", "imports", "terminals". */
  name: string;
  /** How it was found: in the number's clause, elsewhere in its sentence, or carried from the sentence before. */
  how: "clause" | "sentence" | "previous" | "noun";
}

export interface ClaimFrame {
  measure?: FrameMeasure;
  product?: string;
  places: ScopedPlace[];
  /** Comparable key of the places: "ru>eu" for a flow with both sides named, else the sorted codes "in,ru". */
  scopeKey: string;
  /**
   * The organisation the figure belongs to, where no place says whose it is (see holder.ts): a comparable key
   * ("halvard"), or "?" for a company's measure (revenue, profit …) whose company could not be read: such claims
   * may agree, never conflict.
   */
  holder?: string;
  /** The holder as written ("Halvard Bank"). */
  holderName?: string;
  /** The named site inside the places the figure is of ("tengiz"; see site.ts), and as written ("Tengiz field"). */
  site?: string;
  siteName?: string;
  period?: Span;
  periodHow: PeriodSource;
  /** "by 2030" (a deadline) or "since 2022". */
  periodRole?: "by" | "since";
  kind: ClaimKind;
  /** For a share: what it is a share of ("peak capacity", "export"). */
  shareOf?: string;
  /** For a share: the part it tells of its whole, when no place, goods or organisation names it ("men", "people-aged-18-to-24"). */
  sharePart?: string;
  /** "value", "volume", "USD", ... when the text says "in value terms", "in dollar terms". */
  basis?: string;
  /** Origin key ("org:PPAC", "name:jaishankar"), "" when nobody is credited. */
  origin: string;
  /** The credited name as written. */
  originName: string;
  /**
   * Another key of the same origin: the publication a credit names besides its publisher ("the Open Doors report
   * released by the IIE": origin "org:IIE", alias "pub:open doors"), so that an outlet crediting only the report is
   * the same origin.
   */
  originAlias?: string;
  /** Where the credit was read: the claim's sentence, an earlier sentence of the story, or nowhere. */
  originHow: "sentence" | "story" | "none";
  /** For an event's duration whose sentence names no place of its own: the places the article is about (codes). */
  eventPlaces?: string[];
  /** The month of the article's date line ("2026-02"), "" when it has none: when a reported event took place. */
  eventDate: string;
  /** For a change: what it is measured against, where the text says so (changeBasis.ts). */
  changeBasis?: "month" | "quarter" | "year" | "average";
  /**
   * For a change that states no basis: the one basis its article gives every other change of its measure and period,
   * where none of them is of its own figure (articleBasis.ts). Not part of its key: it lets the change join its
   * frame's figure of that basis (audit/grouping.ts joinUnbased).
   */
  articleBasis?: "month" | "quarter" | "year" | "average";
  /** For a running toll with no period of its own (the dead, the injured, cases): the day it was told as of (asOf.ts). */
  asOf?: string;
  /**
   * A number that is not a figure an analyst wants: the numbering of an event ("the 30th anniversary", "the 15th
   * Five-Year Plan", "the 26th session") or a count of the text's own points ("three clear messages", "two sides",
   * "two key reasons"). It stays a claim; it makes no figure.
   */
  notFigure?: boolean;
  /**
   * An estimate or a forecast the text says was replaced by a newer one ("revised to 0.1%, from a previously reported
   * 0.2%": the 0.2%; see revision.ts): a figure of its own, the earlier estimate, never a contradiction of the new one.
   */
  superseded?: boolean;
  /** Id of the body claim a headline's number sums up (its frame is that claim's). */
  restates?: string;
  /** Id of the claim this one restates in another currency or unit ("7.32 billion euros ($7.5 billion)"). */
  conversionOf?: string;
}

/** What the audit keeps of one article read before it (see readArticle.ts). */
export interface ArticleReading {
  /** The frames of the article's claims, by claim id. */
  frames: ReadonlyMap<string, ClaimFrame>;
  /** The article's sampled runs of words (see reprints.ts). */
  runs: Int32Array;
  /** The key each claim groups under (audit/grouping.ts frameKey, before any currency), by claim id; "" for none. */
  keys?: ReadonlyMap<string, string>;
}

/**
 * The articles read before the audit, by source id. Kept article by article, not merged into maps of every claim:
 * the audit looks its claims up source by source, in small maps (audit benchmark: lookups in maps of a million
 * claims were a tenth of the audit's time at that size, and scaled worse than linearly).
 */
export type FramedArticles = ReadonlyMap<string, ArticleReading>;
