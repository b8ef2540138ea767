/**
 * A unit written in brackets right after the number, as tables and spec sheets put it into running text: "20 (kg)",
 * "3.5 [m]", "12 {GB}", "40 <km/h>". Only a physical measure of two characters or more, alone between one pair of
 * matching brackets: "Section 20 (b)", "page 20 (see above)" and "raised 20 (USD)" keep their plain reading.
 */
import type { UnitMatch } from "./units";
import * as unitsModule from "./units";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { matchUnit } = unitsModule;

const CLOSING: Record<number, number> = { 40: 41, 91: 93, 123: 125, 60: 62 };

/** The bracketed unit at `pos` (the opening bracket, after the number and at most one space), or null. */
export function bracketedUnitAt(text: string, pos: number): UnitMatch | null {
  const close = CLOSING[text.charCodeAt(pos)];
  if (close === undefined) return null;
  const unit = matchUnit(text, pos + 1, "");
  if (!unit || unit.kind !== "measure" || unit.end - (pos + 1) < 2 || text.charCodeAt(unit.end) !== close) return null;
  return { ...unit, end: unit.end + 1 };
}
