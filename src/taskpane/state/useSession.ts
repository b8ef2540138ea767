import { useCallback, useEffect, useRef, useState } from "react";
import type { AuditResult, Source, SourceOverrides } from "../../core/types";
import type { Review, WorkbookGateway } from "../../workbook/gateway";
import { inSession } from "../../workbook/refresh";
import type { Engine } from "../engine/engine";
import type { FileLike } from "../engine/readArticleFile";
import { MemoryGateway } from "../standalone/memoryGateway";
import { downloadFile, XLSX_MIME } from "../standalone/downloadFile";
import { sourceName } from "../../workbook/sourceName";
import { errorText, type Notice } from "./notice";
import { useEngineWhenReady } from "./useEngineWhenReady";
import { DEFAULT_SETTINGS, mergeFx, usableFx, type PaneSettings } from "./settings";

export type BusyAction = "load" | "write" | "refresh" | "download" | "import";

export interface Session {
  sources: Source[];
  claimCounts: Record<string, number>;
  result: AuditResult | null;
  reviews: Record<string, Review>;
  settings: PaneSettings;
  busy: BusyAction | null;
  notice: Notice | null;
  canDownload: boolean;
  /** The articles or settings changed since the audit shown was made: Write or Refresh brings it up to date. */
  stale: boolean;
  addSource(text: string, overrides?: SourceOverrides): boolean;
  importFiles(files: FileLike[]): Promise<void>;
  removeSource(id: string): void;
  /** Resolves true when the tables were written. */
  write(): Promise<boolean>;
  /** Resolves true when the tables were refreshed. */
  refresh(): Promise<boolean>;
  selectClaim(claimId: string): Promise<void>;
  setReview(claimId: string, review: Review): Promise<void>;
  download(): Promise<void>;
  setSettings(settings: PaneSettings): void;
  dismissNotice(): void;
}

