import { memo } from "react";
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Claim, Figure } from "../../core/types";
import { formatFigure } from "../format/formatValue";
import { DotPlot } from "./DotPlot";
import { flagMeaning, type FlagTone } from "./flagMeaning";
import { STATUS_BADGE, STATUS_LABELS } from "./status";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
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
  line: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  value: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  flag: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline", overflowWrap: "anywhere" },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** Text colours by what a flag means (Fluent status tokens, readable on the pane's background in every theme). */
const TONE_COLOUR: Record<FlagTone, string> = {
  confirm: tokens.colorStatusSuccessForeground1,
  info: tokens.colorNeutralForeground2,
  warning: tokens.colorStatusWarningForeground3,
  // Foreground3: Foreground1 of the web dark theme reads at 4.3:1 on a dark pane (axe asks 4.5:1 for small text)
  error: tokens.colorStatusDangerForeground3,
};
const TONE_MARK: Record<FlagTone, string> = { confirm: "✓", info: "ℹ", warning: "⚠", error: "✕" };

/** How many sources a figure names before "and N more". */
const SOURCES_NAMED = 5;

export interface FigureRowProps {
  figure: Figure;
  claims: Claim[];
  expanded: boolean;
  sourceNames: Record<string, string>;
  tolerance: number;
  onToggle(figureId: string): void;
}

/** One figure: label, status, values, dot plot and sources, flags in plain words; opens to why and its claims. */
function FigureRowView({ figure, claims, expanded, sourceNames, tolerance, onToggle }: FigureRowProps) {
  const styles = useStyles();
  const names = figure.sources.slice(0, SOURCES_NAMED).map((id) => sourceNames[id] ?? id);
  const more = figure.sources.length - names.length;
  const count = figure.claimIds.length;
  return (
    <div className={styles.row} data-figure-id={figure.id} data-status={figure.status} data-unit={figure.unit}>
      <button type="button" className={styles.toggle} aria-expanded={expanded} onClick={() => onToggle(figure.id)}>
        <svg className={mergeClasses(styles.chevron, expanded && styles.open)} viewBox="0 0 12 12" aria-hidden="true">
          <path d="M4 2l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        <span className={styles.label}>{figure.label}</span>
      </button>
      <div className={styles.line}>
        <Badge appearance="tint" color={STATUS_BADGE[figure.status]}>
          {STATUS_LABELS[figure.status]}
        </Badge>
        <Caption1 className={styles.value} data-testid="figure-value">
          {formatFigure(figure, claims)}
        </Caption1>
        {figure.spread > 0 && <Caption1 className={styles.meta}>spread {(figure.spread * 100).toFixed(1)}%</Caption1>}
        <Caption1 className={styles.meta}>
          {count.toLocaleString("en-US")} {count === 1 ? "claim" : "claims"}
        </Caption1>
      </div>
      {figure.claimIds.length > 1 ? (
        <DotPlot figure={figure} claims={claims} sourceNames={sourceNames} tolerance={tolerance} />
      ) : (
        <Caption1 className={styles.meta}>
          Source: {names.join(", ")}
        </Caption1>
      )}
      {figure.claimIds.length > 1 && more > 0 && (
        <Caption1 className={styles.meta}>
          Sources: {names.join(", ")} and {more} more
        </Caption1>
      )}
      {figure.flags.map((flag, i) => {
        const meaning = flagMeaning(flag);
        return (
          <Caption1 key={`${flag.kind}-${i}`} className={styles.flag} style={{ color: TONE_COLOUR[meaning.tone] }} data-flag-kind={flag.kind} data-tone={meaning.tone}>
            <span aria-hidden="true">{TONE_MARK[meaning.tone]}</span>
            <span>
              <strong>{meaning.title}</strong>
              {meaning.detail && `: ${meaning.detail}`}
            </span>
          </Caption1>
        );
      })}
      {expanded && figure.reason && (
        <Caption1 className={styles.reason} data-testid="figure-reason">
          Grouped because: {figure.reason}
        </Caption1>
      )}
    </div>
  );
}

/** Memoised: scrolling re-renders the list, but a row only re-renders when its own data changes. */
export const FigureRow = memo(FigureRowView);
