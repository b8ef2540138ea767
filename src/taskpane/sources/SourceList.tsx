import { Text } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { SourceItemsProps } from "./SourceItems";

/**
 * The listed articles (with the Tooltip and its positioning code) are a chunk of their own: the first render has
 * no article, so they stay out of the initial bundle; `preloadSourceItems` fetches them right after it.
 */
const sourceItems = () => import(/* webpackChunkName: "source-items" */ "./SourceItems");
const SourceItems = lazy(() => sourceItems().then((m) => ({ default: m.SourceItems })));

/** Starts loading the article list (after the first render). */
export function preloadSourceItems(): void {
  sourceItems().catch(() => undefined);
}

export type SourceListProps = SourceItemsProps;

/** The articles in the audit, or a line saying there is none yet. */
export function SourceList(props: SourceListProps) {
  if (props.sources.length === 0) return <Text className="fa-empty">No articles yet.</Text>;
  return (
    <Suspense fallback={<Text className="fa-empty">Listing the articles…</Text>}>
      <SourceItems {...props} />
    </Suspense>
  );
}
