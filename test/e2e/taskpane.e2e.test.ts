/**
 * The task pane's production build in real headless Chromium (Debian's chromium, driven by playwright-core), opened
 * outside Office from a local http server: paste articles, write, see the conflict on top, markup stays text, axe
 * finds no serious or critical violation, Tab reaches every control, the .xlsx download works, and the page asks
 * for nothing but its own files and office.js. Skipped (counted as skipped, with a message) when chromium is missing;
 * a task pane that cannot be built fails.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./support/chromium";
import { DIST, ROOT, ensureDist } from "./support/buildDist";
import { firstFigure, OFFICE_JS, openPane, pasteArticle, writeAndOpenAudit } from "./support/pane";
import { serveFolder, type StaticServer } from "./support/serveDist";
import { largeArticle, loadLine, pasteInto, watchMainThread } from "./support/mainThread";
import { describeUnless, itUnless } from "../helpers/skip";

const SHARED = path.resolve(ROOT, "..", "shared");
const SEEDS = path.join(SHARED, "corpus", "seeds");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const SAMPLES = path.join(ROOT, "samples");

// Two short articles of our own that disagree on how long a meeting lasted, and agree on nothing else.
const ARTICLE_A = [
  "Port talks end after a long session",
  "By Ana Ruiz",
  "The meeting between the port authority and the dockers' union lasted 2 hours and 10 minutes on Monday.",
  "The port handled 41 million tonnes of cargo in 2024, the authority said.",
].join("\n");
const ARTICLE_B = [
  "Union and port agree to keep talking",
  "By Li Wen",
  "The meeting between the port authority and the dockers' union lasted three hours, the union said.",
  "Some 5,200 dockers work at the port.",
].join("\n");
const HOSTILE = [
  "Markup test <script>window.__pwned=1</script> headline",
  'Officials said <img src=x onerror="window.__pwned=1"> that 7% of the fleet was idle in 2024.',
  "<script>window.__pwned=1</script> The fleet has 140 ships.",
].join("\n");

const chromiumPath = findChromium();
const e2e = describeUnless(chromiumPath ? null : "chromium is not installed (apt-get install chromium)", "e2e task pane tests");
const seedsAbsent = fs.existsSync(SEEDS) ? null : `${SEEDS} is absent`;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  if (!chromiumPath) return;
  const buildError = ensureDist();
  if (buildError) throw new Error(`dist/ could not be built: ${buildError}`);
  server = await serveFolder(DIST);
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 350, height: 800 }, acceptDownloads: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function paneWithInlineArticles(): Promise<{ page: Page; requests: string[]; cspViolations(): Promise<string[]> }> {
  const pane = await openPane(context!, server!.url);
  await pasteArticle(pane.page, ARTICLE_A);
  await pasteArticle(pane.page, ARTICLE_B);
  return pane;
}

e2e("task pane in headless Chromium, outside Office", () => {
  it("says once that Office is not there, and loads nothing but its own files and office.js", async () => {
    const { page, requests, cspViolations } = await paneWithInlineArticles();
    expect(await page.getByTestId("host-notice").count()).toBe(1);
    await expect(page.getByTestId("host-notice").innerText()).resolves.toMatch(/Working without Excel/);
    await expect(page.getByTestId("host-notice").getByLabel(/office\.js could not be loaded/i).count()).resolves.toBe(1);
    await writeAndOpenAudit(page);
    const foreign = requests.filter((url) => !url.startsWith(`${server!.url}/`) && url !== OFFICE_JS);
    expect(foreign).toEqual([]);
    expect(requests).toContain(OFFICE_JS);
    // The engine runs in its Web Worker (allowed by the CSP), not in the UI thread (the fallback chunk never loads).
    expect(requests).toContain(`${server!.url}/engine-worker.js`);
    expect(requests.filter((url) => /\/chunks\/engine\./.test(url))).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(csp).not.toMatch(/unsafe-eval/);
    await page.close();
  }, 120_000);

  it("pastes two articles of our own, writes, and shows their conflicting duration at the top", async () => {
    const { page } = await paneWithInlineArticles();
    await expect(page.getByRole("list", { name: "Articles" }).getByRole("listitem").count()).resolves.toBe(2);
    await writeAndOpenAudit(page);
    const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
    expect(headings[0]).toBe("Conflicting");
    const first = await firstFigure(page);
    expect(first).toEqual(expect.objectContaining({ status: "conflicting", unit: "s" }));
    expect(first.text).toContain("130 – 180 minutes");
    // open it: the claims with the number marked
    await page.locator("[data-figure-id] button[aria-expanded]").first().click();
    await expect(page.locator("[data-claim-id] mark").allInnerTexts()).resolves.toEqual(expect.arrayContaining(["2 hours and 10 minutes", "three hours"]));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane.png") });
    await page.close();
  }, 120_000);

  itUnless(seedsAbsent, "e2e seed articles")("pastes seed articles 002 and 003 and finds the call's duration confirmed by both (85 minutes and an hour and a half)", async () => {
    const files = fs.readdirSync(SEEDS).filter((f) => /^00[23]_.*\.txt$/.test(f)).sort();
    expect(files).toHaveLength(2);
    const pane = await openPane(context!, server!.url);
    for (const file of files) await pasteArticle(pane.page, fs.readFileSync(path.join(SEEDS, file), "utf8"));
    await writeAndOpenAudit(pane.page);
    await pane.page.getByLabel("Search subjects and quotes").fill("talks");
    const call = pane.page.locator('[data-figure-id][data-unit="s"]').first();
    await call.waitFor();
    expect(await call.getAttribute("data-status")).toBe("corroborated");
    expect((await call.innerText()).replace(/\s+/g, " ")).toMatch(/85 – 90 minutes/);
    await pane.page.screenshot({ path: path.join(ARTIFACTS, "taskpane-seeds.png") });
    await pane.page.close();
  }, 120_000);

  itUnless(seedsAbsent, "e2e 350 px with the seeds")("works at 350×800 with the five seed articles: three figures in view, nothing wider than the pane, focus never covered", async () => {
    const pane = await openPane(context!, server!.url);
    const { page } = pane;
    const noneWider = async (panel: string) => {
      const wide = await page.evaluate(() => {
        const out: string[] = [];
        const roots = [document.documentElement, document.body, ...document.querySelectorAll<HTMLElement>("[role=tabpanel], main, [data-testid]")];
        for (const el of roots) if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName} ${el.getAttribute("data-testid") ?? el.getAttribute("role") ?? ""} ${el.scrollWidth}>${el.clientWidth}`);
        for (const el of document.querySelectorAll<HTMLElement>("body *")) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1)) out.push(`${el.tagName}.${String(el.className).slice(0, 20)} ${Math.round(r.left)}..${Math.round(r.right)}`);
        }
        return out.slice(0, 10);
      });
      expect({ panel, wide }).toEqual({ panel, wide: [] });
    };
    for (const file of fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort()) {
      await pasteArticle(page, fs.readFileSync(path.join(SEEDS, file), "utf8"));
    }
    await noneWider("Sources");
    // Every control of the Sources panel, focused, is in view and not under the action bar.
    const covered = await page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('[data-testid="sources-scroller"]')!;
      const bar = [...document.querySelectorAll("button")].find((b) => b.textContent === "Write to workbook")!.parentElement!.getBoundingClientRect();
      const out: string[] = [];
      for (const el of scroller.querySelectorAll<HTMLElement>("button, textarea, input, [tabindex='0']")) {
        if ((el as HTMLButtonElement).disabled) continue;
        el.focus();
        const r = el.getBoundingClientRect();
        if (r.height > 0 && r.bottom > bar.top + 0.5) out.push(`${el.tagName} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").slice(0, 30)}" ${Math.round(r.bottom)} > ${Math.round(bar.top)}`);
      }
      return out;
    });
    expect(covered).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-350-sources.png") });
    await writeAndOpenAudit(page);
    await page.waitForTimeout(300);
    const inView = await page.evaluate(
      () => [...document.querySelectorAll("[data-figure-id]")].filter((el) => el.getBoundingClientRect().bottom <= window.innerHeight).length,
    );
    console.log(`350×800, five seeds written: ${inView} figures fully in view without scrolling`);
    expect(inView).toBeGreaterThanOrEqual(3);
    await noneWider("Audit");
    // The arrow keys walk the whole virtualised list, bringing rows into the DOM as they go, none covered when focused.
    const rowsInDom = await page.locator("[data-testid=figure-list] li[data-index]").count();
    await page.locator("[data-figure-id] button[aria-expanded]").first().focus();
    const walk = await (async () => {
      let furthest = 0;
      let size = 0;
      const covered: string[] = [];
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press("ArrowDown");
        const at = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const li = el.closest("li[data-index]");
          const r = el.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 8));
          return {
            pos: Number(li?.getAttribute("aria-posinset") ?? 0),
            size: Number(li?.getAttribute("aria-setsize") ?? 0),
            covered: top && (top === el || el.contains(top)) ? null : (el.textContent ?? "").slice(0, 30),
          };
        });
        if (at.covered) covered.push(at.covered);
        size = at.size;
        if (at.pos <= furthest) break;
        furthest = at.pos;
      }
      return { furthest, size, covered };
    })();
    console.log(`350×800, arrow keys down the audit list: reached row ${walk.furthest} of ${walk.size} (${rowsInDom} rows in the DOM at first)`);
    expect(walk.furthest).toBe(walk.size);
    expect(walk.covered).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-350-audit-keyboard.png") });
    // The samples next to the seeds: imported as files, they bring real conflicts (whichever the engine finds).
    await page.getByRole("tab", { name: /^Sources/ }).click();
    const samples = fs.readdirSync(SAMPLES).filter((f) => /\.(txt|md|html)$/.test(f)).map((f) => path.join(SAMPLES, f));
    await page.locator('input[type="file"]').setInputFiles(samples);
    await page.getByRole("list", { name: "Articles" }).getByRole("listitem").nth(4 + samples.length).waitFor();
    await writeAndOpenAudit(page);
    const conflicts = page.locator('[data-figure-id][data-status="conflicting"]');
    await conflicts.first().waitFor();
    console.log(`350×800, five seeds and ${samples.length} samples written: ${await conflicts.count()} conflicting figure(s), the first "${(await conflicts.first().innerText()).split("\n")[0]}"`);
    // A confirming consistency check is not styled as an error.
    const checks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-flag-kind="ratio-check"], [data-flag-kind="conflict"]')].map((el) => ({
        kind: el.getAttribute("data-flag-kind"),
        tone: el.getAttribute("data-tone"),
        color: getComputedStyle(el).color,
      })),
    );
    const conflictColour = checks.find((c) => c.kind === "conflict")?.color;
    for (const c of checks.filter((x) => x.kind === "ratio-check")) {
      expect(c.tone).toBe("confirm");
      expect(c.color).not.toBe(conflictColour);
    }
    await conflicts.first().locator("button[aria-expanded]").first().click();
    await page.getByTestId("figure-reason").first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-350-audit-conflict.png") });
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Add rate" }).click();
    await noneWider("Settings");
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-350-settings.png") });
    await page.close();
  }, 180_000);

  it("reads pasted markup as a page: no claim from it, none of it runs, with and without the page's CSP", async () => {
    for (const bypassCSP of [false, true]) {
      const ctx = await browser!.newContext({ viewport: { width: 350, height: 800 }, bypassCSP });
      const { page } = await openPane(ctx, server!.url);
      await pasteArticle(page, HOSTILE);
      const item = page.getByRole("list", { name: "Articles" }).getByRole("listitem");
      await expect(item.innerText()).resolves.not.toContain("<script>");
      await writeAndOpenAudit(page);
      await page.getByRole("button", { name: "Expand all" }).click();
      await page.locator("[data-claim-id]").first().waitFor();
      const quotes = (await page.locator("[data-claim-id] blockquote").allInnerTexts()).join("\n");
      expect(quotes).toContain("7% of the fleet was idle");
      expect(quotes).not.toMatch(/<img|onerror|__pwned/);
      // The markup made no claim: only the article's own numbers are figures.
      const values = await page.locator("[data-testid=figure-value]").allInnerTexts();
      expect(values.sort()).toEqual(["140", "7%"]);
      expect(await page.evaluate(() => document.querySelectorAll("img, script:not([src])").length)).toBe(0);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      await ctx.close();
    }
  }, 120_000);

  it("has no serious or critical axe-core violations on any panel", async () => {
    // axe is injected as an inline script, which the page's CSP rightly refuses: this context bypasses the CSP.
    const ctx = await browser!.newContext({ viewport: { width: 350, height: 800 }, bypassCSP: true });
    const { page } = await openPane(ctx, server!.url);
    await pasteArticle(page, ARTICLE_A);
    await pasteArticle(page, ARTICLE_B);
    const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axeSource });
    const audit = async (panel: string) => {
      const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const { violations } = await axe.run(document, { resultTypes: ["violations"] });
        return violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
      });
      console.log(`axe on the ${panel} panel: ${result.length} violation(s)${result.length ? ` ${JSON.stringify(result)}` : ""}`);
      return result.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${panel}: ${v.id} ${v.targets.join(", ")}`);
    };
    const serious: string[] = [];
    serious.push(...(await audit("Sources")));
    await writeAndOpenAudit(page);
    await page.locator("[data-figure-id] button[aria-expanded]").first().click();
    await page.locator("[data-claim-id]").first().waitFor();
    serious.push(...(await audit("Audit")));
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Add rate" }).click();
    serious.push(...(await audit("Settings")));
    expect(serious).toEqual([]);
    await ctx.close();
  }, 180_000);

  it("lets Tab and the arrow keys reach every control of the Sources and Audit panels, none of them covered when focused", async () => {
    const { page } = await paneWithInlineArticles();
    /** Marks every control a keyboard user must reach; those inside the audit list are reached with the arrow keys. */
    const markControls = () =>
      page.evaluate(() => {
        const candidates = document.querySelectorAll<HTMLElement>("button, input, select, textarea, a[href], [tabindex]");
        const list = document.querySelector('[data-testid="figure-list"] ul');
        let n = 0;
        const out: { name: string; inList: boolean }[] = [];
        for (const el of candidates) {
          el.removeAttribute("data-kbd");
          const disabled = (el as HTMLButtonElement).disabled || el.getAttribute("aria-disabled") === "true";
          const hidden = el.getClientRects().length === 0 || getComputedStyle(el).visibility === "hidden" || el.closest("[aria-hidden=true]");
          if (disabled || hidden || el.hasAttribute("data-tabster-dummy")) continue;
          const inList = !!list && list.contains(el) && el !== list;
          // Inside the list, tabster takes controls out of the Tab order (tabindex -1): the arrow keys reach them.
          if (el.tabIndex < 0 && !inList) continue;
          // A tab list is one stop: Tab reaches the selected tab, the arrow keys the others (WAI-ARIA tabs pattern).
          if (el.getAttribute("role") === "tab" && el.getAttribute("aria-selected") !== "true") continue;
          el.setAttribute("data-kbd", String(n++));
          out.push({ name: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") || el.textContent || el.getAttribute("type") || "").trim().slice(0, 40)}"`, inList });
        }
        return out;
      });
    /** The focused control's mark, and whether something else covers its centre (WCAG 2.4.11). */
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { mark: null, covered: null };
        const r = el.getBoundingClientRect();
        const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
        const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 8), 0), window.innerHeight - 1);
        const top = document.elementFromPoint(x, y);
        const covered = top && (el === top || el.contains(top) || top.contains(el)) ? null : `${el.tagName} "${(el.textContent ?? "").trim().slice(0, 30)}" under ${top?.tagName}.${String(top?.className ?? "").slice(0, 30)}`;
        return { mark: el.getAttribute("data-kbd"), covered };
      });
    const check = async (panel: string) => {
      const expected = await markControls();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const reached = new Set<number>();
      const covered: string[] = [];
      const trail: string[] = [];
      const visit = async () => {
        const f = await focused();
        trail.push(String(f.mark));
        if (f.mark !== null) reached.add(Number(f.mark));
        if (f.covered) covered.push(f.covered);
        return f.mark;
      };
      let tabStopsInList = 0;
      for (let i = 0; i < expected.length * 2 + 10 && reached.size < expected.length; i++) {
        await page.keyboard.press("Tab");
        const mark = await visit();
        if (mark === null || !expected[Number(mark)].inList) continue;
        // In the list: one Tab stop (on the control last used); the arrow keys walk through its controls, left to
        // the first, then right along each row and on to the next, to the last.
        tabStopsInList++;
        const inList = expected.filter((e) => e.inList).length;
        for (const key of ["ArrowLeft", "ArrowRight"]) {
          let last: string | null = (await focused()).mark;
          for (let j = 0; j < inList + 2; j++) {
            await page.keyboard.press(key);
            const now = await visit();
            if (now === last) break;
            last = now;
          }
        }
        // Down moves to another row, up comes back.
        const before = (await focused()).mark;
        await page.keyboard.press("ArrowUp");
        expect((await focused()).mark).not.toBe(before);
        await page.keyboard.press("ArrowDown");
        expect((await focused()).mark).toBe(before);
      }
      const missed = expected.filter((_, i) => !reached.has(i)).map((e) => e.name);
      if (missed.length) console.log(`keyboard trail on the ${panel} panel: ${trail.join(" ")}`);
      const inList = expected.filter((e) => e.inList).length;
      console.log(`keyboard on the ${panel} panel: Tab and arrow keys reached ${reached.size} of ${expected.length} controls (${inList} in the audit list, reached by arrow keys from ${tabStopsInList} Tab stop(s)); ${covered.length} covered when focused`);
      expect({ panel, missed, covered }).toEqual({ panel, missed: [], covered: [] });
      expect(expected.length).toBeGreaterThan(5);
      return { inList, tabStopsInList };
    };
    await check("Sources");
    await writeAndOpenAudit(page);
    await page.locator("[data-figure-id] button[aria-expanded]").first().click();
    await page.locator("[data-claim-id]").first().waitFor();
    const audit = await check("Audit");
    expect(audit.inList).toBeGreaterThan(3);
    expect(audit.tabStopsInList).toBe(1);
    // Enter on a focused figure toggles it, like a click.
    const toggle = page.locator("[data-figure-id] button[aria-expanded]").first();
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
    await page.close();
  }, 180_000);

  it("reads a 2 MB paste in the engine's worker: the article is counted and audited (main-thread timings printed)", async () => {
    const { page } = await openPane(context!, server!.url);
    const text = largeArticle(2_000_000);
    let watch = await watchMainThread(page);
    await pasteInto(page, "Article text", text);
    const paste = await watch.stop();
    watch = await watchMainThread(page);
    await page.getByRole("button", { name: "Add article" }).click();
    await page.getByText(/^Added “.*”: [\d,]+ claims?\.$/).waitFor({ timeout: 60_000 });
    const add = await watch.stop();
    const notice = await page.getByText(/^Added “.*”: [\d,]+ claims?\.$/).innerText();
    const counted = Number(/: ([\d,]+) claims?/.exec(notice)![1].replace(/,/g, ""));
    expect(counted).toBeGreaterThan(1000);
    watch = await watchMainThread(page);
    await page.getByRole("button", { name: "Write to workbook" }).click();
    await page.getByRole("tab", { name: /^Audit/, selected: true }).waitFor({ timeout: 60_000 });
    await page.locator("[data-figure-id]").first().waitFor();
    const write = await watch.stop();
    await expect(page.getByText(new RegExp(`· ${counted.toLocaleString("en-US")} claims?$`)).count()).resolves.toBe(1);
    console.log(`2 MB paste (${(text.length / 1e6).toFixed(1)} M characters): filling the text box ${loadLine(paste)}`);
    console.log(`2 MB paste: Add article until "${counted.toLocaleString("en-US")} claims" (counted in the worker) ${loadLine(add)}`);
    console.log(`2 MB paste: Write to workbook until the audit is listed (audit in the worker) ${loadLine(write)}`);
    await page.close();
  }, 180_000);

  it("offers the in-memory workbook as an .xlsx download", async () => {
    const { page, requests } = await paneWithInlineArticles();
    await writeAndOpenAudit(page);
    await page.getByRole("tab", { name: /^Sources/ }).click();
    // Right after the first render come the engine's client (the engine itself runs in its worker) and the Audit and
    // Settings panels with what they share; the xlsx writer and ExcelJS only on download.
    const chunks = () => requests.filter((url) => /\/chunks\/.*\.js$/.test(url));
    const before = chunks();
    expect(before.filter((url) => /xlsx-writer/.test(url))).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .xlsx" }).click()]);
    expect(download.suggestedFilename()).toBe("figures.xlsx");
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString("ascii")).toBe("PK");
    expect(bytes.length).toBeGreaterThan(2000);
    // ExcelJS and the writer came as separate chunks, only for the download
    const after = chunks().filter((url) => !before.includes(url));
    expect(after).toEqual(expect.arrayContaining([expect.stringMatching(/\/chunks\/xlsx-writer\./)]));
    expect(after.length).toBeGreaterThanOrEqual(2);
    await page.close();
  }, 120_000);
});
