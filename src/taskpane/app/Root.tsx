import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookGateway } from "../../workbook/gateway";
import type { Engine } from "../engine/engine";
import { loadEngine } from "../engine/loadEngine";
import { detectHost, type HostInfo, type OfficeLike } from "../host/detectHost";
import { createGateway } from "../host/createGateway";
import { MemoryGateway } from "../standalone/memoryGateway";
import { TaskPane } from "./TaskPane";

export const FIRST_RENDER_MARK = "figure-audit:first-render";

export interface RootProps {
  office: OfficeLike | undefined;
  /** Loads the engine after the first render (tests pass their own). */
  engineLoader?: () => Promise<Engine>;
  /** How long to wait for Office.onReady before carrying on standalone. */
  officeTimeoutMs?: number;
  /** Picks the workbook for a host (tests pass their own). */
  gatewayFor?: (host: HostInfo) => Promise<WorkbookGateway>;
}

/** Renders at once, finds out whether Excel is there, then connects the pane to the live or in-memory workbook. */
export function Root({ office, engineLoader = loadEngine, officeTimeoutMs, gatewayFor = createGateway }: RootProps) {
  const [host, setHost] = useState<HostInfo | null>(null);
  const [gateway, setGateway] = useState<WorkbookGateway | null>(null);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [engineError, setEngineError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    engineLoader().then(
      (loaded) => {
        if (!cancelled) setEngine(() => loaded);
      },
      (error: unknown) => {
        if (!cancelled) setEngineError(`The audit engine failed to load: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [engineLoader]);

  useEffect(() => {
    // The pane's first render is on screen: what the browser benchmark reads as "first render".
    if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark(FIRST_RENDER_MARK);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const found = await detectHost(office, officeTimeoutMs);
      let chosen: WorkbookGateway;
      let shown = found;
      try {
        chosen = await gatewayFor(found);
      } catch (error) {
        // The Excel code could not load: say so once and carry on in memory.
        shown = { kind: "standalone", reason: `the Excel connection failed to load (${error instanceof Error ? error.message : String(error)})` };
        chosen = new MemoryGateway();
      }
      if (cancelled) return;
      setHost(shown);
      setGateway(chosen);
    })();
    return () => {
      cancelled = true;
    };
  }, [office, officeTimeoutMs, gatewayFor]);

  return (
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <TaskPane gateway={gateway} host={host} engine={engine} engineError={engineError} />
    </FluentProvider>
  );
}
