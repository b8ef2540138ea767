/**
 * How the pane meets office.js in headless Chromium at 350×800: office.js is never a blocking script, so the pane
 * renders while its server hangs and then says why it works without Excel; and Office's theme (read from a fake
 * office.js here, with the colours Office reports) is followed, dark included, with axe still finding no serious or
 * critical violation. Skipped (counted as skipped, with a message) when chromium is missing.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./support/chromium";
import { DIST, ROOT, ensureDist } from "./support/buildDist";
import { openPane, pasteArticle, writeAndOpenAudit } from "./support/pane";
import { serveFolder, type StaticServer } from "./support/serveDist";
import { describeUnless } from "../helpers/skip";

const ARTIFACTS = path.join(ROOT, "test-artifacts");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const chromiumPath = findChromium();
const e2e = describeUnless(chromiumPath ? null : "chromium is not installed (apt-get install chromium)", "e2e office.js and theme tests");
let server: StaticServer | undefined;
let browser: Browser | undefined;

// Two short articles of our own that disagree on a ferry's crossing time.
const ARTICLE_A = ["Ferry resumes winter timetable", "By Tove Lind", "The crossing to the island took 95 minutes on Tuesday, the operator said."].join("\n");
const ARTICLE_B = ["Islanders complain of slow ferry", "By Jon Berg", "The crossing to the island took two and a half hours on Tuesday, passengers said."].join("\n");

/** A stand-in for office.js: Office answers as a host with the given theme colours. */
function fakeOfficeJs(host: string, officeTheme: Record<string, unknown>): string {
  return `window.Office = { context: { officeTheme: ${JSON.stringify(officeTheme)} }, onReady: function () { return Promise.resolve({ host: ${JSON.stringify(host)}, platform: "PC" }); } };`;
}

beforeAll(async () => {
  if (!chromiumPath) return;
  const buildError = ensureDist();
  if (buildError) throw new Error(`dist/ could not be built: ${buildError}`);
  server = await serveFolder(DIST);
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

e2e("office.js and Office's theme, in headless Chromium at 350×800", () => {
  it("renders while office.js hangs, then says it works without Excel and why", async () => {
    const ctx = await browser!.newContext({ viewport: { width: 350, height: 800 } });
    const { page, requests } = await openPane(ctx, server!.url, { officeJs: { kind: "hang" }, waitForHost: false });
    const started = Date.now();
    await page.getByLabel("Article text").waitFor();
    const uiMs = Date.now() - started;
    // office.js is asked for only after the first render (so the request may follow the label by a moment), and the
    // UI is there while it is still pending: nothing waited for it.
    if (!requests.includes(OFFICE_JS)) await page.waitForRequest(OFFICE_JS, { timeout: 5_000 });
    expect(requests).toContain(OFFICE_JS);
    await expect(page.getByText("Connecting…", { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByTestId("host-notice").count()).resolves.toBe(0);
    const render = await page.evaluate(() => performance.getEntriesByName("figure-audit:first-render")[0]?.startTime ?? NaN);
    console.log(`office.js hanging: pane UI visible ${uiMs} ms after navigation started (first-render mark ${render.toFixed(0)} ms)`);
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-350-office-hangs.png") });
    const notice = page.getByTestId("host-notice");
    await notice.waitFor({ timeout: 15_000 });
    await expect(notice.innerText()).resolves.toMatch(/Working without Excel/);
    await expect(notice.getByLabel(/office\.js did not arrive within 5 s/i).count()).resolves.toBe(1);
    await page.getByText("In memory", { exact: true }).waitFor();
    // and the pane works: an article can be added
    await pasteArticle(page, ARTICLE_A);
    await ctx.close();
  }, 60_000);

  it("follows Office's dark theme (colours as Office reports them) and its colourful one; axe finds no serious violation in the dark", async () => {
    const black = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#F0F0F0", isDarkTheme: true };
    const colorful = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626", themeId: "Colorful" };
    const ctx = await browser!.newContext({ viewport: { width: 350, height: 800 }, bypassCSP: true });
    const { page } = await openPane(ctx, server!.url, { officeJs: { kind: "script", body: fakeOfficeJs("Word", black) } });
    await page.locator('[data-theme="dark"]').waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.querySelector("[data-theme]")!).backgroundColor);
    expect(background).toBe("rgb(38, 38, 38)");
    await expect(page.getByTestId("host-notice").getByLabel(/works in Excel, not in Word/).count()).resolves.toBe(1);
    await pasteArticle(page, ARTICLE_A);
    await pasteArticle(page, ARTICLE_B);
    await writeAndOpenAudit(page);
    await page.locator("[data-figure-id] button[aria-expanded]").first().click();
    await page.locator("[data-claim-id]").first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-350-dark-audit.png") });
    await page.addScriptTag({ content: fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
    const serious = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
      const { violations } = await axe.run(document);
      return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} (${n.failureSummary ?? ""})`).join(", ")}`);
    });
    expect(serious).toEqual([]);
    const light = await ctx.newPage();
    await light.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOfficeJs("Word", colorful) }),
    );
    await light.goto(`${server!.url}/taskpane.html`);
    await light.locator('[data-theme="colorful"]').waitFor();
    await light.screenshot({ path: path.join(ARTIFACTS, "pane-350-colorful-sources.png") });
    await ctx.close();
  }, 120_000);
});
