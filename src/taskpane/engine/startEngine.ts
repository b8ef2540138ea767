import type { Engine } from "./engine";
import { createWorkerEngine } from "./workerEngine";

/** Where webpack puts the worker's bundle (an entry of its own), next to taskpane.html. */
const WORKER_FILE = "engine-worker.js";

/**
 * The engine with its heavy work in a Web Worker, once the worker has answered; when a worker cannot start (no
 * Worker, refused, its script failed to load) the whole engine in the UI thread instead, as a chunk of its own.
 */
export async function startEngine(): Promise<Engine> {
  if (typeof Worker === "function") {
    try {
      const engine = createWorkerEngine(new Worker(new URL(WORKER_FILE, document.baseURI)));
      await engine.ready();
      return engine;
    } catch {
      // fall through: the engine in the UI thread
    }
  }
  const { coreEngine } = await import(/* webpackChunkName: "engine" */ "./coreEngine");
  return coreEngine;
}
