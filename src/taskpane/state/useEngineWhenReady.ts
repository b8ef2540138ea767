import { useCallback, useEffect, useRef } from "react";
import type { Engine } from "../engine/engine";

type Waiter = { resolve(engine: Engine): void; reject(error: Error): void };

/**
 * A function that resolves with the engine as soon as it is there: at once when it has loaded, else when it
 * arrives (the engine's chunk and worker load after the first render), or rejects with `loadError` when it failed.
 * Work handed to the pane in between (files dropped or chosen while the engine loads) waits instead of being lost.
 */
export function useEngineWhenReady(engine: Engine | null, loadError: string | null = null): () => Promise<Engine> {
  const current = useRef({ engine, loadError });
  current.current = { engine, loadError };
  const waiters = useRef<Waiter[]>([]);

  useEffect(() => {
    if (!engine && !loadError) return;
    for (const waiter of waiters.current.splice(0)) {
      if (engine) waiter.resolve(engine);
      else waiter.reject(new Error(loadError ?? "The audit engine failed to load"));
    }
  }, [engine, loadError]);

  return useCallback(() => {
    const { engine: ready, loadError: failed } = current.current;
    if (ready) return Promise.resolve(ready);
    if (failed) return Promise.reject(new Error(failed));
    return new Promise<Engine>((resolve, reject) => waiters.current.push({ resolve, reject }));
  }, []);
}
