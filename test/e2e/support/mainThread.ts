import type { Page } from "playwright-core";

/** How busy the page's main thread was during one step: Chromium's long tasks (> 50 ms) and the longest frame gap. */
export interface MainThreadLoad {
  ms: number;
  longTasks: number;
  longestTask: number;
  /** Sum over long tasks of their time beyond 50 ms (Lighthouse's "total blocking time"). */
  blocking: number;
  longestFrameGap: number;
}

/** A generated article of about `bytes` characters: one sentence in ten states a figure (numbers of our own). */
export function largeArticle(bytes: number): string {
  const lines = ["Regional freight digest", "By the data desk"];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line =
      i % 10 === 0
        ? `Depot ${i} handled ${(1000 + (i % 997)).toLocaleString("en-US")} containers in March, the operator said.`
        : `Crews at the depot on the ${i % 2 ? "northern" : "southern"} line worked through the night to clear the backlog of trucks.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}

/** Starts watching the main thread (long tasks and animation-frame gaps) until `stop` is called. */
export async function watchMainThread(page: Page): Promise<{ stop(): Promise<MainThreadLoad> }> {
  await page.evaluate(() => {
    const w = window as unknown as { __watch: { tasks: number[]; gaps: number[]; started: number; on: boolean; observer?: PerformanceObserver } };
    const watch: typeof w.__watch = { tasks: [], gaps: [], started: performance.now(), on: true };
    w.__watch = watch;
    watch.observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => watch.tasks.push(e.duration)));
    watch.observer.observe({ type: "longtask", buffered: false });
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      watch.gaps.push(now - last);
      last = now;
      if (watch.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return {
    stop: () =>
      page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const w = window as unknown as { __watch: { tasks: number[]; gaps: number[]; started: number; on: boolean; observer?: PerformanceObserver } };
        const watch = w.__watch;
        watch.on = false;
        watch.observer?.disconnect();
        return {
          ms: performance.now() - watch.started,
          longTasks: watch.tasks.length,
          longestTask: Math.max(0, ...watch.tasks),
          blocking: watch.tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
          longestFrameGap: Math.max(0, ...watch.gaps),
        };
      }),
  };
}

/** One line: "1234 ms; main thread: 3 long tasks, longest 80 ms, blocking 45 ms; longest frame gap 96 ms". */
export function loadLine(load: MainThreadLoad): string {
  return (
    `${load.ms.toFixed(0)} ms; main thread: ${load.longTasks} long task(s), longest ${load.longestTask.toFixed(0)} ms, ` +
    `blocking ${load.blocking.toFixed(0)} ms; longest frame gap ${load.longestFrameGap.toFixed(0)} ms`
  );
}

/**
 * Puts `text` into a text box as a paste does: one input event with the whole text (Playwright's fill would type it
 * through the DevTools protocol, far slower than any paste). React sees it through the native value setter.
 */
export async function pasteInto(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label).evaluate((el, value) => {
    const area = el as HTMLTextAreaElement;
    area.focus();
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    setter.call(area, value);
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
}
