import * as fs from "node:fs";
import * as path from "node:path";
import type { AuditResult, FxRate, Metric } from "../core/types";
import { writeXlsx } from "../xlsx/writeXlsx";
import { escapeJsonControls } from "./printable";

/** The JSON the CLI prints: { sources, claims, figures }; sources without their text unless asked for. */
export function resultJson(result: AuditResult, withText: boolean): string {
  const sources = withText ? result.sources : result.sources.map(({ text: _text, ...rest }) => rest);
  return escapeJsonControls(JSON.stringify({ sources, claims: result.claims, figures: result.figures }, null, 2)) + "\n";
}

export function writeFileCreatingFolders(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, data);
}

/** Renders the workbook (Sources, Claims, Figures, Metrics, FX) with the ExcelJS writer and saves it. */
export async function writeWorkbookFile(
  file: string,
  result: AuditResult,
  options: { metrics?: Metric[]; fx?: FxRate[] },
): Promise<void> {
  const data = await writeXlsx(result, options);
  writeFileCreatingFolders(file, data instanceof Uint8Array ? data : new Uint8Array(data));
}
