/**
 * The audit: claims → figures. Groups the claims that state one fact (see grouping.ts), gives each figure a
 * status (see evaluate.ts), checks ratios and totals inside each source (see consistency.ts), and labels and
 * explains every figure. Pure and deterministic: the result does not depend on the order of claims or sources.
 */
import type { FramedArticles } from "../frame/types";
import { STATUS_ORDER, type AuditOptions, type Claim, type Figure, type Flag, type Source } from "../types";
import { checkConsistency } from "./consistency";
import { buildContexts, compareClaims, type ClaimContext } from "./context";
import { NO_FLAGS, evaluateGroup, splitGroup } from "./evaluate";
import { formatValue } from "./format";
import { figureId } from "./figureId";
import { FxTable } from "./fx";
import { groupClaims, type ClaimGroup } from "./grouping";
import { claimInterval, intersects } from "./interval";
import { figureLabel, figureReason } from "./label";
import { MetricCatalogue } from "./metrics";
import { DEFAULT_TOLERANCE } from "./tolerance";


/** A short readable name of a source for flags: outlet, else file, else title, else id. */
function sourceNamer(sources: Map<string, Source>): (id: string) => string {
  return (id) => {
    const s = sources.get(id);
    if (!s) return id;
    const title = s.title.length > 40 ? s.title.slice(0, 39) + "…" : s.title;
    return s.outlet || s.file || title || id;
  };
}

/** The distinct source ids of the members, sorted. */
function sourceIdsOf(members: readonly ClaimContext[]): string[] {
  return [...new Set(members.map((m) => m.claim.sourceId))].sort();
}

/** True when the members are already in claim order (they usually are: grouping keeps the order of the claims). */
function inClaimOrder(members: readonly ClaimContext[]): boolean {
  for (let i = 1; i < members.length; i++) if (compareClaims(members[i - 1].claim, members[i].claim) > 0) return false;
  return true;
}

function claimIdsOf(members: readonly ClaimContext[]): string[] {
  if (members.length === 1) return [members[0].claim.id];
  const ids: string[] = [];
  for (const m of members) ids.push(m.claim.id);
  return ids;
}

