import { tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Claim, Figure } from "../../core/types";
import { formatValue } from "../format/formatValue";
import { plotPoints, type PlotPoint } from "./plotPoints";

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
/** How many values the spoken description names before it says "and N more". */
const DESCRIBED = 6;

export interface DotPlotProps {
  figure: Figure;
  claims: Claim[];
  /** Source names by id, for the accessible description. */
  sourceNames: Record<string, string>;
}

function describe(points: PlotPoint[], unit: string, sourceNames: Record<string, string>): string {
  const parts = points.slice(0, DESCRIBED).map((p) => {
    const who = p.sourceIds.length === 1 ? (sourceNames[p.sourceIds[0]] ?? "unknown source") : `${p.sourceIds.length} sources`;
    const value = p.high > p.low ? `${formatValue(p.low, unit)} to ${formatValue(p.high, unit)}` : formatValue(p.value, unit);
    return `${value} (${who})`;
  });
  if (points.length > DESCRIBED) parts.push(`and ${points.length - DESCRIBED} more values`);
  return `Values: ${parts.join(", ")}`;
}

/**
 * The figure's values as marks on one axis (a range as a bar), coloured by the side of a conflict, so a conflict is
 * seen, not read; a mark stated by several sources is larger. The SVG is described in words for screen readers.
 */
export function DotPlot({ figure, claims, sourceNames }: DotPlotProps) {
  const points = useMemo(() => plotPoints(figure, claims), [figure, claims]);
  let lo = figure.min;
  let hi = figure.max;
  for (const p of points) {
    if (p.low < lo) lo = p.low;
    if (p.high > hi) hi = p.high;
  }
  const x = (v: number) => (hi === lo ? WIDTH / 2 : PAD + ((v - lo) / (hi - lo)) * (WIDTH - 2 * PAD));
  const colour = (side: number) =>
    figure.status === "conflicting" ? SIDE_COLOURS[side % SIDE_COLOURS.length] : tokens.colorBrandForeground1;
  const radius = (p: PlotPoint) => Math.min(8, 4 + Math.log2(p.sourceIds.length));
  return (
    <svg
      width="100%"
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="xMinYMid meet"
      role="img"
      aria-label={describe(points, figure.unit, sourceNames)}
      style={{ maxWidth: 240, display: "block" }}
    >
      <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke={tokens.colorNeutralStroke2} strokeWidth={1} />
      {points.map((p, i) =>
        p.high > p.low ? (
          <line
            key={i}
            x1={x(p.low)}
            x2={x(p.high)}
            y1={HEIGHT / 2}
            y2={HEIGHT / 2}
            stroke={colour(p.side)}
            strokeWidth={4}
            strokeLinecap="round"
            opacity={0.7}
          />
        ) : (
          <circle key={i} cx={x(p.value)} cy={HEIGHT / 2} r={radius(p)} fill={colour(p.side)} fillOpacity={0.75} />
        ),
      )}
    </svg>
  );
}
