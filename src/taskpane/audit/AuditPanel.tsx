import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_TOLERANCE } from "../../core/audit/tolerance";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { STATUS_ORDER, type AuditResult, type FigureStatus } from "../../core/types";
import type { Review } from "../../workbook/gateway";
import { sourceName } from "../sources/sourceNames";
import { AuditFilters } from "./AuditFilters";
import { buildRows } from "./buildRows";
import { FigureList } from "./FigureList";
import { filterFigures, NO_FILTER, type AuditFilter } from "./filterFigures";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, height: "100%", minHeight: 0 },
  top: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} 0`, minWidth: 0 },
  bar: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  empty: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

export interface AuditPanelProps {
  result: AuditResult | null;
  reviews: Record<string, Review>;
  /** The articles or settings changed since this audit was made. */
  stale?: boolean;
  /** Whether claims can be selected in a live Claims table (inside Excel). */
  canSelectRows?: boolean;
  /** The tolerance the audit was made with (drawn in the dot plots). */
  tolerance?: number;
  onSelectClaim(claimId: string): void;
  onReview(claimId: string, review: Review): void;
}

/** Audit: the figures grouped by status, conflicting first, each opening to its claims. */
function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

export function AuditPanel({ result, reviews, stale = false, canSelectRows = true, tolerance = DEFAULT_TOLERANCE, onSelectClaim, onReview }: AuditPanelProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const deferredFilter = useDeferredValue(filter);
  // Figures the analyst opened or closed by hand; "expand all" flips the default for the others.
  const [toggled, setToggled] = useState<Set<string>>(new Set());
  const [expandAll, setExpandAll] = useState(false);

  const sourceNames = useMemo(() => {
    const names: Record<string, string> = {};
    for (const source of result?.sources ?? []) names[source.id] = sourceName(source);
    return names;
  }, [result]);

  const statusCounts = useMemo(() => {
    const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<FigureStatus, number>;
    for (const figure of result?.figures ?? []) counts[figure.status]++;
    return counts;
  }, [result]);

  const filtered = useMemo(() => (result ? filterFigures(result, deferredFilter) : null), [result, deferredFilter]);
  const rows = useMemo(
    () => (filtered ? buildRows(filtered.figures, filtered.claimsByFigure, (id) => expandAll !== toggled.has(id)) : []),
    [filtered, expandAll, toggled],
  );

  const toggle = useCallback((figureId: string) => {
    setToggled((current) => {
      const next = new Set(current);
      if (next.has(figureId)) next.delete(figureId);
      else next.add(figureId);
      return next;
    });
  }, []);

  if (!result) {
    return <Text className={styles.empty}>No audit yet: add articles in Sources and choose “Write to workbook”.</Text>;
  }
  const shownClaims = filtered ? [...filtered.claimsByFigure.values()].reduce((n, list) => n + list.length, 0) : 0;
  return (
    <div className={styles.panel}>
      <div className={styles.top}>
        {stale && (
          <MessageBar intent="warning" layout="singleline" data-testid="stale-notice">
            <MessageBarBody>Out of date: articles or settings changed. Write or Refresh to update.</MessageBarBody>
          </MessageBar>
        )}
        <AuditFilters filter={filter} sources={result.sources} statusCounts={statusCounts} onChange={setFilter} />
        <div className={styles.bar}>
          <Text size={200} aria-live="polite">
            {(filtered?.figures.length ?? 0).toLocaleString("en-US")} of {plural(result.figures.length, "figure")} · {plural(shownClaims, "claim")}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            onClick={() => {
              setExpandAll(!expandAll);
              setToggled(new Set());
            }}
          >
            {expandAll ? "Collapse all" : "Expand all"}
          </Button>
        </div>
      </div>
      {rows.length === 0 ? (
        <Text className={styles.empty}>No figure matches these filters.</Text>
      ) : (
        <FigureList
          // A new filter shows its list from the top (a new list, not the old one's scroll position).
          key={JSON.stringify(deferredFilter)}
          rows={rows}
          canSelectRows={canSelectRows}
          tolerance={tolerance}
          reviews={reviews}
          sourceNames={sourceNames}
          onToggle={toggle}
          onSelectClaim={onSelectClaim}
          onReview={onReview}
        />
      )}
    </div>
  );
}
