import type { AuditOptions, AuditResult, Source, SourceOverrides } from "../../core/types";

/** What the pane needs from the engine; the real one is `coreEngine`, tests may pass their own. */
export interface Engine {
  /** A source from pasted text, with title, outlet, URL and date read from the text unless overridden. */
  createSource(text: string, overrides?: SourceOverrides): Source;
  /** How many claims the engine finds in one source. */
  countClaims(source: Source): number;
  /** Extraction and audit of all sources. */
  analyse(sources: Source[], options: AuditOptions): AuditResult;
}
