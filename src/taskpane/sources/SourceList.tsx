import { Button, Caption1, CounterBadge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Source } from "../../core/types";

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
  },
  body: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  title: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  meta: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground3 },
});

export function sourceName(source: Source): string {
  return source.title || source.file || source.outlet || source.url || "Untitled article";
}

export interface SourceListProps {
  sources: Source[];
  claimCounts: Record<string, number>;
  onRemove(id: string): void;
  disabled?: boolean;
}

/** The articles in the audit, each with what it is, where it is from and how many claims it holds. */
export function SourceList({ sources, claimCounts, onRemove, disabled }: SourceListProps) {
  const styles = useStyles();
  if (sources.length === 0) return <Text className={styles.empty}>No articles yet.</Text>;
  return (
    <ul className={styles.list} aria-label="Articles">
      {sources.map((source) => {
        const name = sourceName(source);
        const count = claimCounts[source.id] ?? 0;
        const meta = [source.outlet, source.published].filter(Boolean).join(" · ");
        return (
          <li key={source.id} className={styles.item}>
            <div className={styles.body}>
              <Text weight="semibold" className={styles.title} title={name}>
                {name}
              </Text>
              {meta && <Caption1 className={styles.meta}>{meta}</Caption1>}
            </div>
            <CounterBadge
              count={count}
              showZero
              overflowCount={99999}
              appearance="ghost"
              color="informative"
              aria-label={`${count} claims`}
            />
            <Button appearance="subtle" size="small" onClick={() => onRemove(source.id)} disabled={disabled} aria-label={`Remove ${name}`}>
              Remove
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
