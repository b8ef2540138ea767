import type { AuditOptions, AuditResult, Source } from "../../core/types";
import type { Engine } from "./engine";
import type { EngineAsk, EngineRequest, EngineResponse } from "./engineProtocol";
import { createPaneSource } from "./paneSource";

/** The part of a Worker the engine client uses (tests pass a fake that answers in-thread). */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  addEventListener(type: "message", listener: (event: { data: EngineResponse }) => void): void;
  addEventListener(type: "error", listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

/** An engine whose heavy work runs in `worker`; with `ready()`, which resolves once the worker answers at all. */
export interface WorkerEngine extends Engine {
  ready(): Promise<void>;
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

/**
 * The engine client: requests numbered and sent to the worker, each promise settled by the answer with its number.
 * A worker that fails (its script did not load, the CSP refused it, it crashed) rejects every pending and later
 * request with the reason, and is terminated.
 */
export function createWorkerEngine(worker: WorkerLike): WorkerEngine {
  const pending = new Map<number, Pending>();
  let next = 1;
  let failure: Error | null = null;

  worker.addEventListener("message", (event) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.ok) waiting.resolve(answer.value);
    else waiting.reject(new Error(answer.error));
  });
  worker.addEventListener("error", (event) => {
    failure = new Error(`the engine's worker failed${event.message ? ` (${event.message})` : ""}`);
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
    worker.terminate();
  });

  function ask<T>(request: EngineAsk): Promise<T> {
    if (failure) return Promise.reject(failure);
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  }

  return {
    createSource: createPaneSource,
    countClaims: (source: Source) => ask<number>({ op: "countClaims", source }),
    analyse: (sources: Source[], options: AuditOptions) => ask<AuditResult>({ op: "analyse", sources, options }),
    ready: () => ask<string>({ op: "ping" }).then(() => undefined),
  };
}
