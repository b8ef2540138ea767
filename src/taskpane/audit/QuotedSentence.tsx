import { makeStyles, tokens } from "@fluentui/react-components";
import type { Claim } from "../../core/types";

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    padding: "0 1px",
  },
});

/** Where the claim's surface text sits in its sentence, or null when the offsets do not match the sentence. */
export function highlightRange(claim: Claim): [number, number] | null {
  const at = claim.start - claim.sentenceStart;
  if (at >= 0 && claim.sentence.slice(at, at + claim.surface.length) === claim.surface) return [at, at + claim.surface.length];
  const found = claim.surface ? claim.sentence.indexOf(claim.surface) : -1;
  return found >= 0 ? [found, found + claim.surface.length] : null;
}

/**
 * The claim's sentence with its number marked. Article text is data: it is rendered as React text nodes only,
 * so markup in an article shows as text and never runs.
 */
export function QuotedSentence({ claim }: { claim: Claim }) {
  const styles = useStyles();
  const range = highlightRange(claim);
  if (!range) return <>{claim.sentence}</>;
  const [from, to] = range;
  return (
    <>
      {claim.sentence.slice(0, from)}
      <mark className={styles.mark}>{claim.sentence.slice(from, to)}</mark>
      {claim.sentence.slice(to)}
    </>
  );
}
