import * as fs from "node:fs";
import * as path from "node:path";
import { analyse } from "../core/analyse";
import { fxDisagreements } from "../core/audit/fx";
import type { AuditOptions } from "../core/types";
import { parseArgs, USAGE } from "./args";
import { printable, printableLines } from "./printable";
import { ANSI, PLAIN, wantColor } from "./color";
import { discoverFiles } from "./discoverFiles";
import { loadFx, loadMetrics } from "./loadTables";
import { isWebAddress } from "./fetchPage";
import { createProgress } from "./progress";
import { readInputs } from "./readInputs";
import { readUrlList } from "./urlList";
import { renderSummary } from "./summary";
import { writeJsonFile, writeJsonTo, writeWorkbookFile } from "./writeOutputs";

/** Where the command writes and what it knows of its surroundings (injected so tests can run it in-process). */
export interface CliIo {
  stdout: { write(text: string): unknown; once?(event: "drain", listener: () => void): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_NOTHING_READ = 1;
export const EXIT_USAGE = 2;
export const EXIT_WRITE_FAILED = 1;

const DEFAULT_WORKBOOK = "figures.xlsx";

/**
 * The ExcelJS writer builds the whole workbook in memory: about 35 kB of memory and 0.7 ms per claim here
 * (23,000 claims: 16 s and 0.9 GB). Above this many claims the workbook is refused with a clear line instead of
 * running for minutes or out of memory; the JSON output has no such limit.
 */
export const MAX_WORKBOOK_CLAIMS = 50_000;

function version(): string {
  try {
    // dist/cli/main.js and src/cli/main.ts both sit two folders below the package root
    return (JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

/** Runs `figure-audit` with the given arguments; resolves to the exit status. */
export async function main(
  argv: readonly string[],
  io: CliIo,
  limits: { workbookClaims: number; progressAfterMs?: number } = { workbookClaims: MAX_WORKBOOK_CLAIMS },
): Promise<number> {
  // Every message may quote a file name, a page's metadata or an argument: never a terminal escape.
  const say = (text: string): void => void io.stderr.write(`figure-audit: ${printable(text)}\n`);
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    say(parsed.error);
    io.stderr.write(`${USAGE.split("\n").slice(0, 2).join("\n")}\nRun figure-audit --help for details.\n`);
    return EXIT_USAGE;
  }
  const opt = parsed.options;
  if (opt.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (opt.version) {
    io.stdout.write(`figure-audit ${version()}\n`);
    return EXIT_OK;
  }
  const inCwd = (p: string): string => path.resolve(io.cwd, p);

  const audit: AuditOptions = {};
  if (opt.tolerance !== undefined) audit.tolerance = opt.tolerance;
  if (opt.metrics) {
    const loaded = loadMetrics(inCwd(opt.metrics));
    if (!loaded.ok) return say(`${opt.metrics}: ${loaded.error}`), EXIT_USAGE;
    audit.metrics = loaded.rows;
  }
  if (opt.fx) {
    const loaded = loadFx(inCwd(opt.fx));
    if (!loaded.ok) return say(`${opt.fx}: ${loaded.error}`), EXIT_USAGE;
    audit.fx = loaded.rows;
    for (const disagreement of fxDisagreements(loaded.rows)) say(`warning: ${opt.fx}: ${disagreement.message}`);
  }

  const urls = opt.paths.filter(isWebAddress);
  for (const list of opt.urlLists) {
    const listed = readUrlList(inCwd(list));
    if (!listed.ok) return say(`${list}: ${listed.error}`), EXIT_USAGE;
    urls.push(...listed.urls);
    for (const bad of listed.problems) say(`${list}:${bad.line}: ${bad.message}`);
  }

  // Paths are shown as the user wrote them; resolved against the working directory for reading.
  const shown = new Map<string, string>();
  const absolute = opt.paths.filter((p) => !isWebAddress(p)).map((p) => {
    const abs = inCwd(p);
    shown.set(abs, p);
    return abs;
  });
  const display = (abs: string): string => {
    for (const [root, given] of shown) if (abs === root || abs.startsWith(root + path.sep)) return path.join(given, path.relative(root, abs));
    return abs;
  };
  const discovery = discoverFiles(absolute);
  const progress = createProgress(io.stderr, { afterMs: limits.progressAfterMs });
  const inputs = discovery.files.length + urls.length;
  const read = await readInputs(discovery.files, {
    displayName: display,
    onFile: (done) => progress.reading(done, inputs),
    urls,
    timeoutMs: opt.timeout === undefined ? undefined : opt.timeout * 1000,
  });
  progress.clear();
  for (const problem of [...discovery.problems, ...read.problems]) say(`${display(problem.path)}: ${problem.message}`);
  for (const warning of read.warnings) say(`warning: ${warning.message}`);
  if (read.sources.length === 0) {
    say("nothing could be read");
    return EXIT_NOTHING_READ;
  }

  const result = analyse(read.sources, audit, {
    onExtractError: (source, error) => {
      progress.clear();
      say(`${source.file ?? source.id}: could not extract claims (${(error as Error)?.message ?? String(error)})`);
    },
    onClaimLimit: (source, found, kept) => {
      progress.clear();
      say(`warning: ${source.file ?? source.id}: ${found.toLocaleString("en-US")} numbers, more than a source holds; kept the first ${kept.toLocaleString("en-US")} (not prose?)`);
    },
    onExtracted: (done, claims) => progress.extracting(done, read.sources.length, claims),
  });
  progress.clear();
  if (result.sources.length === 0) {
    say("nothing could be read");
    return EXIT_NOTHING_READ;
  }
  const stdoutTaken = opt.json === "-";
  const note = (text: string): void => void (stdoutTaken ? io.stderr : io.stdout).write(`${printableLines(text)}\n`);

  try {
    if (opt.json !== undefined) {
      if (stdoutTaken) await writeJsonTo(io.stdout, result, opt.withText);
      else writeJsonFile(inCwd(opt.json), result, opt.withText);
    }
    if (!stdoutTaken && !opt.quiet) {
      const palette = wantColor(opt.color, Boolean(io.stdout.isTTY), io.env) ? ANSI : PLAIN;
      io.stdout.write(renderSummary(result, palette));
    }
    const workbook = opt.xlsx ?? (opt.json === undefined ? DEFAULT_WORKBOOK : undefined);
    if (workbook !== undefined && result.claims.length > limits.workbookClaims) {
      say(
        `not writing ${workbook}: ${result.claims.length.toLocaleString("en-US")} claims are more than the workbook writer takes ` +
          `(limit ${limits.workbookClaims.toLocaleString("en-US")}); use --json for inputs this large`,
      );
      return EXIT_WRITE_FAILED;
    }
    if (workbook !== undefined) {
      await writeWorkbookFile(inCwd(workbook), result, { metrics: audit.metrics, fx: audit.fx });
      if (!opt.quiet) note(`\nwrote ${workbook}`);
    }
    if (opt.json !== undefined && !stdoutTaken && !opt.quiet) note(`wrote ${opt.json}`);
  } catch (error) {
    say(`cannot write output: ${(error as Error).message}`);
    return EXIT_WRITE_FAILED;
  }
  return EXIT_OK;
}

/** Entry point for bin/figure-audit.js. */
export function run(): void {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`figure-audit: internal error: ${printableLines((error as Error)?.stack ?? String(error))}\n`);
      process.exitCode = 70;
    },
  );
}

if (require.main === module) run();
