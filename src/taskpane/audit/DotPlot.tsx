import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Claim, Figure } from "../../core/types";
import { figureUnit, formatIn } from "../format/formatValue";
import { plotPoints, type PlotPoint } from "./plotPoints";

const WIDTH = 300;
const HEIGHT = 46;
const PAD = 14;
const AXIS_Y = 30;
/** Every plot spans the same ±50% around its figure's middle value, so a 5% spread looks small and a 60% one wide. */
export const AXIS_HALF_RANGE = 0.5;
const SIDE_COLOURS = [
  tokens.colorPaletteRedForeground1,
  tokens.colorBrandForeground1,
  tokens.colorPaletteDarkOrangeForeground1,
  tokens.colorPaletteGreenForeground1,
  tokens.colorPaletteBerryForeground1,
];
/** How many values the legend and the spoken description name before "and N more". */
const NAMED = 6;

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  svg: { display: "block", width: "100%", maxWidth: `${WIDTH}px`, height: "auto", overflow: "visible" },
  legend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0, maxWidth: "100%" },
  itemText: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  key: { flexShrink: 0, width: "8px", height: "8px", borderRadius: "50%" },
});

export interface DotPlotProps {
  figure: Figure;
  claims: Claim[];
  /** Source names by id, for the legend and the accessible description. */
  sourceNames: Record<string, string>;
  /** Relative tolerance for exact figures, drawn as a band around each value. */
  tolerance: number;
}

function who(p: PlotPoint, sourceNames: Record<string, string>): string {
  const names = p.sourceIds.slice(0, 2).map((id) => sourceNames[id] ?? id);
  const more = p.sourceIds.length - names.length;
  return `${names.join(", ")}${more > 0 ? ` +${more}` : ""}`;
}

/**
 * The figure's values on an axis every figure shares (±50% around its middle value), each value labelled, the
 * tolerance drawn as a band around it, colours explained by a legend (one colour per side of a conflict).
 * Values beyond the axis sit at its end with an arrow. The SVG is described in words for screen readers.
 */
export function DotPlot({ figure, claims, sourceNames, tolerance }: DotPlotProps) {
  const styles = useStyles();
  const points = useMemo(() => plotPoints(figure, claims), [figure, claims]);
  const display = useMemo(() => figureUnit(figure, claims), [figure, claims]);
  const mid = (figure.min + figure.max) / 2;
  const scale = Math.abs(mid) > 0 ? Math.abs(mid) * AXIS_HALF_RANGE : 1;
  const raw = (v: number) => WIDTH / 2 + ((v - mid) / scale) * (WIDTH / 2 - PAD);
  const x = (v: number) => Math.min(WIDTH - PAD, Math.max(PAD, raw(v)));
  const clipped = (v: number) => raw(v) < PAD || raw(v) > WIDTH - PAD;
  const conflicting = figure.status === "conflicting" && (figure.sides?.length ?? 0) > 1;
  const colour = (side: number) => (conflicting ? SIDE_COLOURS[side % SIDE_COLOURS.length] : tokens.colorBrandForeground1);
  const label = (p: PlotPoint) => (p.high > p.low ? `${formatIn(p.low, figure.unit, display)} – ${formatIn(p.high, figure.unit, display)}` : formatIn(p.value, figure.unit, display));
  const described = points.slice(0, NAMED).map((p) => `${label(p)} (${who(p, sourceNames)})`);
  if (points.length > NAMED) described.push(`and ${points.length - NAMED} more values`);
  const band = Math.max(0, tolerance);
  return (
    <div className={styles.wrap} data-testid="dot-plot">
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Values on an axis of ±50% around ${formatIn(mid, figure.unit, display)}: ${described.join(", ")}`}
      >
        <line x1={PAD} x2={WIDTH - PAD} y1={AXIS_Y} y2={AXIS_Y} stroke={tokens.colorNeutralStroke1} strokeWidth={1} />
        {[-1, -0.5, 0, 0.5, 1].map((t) => (
          <line key={t} x1={WIDTH / 2 + t * (WIDTH / 2 - PAD)} x2={WIDTH / 2 + t * (WIDTH / 2 - PAD)} y1={AXIS_Y - 3} y2={AXIS_Y + 3} stroke={tokens.colorNeutralStroke1} strokeWidth={1} />
        ))}
        <text x={PAD} y={HEIGHT - 2} fontSize={8} fill={tokens.colorNeutralForeground3}>−50%</text>
        <text x={WIDTH - PAD} y={HEIGHT - 2} fontSize={8} textAnchor="end" fill={tokens.colorNeutralForeground3}>+50%</text>
        {band > 0 && (
          <text x={WIDTH / 2} y={HEIGHT - 2} fontSize={8} textAnchor="middle" fill={tokens.colorNeutralForeground3}>
            shaded: ±{(band * 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}% tolerance
          </text>
        )}
        {band > 0 &&
          points.map((p, i) => {
            const lo = x(p.low * (1 - band * Math.sign(p.low || 1)));
            const hi = x(p.high * (1 + band * Math.sign(p.high || 1)));
            return <rect key={`band-${i}`} data-band x={Math.min(lo, hi)} y={AXIS_Y - 7} width={Math.max(1, Math.abs(hi - lo))} height={14} fill={colour(p.side)} fillOpacity={0.15} />;
          })}
        {points.map((p, i) => {
          const at = x(p.value);
          const text = label(p);
          // Alternate labels above the axis between two heights so that neighbours do not overwrite each other.
          const y = i % 2 === 0 ? 11 : 20;
          const anchor = at < WIDTH * 0.2 ? "start" : at > WIDTH * 0.8 ? "end" : "middle";
          return (
            <g key={i}>
              {p.high > p.low ? (
                <line x1={x(p.low)} x2={x(p.high)} y1={AXIS_Y} y2={AXIS_Y} stroke={colour(p.side)} strokeWidth={5} strokeLinecap="round" />
              ) : (
                <circle cx={at} cy={AXIS_Y} r={Math.min(7, 4 + Math.log2(p.sourceIds.length))} fill={colour(p.side)} />
              )}
              {clipped(p.value) && <text x={at} y={AXIS_Y + 12} fontSize={9} textAnchor="middle" fill={colour(p.side)}>{raw(p.value) < PAD ? "◀" : "▶"}</text>}
              <text x={at} y={y} fontSize={9} textAnchor={anchor} fill={tokens.colorNeutralForeground1}>
                {text}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-label="Legend">
        {points.slice(0, NAMED).map((p, i) => (
          <li key={i} className={styles.item}>
            <span className={styles.key} style={{ backgroundColor: colour(p.side) }} aria-hidden="true" />
            <span className={styles.itemText} title={`${label(p)} · ${p.sourceIds.map((id) => sourceNames[id] ?? id).join(", ")}`}>
              {label(p)} · {who(p, sourceNames)}
            </span>
          </li>
        ))}
        {points.length > NAMED && <li className={styles.item}>and {points.length - NAMED} more values</li>}
      </ul>
    </div>
  );
}