/** The articles and settings an audit is made from, as one comparable string. */
function auditKey(list: Source[], settings: PaneSettings): string {
  return JSON.stringify([list.map((s) => s.id), settings.tolerance, usableFx(settings.fx)]);
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The pane's state and what the analyst can do with it, over one workbook (live or in memory). `engine` is null
 * while it loads; `engineError` says why it could not.
 */
export function useSession(gateway: WorkbookGateway | null, engine: Engine | null, engineError: string | null = null): Session {
  const [sources, setSources] = useState<Source[]>([]);
  const [result, setResult] = useState<AuditResult | null>(null);
  const [reviews, setReviews] = useState<Record<string, Review>>({});
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [busy, setBusy] = useState<BusyAction | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // What the audit shown was made from (article ids and settings), to tell when it is out of date.
  const [auditedKey, setAuditedKey] = useState<string | null>(null);
  const sourcesRef = useRef(sources);
  sourcesRef.current = sources;
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const engineWhenReady = useEngineWhenReady(engine, engineError);

  // Claim counts arrive from the engine (a worker) as each source is read; a source is counted once.
  const [claimCounts, setClaimCounts] = useState<Record<string, number>>({});
  const counted = useRef(new Set<string>());
  useEffect(() => {
    if (!engine) return;
    for (const source of sources) {
      if (counted.current.has(source.id)) continue;
      counted.current.add(source.id);
      engine.countClaims(source).then(
        (count) => setClaimCounts((prev) => ({ ...prev, [source.id]: count })),
        () => setClaimCounts((prev) => ({ ...prev, [source.id]: 0 })),
      );
    }
  }, [sources, engine]);

  /** Runs one action with the busy state set; false when it stopped early (work returned false) or failed. */
  const run = useCallback(async (action: BusyAction, work: () => Promise<boolean | void>): Promise<boolean> => {
    setBusy(action);
    try {
      return (await work()) !== false;
    } catch (error) {
      setNotice({ intent: "error", title: "Something went wrong", text: errorText(error) });
      return false;
    } finally {
      setBusy(null);
    }
  }, []);

  /** Runs the engine on `list` with the workbook's metrics, overrides and FX table and the pane's settings. */
  const analyse = useCallback(
    async (list: Source[]): Promise<AuditResult> => {
      if (!gateway) throw new Error("The workbook is not ready yet");
      if (!engine) throw new Error("The audit engine is still loading");
      const pane = settingsRef.current;
      if (gateway instanceof MemoryGateway) gateway.setUserInputs({ fx: usableFx(pane.fx) });
      const inputs = await gateway.readUserInputs();
      return engine.analyse(list, {
        tolerance: pane.tolerance,
        fx: usableFx(mergeFx(inputs.fx, pane.fx)),
        metrics: inputs.metrics,
        overrides: inputs.overrides,
      });
    },
    [gateway, engine],
  );

  // When the workbook is ready, show what it already holds (sources stored by an earlier session).
  useEffect(() => {
    if (!gateway || !engine) return;
    let cancelled = false;
    void run("load", async () => {
      // One session: the workbook is read once for the sources, the user's inputs and the reviews.
      const loaded = await inSession(gateway, async () => {
        const stored = await gateway.loadSources();
        if (cancelled || stored.length === 0) return null;
        return { stored, shown: await analyse(stored), saved: await gateway.readReviews() };
      });
      if (cancelled || !loaded) return;
      const { stored, shown, saved } = loaded;
      setSources(stored);
      setResult(shown);
      setAuditedKey(auditKey(stored, settingsRef.current));
      setReviews(saved);
    });
    return () => {
      cancelled = true;
    };
  }, [gateway, engine, analyse, run]);

  const addSource = useCallback(
    (text: string, overrides: SourceOverrides = {}): boolean => {
      if (!text.trim()) {
        setNotice({ intent: "warning", text: "The article text is empty." });
        return false;
      }
      if (/^https?:\/\/\S+$/i.test(text.trim())) {
        // The pane cannot fetch it: the browser blocks reading pages of other sites (cross-origin requests).
        setNotice({
          intent: "info",
          title: "Links cannot be fetched here",
          text: "The browser does not let the add-in read pages of other sites. Open the page, save it (Ctrl+S) and import the file, or paste the article's text. The command-line tool fetches links.",
        });
        return false;
      }
      if (!engine) {
        setNotice({ intent: "info", text: "The audit engine is still loading; try again in a moment." });
        return false;
      }
      const source = engine.createSource(text, overrides);
      if (sourcesRef.current.some((s) => s.id === source.id)) {
        setNotice({ intent: "info", text: `"${source.title || "This article"}" is already in the list.` });
        return false;
      }
      sourcesRef.current = [...sourcesRef.current, source];
      setSources(sourcesRef.current);
      // The form clears at once; the count follows from the engine's worker.
      const added = `Added “${sourceName(source, 40)}”`;
      setNotice({ intent: "success", text: `${added}: reading its claims…` });
      engine.countClaims(source).then(
        (count) => setNotice((shown) => (shown?.text === `${added}: reading its claims…` ? { intent: "success", text: `${added}: ${plural(count, "claim")}.` } : shown)),
        (error: unknown) => setNotice({ intent: "error", title: "Could not read the article's claims", text: errorText(error) }),
      );
      return true;
    },
    [engine],
  );

  const importFiles = useCallback(
    async (files: FileLike[]) => {
      await run("import", async () => {
        // Files handed in while the engine still loads (a drop, the picker) wait for it rather than being refused.
        if (!engine) setNotice({ intent: "info", text: `Importing ${plural(files.length, "file")}: waiting for the audit engine to load…` });
        // The file readers (text, Markdown, HTML, encodings) load only when files are imported.
        const [ready, { readArticleFile }] = await Promise.all([
          engineWhenReady(),
          import(/* webpackChunkName: "file-import" */ "../engine/readArticleFile"),
        ]);
        const problems: string[] = [];
        let added = 0;
        for (const [index, file] of files.entries()) {
          // Many files (a folder of PDFs) take a while: say how far the import has come.
          if (files.length > 1) setNotice({ intent: "info", text: `Importing ${index + 1} of ${files.length} files…` });
          const read = await readArticleFile(file);
          if (!read.ok) problems.push(`${read.name}: ${read.error}`);
          else {
            const source = ready.createSource(read.text, read.overrides);
            if (!sourcesRef.current.some((s) => s.id === source.id)) {
              sourcesRef.current = [...sourcesRef.current, source];
              // Into the state at once: the progress notice renders the pane, which sets the ref from the state.
              setSources(sourcesRef.current);
              added++;
            }
            problems.push(...read.warnings);
          }
        }
        setSources(sourcesRef.current);
        if (problems.length) {
          setNotice({ intent: "warning", title: `Imported ${plural(added, "file")}`, text: problems.join("\n") });
        } else {
          setNotice({ intent: "success", text: `Imported ${plural(added, "file")}.` });
        }
      });
    },
    [engine, engineWhenReady, run],
  );

  const removeSource = useCallback((id: string) => {
    sourcesRef.current = sourcesRef.current.filter((s) => s.id !== id);
    setSources(sourcesRef.current);
  }, []);

  const writeSources = useCallback(
    async (list: Source[], verb: string) => {
      if (!gateway) throw new Error("The workbook is not ready yet");
      // One session, reviews read before the write: a write changes no review (new claims start Unreviewed),
      // so the workbook is read once and written once (a constant number of syncs however many claims).
      const { next, report, saved } = await inSession(gateway, async () => {
        const saved = await gateway.readReviews();
        const next = await analyse(list);
        const report = await gateway.write(next, { tolerance: settingsRef.current.tolerance, fx: usableFx(settingsRef.current.fx) });
        return { next, report, saved };
      });
      setResult(next);
      setAuditedKey(auditKey(list, settingsRef.current));
      setReviews(saved);
      const gone = report.claimsGone ? `; ${plural(report.claimsGone, "claim")} no longer found, marked as gone` : "";
      setNotice({
        intent: "success",
        text: `${verb} ${plural(report.claimsWritten, "claim")} and ${plural(report.figuresWritten, "figure")}${gone}.`,
      });
    },
    [gateway, analyse],
  );

  const write = useCallback(
    () =>
      run("write", async () => {
        if (sourcesRef.current.length === 0) {
          setNotice({ intent: "warning", text: "Add at least one article first." });
          return false;
        }
        await writeSources(sourcesRef.current, "Wrote");
      }),
    [run, writeSources],
  );

  const refresh = useCallback(
    () =>
      run("refresh", async () => {
        if (!gateway) throw new Error("The workbook is not ready yet");
        return inSession(gateway, async () => {
          const stored = await gateway.loadSources();
          const list = stored.length ? stored : sourcesRef.current;
          if (list.length === 0) {
            setNotice({ intent: "warning", text: "The workbook holds no articles yet: add some and write them first." });
            return false;
          }
          sourcesRef.current = list;
          setSources(list);
          await writeSources(list, "Refreshed");
          return true;
        });
      }),
    [gateway, run, writeSources],
  );

  const selectClaim = useCallback(
    async (claimId: string) => {
      if (!gateway) return;
      try {
        await gateway.selectClaim(claimId);
      } catch (error) {
        setNotice({ intent: "error", title: "Could not select the claim", text: errorText(error) });
      }
    },
    [gateway],
  );

  const setReview = useCallback(
    async (claimId: string, review: Review) => {
      if (!gateway) return;
      try {
        await gateway.setReview(claimId, review);
        setReviews((prev) => ({ ...prev, [claimId]: review }));
      } catch (error) {
        setNotice({ intent: "error", title: "Could not save the review", text: errorText(error) });
      }
    },
    [gateway],
  );

  /** New settings; the rates reach the in-memory workbook's FX table at once (the downloaded file has them). */
  const updateSettings = useCallback(
    (next: PaneSettings) => {
      setSettings(next);
      if (gateway instanceof MemoryGateway) gateway.setUserInputs({ fx: usableFx(next.fx) });
    },
    [gateway],
  );

  const download = useCallback(
    async () => {
      await run("download", async () => {
        if (!(gateway instanceof MemoryGateway)) return false;
        const bytes = await gateway.toXlsx();
        downloadFile(bytes, "figures.xlsx", XLSX_MIME);
      });
    },
    [gateway, run],
  );

  return {
    sources,
    claimCounts,
    result,
    reviews,
    settings,
    busy,
    notice,
    canDownload: gateway instanceof MemoryGateway && result !== null,
    stale: result !== null && auditedKey !== auditKey(sources, settings),
    addSource,
    importFiles,
    removeSource,
    write,
    refresh,
    selectClaim,
    setReview,
    download,
    setSettings: updateSettings,
    dismissNotice: () => setNotice(null),
  };
}
