import type { AuditOptions, AuditResult, Source } from "../../core/types";
import { engineWork } from "./engineWork";

/** What the pane asks the engine's worker. */
export type EngineAsk = { op: "ping" } | { op: "countClaims"; source: Source } | { op: "analyse"; sources: Source[]; options: AuditOptions };

/** A request as sent: numbered, and the answer carries the same number. */
export type EngineRequest = EngineAsk & { id: number };

/** The worker's answer: the value, or the error's message (errors do not cross postMessage as they are). */
export type EngineResponse =
  | { id: number; ok: true; value: number | AuditResult | "pong" }
  | { id: number; ok: false; error: string };

/** Answers one request with the synchronous engine; never throws. */
export function answerEngineRequest(request: EngineRequest): EngineResponse {
  try {
    let value: number | AuditResult | "pong";
    if (request.op === "ping") value = "pong";
    else if (request.op === "countClaims") value = engineWork.countClaims(request.source);
    else if (request.op === "analyse") value = engineWork.analyse(request.sources, request.options);
    else throw new Error(`unknown request ${(request as { op?: unknown }).op}`);
    return { id: request.id, ok: true, value };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
