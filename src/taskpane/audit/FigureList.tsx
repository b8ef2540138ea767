import { makeStyles, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import { DEFAULT_TOLERANCE } from "../../core/audit/tolerance";
import type { Review } from "../../workbook/gateway";
import type { AuditRow } from "./buildRows";
import { ClaimRow } from "./ClaimRow";
import { FigureRow } from "./FigureRow";
import { GroupHeader } from "./GroupHeader";
import { useListArrowKeys } from "./useListArrowKeys";

const ESTIMATED_HEIGHT: Record<AuditRow["kind"], number> = { group: 40, figure: 120, claim: 110 };

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: "200px",
    overflowY: "auto",
    contain: "strict",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  sizer: { position: "relative", width: "100%", margin: 0, padding: 0, listStyleType: "none" },
  item: { position: "absolute", top: 0, left: 0, width: "100%" },
});

export interface FigureListProps {
  rows: AuditRow[];
  reviews: Record<string, Review>;
  sourceNames: Record<string, string>;
  canSelectRows?: boolean;
  tolerance?: number;
  onToggle(figureId: string): void;
  onSelectClaim(claimId: string): void;
  onReview(claimId: string, review: Review): void;
}

/**
 * The audit as one virtualised list (status headers, figures, open figures' claims): only the rows on screen are in
 * the DOM, so ten thousand claims scroll as smoothly as ten. One Tab stop for the whole list (roving tabindex, as
 * in Office's own lists): the arrow keys move between its controls (up and down between rows, left and right along
 * a row and on to the next), Tab leaves it, and coming back lands on the control last used (useListArrowKeys.ts).
 */
export function FigureList({ rows, reviews, sourceNames, canSelectRows = true, tolerance = DEFAULT_TOLERANCE, onToggle, onSelectClaim, onReview }: FigureListProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const onArrowKey = useListArrowKeys(list);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => ESTIMATED_HEIGHT[rows[index].kind],
    getItemKey: (index) => rows[index].key,
    overscan: 6,
    initialRect: { width: 320, height: 600 },
  });

  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label="Figures by status" data-testid="figure-list">
      <ul className={styles.sizer} style={{ height: virtualizer.getTotalSize() }} aria-label="Figures and claims (arrow keys move between them)" ref={list} onKeyDown={onArrowKey}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={styles.item}
              style={{ transform: `translateY(${item.start}px)` }}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
            >
              {row.kind === "group" && <GroupHeader status={row.status} count={row.count} />}
              {row.kind === "figure" && (
                <FigureRow figure={row.figure} claims={row.claims} expanded={row.expanded} sourceNames={sourceNames} tolerance={tolerance} onToggle={onToggle} />
              )}
              {row.kind === "claim" && (
                <ClaimRow
                  claim={row.claim}
                  figure={row.figure}
                  review={reviews[row.claim.id] ?? "Unreviewed"}
                  sourceName={sourceNames[row.claim.sourceId] ?? row.claim.sourceId}
                  onSelect={canSelectRows ? onSelectClaim : undefined}
                  onReview={onReview}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
