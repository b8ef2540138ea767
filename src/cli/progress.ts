/** Where the progress line goes: stderr, shown only when it is a terminal. */
export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** Files (and links) read so far, of `total`. */
  reading(done: number, total: number): void;
  /** Articles whose claims are extracted so far, of `total`, and the claims found. */
  extracting(done: number, total: number, claims: number): void;
  /** Clears the line (before other messages, and at the end). */
  clear(): void;
}

const SILENT: Progress = { reading() {}, extracting() {}, clear() {} };

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/**
 * One line on stderr, rewritten in place, for runs that last: nothing during the first `afterMs` (a short run
 * prints nothing), then at most one update every `everyMs`. Only on a terminal (a log file or a pipe gets no
 * carriage returns); the line holds only numbers and words of ours, never a file name or article text.
 */
export function createProgress(out: ProgressOutput, options: { afterMs?: number; everyMs?: number; now?: () => number } = {}): Progress {
  if (!out.isTTY) return SILENT;
  const now = options.now ?? Date.now;
  const started = now();
  const afterMs = options.afterMs ?? 2000;
  const everyMs = options.everyMs ?? 250;
  let last = -Infinity;
  let shown = false;
  const show = (text: string, final: boolean): void => {
    const t = now();
    if (t - started < afterMs || (!final && t - last < everyMs)) return;
    last = t;
    shown = true;
    out.write(`\r${text}\x1b[K`);
  };
  const rate = (done: number): string => {
    const seconds = (now() - started) / 1000;
    return seconds > 0 ? `${count(Math.round(done / seconds))}/s` : "";
  };
  return {
    reading(done, total) {
      show(`figure-audit: reading ${count(done)}/${count(total)} files · ${rate(done)}`, done === total);
    },
    extracting(done, total, claims) {
      show(`figure-audit: extracting ${count(done)}/${count(total)} articles · ${count(claims)} claim${claims === 1 ? "" : "s"} · ${rate(done)}`, done === total);
    },
    clear() {
      if (shown) out.write("\r\x1b[K");
      shown = false;
    },
  };
}
