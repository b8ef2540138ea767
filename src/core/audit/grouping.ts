/**
 * Grouping claims into figures, linear (no global pairwise comparison):
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
import { fnv1a } from "../text/wordTable";
import { sortPairsByKey } from "./radixSort";

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
  entities: readonly string[];
  /** How partial claims were attached (for the reason). */
  joined: readonly string[];
}

interface Spec {
  entities: string;
  period: string;
}

/** Claims of one bucket, by spec; a second spec (and its Map) only when the bucket needs one. */
interface Bucket {
  /** First-level key (subject key, or metric key); the bucket key is "k1|k2", built only when it is settled. */
  k1: string;
  k2: string;
  firstEntities: readonly string[];
  firstPeriod: string;
  first: ClaimContext[];
  more?: Map<string, ClaimContext[]>;
  metric?: Metric;
  keywords?: Set<string>;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Buckets by (first key, second key), for the metric catalogue (a few keys): the keys are strings the claims share
 * (metric key, dimension group), and no Map is made per bucket.
 */
class BucketTable {
  /** First-level key → buckets of that key, one per second-level key (usually exactly one). */
  readonly byKey = new Map<string, Bucket | Bucket[]>();
  readonly order: Bucket[] = [];

  add(k1: string, k2: string, entities: readonly string[], period: string, ctx: ClaimContext): Bucket {
    const found = this.byKey.get(k1);
    let b: Bucket | undefined;
    if (found) {
      if (Array.isArray(found)) b = found.find((x) => x.k2 === k2);
      else if (found.k2 === k2) b = found;
    }
    if (!b) {
      b = { k1, k2, firstEntities: entities, firstPeriod: period, first: [ctx] };
      if (!found) this.byKey.set(k1, b);
      else if (Array.isArray(found)) found.push(b);
      else this.byKey.set(k1, [found, b]);
      this.order.push(b);
      return b;
    }
    addToSpec(b, entities, period, ctx);
    return b;
  }
}

/** Puts a claim under its spec in the bucket: the bucket's first spec, or another (the Map made only when needed). */
function addToSpec(b: Bucket, entities: readonly string[], period: string, ctx: ClaimContext): void {
  if (b.firstPeriod === period && sameList(b.firstEntities, entities)) b.first.push(ctx);
  else push((b.more ??= new Map()), specKey({ entities: joinedKeys(entities), period }), ctx);
}

/** Key of a bucket of the heuristics; a group's key is this, "|", and its spec. */
function subjectBucketKey(ctx: ClaimContext): string {
  return `subject:${ctx.subject.key}|${ctx.info.group}`;
}

export function groupClaims(contexts: readonly ClaimContext[], overrides: readonly FigureOverride[], emit?: (group: ClaimGroup) => void): ClaimGroup[] {
  const overrideOf = new Map<string, string>();
  // Deterministic when one claim is overridden twice: the greatest key wins, whatever the order.
  for (const o of overrides ?? []) {
    if (!o || !o.claimId || !o.figureKey) continue;
    const prev = overrideOf.get(o.claimId);
    if (prev === undefined || o.figureKey > prev) overrideOf.set(o.claimId, o.figureKey);
  }

  // Each group goes out complete, in a deterministic order: to `emit` as soon as it is settled (the caller can make
  // its figure while the group is young), else into the returned list.
  const out: ClaimGroup[] = [];
  const put = emit ?? ((g: ClaimGroup) => void out.push(g));
  const overridden = new Map<string, ClaimGroup>();
  // Metric buckets: metric key + dimension → spec (period only) → members.
  const metricBuckets = new BucketTable();
  // Claims for the heuristics: their places in `contexts` and their bucket hashes.
  const places = new Int32Array(contexts.length);
  const hashes = new Int32Array(contexts.length);
  let count = 0;

  for (let i = 0; i < contexts.length; i++) {
    const ctx = contexts[i];
    if (overrideOf.size) {
      const override = overrideOf.get(ctx.claim.id);
      if (override !== undefined) {
        const key = `override:${override}`;
        const g = overridden.get(key);
        if (g) g.members.push(ctx);
        else overridden.set(key, { key, kind: "override", members: [ctx], period: ctx.period, entities: ctx.entities, joined: NONE });
        continue;
      }
    }
    const match = ctx.metric;
    if (match) {
      const b = metricBuckets.add(`metric:${match.metric.key}`, ctx.info.group, NONE, ctx.period, ctx);
      b.metric = match.metric;
      (b.keywords ??= new Set()).add(match.keyword);
      continue;
    }
    if (ctx.subject.vague) {
      put({ key: `claim:${ctx.claim.id}`, kind: "single", members: [ctx], period: ctx.period, entities: ctx.entities, joined: NONE });
      continue;
    }
    places[count] = i;
    hashes[count] = bucketHash(ctx.subject.hash, ctx.info.group);
    count++;
  }

  for (const g of overridden.values()) put(g);
  for (const b of metricBuckets.order) {
    const keywords = [...(b.keywords ?? [])].sort();
    settle(`${b.k1}|${b.k2}`, b, (key, target, first) => ({ key, kind: "metric", members: [], period: first ? b.firstPeriod : parseSpec(target).period, entities: NONE, joined: NONE, metric: b.metric, keywords }), put);
  }
  forEachSubjectBucket(contexts, places, hashes, count, (members) => settleSubjectBucket(members, put));
  return out;
}

/**
 * The bucket's hash: the subject key's hash (computed with the key) continued over a separator and the dimension
 * group ("money", "duration"). Equal hashes are checked by comparing the keys themselves (sameBucket).
 */
function bucketHash(subjectHash: number, group: string): number {
  return fnv1a(group, 0, group.length, fnv1a("|", 0, 1, subjectHash)) | 0;
}

/** Same subject key and dimension group: one bucket of the heuristics. */
function sameBucket(a: ClaimContext, b: ClaimContext): boolean {
  return (a.subject === b.subject || a.subject.key === b.subject.key) && a.info.group === b.info.group;
}

/**
 * The buckets of the heuristics (claims of one subject key and dimension group), each in claim order, the buckets
 * in the order of their first claim. `places[0 … count-1]` are the claims' places in `contexts`, increasing.
 */
function forEachSubjectBucket(contexts: readonly ClaimContext[], places: Int32Array, hashes: Int32Array, count: number, each: (members: ClaimContext[]) => void): void {
  // Places in hash order; within one hash, in claim order (the sort is stable).
  const { keys, values: sorted } = sortPairsByKey(hashes, places, count);
  // A bucket is a slice [start, end) of `sorted`, found from the place of its first claim.
  const startAt = new Int32Array(contexts.length).fill(-1);
  const endOf = new Int32Array(count);
  for (let a = 0; a < count; ) {
    const h = keys[a];
    let b = a + 1;
    while (b < count && keys[b] === h) b++;
    if (b - a === 1 || oneBucket(contexts, sorted, a, b)) {
      startAt[sorted[a]] = a;
      endOf[a] = b;
    } else {
      for (const [from, to] of splitRun(contexts, sorted, a, b)) {
        startAt[sorted[from]] = from;
        endOf[from] = to;
      }
    }
    a = b;
  }
  for (let place = 0; place < contexts.length; place++) {
    const from = startAt[place];
    if (from < 0) continue;
    const to = endOf[from];
    // One claim (most buckets): an array of exactly one (a pushed-to empty array reserves room for seventeen).
    if (to - from === 1) each([contexts[sorted[from]]]);
    else {
      const members: ClaimContext[] = [];
      for (let k = from; k < to; k++) members.push(contexts[sorted[k]]);
      each(members);
    }
  }
}

/** True when the claims of a run of equal hashes are one bucket (almost always: else two keys share a hash). */
function oneBucket(contexts: readonly ClaimContext[], sorted: Int32Array, a: number, b: number): boolean {
  const first = contexts[sorted[a]];
  for (let k = a + 1; k < b; k++) if (!sameBucket(contexts[sorted[k]], first)) return false;
  return true;
}

/** The buckets in a run of equal hashes that holds several, reordered (stably) so that each is one slice of `sorted`. */
function splitRun(contexts: readonly ClaimContext[], sorted: Int32Array, a: number, b: number): [number, number][] {
  const buckets: number[][] = [];
  for (let i = a; i < b; i++) {
    const ctx = contexts[sorted[i]];
    const bucket = buckets.find((list) => sameBucket(contexts[list[0]], ctx));
    if (bucket) bucket.push(sorted[i]);
    else buckets.push([sorted[i]]);
  }
  const slices: [number, number][] = [];
  let at = a;
  for (const list of buckets) {
    slices.push([at, at + list.length]);
    for (const place of list) sorted[at++] = place;
  }
  return slices;
}

/** One bucket of the heuristics (claims in claim order) into its groups: by spec, partial specs joined. */
function settleSubjectBucket(members: ClaimContext[], put: (group: ClaimGroup) => void): void {
  const head = members[0];
  if (members.length === 1) {
    // One claim (most buckets): its group as settle() would make it, without the bucket.
    const key = `${subjectBucketKey(head)}|${specKey({ entities: joinedKeys(head.entities), period: head.period })}`;
    put({ key, kind: "subject", members, period: head.period, entities: head.entities, joined: NONE });
    return;
  }
  const b: Bucket = { k1: head.subject.key, k2: head.info.group, firstEntities: head.entities, firstPeriod: head.period, first: [head] };
  for (let i = 1; i < members.length; i++) addToSpec(b, members[i].entities, members[i].period, members[i]);
  settle(subjectBucketKey(head), b, (key, target, first) => {
    // The bucket's first spec: its entities and period as they are (what parsing the spec would give back).
    if (first) return { key, kind: "subject", members: [], period: b.firstPeriod, entities: b.firstEntities, joined: NONE };
    const t = parseSpec(target);
    const entities = t.entities === joinedKeys(b.firstEntities) ? b.firstEntities : t.entities ? t.entities.split(",") : NONE;
    return { key, kind: "subject", members: [], period: t.period, entities, joined: NONE };
  }, put);
}

/** Turns a bucket into groups: one per spec, partial specs joined to their unique fuller spec (see resolveSpecs). */
function settle(bucketKey: string, b: Bucket, make: (key: string, target: string, first: boolean) => ClaimGroup, put: (group: ClaimGroup) => void): void {
  const firstSpec = specKey({ entities: joinedKeys(b.firstEntities), period: b.firstPeriod });
  if (!b.more) {
    const g = make(`${bucketKey}|${firstSpec}`, firstSpec, true);
    g.members = b.first;
    put(g);
    return;
  }
  const bySpec = new Map<string, ClaimContext[]>([[firstSpec, b.first], ...b.more]);
  const resolved = resolveSpecs(bySpec);
  const local = new Map<string, ClaimGroup>();
  for (const [spec, members] of bySpec) {
    const target = resolved.get(spec) ?? spec;
    let g = local.get(target);
    if (!g) {
      g = make(`${bucketKey}|${target}`, target, target === firstSpec);
      local.set(target, g);
    }
    for (const m of members) g.members.push(m);
    if (target !== spec) g.joined = [...g.joined, describeJoin(parseSpec(spec), parseSpec(target), members.length)];
  }
  // Complete now: out in the order they were made.
  for (const g of local.values()) put(g);
}

const NONE: readonly string[] = [];

/**
 * `list.join(",")`, remembered per array: the entity lists of the claims are shared arrays (see internKeys), so a
 * corpus joins only its few distinct lists.
 */
let joinedCache = new Map<readonly string[], string>();
function joinedKeys(list: readonly string[]): string {
  if (!list.length) return "";
  let s = joinedCache.get(list);
  if (s === undefined) {
    if (joinedCache.size >= 4096) joinedCache = new Map();
    joinedCache.set(list, (s = list.join(",")));
  }
  return s;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Spec key: "entities#period". */
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
