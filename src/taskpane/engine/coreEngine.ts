import { analyse } from "../../core/analyse";
import { extractClaims } from "../../core/extract/extractClaims";
import { createSource } from "../../core/source/createSource";
import type { Source } from "../../core/types";
import type { Engine } from "./engine";
import { readPastedText } from "./pastedText";

/** Claim counts by source id: a source's text never changes under the same id, so its count is computed once. */
const counts = new Map<string, number>();

function countClaims(source: Source): number {
  const key = `${source.id}:${source.text.length}`;
  let count = counts.get(key);
  if (count === undefined) {
    count = extractClaims(source).length;
    counts.set(key, count);
  }
  return count;
}

/** The pane's engine: the same pure TypeScript core the CLI runs. */
export const coreEngine: Engine = {
  // Pasted markup is read as a page (pastedText.ts); what the analyst typed in the form still wins.
  createSource: (text, overrides) => {
    const pasted = readPastedText(text);
    return createSource(pasted.text, { ...pasted.overrides, ...overrides });
  },
  countClaims,
  analyse: (sources, options) => analyse(sources, options),
};
