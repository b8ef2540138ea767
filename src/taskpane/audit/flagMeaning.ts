/**
 * What a figure's flag means for the analyst, in plain words, and its tone: a check that confirms is good news
 * (green), a mismatch or a disagreement needs a look (orange or red), a missing rate or an echo is information.
 * Keyed by the flag's machine-readable kind; the engine's message is shown as it is (never parsed).
 */
import type { Flag } from "../../core/types";

export type FlagTone = "confirm" | "info" | "warning" | "error";

export interface FlagMeaning {
  tone: FlagTone;
  title: string;
  /** The engine's sentence, or null when the row already shows what it says (a conflict's values). */
  detail: string | null;
}

const MEANINGS: Record<string, { tone: FlagTone; title: string; showDetail: boolean }> = {
  conflict: { tone: "error", title: "Sources disagree beyond rounding", showDetail: false },
  "source-inconsistent": { tone: "warning", title: "One source gives two values", showDetail: true },
  "ratio-check": { tone: "confirm", title: "Checked: the comparison adds up", showDetail: true },
  "ratio-mismatch": { tone: "warning", title: "The comparison does not add up", showDetail: true },
  "total-mismatch": { tone: "warning", title: "The parts do not add up to the total", showDetail: true },
  "fx-missing": { tone: "info", title: "Needs an exchange rate (Settings)", showDetail: true },
  "unit-mismatch": { tone: "info", title: "Units cannot be compared", showDetail: true },
  "single-origin": { tone: "info", title: "An echo, not a confirmation", showDetail: true },
};

export function flagMeaning(flag: Flag): FlagMeaning {
  const known = MEANINGS[flag.kind];
  if (!known) return { tone: "info", title: "Note", detail: flag.message };
  return { tone: known.tone, title: known.title, detail: known.showDetail ? flag.message : null };
}
