/**
 * Grouping claims into figures, near-linear (Maps keyed by normalised keys; no global pairwise comparison):
 *  1. an override puts a claim into the figure key the user named;
 *  2. else the metric catalogue: a metric catches the claim (split by unit dimension and period);
 *  3. else the heuristics: same subject key (exact, after synonyms), same unit dimension, same entities with their
 *     roles, same period. A vague or empty subject is never merged with anything.
 * Period and entities left unsaid: a claim with no period joins the group of the same subject, dimension and
 * entities when exactly one such group states a period (the subject key matches exactly, which is the "strong"
 * match); likewise a claim with no entities joins the unique group of the same subject, dimension and period that
 * names entities. When there is more than one candidate it stays apart: the audit never guesses between two facts.
 */
import type { FigureOverride, Metric } from "../types";
import type { ClaimContext } from "./context";
import type { MetricCatalogue } from "./metrics";

export type GroupKind = "override" | "metric" | "subject" | "single";

export interface ClaimGroup {
  /** Stable key; the figure id is derived from it. */
  key: string;
  kind: GroupKind;
  members: ClaimContext[];
  metric?: Metric;
  /** Metric keywords that caught the members (for the reason). */
  keywords?: string[];
  period: string;
  entities: string[];
  /** How partial claims were attached (for the reason). */
  joined: string[];
}

interface Spec {
  entities: string;
  period: string;
}

export function groupClaims(
  contexts: readonly ClaimContext[],
  overrides: readonly FigureOverride[],
  catalogue: MetricCatalogue,
): ClaimGroup[] {
  const overrideOf = new Map<string, string>();
  // Deterministic when one claim is overridden twice: the greatest key wins, whatever the order.
  for (const o of overrides ?? []) {
    if (!o || !o.claimId || !o.figureKey) continue;
    const prev = overrideOf.get(o.claimId);
    if (prev === undefined || o.figureKey > prev) overrideOf.set(o.claimId, o.figureKey);
  }

  const groups = new Map<string, ClaimGroup>();
  const add = (key: string, kind: GroupKind, period: string, entities: string[], ctx: ClaimContext, extra?: Partial<ClaimGroup>) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, kind, members: [ctx], period, entities, joined: [], ...extra }));
    else g.members.push(ctx);
    return g;
  };
  // Buckets of the heuristics: subject key + dimension → spec key → members.
  const buckets = new Map<string, Map<string, ClaimContext[]>>();
  // Metric buckets: metric key + dimension → spec (period only) → members.
  const metricBuckets = new Map<string, { metric: Metric; keywords: Set<string>; bySpec: Map<string, ClaimContext[]> }>();

  for (const ctx of contexts) {
    const override = overrideOf.get(ctx.claim.id);
    if (override !== undefined) {
      add(`override:${override}`, "override", ctx.period, ctx.entities, ctx);
      continue;
    }
    const match = catalogue.match(ctx.claim, ctx.subjectText);
    if (match) {
      const bucketKey = `metric:${match.metric.key}|${ctx.info.group}`;
      let b = metricBuckets.get(bucketKey);
      if (!b) metricBuckets.set(bucketKey, (b = { metric: match.metric, keywords: new Set(), bySpec: new Map() }));
      b.keywords.add(match.keyword);
      push(b.bySpec, specKey({ entities: "", period: ctx.period }), ctx);
      continue;
    }
    if (ctx.subject.vague) {
      add(`claim:${ctx.claim.id}`, "single", ctx.period, ctx.entities, ctx);
      continue;
    }
    const bucketKey = `subject:${ctx.subject.key}|${ctx.info.group}`;
    let b = buckets.get(bucketKey);
    if (!b) buckets.set(bucketKey, (b = new Map()));
    push(b, specKey({ entities: ctx.entities.join(","), period: ctx.period }), ctx);
  }

  for (const [bucketKey, b] of metricBuckets) {
    const resolved = resolveSpecs(b.bySpec);
    for (const [spec, members] of b.bySpec) {
      const target = resolved.get(spec) ?? spec;
      const key = `${bucketKey}|${target}`;
      const g = add(key, "metric", parseSpec(target).period, [], members[0], { metric: b.metric, keywords: [...b.keywords].sort() });
      for (const m of members.slice(1)) g.members.push(m);
      if (target !== spec) g.joined.push(describeJoin(parseSpec(spec), parseSpec(target), members.length));
    }
  }
  for (const [bucketKey, b] of buckets) {
    const resolved = resolveSpecs(b);
    for (const [spec, members] of b) {
      const target = resolved.get(spec) ?? spec;
      const t = parseSpec(target);
      const key = `${bucketKey}|${target}`;
      const g = add(key, "subject", t.period, t.entities ? t.entities.split(",") : [], members[0]);
      for (const m of members.slice(1)) g.members.push(m);
      if (target !== spec) g.joined.push(describeJoin(parseSpec(spec), parseSpec(target), members.length));
    }
  }
  return [...groups.values()];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function specKey(s: Spec): string {
  return `${s.entities}#${s.period}`;
}

function parseSpec(key: string): Spec {
  const i = key.indexOf("#");
  return { entities: key.slice(0, i), period: key.slice(i + 1) };
}

function describeJoin(spec: Spec, target: Spec, n: number): string {
  const missing = [!spec.period && target.period ? "period" : "", !spec.entities && target.entities ? "countries" : ""].filter(Boolean).join(" and ");
  return `${n} claim${n === 1 ? "" : "s"} with no ${missing} joined the only group of this subject that states ${missing === "period" ? "one" : "them"}`;
}

/**
 * For each partial spec of a bucket, the unique fuller spec it may join (absent when none or several).
 * Stage 1: (entities, no period) → the only period stated with those entities; (no entities, period) → the only
 * entity set stated with that period. Stage 2: (nothing) → the only target left in the bucket.
 */
function resolveSpecs(bySpec: Map<string, unknown>): Map<string, string> {
  if (bySpec.size === 1) return NOTHING_RESOLVED;
  const specs = [...bySpec.keys()].map(parseSpec);
  const periodsByEntities = new Map<string, Set<string>>();
  const entitiesByPeriod = new Map<string, Set<string>>();
  for (const s of specs) {
    if (s.entities && s.period) {
      addTo(periodsByEntities, s.entities, s.period);
      addTo(entitiesByPeriod, s.period, s.entities);
    }
  }
  const resolved = new Map<string, string>();
  for (const s of specs) {
    if (s.entities && !s.period) {
      const ps = periodsByEntities.get(s.entities);
      if (ps && ps.size === 1) resolved.set(specKey(s), specKey({ entities: s.entities, period: [...ps][0] }));
    } else if (!s.entities && s.period) {
      const es = entitiesByPeriod.get(s.period);
      if (es && es.size === 1) resolved.set(specKey(s), specKey({ entities: [...es][0], period: s.period }));
    }
  }
  const empty = specKey({ entities: "", period: "" });
  if (bySpec.has(empty)) {
    const targets = new Set<string>();
    for (const s of specs) {
      const k = specKey(s);
      if (k === empty) continue;
      targets.add(resolved.get(k) ?? k);
    }
    if (targets.size === 1) resolved.set(empty, [...targets][0]);
  }
  return resolved;
}

const NOTHING_RESOLVED = new Map<string, string>();

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
