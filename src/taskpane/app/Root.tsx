import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookGateway } from "../../workbook/gateway";
import type { Engine } from "../engine/engine";
import { detectHost, type HostInfo, type OfficeLike } from "../host/detectHost";
import { createGateway } from "../host/createGateway";
import { MemoryGateway } from "../standalone/memoryGateway";
import { TaskPane } from "./TaskPane";

export interface RootProps {
  office: OfficeLike | undefined;
  engine: Engine;
  /** How long to wait for Office.onReady before carrying on standalone. */
  officeTimeoutMs?: number;
  /** Picks the workbook for a host (tests pass their own). */
  gatewayFor?: (host: HostInfo) => Promise<WorkbookGateway>;
}

/** Renders at once, finds out whether Excel is there, then connects the pane to the live or in-memory workbook. */
export function Root({ office, engine, officeTimeoutMs, gatewayFor = createGateway }: RootProps) {
  const [host, setHost] = useState<HostInfo | null>(null);
  const [gateway, setGateway] = useState<WorkbookGateway | null>(null);

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
      <TaskPane gateway={gateway} host={host} engine={engine} />
    </FluentProvider>
  );
}
