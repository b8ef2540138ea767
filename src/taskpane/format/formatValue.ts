/**
 * Values as the pane shows them: in the unit the articles use (the workbook's display units, so the pane and the
 * Figures sheet say the same thing), with the claim's qualifier ("over 56,000", "≈ 24", "up to 30 days").
 */
import type { Claim, Figure, Qualifier } from "../../core/types";
import { claimDisplayUnit, figureDisplayUnit, type DisplayUnit } from "../../workbook/displayUnit";
import { formatShown, formatShownRange } from "../../workbook/numberFormats";

export type { DisplayUnit };

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  approx: "≈ ",
  over: "over ",
  under: "under ",
  "up-to": "up to ",
  "at-least": "at least ",
  range: "",
};

/** A value in a display unit: "2 hours", "2.4 bn EUR", "56,000". */
export function formatIn(value: number, unit: string, display: DisplayUnit): string {
  if (!Number.isFinite(value)) return "—";
  return formatShown(value, unit, display);
}

/** One claim as its article states it, qualifier first: "over 56,000", "≈ 24", "2 – 3 hours". */
export function formatClaim(claim: Claim, display: DisplayUnit = claimDisplayUnit(claim.surface, claim.unit, claim.value)): string {
  if (claim.qualifier === "range" && claim.low !== undefined && claim.high !== undefined) {
    return formatShownRange(claim.low, claim.high, claim.unit, display);
  }
  return `${QUALIFIER_WORDS[claim.qualifier] ?? ""}${formatIn(claim.value, claim.unit, display)}`;
}

/** The unit a figure is shown in: the one most of its claims' words use. */
export function figureUnit(figure: Figure, claims: readonly Claim[]): DisplayUnit {
  const surfaces = claims.filter((c) => c.unit === figure.unit).map((c) => c.surface);
  return figureDisplayUnit(surfaces, figure.unit, Math.max(Math.abs(figure.min), Math.abs(figure.max)));
}

/** A figure's stated values: one value, or "min – max" when the sources differ. */
export function formatFigure(figure: Figure, claims: readonly Claim[]): string {
  if (!Number.isFinite(figure.min) || !Number.isFinite(figure.max)) return "—";
  return formatShownRange(figure.min, figure.max, figure.unit, figureUnit(figure, claims));
}
