import { megabytes, tooLargeMessage } from "../core/input/readArticle";

export interface FetchLimits {
  /** The whole request, body included, must finish within this many milliseconds. */
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;

export type Fetched = { ok: true; bytes: Uint8Array; name: string } | { ok: false; error: string };

/** The content types read from the web, with the file name ending the reader takes them by. */
const READABLE: readonly [RegExp, string][] = [
  [/^text\/html$|^application\/xhtml\+xml$/, ".html"],
  [/^application\/pdf$/, ".pdf"],
  [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/, ".docx"],
];

export function isWebAddress(arg: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(arg);
}

function connectionError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "could not connect (no such host)";
  if (code === "ECONNREFUSED") return "could not connect (connection refused)";
  return `could not connect (${code || cause?.message || (error as Error)?.message || String(error)})`;
}

/**
 * Fetches one web page (or a PDF or Word file the link points to) with a time limit for the whole request and a
 * size limit checked on the stated length and again while the body arrives. Every failure is one short line:
 * the HTTP status, a time-out, a content type that is not a page, a body that is too large, a failed connection.
 */
export async function fetchPage(url: string, limits: FetchLimits, fetchImpl: typeof fetch = fetch): Promise<Fetched> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const seconds = `${Math.round(limits.timeoutMs / 100) / 10} s`;
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: controller.signal, redirect: "follow", headers: { accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5" } });
    } catch (error) {
      return { ok: false, error: timedOut ? `timed out after ${seconds}` : connectionError(error) };
    }
    if (!response.ok) {
      controller.abort();
      return { ok: false, error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}` };
    }
    const type = (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    const readable = READABLE.find(([pattern]) => pattern.test(type));
    if (!readable) {
      controller.abort();
      return { ok: false, error: `not HTML (${type || "no content type"})` };
    }
    const stated = Number(response.headers.get("content-length"));
    if (Number.isFinite(stated) && stated > limits.maxBytes) {
      controller.abort();
      return { ok: false, error: tooLargeMessage(stated, limits.maxBytes) };
    }
    const body = await readAtMost(response, limits.maxBytes, controller);
    if (!body.ok) return { ok: false, error: timedOut ? `timed out after ${seconds}` : body.error };
    return { ok: true, bytes: body.bytes, name: `page${readable[1]}` };
  } finally {
    clearTimeout(timer);
  }
}

async function readAtMost(
  response: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: string }> {
  if (!response.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxBytes) {
        controller.abort();
        return { ok: false, error: `too large (more than the limit of ${megabytes(maxBytes)} MB)` };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, error: `the connection broke off (${(error as Error)?.message ?? String(error)})` };
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes };
}
