import type { BrowserContext, Page } from "playwright-core";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface OpenedPane {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations(): Promise<string[]>;
}

/** How office.js answers: fails at once (offline), never answers (a server that hangs), or is this script. */
export type OfficeJs = { kind: "offline" } | { kind: "hang" } | { kind: "script"; body: string };

/**
 * Opens taskpane.html as a plain browser would, outside Office and offline by default: the office.js request fails
 * (as it does on a machine without network), so the pane must say so and carry on standalone. With `officeJs` the
 * request hangs or is answered by a fake office.js; `waitForHost: false` returns without waiting for the pane to
 * settle on a workbook.
 */
export async function openPane(
  context: BrowserContext,
  baseUrl: string,
  options: { officeJs?: OfficeJs; waitForHost?: boolean } = {},
): Promise<OpenedPane> {
  const { officeJs = { kind: "offline" }, waitForHost = true } = options;
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.route("https://appsforoffice.microsoft.com/**", (route) => {
    if (officeJs.kind === "offline") return route.abort("internetdisconnected");
    if (officeJs.kind === "script") return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs.body });
    // "hang": never answered
    return undefined;
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${baseUrl}/taskpane.html`, { waitUntil: waitForHost ? "load" : "commit" });
  if (waitForHost) {
    await page.getByTestId("host-notice").waitFor();
    await page.getByText("In memory", { exact: true }).waitFor();
  }
  return {
    page,
    requests,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

/** Pastes one article into the Sources panel and adds it. */
export async function pasteArticle(page: Page, text: string): Promise<void> {
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Add article" }).click();
  await page.waitForFunction(() => (document.querySelector("textarea") as HTMLTextAreaElement).value === "");
}

/** Clicks "Write to workbook" and waits for the Audit panel. */
export async function writeAndOpenAudit(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Write to workbook" }).click();
  await page.getByRole("tab", { name: /^Audit/, selected: true }).waitFor();
  await page.locator("[data-figure-id]").first().waitFor();
}

/** The first figure of the audit: its status, unit and text. */
export async function firstFigure(page: Page): Promise<{ status: string; unit: string; text: string }> {
  const first = page.locator("[data-figure-id]").first();
  return {
    status: (await first.getAttribute("data-status")) ?? "",
    unit: (await first.getAttribute("data-unit")) ?? "",
    text: (await first.innerText()).replace(/\s+/g, " "),
  };
}
