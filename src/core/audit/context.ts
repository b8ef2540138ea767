/**
 * Everything the audit derives once per claim: unit dimension, the subject (the extractor's, else read from the
 * sentence), its comparable key, the entities of the clause, the period, the independent source and the origin.
 */
import { isWhiteSpace } from "../text/chars";
import type { Claim, Source } from "../types";
import { entityKeys, internKeys, scanEntities, type Hit } from "./entities";
import { independenceKey } from "./independence";
import { memo } from "./memo";
import type { MetricCatalogue, MetricMatch } from "./metrics";
import { originKey } from "./origin";
import { periodKey } from "./period";
import { subjectFromSentence, type SubjectKey } from "./subject";
import { sortStrings } from "./sortStrings";
import { subjectKeysOf } from "./subjectKeys";
import { unitInfo, type UnitInfo } from "./units";

export interface ClaimContext {
  claim: Claim;
  info: UnitInfo;
  /** The subject as text (the extractor's, or read from the sentence). */
  subjectText: string;
  subject: SubjectKey;
  /** Sorted entity keys ("people:ru", "place:cn") of the subject and the clause around the number. */
  entities: string[];
  period: string;
  /** Independence key of the claim's source (outlet, or source id when the outlet is unknown). */
  independent: string;
  /** Normalised origin of the attribution, "" when none. */
  origin: string;
  /** The catalogue metric that catches the claim, if any. */
  metric: MetricMatch | undefined;
  /** Index of the figure the claim ends in (set by reconcile). */
  figure: number;
}

const CLAUSE_BREAK = /;|\s[\u2014\u2013]\s|\s--\s|,\s+(?:while|whereas|but|although|though)\s|\s(?:while|whereas)\s/g;

const NO_BREAKS: number[] = [];

/**
 * Fails on most sentences, which hold no clause break, faster than CLAUSE_BREAK does: every break has ";", a
 * dash, or one of the words while, whereas, but, although, though ("wh", "but", "ough").
 */
const MAY_BREAK = /[;\u2014\u2013]|--|wh|but|ough/;

function mayBreak(s: string): boolean {
  return MAY_BREAK.test(s);
}

/** Where the clauses of a sentence break: [start, end) of each break. */
function clauseBreaks(sentence: string): number[] {
  if (!mayBreak(sentence)) return NO_BREAKS;
  const out: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence))) out.push(m.index, m.index + m[0].length);
  return out;
}

/** [from, to) of the clause that holds the number (sentences joined by ";" or ", while" state several facts). */
function clauseRange(claim: Pick<Claim, "sentence" | "sentenceStart" | "start" | "end">, breaks: readonly number[]): [number, number] {
  const s = claim.sentence;
  const rel = claim.start - claim.sentenceStart;
  const relEnd = claim.end - claim.sentenceStart;
  if (rel < 0 || rel > s.length) return [0, s.length];
  let from = 0;
  let to = s.length;
  for (let i = 0; i < breaks.length; i += 2) {
    if (breaks[i + 1] <= rel) from = breaks[i + 1];
    else if (breaks[i] >= relEnd) {
      to = breaks[i];
      break;
    }
  }
  return [from, to];
}

/** The clause of the sentence that holds the number. */
export function clauseAround(claim: Pick<Claim, "sentence" | "sentenceStart" | "start" | "end">): string {
  const [from, to] = clauseRange(claim, clauseBreaks(claim.sentence));
  return claim.sentence.slice(from, to);
}

interface SentenceInfo {
  hits: Hit[];
  breaks: number[];
}

const periodOf = memo(periodKey);
const originOf = memo(originKey);
/** The last sentence analysed: claims of one sentence come one after another (claims are sorted by place). */
let lastSentence = "";
let lastInfo: SentenceInfo = { hits: [], breaks: [] };
function sentenceInfo(s: string): SentenceInfo {
  if (s !== lastSentence) {
    lastInfo = { hits: scanEntities(s), breaks: clauseBreaks(s) };
    lastSentence = s;
  }
  return lastInfo;
}

/** Sorted union of two sorted unique key lists (a shared array, see internKeys). */
function union(a: string[], b: string[]): string[] {
  if (!b.length || a === b) return a;
  if (!a.length) return b;
  const all = a.slice();
  for (const k of b) if (!all.includes(k)) all.push(k);
  return internKeys(sortStrings(all));
}

/** `s.trim()`, without the call when neither end is white space (the usual case). */
function trimmed(s: string): string {
  if (!s || (!isWhiteSpace(s.charCodeAt(0)) && !isWhiteSpace(s.charCodeAt(s.length - 1)))) return s;
  return s.trim();
}

/** The subject as text: the extractor's, else read from the sentence. */
function subjectTextOf(claim: Claim): string {
  return trimmed(claim.subject || "") || subjectFromSentence(claim);
}

export class ContextBuilder {
  private readonly independent = new Map<string, string>();
  private lastSourceId: string | undefined;
  private lastIndependent: string | undefined;

  /** `catalogue`: the user's metrics, matched here while the claim's sentence is at hand. */
  constructor(
    private readonly sources: Map<string, Source>,
    private readonly catalogue?: MetricCatalogue,
  ) {}

  /**
   * The contexts of the claims, in their order. Every distinct subject text of the audit is analysed once (see
   * subjectKeys): a bounded cache shared by all audits forgot the subjects of a large corpus before they came
   * again, and analysed a million claims' subjects more often per claim than a hundred thousand's.
   */
  buildAll(claims: readonly Claim[]): ClaimContext[] {
    const texts = claims.map(subjectTextOf);
    const subjects = subjectKeysOf(texts);
    const out: ClaimContext[] = new Array<ClaimContext>(claims.length);
    for (let i = 0; i < claims.length; i++) out[i] = this.build(claims[i], texts[i], subjects[i]);
    return out;
  }

  private build(claim: Claim, subjectText: string, subject: SubjectKey): ClaimContext {
    const info = unitInfo(claim.unit);
    const info2 = sentenceInfo(claim.sentence);
    let clauseEntities: string[];
    if (!info2.breaks.length) clauseEntities = entityKeys(info2.hits);
    else {
      const [from, to] = clauseRange(claim, info2.breaks);
      clauseEntities = entityKeys(info2.hits, from, to);
    }
    // Claims come source by source: the last source's key first.
    let independent = claim.sourceId === this.lastSourceId ? this.lastIndependent : this.independent.get(claim.sourceId);
    if (independent === undefined) {
      independent = independenceKey(claim.sourceId, this.sources.get(claim.sourceId));
      this.independent.set(claim.sourceId, independent);
    }
    this.lastSourceId = claim.sourceId;
    this.lastIndependent = independent;
    return {
      claim,
      info,
      subjectText,
      subject,
      entities: union(subject.entities, clauseEntities),
      period: periodOf(claim.period || ""),
      independent,
      origin: originOf(claim.attribution || ""),
      metric: this.catalogue?.size ? this.catalogue.match(claim, subjectText) : undefined,
      figure: -1,
    };
  }
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
