import type { Engine } from "./engine";
import { engineWork } from "./engineWork";
import { createPaneSource } from "./paneSource";

/**
 * The engine in the UI thread: the same pure TypeScript core the CLI runs. Used by the component tests and when
 * the engine's Web Worker cannot start (the pane then says nothing: it only runs slower on very large pastes).
 */
export const coreEngine: Engine = {
  createSource: createPaneSource,
  countClaims: async (source) => engineWork.countClaims(source),
  analyse: async (sources, options) => engineWork.analyse(sources, options),
};
