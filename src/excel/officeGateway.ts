/**
 * The live Excel workbook behind the WorkbookGateway contract (Office.js).
 *
 * Sync budget: a snapshot read takes 3 context.sync() calls; a write adds one per batch of at most
 * `payloadBudget` estimated bytes. A refresh (loadSources + readUserInputs + write, see workbook/refresh.ts) runs
 * as one session that reads the workbook once, so 10,000 claims take 3 + 2 syncs. Outside a session every call
 * reads afresh (the analyst may have sorted or edited the tables since).
 */
import type { AuditResult, Source } from "../core/types";
import type { AuditSettings, Review, UserInputs, WorkbookGateway, WriteReport } from "../workbook/gateway";
import { REVIEW_VALUES } from "../workbook/gateway";
import { CLAIMS_TABLE, TABLES, TEXT_FORMAT, columnIndex } from "../workbook/layout";
import { buildTables } from "../workbook/rows";
import { rowsToSources } from "../workbook/storedSources";
import { readFx, readMetrics, readOverrides, readReviewValues, type TableValues } from "../workbook/userInputs";
import { DEFAULT_CHUNK_BUDGET, DEFAULT_PAYLOAD_BUDGET, packBatches } from "./batches";
import { WorkbookError, toWorkbookError } from "./errors";
import { readSnapshot, type TableSnapshot, type WorkbookSnapshot } from "./snapshot";
import { applyPresentation } from "./presentation";
import { planWrite, rangeAddress, type WritePlan } from "./writePlan";

/** Runs a batch function with a request context (Excel.run in the add-in; a fake under test). */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeGatewayOptions {
  run?: ExcelRunner;
  /** Estimated bytes per request (default 4 MB, under Excel on the web's 5 MB). */
  payloadBudget?: number;
  /** Size of one range write before it is cut (default 1 MB). */
  chunkBudget?: number;
  now?: () => number;
  /** Whether the host has an Excel API requirement set (default: asks Office; false outside it). */
  supports?: (set: string, version: string) => boolean;
}

export interface WriteStats {
  syncs: number;
  batches: number;
  /** Our own estimate of each write batch's request size. */
  batchSizes: number[];
  /** Whether row heights and page setup were applied after the data ("applied" or why they were skipped). */
  presentation?: string;
}

const defaultRun: ExcelRunner = (batch) => Excel.run(batch);

function officeSupports(set: string, version: string): boolean {
  return typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported(set, version));
}

function tableValues(snap: TableSnapshot | undefined, keys: string[], headers: string[]): TableValues | undefined {
  if (!snap) return undefined;
  const rows: unknown[][] = [];
  for (let r = 0; r < snap.rowCount; r++) rows.push(keys.map((k) => snap.columns[k]?.[r] ?? ""));
  return { headers, rows };
}

export class OfficeWorkbookGateway implements WorkbookGateway {
  readonly kind = "office" as const;
  private readonly run: ExcelRunner;
  private readonly payloadBudget: number;
  private readonly chunkBudget: number;
  private readonly now: () => number;
  private readonly supports: (set: string, version: string) => boolean;
  private snapshot?: WorkbookSnapshot;
  private sessions = 0;
  /** Numbers of the last write, for the task pane's status line and for tests. */
  lastWrite?: WriteStats;

  constructor(options: OfficeGatewayOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.payloadBudget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    this.chunkBudget = options.chunkBudget ?? DEFAULT_CHUNK_BUDGET;
    this.now = options.now ?? (() => Date.now());
    this.supports = options.supports ?? officeSupports;
  }

  /** Runs `work` as one session: the first read of the workbook is reused by the calls inside it. */
  async session<T>(work: () => Promise<T>): Promise<T> {
    this.sessions++;
    try {
      return await work();
    } finally {
      if (--this.sessions === 0) this.snapshot = undefined;
    }
  }

  private async read(): Promise<WorkbookSnapshot> {
    if (this.sessions > 0 && this.snapshot) return this.snapshot;
    try {
      const snapshot = await this.run((context) => readSnapshot(context, this.now()));
      if (this.sessions > 0) this.snapshot = snapshot;
      return snapshot;
    } catch (e) {
      throw toWorkbookError(e, 0);
    }
  }

  async loadSources(): Promise<Source[]> {
    const snapshot = await this.read();
    return rowsToSources(snapshot.storedRows);
  }

  async readUserInputs(): Promise<UserInputs> {
    const s = await this.read();
    const metricsSpec = s.tables.Metrics;
    const fxSpec = s.tables.FX;
    const claims = s.tables.Claims;
    const metricKeys = ["key", "label", "unit", "keywords"];
    return {
      metrics: readMetrics(tableValues(metricsSpec, metricKeys, ["Key", "Label", "Unit", "Keywords"])),
      fx: readFx(tableValues(fxSpec, ["from", "to", "rate"], ["From", "To", "Rate"])),
      overrides: readOverrides(tableValues(claims, ["id", "figureOverride"], ["Claim ID", "Figure override"])),
    };
  }

