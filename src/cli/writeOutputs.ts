import * as fs from "node:fs";
import * as path from "node:path";
import type { AuditResult, FxRate, Metric } from "../core/types";
import { writeXlsx } from "../xlsx/writeXlsx";
import { resultJsonChunks } from "./jsonChunks";

/** Where chunks of text go: a stream (stdout) that may ask to wait for "drain". */
export interface TextSink {
  write(text: string): unknown;
  once?(event: "drain", listener: () => void): unknown;
}

/** Writes the result's JSON to a stream chunk by chunk, waiting when the stream says its buffer is full. */
export async function writeJsonTo(sink: TextSink, result: AuditResult, withText: boolean): Promise<void> {
  for (const chunk of resultJsonChunks(result, withText)) {
    if (sink.write(chunk) === false && sink.once) await new Promise<void>((resolve) => sink.once?.("drain", resolve));
  }
}

/**
 * Writes the result's JSON to a file chunk by chunk. It goes to a temporary file beside the target first, renamed
 * over it at the end: a write that fails half-way (disk full) leaves an earlier file of that name as it was.
 */
export function writeJsonFile(file: string, result: AuditResult, withText: boolean): void {
  writeFileAtomically(file, (fd) => {
    for (const chunk of resultJsonChunks(result, withText)) fs.writeSync(fd, chunk);
  });
}

function writeFileAtomically(file: string, fill: (fd: number) => void): void {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const fd = fs.openSync(temporary, "w");
  try {
    try {
      fill(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

export function writeFileCreatingFolders(file: string, data: Uint8Array): void {
  writeFileAtomically(file, (fd) => {
    let at = 0;
    while (at < data.length) at += fs.writeSync(fd, data, at, data.length - at);
  });
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
