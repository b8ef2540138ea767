import type { AuditResult, Claim, Figure, FigureStatus } from "../../core/types";
import { unitDimension, type UnitDimension } from "../format/unitDimension";

export interface AuditFilter {
  status: FigureStatus | "all";
  dimension: UnitDimension | "all";
  sourceId: string | "all";
  /** Words to find in the figure's label, its claims' subjects and their quotes (case-insensitive). */
  query: string;
}

export const NO_FILTER: AuditFilter = { status: "all", dimension: "all", sourceId: "all", query: "" };

export interface FilteredAudit {
  figures: Figure[];
  /** The claims to list under each shown figure, by figure id. */
  claimsByFigure: Map<string, Claim[]>;
}

function byPlace(a: Claim, b: Claim): number {
  return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start;
}

/**
 * The figures that pass the filters, each with the claims to list under it. A search matches a figure by its label
 * (then all its claims are listed) or by the subject or quote of some of its claims (then only those are listed).
 */
export function filterFigures(result: AuditResult, filter: AuditFilter): FilteredAudit {
  const claimsById = new Map(result.claims.map((claim) => [claim.id, claim]));
  const query = filter.query.trim().toLowerCase();
  const figures: Figure[] = [];
  const claimsByFigure = new Map<string, Claim[]>();
  for (const figure of result.figures) {
    if (filter.status !== "all" && figure.status !== filter.status) continue;
    if (filter.dimension !== "all" && unitDimension(figure.unit) !== filter.dimension) continue;
    if (filter.sourceId !== "all" && !figure.sources.includes(filter.sourceId)) continue;
    let claims = figure.claimIds.map((id) => claimsById.get(id)).filter((c): c is Claim => c !== undefined);
    if (query && !figure.label.toLowerCase().includes(query)) {
      claims = claims.filter((c) => c.subject.toLowerCase().includes(query) || c.sentence.toLowerCase().includes(query));
      if (claims.length === 0) continue;
    }
    figures.push(figure);
    claimsByFigure.set(figure.id, claims.sort(byPlace));
  }
  return { figures, claimsByFigure };
}
