import { officeFromWindow, type OfficeLike } from "./detectHost";

/** Microsoft's CDN copy of the Office JavaScript API, the only script the pane loads from elsewhere. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How long office.js may take to arrive before the pane says it works without Excel. */
export const OFFICE_JS_TIMEOUT_MS = 5000;

/** office.js, loaded, or why not. */
export type OfficeLoad = { office: OfficeLike } | { office: undefined; reason: string };

/**
 * Loads office.js without blocking the first paint: an async script added after the pane has rendered (never a
 * blocking script in <head>). Resolves with `window.Office` once the script has run; with the reason when it fails
 * to load (offline, blocked) or has not arrived within `timeoutMs` (a server that hangs). Never rejects; a script
 * that arrives after the timeout is left to run but no longer waited for.
 */
export function loadOfficeJs(win: Window, url = OFFICE_JS_URL, timeoutMs = OFFICE_JS_TIMEOUT_MS): Promise<OfficeLoad> {
  const already = officeFromWindow(win);
  if (already) return Promise.resolve({ office: already });
  return new Promise((resolve) => {
    const doc = win.document;
    const script = doc.createElement("script");
    let settled = false;
    const finish = (load: OfficeLoad) => {
      if (settled) return;
      settled = true;
      win.clearTimeout(timer);
      resolve(load);
    };
    const timer = win.setTimeout(
      () => finish({ office: undefined, reason: `office.js did not arrive within ${timeoutMs / 1000} s (a slow or blocked network)` }),
      timeoutMs,
    );
    script.async = true;
    script.src = url;
    script.addEventListener("load", () => {
      const office = officeFromWindow(win);
      finish(office ? { office } : { office: undefined, reason: "office.js loaded but did not start" });
    });
    script.addEventListener("error", () => finish({ office: undefined, reason: "office.js could not be loaded (offline, blocked, or a plain browser)" }));
    doc.head.appendChild(script);
  });
}
