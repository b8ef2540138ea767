/**
 * The user's metric catalogue: a claim whose subject (first) or sentence mentions one of a metric's keywords, in a
 * unit the metric accepts, belongs to that metric. Claims no metric catches go to the heuristics.
 */
import type { Claim, Metric } from "../types";
import { unitInfo } from "./units";

export interface MetricMatch {
  metric: Metric;
  keyword: string;
  where: "subject" | "sentence";
}

interface CompiledMetric {
  metric: Metric;
  keywords: { word: string; lower: string; re: RegExp }[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A metric's unit accepts a claim's unit when it is empty, equal, the same dimension, or names the dimension. */
export function unitAccepted(metricUnit: string, claimUnit: string): boolean {
  const m = metricUnit.trim();
  if (!m) return true;
  if (m === claimUnit) return true;
  const c = unitInfo(claimUnit);
  if (m === c.group || m === c.name || m === c.dimension) return true;
  const mi = unitInfo(m);
  if (mi.group.startsWith("other:")) return false;
  // "USD" accepts only USD; "money" any currency; "m3" any volume unit.
  return mi.currency ? mi.dimension === c.dimension : mi.group === c.group;
}

export class MetricCatalogue {
  private readonly compiled: CompiledMetric[];
  /** One case-insensitive scan for any keyword: most claims mention none, and are done after it. */
  private readonly any: RegExp | undefined;

  constructor(metrics: readonly Metric[] = []) {
    this.compiled = [...metrics]
      .filter((m) => m && m.key)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((metric) => ({
        metric,
        keywords: (metric.keywords ?? [])
          .map((k) => k.trim())
          .filter(Boolean)
          .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
          .map((word) => ({ word, lower: word.toLowerCase(), re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, "iu") })),
      }));
    this.any = MetricCatalogue.anyOf(this.compiled);
  }

  private static anyOf(compiled: readonly CompiledMetric[]): RegExp | undefined {
    const words = compiled.flatMap((c) => c.keywords.map((k) => escape(k.word)));
    return words.length ? new RegExp(words.join("|"), "i") : undefined;
  }

  get size(): number {
    return this.compiled.length;
  }

  /**
   * The metric a claim belongs to: a keyword found in the subject beats one found only in the sentence; then the
   * longest keyword; then the metric key. Independent of the catalogue's order.
   */
  match(claim: Claim, subject: string): MetricMatch | undefined {
    if (!this.any || (!this.any.test(claim.sentence) && !(subject && this.any.test(subject)))) return undefined;
    let best: MetricMatch | undefined;
    let bestScore = -1;
    const subjectLower = subject.toLowerCase();
    const sentenceLower = claim.sentence.toLowerCase();
    for (const c of this.compiled) {
      if (!unitAccepted(c.metric.unit ?? "", claim.unit)) continue;
      for (const k of c.keywords) {
        // Cheap substring test first; the word-boundary regex only confirms a candidate.
        const inSubject = subjectLower.includes(k.lower) && k.re.test(subject);
        const inSentence = !inSubject && sentenceLower.includes(k.lower) && k.re.test(claim.sentence);
        if (!inSubject && !inSentence) continue;
        const score = (inSubject ? 1e6 : 0) + k.word.length;
        if (score > bestScore) {
          bestScore = score;
          best = { metric: c.metric, keyword: k.word, where: inSubject ? "subject" : "sentence" };
        }
        break; // keywords are sorted longest first: the first hit is this metric's best
      }
    }
    return best;
  }
}
