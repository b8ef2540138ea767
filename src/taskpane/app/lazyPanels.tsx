import { Spinner } from "@fluentui/react-components";
import { lazy } from "react";

/**
 * The Audit and Settings panels as chunks of their own: the first render shows Sources and needs neither, so they
 * stay out of the initial bundle; `preloadPanels` fetches them right after it, so switching tabs does not wait.
 */
const auditPanel = () => import(/* webpackChunkName: "audit-panel" */ "../audit/AuditPanel");
const settingsPanel = () => import(/* webpackChunkName: "settings-panel" */ "../settings/SettingsPanel");

export const AuditPanel = lazy(() => auditPanel().then((m) => ({ default: m.AuditPanel })));
export const SettingsPanel = lazy(() => settingsPanel().then((m) => ({ default: m.SettingsPanel })));

/** Starts loading both panels (after the first render); a failure shows when the panel is opened. */
export function preloadPanels(): void {
  auditPanel().catch(() => undefined);
  settingsPanel().catch(() => undefined);
}

/** What a panel shows while its chunk is still arriving. */
export function PanelLoading() {
  return <Spinner size="small" label="Loading…" style={{ padding: 16 }} />;
}
