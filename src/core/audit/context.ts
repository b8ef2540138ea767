/**
 * Everything the audit derives once per claim: unit dimension, the subject (the extractor's, else read from the
 * sentence), its comparable key, the entities of the clause, the period, the independent source and the origin.
 */
import type { Claim, Source } from "../types";
import { findEntities } from "./entities";
import { independenceKey } from "./independence";
import { originKey } from "./origin";
import { periodKey } from "./period";
import { subjectFromSentence, subjectKey, type SubjectKey } from "./subject";
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
}

const CLAUSE_BREAK = /;|\s[\u2014\u2013]\s|\s--\s|,\s+(?:while|whereas|but|although|though)\s|\s(?:while|whereas)\s/g;

/** The clause of the sentence that holds the number (sentences joined by ";" or ", while" state several facts). */
export function clauseAround(claim: Pick<Claim, "sentence" | "sentenceStart" | "start" | "end">): string {
  const s = claim.sentence;
  const rel = claim.start - claim.sentenceStart;
  if (rel < 0 || rel > s.length) return s;
  let from = 0;
  let to = s.length;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(s))) {
    if (m.index + m[0].length <= rel) from = m.index + m[0].length;
    else if (m.index >= claim.end - claim.sentenceStart) {
      to = m.index;
      break;
    }
  }
  return s.slice(from, to);
}

export function buildContext(claim: Claim, sources: Map<string, Source>): ClaimContext {
  const info = unitInfo(claim.unit);
  const subjectText = (claim.subject || "").trim() || subjectFromSentence(claim);
  const entities = new Set(findEntities(subjectText));
  for (const e of findEntities(clauseAround(claim))) entities.add(e);
  return {
    claim,
    info,
    subjectText,
    subject: subjectKey(subjectText),
    entities: [...entities].sort(),
    period: periodKey(claim.period || ""),
    independent: independenceKey(claim.sourceId, sources.get(claim.sourceId)),
    origin: originKey(claim.attribution || ""),
  };
}

/** Deterministic claim order: by source, then place in the text, then id. */
export function compareClaims(a: Claim, b: Claim): number {
  if (a.sourceId !== b.sourceId) return a.sourceId < b.sourceId ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
