import type { AuditResult, FigureOverride, FxRate, Metric, Source } from "../core/types";

/** The analyst's verdict on a claim, kept in the Claims table's Review column. */
export type Review = "Unreviewed" | "Accepted" | "Rejected";
export const REVIEW_VALUES: readonly Review[] = ["Unreviewed", "Accepted", "Rejected"];

/** What the analyst typed into the workbook that the engine must respect on the next run. */
export interface UserInputs {
  metrics: Metric[];
  fx: FxRate[];
  overrides: FigureOverride[];
}

export interface AuditSettings {
  /** Relative tolerance for exact figures (default 0.01). */
  tolerance: number;
  /** Rates typed in the pane: they start the workbook's FX table when the write creates it. */
  fx?: FxRate[];
}

export interface WriteReport {
  claimsWritten: number;
  /** Claims that were in the workbook but are no longer found: marked as gone, never deleted. */
  claimsGone: number;
  figuresWritten: number;
}

/**
 * Where the tables live. Two implementations: the live Excel workbook (src/excel, Office.js) and an
 * in-memory workbook for the task pane outside Office (src/taskpane/standalone), which can be downloaded as .xlsx.
 */
export interface WorkbookGateway {
  readonly kind: "office" | "memory";
  /** The article texts stored inside the workbook. */
  loadSources(): Promise<Source[]>;
  /** Stores the sources and writes or refreshes the Sources, Claims, Figures, Metrics and FX tables. */
  write(result: AuditResult, settings: AuditSettings): Promise<WriteReport>;
  readUserInputs(): Promise<UserInputs>;
  /** Selects the claim's row in the Claims table. */
  selectClaim(claimId: string): Promise<void>;
  setReview(claimId: string, review: Review): Promise<void>;
  /** Current Review values by claim id. */
  readReviews(): Promise<Record<string, Review>>;
  /**
   * Optional: runs `work` (several calls, e.g. a refresh's loadSources, readUserInputs and write) as one session
   * in which the gateway may read the workbook once and reuse that read. Outside a session every call reads afresh.
   */
  session?<T>(work: () => Promise<T>): Promise<T>;
}
