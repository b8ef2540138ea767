import { Button, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { Source, SourceOverrides } from "../../core/types";
import type { BusyAction } from "../state/useSession";
import { FileImport } from "./FileImport";
import { SourceForm, type SourceFields } from "./SourceForm";
import { SourceList } from "./SourceList";

export interface SourcesPanelProps {
  sources: Source[];
  claimCounts: Record<string, number>;
  busy: BusyAction | null;
  ready: boolean;
  canDownload: boolean;
  prefill(text: string): SourceFields;
  onAdd(text: string, overrides: SourceOverrides): boolean;
  onImport(files: File[]): void;
  onRemove(id: string): void;
  onWrite(): void;
  onRefresh(): void;
  onDownload(): void;
}

const BUSY_LABELS: Record<BusyAction, string> = {
  load: "Loading the workbook…",
  write: "Writing…",
  refresh: "Refreshing…",
  download: "Preparing the .xlsx…",
  import: "Importing…",
};

/** Sources: paste or import articles, see them with their claim counts, write them to the workbook. */
export function SourcesPanel(props: SourcesPanelProps) {
  const working = props.busy !== null;
  return (
    <div className="fa-sources">
      <div className="fa-sources-scroller" data-testid="sources-scroller">
      <section className="fa-sources-section" aria-labelledby="sources-add-heading">
        <Subtitle2 as="h2" id="sources-add-heading">
          Add an article
        </Subtitle2>
        <SourceForm prefill={props.prefill} onAdd={props.onAdd} disabled={working || !props.ready} />
        <FileImport onImport={props.onImport} disabled={working || !props.ready} />
      </section>
      <section className="fa-sources-section" aria-labelledby="sources-list-heading">
        <Subtitle2 as="h2" id="sources-list-heading">
          Articles ({props.sources.length})
        </Subtitle2>
        <SourceList sources={props.sources} claimCounts={props.claimCounts} onRemove={props.onRemove} disabled={working} />
      </section>
      </div>
      <div className="fa-sources-actions">
        <Button appearance="primary" onClick={props.onWrite} disabled={!props.ready || working || props.sources.length === 0}>
          Write to workbook
        </Button>
        <Button onClick={props.onRefresh} disabled={!props.ready || working}>
          Refresh
        </Button>
        {props.canDownload && (
          <Button onClick={props.onDownload} disabled={working}>
            Download .xlsx
          </Button>
        )}
        {props.busy && <Spinner size="tiny" label={BUSY_LABELS[props.busy]} />}
      </div>
    </div>
  );
}
