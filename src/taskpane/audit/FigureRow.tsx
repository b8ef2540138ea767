import { memo } from "react";
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Claim, Figure } from "../../core/types";
import { formatRange } from "../format/formatValue";
import { DotPlot } from "./DotPlot";
import { STATUS_BADGE, STATUS_LABELS } from "./status";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  toggle: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    padding: 0,
    border: "none",
    background: "none",
    textAlign: "start",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    ":hover": { color: tokens.colorBrandForeground1 },
  },
  chevron: { flexShrink: 0, width: "12px", height: "12px", marginTop: "4px", transitionProperty: "transform", transitionDuration: "0.1s" },
  open: { transform: "rotate(90deg)" },
  label: { flexGrow: 1, overflowWrap: "anywhere" },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  meta: { color: tokens.colorNeutralForeground3 },
  flag: { color: tokens.colorPaletteRedForeground1 },
});

/** How many sources a figure names before "and N more". */
const SOURCES_NAMED = 5;

export interface FigureRowProps {
  figure: Figure;
  claims: Claim[];
  expanded: boolean;
  sourceNames: Record<string, string>;
  onToggle(figureId: string): void;
}

/** One figure: label, status, values, dot plot and sources; opens to its claims. */
function FigureRowView({ figure, claims, expanded, sourceNames, onToggle }: FigureRowProps) {
  const styles = useStyles();
  const names = figure.sources.slice(0, SOURCES_NAMED).map((id) => sourceNames[id] ?? id);
  const more = figure.sources.length - names.length;
  return (
    <div className={styles.row} data-figure-id={figure.id} data-status={figure.status} data-unit={figure.unit}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={expanded}
        onClick={() => onToggle(figure.id)}
        title={figure.reason}
      >
        <svg className={mergeClasses(styles.chevron, expanded && styles.open)} viewBox="0 0 12 12" aria-hidden="true">
          <path d="M4 2l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        <span className={styles.label}>{figure.label}</span>
      </button>
      <div className={styles.line}>
        <Badge appearance="tint" color={STATUS_BADGE[figure.status]}>
          {STATUS_LABELS[figure.status]}
        </Badge>
        <Caption1>{formatRange(figure.min, figure.max, figure.unit)}</Caption1>
        {figure.spread > 0 && <Caption1 className={styles.meta}>spread {(figure.spread * 100).toFixed(1)}%</Caption1>}
        <Caption1 className={styles.meta}>
          {claims.length} {claims.length === 1 ? "claim" : "claims"}
        </Caption1>
      </div>
      <DotPlot figure={figure} claims={claims} sourceNames={sourceNames} />
      <Caption1 className={styles.meta}>
        Sources: {names.join(", ")}
        {more > 0 && ` and ${more} more`}
      </Caption1>
      {figure.flags.map((flag, i) => (
        <Caption1 key={`${flag.kind}-${i}`} className={styles.flag}>
          {flag.message}
        </Caption1>
      ))}
    </div>
  );
}

/** Memoised: scrolling re-renders the list, but a row only re-renders when its own data changes. */
export const FigureRow = memo(FigureRowView);
