/** The terminal summary's grouping: figures by status, in STATUS_ORDER (what needs attention first), by label within. */
import { STATUS_ORDER, type Figure, type FigureStatus } from "../types";

export interface StatusSummary {
  status: FigureStatus;
  count: number;
  figures: Figure[];
}

export function summarizeFigures(figures: readonly Figure[]): StatusSummary[] {
  return STATUS_ORDER.map((status) => {
    const list = figures.filter((f) => f.status === status).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { status, count: list.length, figures: list };
  });
}