  async readReviews(): Promise<Record<string, Review>> {
    const s = await this.read();
    return readReviewValues(tableValues(s.tables.Claims, ["id", "review"], ["Claim ID", "Review"]));
  }

  async write(result: AuditResult, settings: AuditSettings): Promise<WriteReport> {
    const snapshot = await this.read();
    // The FX table is the analyst's: the pane's rates start it when this write creates it, and never overwrite it.
    const tables = buildTables(result, { fx: settings.fx ?? [] });
    // Validation happens inside planWrite: nothing has been written when it throws.
    const plan = planWrite(snapshot, tables, result.sources, { chunkBudget: this.chunkBudget });
    const batches = packBatches(plan.ops, this.payloadBudget);
    const stats: WriteStats = { syncs: 0, batches: batches.length, batchSizes: batches.map((b) => b.reduce((n, op) => n + op.size, 0)) };
    let done = 0;
    this.snapshot = undefined;
    try {
      await this.run(async (context) => {
        for (const batch of batches) {
          // Lookups first: a table renamed or deleted since the snapshot fails the batch before any write.
          for (const name of plan.existingTables) context.workbook.tables.getItem(name).load("name");
          context.workbook.application.suspendApiCalculationUntilNextSync();
          for (const op of batch) op.apply(context);
          await context.sync();
          stats.syncs++;
          done++;
        }
        stats.presentation = await this.present(context, plan);
      });
    } catch (e) {
      throw toWorkbookError(e, done);
    } finally {
      this.lastWrite = stats;
    }
    return plan.report;
  }

  /**
   * Row heights, page setup and the opening sheet, in one more sync once the data is in. Best effort by design:
   * the tables are already written and complete, and a host that refuses a print setting (older Excel builds)
   * must not turn a successful write into an error; the returned line says whether it applied.
   */
  private async present(context: Excel.RequestContext, plan: WritePlan): Promise<string> {
    const written = TABLES.filter((t) => t.owner === "engine").map((t) => t.name);
    try {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      applyPresentation(context, { created: plan.createdTables, written, pageLayout: this.supports("ExcelApi", "1.9") });
      await context.sync();
      return "applied";
    } catch (e) {
      return `skipped: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  private async findClaimRow(claimId: string): Promise<{ snap: TableSnapshot; row: number }> {
    const s = await this.read();
    const snap = s.tables.Claims;
    const row = snap ? (snap.columns.id ?? []).findIndex((v) => String(v ?? "") === claimId) : -1;
    if (!snap || row < 0) {
      throw new WorkbookError("table-changed", `Claim ${claimId} is not in the Claims table. Write or refresh the tables first.`);
    }
    return { snap, row };
  }

  async selectClaim(claimId: string): Promise<void> {
    const { snap, row } = await this.findClaimRow(claimId);
    const width = snap.headers.length;
    try {
      await this.run(async (context) => {
        const ws = context.workbook.tables.getItem("Claims").worksheet;
        ws.activate();
        ws.getRange(rangeAddress(snap.top + 1 + row, snap.left, 1, width)).select();
        await context.sync();
      });
    } catch (e) {
      throw toWorkbookError(e, 0);
    }
  }

  async setReview(claimId: string, review: Review): Promise<void> {
    if (!REVIEW_VALUES.includes(review)) throw new WorkbookError("excel", `"${String(review)}" is not a review value.`);
    const { snap, row } = await this.findClaimRow(claimId);
    const at = snap.headers.map((h) => h.trim().toLowerCase()).indexOf(CLAIMS_TABLE.columns[columnIndex(CLAIMS_TABLE, "review")].header.toLowerCase());
    if (at < 0) throw new WorkbookError("table-changed", 'The Claims table has no "Review" column. Nothing was changed.');
    if (snap.sheetProtected) {
      throw new WorkbookError("sheet-protected", `The sheet "${snap.sheet}" is protected. Unprotect it to record reviews. Nothing was changed.`);
    }
    try {
      await this.run(async (context) => {
        const cell = context.workbook.tables.getItem("Claims").worksheet.getRange(rangeAddress(snap.top + 1 + row, snap.left + at, 1, 1));
        cell.numberFormat = [[TEXT_FORMAT]];
        cell.values = [[review]];
        await context.sync();
      });
    } catch (e) {
      throw toWorkbookError(e, 0);
    } finally {
      this.snapshot = undefined;
    }
  }
}

export { DEFAULT_CHUNK_BUDGET, DEFAULT_PAYLOAD_BUDGET };
