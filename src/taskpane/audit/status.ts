import type { FigureStatus } from "../../core/types";

export const STATUS_LABELS: Record<FigureStatus, string> = {
  conflicting: "Conflicting",
  "single-source": "Single source",
  "single-origin": "Single origin",
  corroborated: "Corroborated",
};

export const STATUS_HINTS: Record<FigureStatus, string> = {
  conflicting: "sources state values that cannot both be true",
  "single-source": "only one source states it",
  "single-origin": "several outlets, all quoting the same origin",
  corroborated: "independent sources agree",
};

/** Fluent badge colours, and the dot colours of the plot (Fluent palette). */
export const STATUS_BADGE: Record<FigureStatus, "danger" | "warning" | "informative" | "success"> = {
  conflicting: "danger",
  "single-source": "warning",
  "single-origin": "informative",
  corroborated: "success",
};
