/**
 * Refresh: re-run extraction and audit on the sources stored in the workbook, with what the analyst typed
 * (metrics, FX rates, figure overrides), and write the tables back in place (keyed by stable ids).
 * The engine is passed in (`analyse(sources, options)` from src/core/analyse.ts) so this module stays light.
 */
import type { AuditOptions, AuditResult, Source } from "../core/types";
import type { AuditSettings, WorkbookGateway, WriteReport } from "./gateway";

export type Analyse = (sources: Source[], options: AuditOptions) => AuditResult;

export interface RefreshOutcome {
  result: AuditResult;
  report: WriteReport;
}

/**
 * Runs several gateway calls as one session: a gateway that can (Office.js) reads the workbook once for all of
 * them instead of once per call. Use it around any read-analyse-write sequence.
 */
export function inSession<T>(gateway: WorkbookGateway, work: () => Promise<T>): Promise<T> {
  return gateway.session ? gateway.session(work) : work();
}

export async function refresh(gateway: WorkbookGateway, settings: AuditSettings, analyse: Analyse): Promise<RefreshOutcome> {
  return inSession(gateway, () => refreshOnce(gateway, settings, analyse));
}

async function refreshOnce(gateway: WorkbookGateway, settings: AuditSettings, analyse: Analyse): Promise<RefreshOutcome> {
  const sources = await gateway.loadSources();
  const inputs = await gateway.readUserInputs();
  const result = analyse(sources, {
    tolerance: settings.tolerance,
    metrics: inputs.metrics,
    fx: inputs.fx,
    overrides: inputs.overrides,
  });
  const report = await gateway.write(result, settings);
  return { result, report };
}
