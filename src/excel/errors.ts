/**
 * Errors the workbook can raise, turned into one clear sentence for the task pane (`userMessage`).
 */

export type WorkbookErrorCode =
  | "sheet-protected"
  | "sheet-missing"
  | "sheet-taken"
  | "table-changed"
  | "request-too-large"
  | "partial-write"
  | "excel";

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  /** What the task pane shows. */
  readonly userMessage: string;
  /** True when nothing in the workbook was changed. */
  readonly workbookUnchanged: boolean;

  constructor(code: WorkbookErrorCode, userMessage: string, options: { cause?: unknown; workbookUnchanged?: boolean } = {}) {
    super(userMessage);
    this.name = "WorkbookError";
    this.code = code;
    this.userMessage = userMessage;
    this.workbookUnchanged = options.workbookUnchanged ?? true;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string };
}

/**
 * An error Excel raised during a sync, as a WorkbookError. `batchesDone` is how many write batches had
 * already been applied when it happened: 0 means the workbook is as it was.
 */
export function toWorkbookError(error: unknown, batchesDone = 0): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const e = (error ?? {}) as OfficeErrorLike;
  const code = e.code ?? e.debugInfo?.code ?? "";
  const detail = e.message ?? String(error);
  const unchanged = batchesDone === 0;
  const after = unchanged
    ? " Nothing was changed."
    : " Part of the tables was already updated; your Review and Note values are untouched. Run Refresh again to finish.";
  let kind: WorkbookErrorCode = "excel";
  let message: string;
  switch (code) {
    case "ItemNotFound":
      kind = "sheet-missing";
      message = "A sheet or table Figure Audit writes to was renamed or deleted while it was working.";
      break;
    case "AccessDenied":
    case "InvalidOperationInCellEditMode":
      kind = code === "AccessDenied" ? "sheet-protected" : "excel";
      message =
        code === "AccessDenied"
          ? "Excel refused the change: a sheet is protected or the workbook is read-only."
          : "Excel is busy editing a cell. Press Enter or Esc, then try again.";
      break;
    case "RequestPayloadSizeLimitExceeded":
    case "PayloadTooLarge":
      kind = "request-too-large";
      message = "The change was too large for Excel to take in one request.";
      break;
    case "InvalidArgument":
    case "InvalidOperation":
      kind = "table-changed";
      message = "A table was resized or changed while Figure Audit was writing to it.";
      break;
    default:
      message = `Excel could not complete the change (${detail}).`;
  }
  return new WorkbookError(unchanged ? kind : "partial-write", message + after, { cause: error, workbookUnchanged: unchanged });
}
