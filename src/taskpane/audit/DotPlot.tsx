import { tokens } from "@fluentui/react-components";
import type { Claim, Figure } from "../../core/types";
import { formatValue } from "../format/formatValue";

const WIDTH = 200;
const HEIGHT = 24;
const PAD = 8;
const SIDE_COLOURS = [
  tokens.colorPaletteRedForeground1,
  tokens.colorBrandForeground1,
  tokens.colorPaletteDarkOrangeForeground1,
  tokens.colorPaletteGreenForeground1,
  tokens.colorPaletteBerryForeground1,
];

export interface DotPlotProps {
  figure: Figure;
  claims: Claim[];
  /** Source names by id, for the accessible description. */
  sourceNames: Record<string, string>;
}

interface Dot {
  low: number;
  high: number;
  value: number;
  side: number;
  claim: Claim;
}

/** Which side of a conflict a claim stands on (0 when the figure has no sides). */
function sideOf(figure: Figure, claim: Claim): number {
  if (!figure.sides) return 0;
  const index = figure.sides.findIndex((side) => side.claimIds.includes(claim.id));
  return index < 0 ? 0 : index;
}

/**
 * The figure's values as dots on one axis, one per claim (a range as a bar), coloured by the side of a conflict:
 * a conflict is seen, not read. The SVG is described in words for screen readers.
 */
export function DotPlot({ figure, claims, sourceNames }: DotPlotProps) {
  const dots: Dot[] = claims.map((claim) => ({
    value: claim.value,
    low: claim.low ?? claim.value,
    high: claim.high ?? claim.value,
    side: sideOf(figure, claim),
    claim,
  }));
  const lo = Math.min(...dots.map((d) => d.low), figure.min);
  const hi = Math.max(...dots.map((d) => d.high), figure.max);
  const x = (v: number) => (hi === lo ? WIDTH / 2 : PAD + ((v - lo) / (hi - lo)) * (WIDTH - 2 * PAD));
  const description = dots
    .map((d) => `${formatValue(d.value, figure.unit)} (${sourceNames[d.claim.sourceId] ?? "unknown source"})`)
    .join(", ");
  const colour = (side: number) => (figure.status === "conflicting" ? SIDE_COLOURS[side % SIDE_COLOURS.length] : tokens.colorBrandForeground1);
  return (
    <svg
      width="100%"
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="xMinYMid meet"
      role="img"
      aria-label={`Values: ${description}`}
      style={{ maxWidth: 240, display: "block" }}
    >
      <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke={tokens.colorNeutralStroke2} strokeWidth={1} />
      {dots.map((d) =>
        d.high > d.low ? (
          <line
            key={d.claim.id}
            x1={x(d.low)}
            x2={x(d.high)}
            y1={HEIGHT / 2}
            y2={HEIGHT / 2}
            stroke={colour(d.side)}
            strokeWidth={4}
            strokeLinecap="round"
            opacity={0.7}
          />
        ) : (
          <circle key={d.claim.id} cx={x(d.value)} cy={HEIGHT / 2} r={5} fill={colour(d.side)} fillOpacity={0.75} />
        ),
      )}
    </svg>
  );
}
