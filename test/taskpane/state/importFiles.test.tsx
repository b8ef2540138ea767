/** @jest-environment jsdom */
/**
 * The pane's import of saved pages, PDF and Word files (read with the browser's DOMParser in reader mode), the
 * progress it shows while importing several files, and what it says when a link is pasted instead of a text.
 */
import "../polyfills";
import * as fs from "node:fs";
import * as path from "node:path";
import { act, renderHook, waitFor } from "@testing-library/react";
import { coreEngine } from "../../../src/taskpane/engine/coreEngine";
import type { FileLike } from "../../../src/taskpane/engine/readArticleFile";
import { MemoryGateway } from "../../../src/taskpane/standalone/memoryGateway";
import { useSession } from "../../../src/taskpane/state/useSession";

const fixtures = path.join(__dirname, "..", "..", "fixtures", "inputs");

function fixture(name: string): FileLike {
  const bytes = fs.readFileSync(path.join(fixtures, name));
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

function session() {
  const gateway = new MemoryGateway();
  return renderHook(() => useSession(gateway, coreEngine));
}

describe("importing files in the pane", () => {
  it("reads saved pages in reader mode and Word files, shows how far it has come, and lists the files it could not read", async () => {
    const { result } = session();
    await waitFor(() => expect(result.current.busy).toBeNull());
    const broken: FileLike = { name: "report.pdf", size: 9, arrayBuffer: async () => new TextEncoder().encode("not a pdf").buffer as ArrayBuffer };
    // The second file is held until the pane has said how far it has come.
    let release = (): void => {};
    const held = fixture("health-board-clinics.docx");
    const reached = new Promise<void>((reachedSecond) => {
      const read = held.arrayBuffer;
      held.arrayBuffer = () => {
        reachedSecond();
        return new Promise((resolve) => (release = () => resolve(read())));
      };
    });
    let importing: Promise<void> = Promise.resolve();
    await act(async () => {
      importing = result.current.importFiles([fixture("harbour-gazette-port-volumes.html"), held, broken]);
      await reached;
    });
    expect(result.current.notice).toEqual({ intent: "info", text: "Importing 2 of 3 files…" });
    await act(async () => {
      release();
      await importing;
    });
    expect(result.current.notice).toMatchObject({ intent: "warning", title: "Imported 2 files", text: "report.pdf: not a valid PDF file" });
    expect(result.current.sources.map((s) => [s.title, s.outlet, s.published])).toEqual([
      ["Port of Valmora handles record 4.2 million containers", "The Harbour Gazette", "2026-03-12"],
      ["Regional health board opens 23 clinics", "Lakeland Health Board", "2026-06-02"],
    ]);
    expect(result.current.sources[0].text).not.toMatch(/Most viewed|Lottery|214 comments/);
    expect(result.current.notice).toMatchObject({ intent: "warning", title: "Imported 2 files", text: "report.pdf: not a valid PDF file" });
  });

  it("holds files handed in while the engine loads and imports them once it is there", async () => {
    const gateway = new MemoryGateway();
    const { result, rerender } = renderHook(({ engine }) => useSession(gateway, engine), {
      initialProps: { engine: null as typeof coreEngine | null },
    });
    let importing: Promise<void> = Promise.resolve();
    await act(async () => {
      importing = result.current.importFiles([fixture("harbour-gazette-port-volumes.html")]);
    });
    expect(result.current.notice).toEqual({ intent: "info", text: "Importing 1 file: waiting for the audit engine to load…" });
    expect(result.current.sources).toEqual([]);
    // The engine arrives (a render of its own), then the import carries on.
    act(() => rerender({ engine: coreEngine }));
    await act(() => importing);
    expect(result.current.notice).toEqual({ intent: "success", text: "Imported 1 file." });
    expect(result.current.sources.map((s) => s.title)).toEqual(["Port of Valmora handles record 4.2 million containers"]);
  });

  it("says why files handed in while the engine loads cannot be imported when the engine fails to load", async () => {
    const gateway = new MemoryGateway();
    const { result, rerender } = renderHook(({ error }) => useSession(gateway, null, error), {
      initialProps: { error: null as string | null },
    });
    let importing: Promise<void> = Promise.resolve();
    await act(async () => {
      importing = result.current.importFiles([fixture("harbour-gazette-port-volumes.html")]);
    });
    act(() => rerender({ error: "The audit engine failed to load: network error" }));
    await act(() => importing);
    expect(result.current.busy).toBeNull();
    expect(result.current.notice).toMatchObject({ intent: "error", text: "The audit engine failed to load: network error" });
  });

  it("says that links cannot be fetched in the pane and offers saving the page or pasting its text", async () => {
    const { result } = session();
    await waitFor(() => expect(result.current.busy).toBeNull());
    let added = true;
    act(() => {
      added = result.current.addSource("https://www.harbourgazette.example/business/2026/mar/12/port");
    });
    expect(added).toBe(false);
    expect(result.current.sources).toEqual([]);
    expect(result.current.notice).toMatchObject({ intent: "info", title: "Links cannot be fetched here" });
    expect(result.current.notice?.text).toMatch(/save it.*import the file, or paste the article's text/);
  });
});
