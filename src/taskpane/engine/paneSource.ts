import { createSource } from "../../core/source/createSource";
import type { Source, SourceOverrides } from "../../core/types";
import { readPastedText } from "./pastedText";

/**
 * A source from text pasted into the pane: pasted markup is read as a page (pastedText.ts); what the analyst typed
 * in the form still wins. Cheap (linear, no extraction): runs on the UI thread.
 */
export function createPaneSource(text: string, overrides: SourceOverrides = {}): Source {
  const pasted = readPastedText(text);
  return createSource(pasted.text, { ...pasted.overrides, ...overrides });
}
