import { memo } from "react";
import { Button, Caption1, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Claim, Figure } from "../../core/types";
import type { Review } from "../../workbook/gateway";
import { formatValue } from "../format/formatValue";
import { QuotedSentence } from "./QuotedSentence";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
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
  onSelect(claimId: string): void;
  onReview(claimId: string, review: Review): void;
}

/** One claim under its figure: the quoted sentence with the number marked, its source, and what to do with it. */
function ClaimRowView({ claim, figure, review, sourceName, onSelect, onReview }: ClaimRowProps) {
  const styles = useStyles();
  const value = formatValue(claim.value, claim.unit || figure.unit);
  const who = claim.attribution ? ` · according to ${claim.attribution}` : "";
  const toggle = (next: Review) => onReview(claim.id, review === next ? "Unreviewed" : next);
  return (
    <div className={styles.row} data-claim-id={claim.id}>
      <blockquote className={styles.quote}>
        <QuotedSentence claim={claim} />
      </blockquote>
      <Caption1 className={styles.meta}>
        {value} · {sourceName}
        {who}
      </Caption1>
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" onClick={() => onSelect(claim.id)} aria-label={`Select row of ${claim.surface} from ${sourceName} in the Claims table`}>
          Select row
        </Button>
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