function compareFlags(a: Flag, b: Flag): number {
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * `framed`: what was read of the articles before the audit (the frames of their claims and their runs of words; see
 * readArticle.ts); the articles whose claims it lacks are framed here. The figures are the same either way.
 */
export function reconcile(claims: readonly Claim[], sources: readonly Source[], options: AuditOptions = {}, framed?: FramedArticles): Figure[] {
  const tolerance = Number.isFinite(options.tolerance) && (options.tolerance as number) >= 0 ? (options.tolerance as number) : DEFAULT_TOLERANCE;
  const sourceById = new Map<string, Source>();
  for (const s of [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) if (!sourceById.has(s.id)) sourceById.set(s.id, s);
  const fx = new FxTable(options.fx ?? []);
  const catalogue = new MetricCatalogue(options.metrics ?? []);

  // Unique claims in a deterministic order.
  const ordered = dropRepeatedIds(usable(claims).sort(compareClaims));
  const contexts: ClaimContext[] = buildContexts(ordered, sourceById, catalogue, framed);
  // Checks inside each source first (they need only the claims in order); the flags go onto figures at the end.
  const placed = checkConsistency(contexts, tolerance);
  const sourceName = sourceNamer(sourceById);

  // At most one figure per claim: room for them all at once, not grown (and copied) a piece at a time.
  const figures: Figure[] = new Array<Figure>(contexts.length);
  let figureCount = 0;
  // The sources of a one-claim figure: one frozen array per source, shared by its figures (most figures have one
  // claim, and an array each is a few hundred thousand objects on a large corpus).
  const sourceLists = new Map<string, string[]>();
  let lastSource: string[] = [];
  const oneSource = (id: string): string[] => {
    if (lastSource[0] === id) return lastSource;
    let list = sourceLists.get(id);
    if (!list) sourceLists.set(id, (list = Object.freeze([id]) as unknown as string[]));
    return (lastSource = list);
  };
  const evalOptions = { tolerance, fx, fxGiven: (options.fx ?? []).length > 0, sourceName };
  const addFigure = (group: ClaimGroup) => {
    const members = inClaimOrder(group.members) ? group.members : [...group.members].sort((a, b) => compareClaims(a.claim, b.claim));
    const ev = evaluateGroup(members, evalOptions);
    const figure: Figure = {
      id: figureId(group.key),
      label: figureLabel(group, members, ev.unit),
      unit: ev.unit,
      period: group.period,
      status: ev.status,
      claimIds: claimIdsOf(members),
      min: ev.min,
      max: ev.max,
      spread: ev.spread,
      sources: members.length > 1 ? sourceIdsOf(members) : oneSource(members[0].claim.sourceId),
      flags: ev.flags,
      reason: figureReason(group, members),
    };
    if (group.metric) figure.metric = group.metric.key;
    if (ev.sides) figure.sides = ev.sides;
    for (const m of members) m.figure = figureCount;
    figures[figureCount++] = figure;
  };
  // Each figure is made as soon as grouping settles its group (groups do not pile up, less work for the collector).
  const makeFigures = (group: ClaimGroup) => {
    const split = group.kind === "override" || group.members.length < 2 ? undefined : splitGroup(group.members, group.partial, evalOptions);
    if (!split) {
      addFigure(group);
      return;
    }
    for (const members of split.parts) {
      const value = formatValue(members[0].claim.value, members[0].claim.unit);
      addFigure({
        ...group,
        key: `${group.key}|value:${members.map((m) => m.claim.id).sort()[0]}`,
        members,
        splitNote:
          split.reason === "forecaster"
            ? `split from forecasts of the same frame by other forecasters: ${value} is ${members[0].frame.originName}'s forecast, a different forecast, not a contradiction`
            : split.reason === "undated"
              ? `split from claims of the same frame without a period: ${value} and the other values differ, and without a period they may be different facts`
              : `split from other claims of the same source and frame: ${value} and the other values cannot both hold, so they are different facts`,
      });
    }
  };
  // values agree when their intervals meet, in the same unit, and the values stated are close (an open bound —
  // "at least 23" — meets any larger value, but is not the same fact as 310,000): an undated claim joins a dated
  // figure only then
  const agree = (a: ClaimContext, b: ClaimContext) =>
    a.claim.unit === b.claim.unit &&
    Math.abs(a.claim.value - b.claim.value) <= 0.25 * Math.max(Math.abs(a.claim.value), Math.abs(b.claim.value)) &&
    intersects(claimInterval(a.claim, tolerance), claimInterval(b.claim, tolerance));
  groupClaims(contexts, options.overrides ?? [], makeFigures, !(options.fx ?? []).length, agree);

  for (const { flag, on } of placed) {
    if (on.figure < 0) continue;
    const figure = figures[on.figure];
    if (figure.flags === NO_FLAGS) figure.flags = [flag];
    else figure.flags.push(flag);
  }

  figures.length = figureCount;
  for (const f of figures) if (f.flags.length > 1) f.flags.sort(compareFlags);
  return byStatus(figures);
}

/**
 * Conflicting first (STATUS_ORDER); within a status, in the order of the sorted claims (deterministic: it does not
 * depend on the input order). summarizeFigures orders by label for display. Counted first and placed once, into
 * an array of the final size: a list per status grown a piece at a time made ~3 times the memory.
 */
function byStatus(figures: readonly Figure[]): Figure[] {
  const rank = new Map<string, number>(STATUS_ORDER.map((status, i) => [status, i]));
  const next = new Array<number>(STATUS_ORDER.length + 1).fill(0);
  for (const f of figures) next[(rank.get(f.status) as number) + 1]++;
  for (let i = 1; i < next.length; i++) next[i] += next[i - 1];
  const out = new Array<Figure>(figures.length);
  for (const f of figures) out[next[rank.get(f.status) as number]++] = f;
  return out;
}

/** The claims with a finite value, in a new array (a copy of the same size when all have one, as they usually do). */
function usable(claims: readonly Claim[]): Claim[] {
  for (const c of claims) if (!c || !Number.isFinite(c.value)) return claims.filter((x) => x && Number.isFinite(x.value));
  return claims.slice();
}

/** A claim given twice (same id) counts once: equal ids sort next to each other. The same array when none repeats. */
function dropRepeatedIds(sorted: Claim[]): Claim[] {
  for (let i = 1; i < sorted.length; i++) if (sorted[i].id === sorted[i - 1].id) return sorted.filter((c, k, all) => k === 0 || c.id !== all[k - 1].id);
  return sorted;
}
