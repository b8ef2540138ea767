import { memo } from "react";
import { Badge, Button, Caption1, ToggleButton, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Claim, Figure } from "../../core/types";
import type { Review } from "../../workbook/gateway";
import { formatClaim } from "../format/formatValue";
import { QuotedSentence } from "./QuotedSentence";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  accepted: { borderLeftColor: tokens.colorStatusSuccessBorderActive, backgroundColor: tokens.colorStatusSuccessBackground1 },
  rejected: { borderLeftColor: tokens.colorStatusDangerBorderActive, backgroundColor: tokens.colorNeutralBackground3 },
  rejectedQuote: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", minWidth: 0 },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  meta: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

export interface ClaimRowProps {
  claim: Claim;
  figure: Figure;
  review: Review;
  sourceName: string;
  /** Selects the claim's row in the live Claims table; absent outside Excel. */
  onSelect?(claimId: string): void;
  onReview(claimId: string, review: Review): void;
}

/** One claim under its figure: the quoted sentence with the number marked, its source, and what to do with it. */
function ClaimRowView({ claim, figure, review, sourceName, onSelect, onReview }: ClaimRowProps) {
  const styles = useStyles();
  void figure;
  const value = formatClaim(claim);
  const who = claim.attribution ? ` · according to ${claim.attribution}` : "";
  const toggle = (next: Review) => onReview(claim.id, review === next ? "Unreviewed" : next);
  return (
    <div
      className={mergeClasses(styles.row, review === "Accepted" && styles.accepted, review === "Rejected" && styles.rejected)}
      data-claim-id={claim.id}
      data-review={review}
    >
      <div className={styles.head}>
        {review !== "Unreviewed" && (
          <Badge appearance="filled" size="small" color={review === "Accepted" ? "success" : "danger"}>
            {review}
          </Badge>
        )}
        <Caption1 className={styles.meta}>
          <strong>{value}</strong> · {sourceName}
          {who}
        </Caption1>
      </div>
      <blockquote className={mergeClasses(styles.quote, review === "Rejected" && styles.rejectedQuote)}>
        <QuotedSentence claim={claim} />
      </blockquote>
      <div className={styles.actions}>
        {onSelect && (
          <Button size="small" appearance="subtle" onClick={() => onSelect(claim.id)} aria-label={`Select row of ${claim.surface} from ${sourceName} in the Claims table`}>
            Select row
          </Button>
        )}
        <ToggleButton
          size="small"
          checked={review === "Accepted"}
          onClick={() => toggle("Accepted")}
          aria-label={`Accept ${claim.surface} from ${sourceName}`}
        >
          Accept
        </ToggleButton>
        <ToggleButton
          size="small"
          checked={review === "Rejected"}
          onClick={() => toggle("Rejected")}
          aria-label={`Reject ${claim.surface} from ${sourceName}`}
        >
          Reject
        </ToggleButton>
      </div>
    </div>
  );
}

/** Memoised: scrolling re-renders the list, but a row only re-renders when its own data changes. */
export const ClaimRow = memo(ClaimRowView);
