import { STATUS_ORDER, type Claim, type Figure, type FigureStatus } from "../../core/types";

export type AuditRow =
  | { kind: "group"; key: string; status: FigureStatus; count: number }
  | { kind: "figure"; key: string; figure: Figure; claims: Claim[]; expanded: boolean }
  | { kind: "claim"; key: string; figure: Figure; claim: Claim };

/** Larger spread first inside a group (the worst conflicts on top), then by label. */
function byConcern(a: Figure, b: Figure): number {
  return b.spread - a.spread || b.sources.length - a.sources.length || a.label.localeCompare(b.label);
}

/**
 * The flat list the virtualised view renders: for each status in STATUS_ORDER (conflicting first), a header with
 * the count, then its figures, each followed by its claims when it is expanded.
 */
export function buildRows(
  figures: Figure[],
  claimsByFigure: Map<string, Claim[]>,
  isExpanded: (figureId: string) => boolean,
): AuditRow[] {
  const groups = new Map<FigureStatus, Figure[]>();
  for (const figure of figures) {
    const list = groups.get(figure.status);
    if (list) list.push(figure);
    else groups.set(figure.status, [figure]);
  }
  const rows: AuditRow[] = [];
  for (const status of STATUS_ORDER) {
    const list = groups.get(status);
    if (!list?.length) continue;
    rows.push({ kind: "group", key: `group:${status}`, status, count: list.length });
    for (const figure of [...list].sort(byConcern)) {
      const claims = claimsByFigure.get(figure.id) ?? [];
      const expanded = isExpanded(figure.id);
      rows.push({ kind: "figure", key: `figure:${figure.id}`, figure, claims, expanded });
      if (expanded) for (const claim of claims) rows.push({ kind: "claim", key: `claim:${figure.id}:${claim.id}`, figure, claim });
    }
  }
  return rows;
}
