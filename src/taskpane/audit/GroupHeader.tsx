import { memo } from "react";
import { Badge, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { FigureStatus } from "../../core/types";
import { STATUS_BADGE, STATUS_HINTS, STATUS_LABELS } from "./status";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
});

/** The header of one status group: its name and how many figures it holds. */
function GroupHeaderView({ status, count }: { status: FigureStatus; count: number }) {
  const styles = useStyles();
  return (
    <div className={styles.header} data-status={status} data-group>
      <Subtitle2 as="h2">{STATUS_LABELS[status]}</Subtitle2>
      <Badge appearance="filled" color={STATUS_BADGE[status]} aria-label={`${count} figures`}>
        {count}
      </Badge>
      <span className={styles.hint} title={STATUS_HINTS[status]}>
        {STATUS_HINTS[status]}
      </span>
    </div>
  );
}

/** Memoised: scrolling re-renders the list, but a row only re-renders when its own data changes. */
export const GroupHeader = memo(GroupHeaderView);
