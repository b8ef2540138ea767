import type { AuditOptions, AuditResult, Source, SourceOverrides } from "../../core/types";

/**
 * What the pane needs from the engine. Reading a source's title and date is cheap and stays on the UI thread;
 * extraction and audit are the heavy work and answer asynchronously (in a Web Worker: `workerEngine`; in the same
 * thread: `coreEngine`, used by tests and when a worker cannot start).
 */
export interface Engine {
  /** A source from pasted text, with title, outlet, URL and date read from the text unless overridden. */
  createSource(text: string, overrides?: SourceOverrides): Source;
  /** How many claims the engine finds in one source. */
  countClaims(source: Source): Promise<number>;
  /** Extraction and audit of all sources. */
  analyse(sources: Source[], options: AuditOptions): Promise<AuditResult>;
}
