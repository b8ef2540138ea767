import { DEFAULT_TOLERANCE } from "../../core/audit/tolerance";
import type { AuditResult, Source } from "../../core/types";
import type { AuditSettings, Review, UserInputs, WorkbookGateway, WriteReport } from "../../workbook/gateway";
import { REVIEW_VALUES } from "../../workbook/gateway";

/** The .xlsx writer, loaded on demand so that ExcelJS stays out of the pane's first download. */
export type XlsxWriter = (
  result: AuditResult,
  options?: {
    metrics?: UserInputs["metrics"];
    fx?: UserInputs["fx"];
    overrides?: UserInputs["overrides"];
    reviews?: Record<string, Review>;
    notes?: Record<string, string>;
  },
) => Promise<Uint8Array>;

async function loadXlsxWriter(): Promise<XlsxWriter> {
  const module = await import(/* webpackChunkName: "xlsx-writer" */ "../../xlsx/writeXlsx");
  return module.writeXlsx as XlsxWriter;
}

function emptyResult(): AuditResult {
  return { sources: [], claims: [], figures: [] };
}

/**
 * The workbook of the pane outside Office: the same contract as the live workbook, held in memory, and offered
 * as an .xlsx file (`toXlsx`). Like the Excel refresh, a write keeps the reviews of claims that are still found
 * and counts the ones that are gone instead of silently forgetting them.
 */
export class MemoryGateway implements WorkbookGateway {
  readonly kind = "memory" as const;
  private sources: Source[] = [];
  private result: AuditResult = emptyResult();
  private settings: AuditSettings = { tolerance: DEFAULT_TOLERANCE };
  private reviews = new Map<string, Review>();
  private goneClaimIds = new Set<string>();
  private inputs: UserInputs = { metrics: [], fx: [], overrides: [] };
  private selected: string | null = null;

  constructor(private readonly writerLoader: () => Promise<XlsxWriter> = loadXlsxWriter) {}

  async loadSources(): Promise<Source[]> {
    return this.sources.map((source) => ({ ...source }));
  }

  async write(result: AuditResult, settings: AuditSettings): Promise<WriteReport> {
    const found = new Set(result.claims.map((claim) => claim.id));
    for (const claim of this.result.claims) if (!found.has(claim.id)) this.goneClaimIds.add(claim.id);
    for (const id of found) this.goneClaimIds.delete(id);
    this.sources = result.sources.map((source) => ({ ...source }));
    this.result = result;
    this.settings = { ...settings };
    return { claimsWritten: result.claims.length, claimsGone: this.goneClaimIds.size, figuresWritten: result.figures.length };
  }

  async readUserInputs(): Promise<UserInputs> {
    return { metrics: [...this.inputs.metrics], fx: [...this.inputs.fx], overrides: [...this.inputs.overrides] };
  }

  /** What the analyst typed in the pane's settings stands in for the workbook's Metrics and FX tables. */
  setUserInputs(inputs: Partial<UserInputs>): void {
    this.inputs = { ...this.inputs, ...inputs };
  }

  async selectClaim(claimId: string): Promise<void> {
    this.requireClaim(claimId);
    this.selected = claimId;
  }

  /** The claim row last selected (the in-memory stand-in for Excel's selection). */
  selectedClaimId(): string | null {
    return this.selected;
  }

  async setReview(claimId: string, review: Review): Promise<void> {
    this.requireClaim(claimId);
    if (!REVIEW_VALUES.includes(review)) throw new Error(`Unknown review value "${review}"`);
    if (review === "Unreviewed") this.reviews.delete(claimId);
    else this.reviews.set(claimId, review);
  }

  async readReviews(): Promise<Record<string, Review>> {
    const out: Record<string, Review> = {};
    for (const claim of this.result.claims) out[claim.id] = this.reviews.get(claim.id) ?? "Unreviewed";
    return out;
  }

  /** The claims that were written once and are no longer found. */
  goneClaims(): string[] {
    return [...this.goneClaimIds];
  }

  currentSettings(): AuditSettings {
    return { ...this.settings };
  }

  hasContent(): boolean {
    return this.result.claims.length > 0 || this.result.sources.length > 0;
  }

  /** The workbook as an .xlsx file (Sources, Claims, Figures, Metrics, FX), written by the same writer as the CLI's. */
  async toXlsx(): Promise<Uint8Array> {
    const writeXlsx = await this.writerLoader();
    return writeXlsx(this.result, {
      metrics: this.inputs.metrics,
      fx: this.inputs.fx,
      overrides: this.inputs.overrides,
      reviews: Object.fromEntries(this.reviews),
    });
  }

  private requireClaim(claimId: string): void {
    if (!this.result.claims.some((claim) => claim.id === claimId)) {
      throw new Error(`No claim ${claimId} in the workbook: write the sources first`);
    }
  }
}
