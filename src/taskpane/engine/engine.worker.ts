/**
 * The engine's Web Worker (built by webpack as dist/engine-worker.js): extraction and audit run here, off the UI
 * thread, so a large paste or import never freezes the pane.
 */
import { answerEngineRequest, type EngineRequest } from "./engineProtocol";

/* global self */
const scope = self as unknown as { onmessage: ((event: MessageEvent<EngineRequest>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  scope.postMessage(answerEngineRequest(event.data));
};
