import { formatValue } from "../core/audit/format";
import { cutText } from "../core/source/cutText";
import type { StatusSummary } from "../core/audit/summary";
import { selectTop } from "./selectTop";
import { STATUS_ORDER, type AuditResult, type Figure, type FigureStatus, type Source } from "../core/types";
import { PLAIN, type Palette } from "./color";
import { printable } from "./printable";

/**
 * A summary is for reading: past this many figures of one status it says how many more there are. (A list of
 * numbers made two million single-source figures: printed whole, 600 MB of summary.)
 */
export const MAX_FIGURES_PER_STATUS = 200;

const HEADINGS: Readonly<Record<FigureStatus, string>> = {
  conflicting: "CONFLICTING: sources contradict each other",
  "single-source": "SINGLE-SOURCE: stated by one source only",
  "single-origin": "SINGLE-ORIGIN: several outlets, one origin (an echo, not a confirmation)",
  corroborated: "CORROBORATED: independent sources agree",
};

export function sourceName(source: Source | undefined, fallback: string): string {
  if (!source) return printable(fallback);
  const name = source.outlet || source.file || source.title || source.id;
  return printable(name.length > 40 ? `${cutText(name, 39)}…` : name);
}

/**
 * Figures by status in STATUS_ORDER (what needs attention first) with their count; within a status the first
 * `max` figures, most sources first, then most claims, then by label and id. Linear in the number of figures
 * (selectTop): a list of numbers can make millions of them.
 */
export function groupByStatus(figures: readonly Figure[], max = Infinity): StatusSummary[] {
  const byLabel = new Intl.Collator("en").compare;
  const order = (a: Figure, b: Figure): number =>
    b.sources.length - a.sources.length ||
    b.claimIds.length - a.claimIds.length ||
    byLabel(a.label, b.label) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const lists = new Map<FigureStatus, Figure[]>(STATUS_ORDER.map((status) => [status, []]));
  for (const f of figures) lists.get(f.status)?.push(f);
  return STATUS_ORDER.map((status) => {
    const list = lists.get(status) as Figure[];
    return { status, count: list.length, figures: selectTop(list, max, order) };
  });
}

function formatRange(min: number, max: number, unit: string): string {
  return printable(min === max ? formatValue(min, unit) : `${formatValue(min, unit)} – ${formatValue(max, unit)}`);
}

/** At most `max` names, then "and N more", so a figure stated by fifty outlets stays on one line. */
export function nameList(ids: readonly string[], names: (id: string) => string, max = 6): string {
  const shown = ids.slice(0, max).map(names).join(", ");
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

function figureLines(f: Figure, names: (id: string) => string, p: Palette): string[] {
  // Labels, units and flag messages quote the articles: printable() before any colour is added.
  const lines = [`  ${p.bold(printable(f.label || "(unlabelled figure)"))}`];
  const spread = f.spread > 0 ? `  spread ${(100 * f.spread).toFixed(1)}%` : "";
  const claims = `${f.claimIds.length} claim${f.claimIds.length === 1 ? "" : "s"}`;
  lines.push(`      ${formatRange(f.min, f.max, f.unit)}${spread} · ${claims} · ${nameList(f.sources, names)}`);
  if (f.status === "conflicting" && f.sides?.length) {
    const sides = f.sides.map((s) => `${printable(formatValue(s.value, f.unit))} ← ${nameList(s.sourceIds, names, 3)}`);
    lines.push(`      ${p.dim("sides:")} ${sides.join("  |  ")}`);
  }
  for (const flag of f.flags) lines.push(`      ${p.dim(`! ${printable(flag.kind)}:`)} ${printable(flag.message)}`);
  return lines;
}

/**
 * The terminal summary: counts per status, then the figures grouped by status, conflicting first, then
 * single-source and single-origin, then corroborated; each with its label, values, sources and flags. At most
 * `maxPerStatus` figures are shown per status (those with the most sources first), then how many more there are.
 */
export function renderSummary(result: AuditResult, palette: Palette = PLAIN, maxPerStatus = MAX_FIGURES_PER_STATUS): string {
  const byId = new Map(result.sources.map((s) => [s.id, s]));
  const names = (id: string): string => sourceName(byId.get(id), id);
  const groups = groupByStatus(result.figures, maxPerStatus);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const out = [
    `figure-audit: ${plural(result.sources.length, "source")}, ${plural(result.claims.length, "claim")}, ${plural(result.figures.length, "figure")}`,
    "  " + groups.map((g) => palette.status(g.status, `${g.count} ${g.status}`)).join(" · "),
  ];
  for (const { status, count, figures } of groups) {
    if (count === 0) continue;
    out.push("", palette.status(status, `${HEADINGS[status]} (${count})`));
    for (const f of figures) out.push(...figureLines(f, names, palette));
    if (count > figures.length) {
      const more = (count - figures.length).toLocaleString("en-US");
      out.push(`  … and ${more} more ${status} figures (all of them are in the JSON and the workbook)`);
    }
  }
  return out.join("\n") + "\n";
}
