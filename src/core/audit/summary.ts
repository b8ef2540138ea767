/** The terminal summary's grouping: figures by status, in STATUS_ORDER (what needs attention first). */
import { STATUS_ORDER, type Figure, type FigureStatus } from "../types";

export interface StatusSummary {
  status: FigureStatus;
  count: number;
  figures: Figure[];
}

export function summarizeFigures(figures: readonly Figure[]): StatusSummary[] {
  return STATUS_ORDER.map((status) => {
    const list = figures.filter((f) => f.status === status);
    return { status, count: list.length, figures: list };
  });
}
