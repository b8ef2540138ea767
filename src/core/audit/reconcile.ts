/**
 * The audit: claims → figures. Groups the claims that state one fact (see grouping.ts), gives each figure a
 * status (see evaluate.ts), checks ratios and totals inside each source (see consistency.ts), and labels and
 * explains every figure. Pure and deterministic: the result does not depend on the order of claims or sources.
 */
import { stableHash } from "../hash";
import { STATUS_ORDER, type AuditOptions, type Claim, type Figure, type Source } from "../types";
import { checkConsistency } from "./consistency";
import { buildContext, compareClaims, type ClaimContext } from "./context";
import { evaluateGroup } from "./evaluate";
import { FxTable } from "./fx";
import { groupClaims } from "./grouping";
import { figureLabel, figureReason } from "./label";
import { MetricCatalogue } from "./metrics";

export const DEFAULT_TOLERANCE = 0.01;

/** A short readable name of a source for flags: outlet, else file, else title, else id. */
function sourceNamer(sources: Map<string, Source>): (id: string) => string {
  return (id) => {
    const s = sources.get(id);
    if (!s) return id;
    const title = s.title.length > 40 ? s.title.slice(0, 39) + "…" : s.title;
    return s.outlet || s.file || title || id;
  };
}

export function reconcile(claims: readonly Claim[], sources: readonly Source[], options: AuditOptions = {}): Figure[] {
  const tolerance = Number.isFinite(options.tolerance) && (options.tolerance as number) >= 0 ? (options.tolerance as number) : DEFAULT_TOLERANCE;
  const sourceById = new Map<string, Source>();
  for (const s of [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) if (!sourceById.has(s.id)) sourceById.set(s.id, s);
  const fx = new FxTable(options.fx ?? []);
  const catalogue = new MetricCatalogue(options.metrics ?? []);

  // Unique claims in a deterministic order.
  const seen = new Set<string>();
  const ordered = [...claims].filter((c) => c && Number.isFinite(c.value)).sort(compareClaims).filter((c) => !seen.has(c.id) && seen.add(c.id));
  const contexts: ClaimContext[] = ordered.map((c) => buildContext(c, sourceById));
  const groups = groupClaims(contexts, options.overrides ?? [], catalogue);
  const sourceName = sourceNamer(sourceById);

  const figureOfClaim = new Map<string, Figure>();
  const figures: Figure[] = [];
  for (const group of groups) {
    const members = [...group.members].sort((a, b) => compareClaims(a.claim, b.claim));
    const ev = evaluateGroup(members, { tolerance, fx, fxGiven: (options.fx ?? []).length > 0, sourceName });
    const figure: Figure = {
      id: "f-" + stableHash(group.key),
      label: figureLabel(group, members, ev.unit),
      unit: ev.unit,
      period: group.period,
      status: ev.status,
      claimIds: members.map((m) => m.claim.id),
      min: ev.min,
      max: ev.max,
      spread: ev.spread,
      sources: [...new Set(members.map((m) => m.claim.sourceId))].sort(),
      flags: ev.flags,
      reason: figureReason(group, members),
    };
    if (group.metric) figure.metric = group.metric.key;
    if (ev.sides) figure.sides = ev.sides;
    figures.push(figure);
    for (const m of members) figureOfClaim.set(m.claim.id, figure);
  }

  for (const flag of checkConsistency(contexts, tolerance)) {
    const figure = figureOfClaim.get(flag.claimIds[0]);
    if (figure) figure.flags.push(flag);
  }

  const rank = new Map(STATUS_ORDER.map((s, i) => [s, i]));
  for (const f of figures) f.flags.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  return figures.sort(
    (a, b) => (rank.get(a.status) as number) - (rank.get(b.status) as number) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || (a.id < b.id ? -1 : 1),
  );
}
