import { Badge } from "@fluentui/react-components";
import { Suspense, useEffect, useState } from "react";
import type { WorkbookGateway } from "../../workbook/gateway";
import type { Engine } from "../engine/engine";
import type { HostInfo } from "../host/detectHost";
import type { SourceFields } from "../sources/SourceForm";
import { preloadSourceItems } from "../sources/SourceList";
import { SourcesPanel } from "../sources/SourcesPanel";
import { useSession } from "../state/useSession";
import { HostNotice, NoticeBar, preloadNotices } from "./lazyNotices";
import { AuditPanel, PanelLoading, SettingsPanel, preloadPanels } from "./lazyPanels";
import { PanelTabs } from "./PanelTabs";

type PanelName = "sources" | "audit" | "settings";

export interface TaskPaneProps {
  gateway: WorkbookGateway | null;
  host: HostInfo | null;
  /** Null while the engine chunk loads. */
  engine: Engine | null;
  engineError?: string | null;
}

/** The whole pane: header, notices, the Sources / Audit / Settings tabs (laid out by taskpane.css). */
export function TaskPane({ gateway, host, engine, engineError = null }: TaskPaneProps) {
  const session = useSession(gateway, engine, engineError);
  const [panel, setPanel] = useState<PanelName>("sources");
  const figures = session.result?.figures.length ?? 0;
  useEffect(() => {
    preloadNotices();
    preloadSourceItems();
    preloadPanels();
  }, []);

  const prefill = (text: string): SourceFields => {
    if (!engine) return { title: "", outlet: "", url: "", published: "" };
    const read = engine.createSource(text, {});
    return { title: read.title, outlet: read.outlet, url: read.url, published: read.published };
  };

  const goToAuditAfter = (action: () => Promise<boolean>) => async () => {
    if (await action()) setPanel("audit");
  };

  return (
    <div className="fa-pane">
      <header className="fa-header">
        <h1 className="fa-visually-hidden">Figure Audit</h1>
        <nav aria-label="Panels">
          <PanelTabs
            idPrefix="pane"
            label="Panels"
            selected={panel}
            onSelect={setPanel}
            tabs={[
              { value: "sources", label: `Sources (${session.sources.length})` },
              { value: "audit", label: `Audit (${figures})` },
              { value: "settings", label: "Settings" },
            ]}
          />
        </nav>
        <Badge
          className="fa-badge"
          appearance="outline"
          size="small"
          color={gateway?.kind === "office" ? "brand" : "informative"}
          title={gateway ? undefined : "Waiting for Excel to answer (3 s at most), then carrying on without it"}
        >
          {gateway ? (gateway.kind === "office" ? "Excel" : "In memory") : "Connecting…"}
        </Badge>
      </header>
      <section className="fa-notices" aria-label="Messages">
        {/* The message bars are a chunk loaded after the first render, which shows no message. */}
        <Suspense fallback={null}>
          {host && <HostNotice host={host} />}
          {engineError && <NoticeBar notice={{ intent: "error", text: engineError }} onDismiss={() => undefined} />}
          {session.notice && <NoticeBar notice={session.notice} onDismiss={session.dismissNotice} />}
        </Suspense>
      </section>
      <main className="fa-main">
        <div className="fa-tab-panel" role="tabpanel" id={`pane-panel-${panel}`} aria-labelledby={`pane-tab-${panel}`}>
        {panel === "sources" && (
          <SourcesPanel
            sources={session.sources}
            claimCounts={session.claimCounts}
            busy={session.busy}
            ready={gateway !== null && engine !== null}
            canDownload={session.canDownload}
            prefill={prefill}
            onAdd={session.addSource}
            onImport={(files) => void session.importFiles(files)}
            onRemove={session.removeSource}
            onWrite={goToAuditAfter(session.write)}
            onRefresh={goToAuditAfter(session.refresh)}
            onDownload={() => void session.download()}
          />
        )}
        <Suspense fallback={<PanelLoading />}>
        {panel === "audit" && (
          <AuditPanel
            result={session.result}
            reviews={session.reviews}
            stale={session.stale}
            canSelectRows={gateway?.kind === "office"}
            tolerance={session.settings.tolerance}
            onSelectClaim={(id) => void session.selectClaim(id)}
            onReview={(id, review) => void session.setReview(id, review)}
          />
        )}
        {panel === "settings" && <SettingsPanel settings={session.settings} onChange={session.setSettings} />}
        </Suspense>
        </div>
      </main>
    </div>
  );
}
