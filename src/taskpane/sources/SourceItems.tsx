import { Button, Caption1, Text, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import type { Source } from "../../core/types";
import { sourceFullName, sourceName } from "./sourceNames";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  body: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  title: {
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  meta: { color: tokens.colorNeutralForeground3, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

export interface SourceItemsProps {
  sources: Source[];
  claimCounts: Record<string, number>;
  onRemove(id: string): void;
  disabled?: boolean;
}

/** The articles in the audit, each with what it is, where it is from and how many claims it holds. */
export function SourceItems({ sources, claimCounts, onRemove, disabled }: SourceItemsProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Articles">
      {sources.map((source) => {
        const name = sourceName(source);
        // The count comes from the engine's worker a moment after the article is added.
        const count = claimCounts[source.id];
        const counted = count === undefined ? "counting claims…" : `${count.toLocaleString("en-US")} ${count === 1 ? "claim" : "claims"}`;
        const meta = [counted, source.outlet, source.published]
          .filter(Boolean)
          .join(" · ");
        return (
          <li key={source.id} className={styles.item} data-source-id={source.id}>
            <div className={styles.body}>
              <Tooltip content={sourceFullName(source)} relationship="description" withArrow>
                <Text weight="semibold" className={styles.title} tabIndex={0}>
                  {name}
                </Text>
              </Tooltip>
              <Caption1 className={styles.meta}>{meta}</Caption1>
            </div>
            <Button appearance="subtle" size="small" onClick={() => onRemove(source.id)} disabled={disabled} aria-label={`Remove ${name}`}>
              Remove
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
