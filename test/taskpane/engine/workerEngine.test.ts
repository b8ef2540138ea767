import { answerEngineRequest, type EngineRequest, type EngineResponse } from "../../../src/taskpane/engine/engineProtocol";
import { createWorkerEngine, type WorkerLike } from "../../../src/taskpane/engine/workerEngine";
import { coreEngine } from "../../../src/taskpane/engine/coreEngine";

// An article of our own with two figures that agree and one that stands alone.
const ARTICLE = [
  "Bridge repairs to finish in spring",
  "By Mia Holt",
  "The repairs will cost $12 million, the city said on Monday.",
  "About 40,000 cars cross the bridge each day.",
].join("\n");
const SECOND = ["Council approves bridge budget", "By Ola Ek", "The council approved $12 million for the bridge repairs."].join("\n");

/**
 * A worker stand-in that answers on a later task with the real protocol handler, and copies messages both ways
 * with structuredClone as postMessage does (so nothing that cannot cross a thread boundary slips through).
 */
class InThreadWorker implements WorkerLike {
  private listeners: { message: ((e: { data: EngineResponse }) => void)[]; error: ((e: { message?: string }) => void)[] } = { message: [], error: [] };
  sent: EngineRequest[] = [];
  terminated = false;
  constructor(private readonly broken = false) {}
  postMessage(message: EngineRequest): void {
    const copy = structuredClone(message);
    this.sent.push(copy);
    setTimeout(() => {
      if (this.broken) this.listeners.error.forEach((l) => l({ message: "worker script failed to load" }));
      else this.listeners.message.forEach((l) => l({ data: structuredClone(answerEngineRequest(copy)) }));
    }, 0);
  }
  addEventListener(type: "message" | "error", listener: never): void {
    (this.listeners[type] as unknown[]).push(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("the engine in a worker (client and protocol)", () => {
  it("answers ping, counts and audits exactly as the in-thread engine does", async () => {
    const worker = new InThreadWorker();
    const engine = createWorkerEngine(worker);
    await expect(engine.ready()).resolves.toBeUndefined();
    const a = engine.createSource(ARTICLE, {});
    const b = engine.createSource(SECOND, {});
    await expect(engine.countClaims(a)).resolves.toBe(await coreEngine.countClaims(a));
    const viaWorker = await engine.analyse([a, b], { tolerance: 0.01 });
    const inThread = await coreEngine.analyse([a, b], { tolerance: 0.01 });
    expect(viaWorker).toEqual(inThread);
    expect(viaWorker.claims.length).toBeGreaterThanOrEqual(3);
    expect(viaWorker.figures.length).toBeGreaterThan(0);
    expect(worker.sent.map((r) => r.op)).toEqual(["ping", "countClaims", "analyse"]);
  });

  it("settles each answer with its own request when several are in flight", async () => {
    const engine = createWorkerEngine(new InThreadWorker());
    const a = engine.createSource(ARTICLE, {});
    const b = engine.createSource(SECOND, {});
    const [ca, cb] = await Promise.all([engine.countClaims(a), engine.countClaims(b)]);
    expect([ca, cb]).toEqual([await coreEngine.countClaims(a), await coreEngine.countClaims(b)]);
    expect(ca).not.toBe(cb);
  });

  it("rejects with the reason when the worker fails, then and afterwards, and stops it", async () => {
    const worker = new InThreadWorker(true);
    const engine = createWorkerEngine(worker);
    await expect(engine.ready()).rejects.toThrow("the engine's worker failed (worker script failed to load)");
    await expect(engine.countClaims(engine.createSource(ARTICLE, {}))).rejects.toThrow(/worker failed/);
    expect(worker.terminated).toBe(true);
  });

  it("turns an engine error into a rejected answer, not a dead worker", () => {
    const bad = { id: 7, op: "countClaims", source: null } as unknown as EngineRequest;
    expect(answerEngineRequest(bad)).toEqual({ id: 7, ok: false, error: expect.any(String) });
    expect(answerEngineRequest({ id: 8, op: "frobnicate" } as unknown as EngineRequest)).toEqual({ id: 8, ok: false, error: "unknown request frobnicate" });
  });
});
