import type { Engine } from "./engine";

/**
 * The engine, loaded right after the first render so that it never delays it: a small client chunk comes to the UI
 * thread (it reads a pasted source's title and date) and starts the engine's Web Worker, where extraction and audit
 * run, so the UI thread stays free during a large paste or import (startEngine.ts).
 */
export async function loadEngine(): Promise<Engine> {
  const { startEngine } = await import(/* webpackChunkName: "engine-client" */ "./startEngine");
  return startEngine();
}
