import type { Claim, Figure } from "../../core/types";

/** One mark of a dot plot: the claims that state the same value (or range) on the same side of a conflict. */
export interface PlotPoint {
  low: number;
  high: number;
  value: number;
  side: number;
  claimIds: string[];
  sourceIds: string[];
}

/** At most this many marks are drawn; the rest are merged into their nearest neighbour on the axis. */
export const MAX_POINTS = 60;

/**
 * The marks of a figure's dot plot, linear in the number of claims: claims with the same value, range and side
 * share one mark, so a figure stated ten thousand times draws a handful of marks, not ten thousand.
 */
export function plotPoints(figure: Figure, claims: Claim[]): PlotPoint[] {
  const sideOf = new Map<string, number>();
  figure.sides?.forEach((side, index) => side.claimIds.forEach((id) => sideOf.set(id, index)));
  const byKey = new Map<string, PlotPoint>();
  for (const claim of claims) {
    const low = claim.low ?? claim.value;
    const high = claim.high ?? claim.value;
    const side = sideOf.get(claim.id) ?? 0;
    const key = `${low}|${high}|${side}`;
    let point = byKey.get(key);
    if (!point) {
      point = { low, high, value: claim.value, side, claimIds: [], sourceIds: [] };
      byKey.set(key, point);
    }
    point.claimIds.push(claim.id);
    if (!point.sourceIds.includes(claim.sourceId)) point.sourceIds.push(claim.sourceId);
  }
  const points = [...byKey.values()].sort((a, b) => a.value - b.value || a.side - b.side);
  if (points.length <= MAX_POINTS) return points;
  // Too many distinct values to draw one by one: merge neighbours into MAX_POINTS buckets along the axis.
  const merged: PlotPoint[] = [];
  const perBucket = Math.ceil(points.length / MAX_POINTS);
  for (let i = 0; i < points.length; i += perBucket) {
    const group = points.slice(i, i + perBucket);
    merged.push({
      low: Math.min(...group.map((p) => p.low)),
      high: Math.max(...group.map((p) => p.high)),
      value: group[Math.floor(group.length / 2)].value,
      side: group[0].side,
      claimIds: group.flatMap((p) => p.claimIds),
      sourceIds: [...new Set(group.flatMap((p) => p.sourceIds))],
    });
  }
  return merged;
}
