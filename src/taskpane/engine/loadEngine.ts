import type { Engine } from "./engine";

/**
 * The engine (extraction lexicons, audit) as a separate chunk: the pane renders without it and loads it right after,
 * long before the analyst has pasted an article. Keeps the first download and the first render small.
 */
export async function loadEngine(): Promise<Engine> {
  const { coreEngine } = await import(/* webpackChunkName: "engine" */ "./coreEngine");
  return coreEngine;
}
