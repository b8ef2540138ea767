import type { OfficeThemeColors } from "./officeTheme";

/**
 * Where the pane runs: inside Excel (office.js ready, host Excel) or standalone (a plain browser, offline, another
 * host); with Office's theme colours whenever Office answered (its dark or colourful theme is followed).
 */
export type HostInfo = ({ kind: "excel" } | { kind: "standalone"; reason: string }) & { officeTheme?: OfficeThemeColors };

/** The part of office.js the pane looks at (kept small so tests can fake it). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  /** Filled once onReady has resolved; `officeTheme` only in hosts that support it. */
  context?: { officeTheme?: OfficeThemeColors };
}

/** Office's theme colours, when Office has them (never throws: outside Office `context` may be absent or partial). */
function themeOf(office: OfficeLike): { officeTheme?: OfficeThemeColors } {
  try {
    const theme = office.context?.officeTheme;
    return theme ? { officeTheme: theme } : {};
  } catch {
    return {};
  }
}

export const DEFAULT_OFFICE_TIMEOUT_MS = 3000;

/**
 * Finds out whether the page runs inside Excel. office.js may be missing (it could not load: offline, blocked, a
 * plain browser without network) or loaded but outside Office, where `Office.onReady` resolves with no host or
 * never fires at all, so it is raced against a timeout. Never rejects.
 */
export async function detectHost(
  office: OfficeLike | undefined,
  timeoutMs: number = DEFAULT_OFFICE_TIMEOUT_MS,
  missingReason = "office.js could not be loaded (offline, blocked, or a plain browser)",
): Promise<HostInfo> {
  if (!office || typeof office.onReady !== "function") return { kind: "standalone", reason: missingReason };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") return { kind: "standalone", reason: "Office did not answer: the page is not running inside Excel" };
    if (info && String(info.host) === "Excel") return { kind: "excel", ...themeOf(office) };
    const host = info && info.host ? String(info.host) : "";
    return {
      kind: "standalone",
      reason: host ? `this add-in works in Excel, not in ${host}` : "the page is open outside Office",
      ...themeOf(office),
    };
  } catch (error) {
    return { kind: "standalone", reason: `office.js failed to start (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** `window.Office` when office.js has loaded, else undefined. */
export function officeFromWindow(win: Window): OfficeLike | undefined {
  const office = (win as unknown as { Office?: OfficeLike }).Office;
  return office && typeof office.onReady === "function" ? office : undefined;
}
