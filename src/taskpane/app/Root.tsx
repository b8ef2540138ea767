import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookGateway } from "../../workbook/gateway";
import type { Engine } from "../engine/engine";
import { loadEngine } from "../engine/loadEngine";
import { detectHost, type HostInfo } from "../host/detectHost";
import { createGateway } from "../host/createGateway";
import type { OfficeLoad } from "../host/loadOfficeJs";
import type { PaneThemeName } from "../host/officeTheme";
import { MemoryGateway } from "../standalone/memoryGateway";
import { TaskPane } from "./TaskPane";

export const FIRST_RENDER_MARK = "figure-audit:first-render";

export interface RootProps {
  /** Loads office.js (after the first render, so it never delays it) and says why when it could not. */
  loadOffice: () => Promise<OfficeLoad>;
  /** Loads the engine after the first render (tests pass their own). */
  engineLoader?: () => Promise<Engine>;
  /** How long to wait for Office.onReady before carrying on standalone. */
  officeTimeoutMs?: number;
  /** Picks the workbook for a host (tests pass their own). */
  gatewayFor?: (host: HostInfo) => Promise<WorkbookGateway>;
}

/**
 * Renders at once (in the light theme), then loads office.js, finds out whether Excel is there, follows Office's
 * theme, and connects the pane to the live or in-memory workbook.
 */
export function Root({ loadOffice, engineLoader = loadEngine, officeTimeoutMs, gatewayFor = createGateway }: RootProps) {
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
      const loaded = await loadOffice();
      const found = await detectHost(loaded.office, officeTimeoutMs, loaded.office ? undefined : loaded.reason);
      let chosen: WorkbookGateway;
      let shown = found;
      try {
        chosen = await gatewayFor(found);
      } catch (error) {
        // The Excel code could not load: say so once and carry on in memory.
        shown = {
          kind: "standalone",
          reason: `the Excel connection failed to load (${error instanceof Error ? error.message : String(error)})`,
          officeTheme: found.officeTheme,
        };
        chosen = new MemoryGateway();
      }
      if (cancelled) return;
      setHost(shown);
      setGateway(chosen);
    })();
    return () => {
      cancelled = true;
    };
  }, [loadOffice, officeTimeoutMs, gatewayFor]);

  // Office's theme, once Office has answered with one (the mapping and the dark theme are a chunk of their own:
  // outside Office, where the pane stays light, they are never loaded).
  const [theme, setTheme] = useState<{ name: PaneThemeName; theme: Theme }>({ name: "light", theme: webLightTheme });
  const officeTheme = host?.officeTheme;
  useEffect(() => {
    if (!officeTheme) return;
    let cancelled = false;
    void import(/* webpackChunkName: "office-theme" */ "../host/officeTheme").then(({ paneTheme }) => {
      if (!cancelled) setTheme(paneTheme(officeTheme));
    });
    return () => {
      cancelled = true;
    };
  }, [officeTheme]);

  return (
    <FluentProvider theme={theme.theme} style={{ height: "100%" }} data-theme={theme.name}>
      <TaskPane gateway={gateway} host={host} engine={engine} engineError={engineError} />
    </FluentProvider>
  );
}
