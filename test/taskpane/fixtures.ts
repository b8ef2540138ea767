import type { AuditResult, Claim, Figure, Source } from "../../src/core/types";
import { claimRecord } from "../helpers/claim";

/** Builds a claim from a sentence of our own, with offsets that slice to the surface text. */
export function claimIn(source: Source, id: string, sentence: string, surface: string, value: number, unit: string, extra: Partial<Claim> = {}): Claim {
  const sentenceStart = source.text.indexOf(sentence);
  if (sentenceStart < 0) throw new Error(`sentence not in source ${source.id}: ${sentence}`);
  const start = sentenceStart + sentence.indexOf(surface);
  return claimRecord({ id, sourceId: source.id, start, surface, value, unit, sentence, sentenceStart }, extra);
}

export function source(id: string, title: string, outlet: string, text: string): Source {
  return { id, title, outlet, url: `https://example.org/${id}`, published: "2025-05-01", author: "", text };
}

const s1 = source(
  "src-a",
  "Ministers meet in Harbin",
  "Northern Daily",
  "The meeting of the two ministers lasted 2 hours and 10 minutes. Grain exports rose to $12 billion last year.",
);
const s2 = source(
  "src-b",
  "Harbin talks end",
  "River Post",
  "Their talks ran for 3 hours, an aide said. The port handled 41 bcm of gas. Grain exports reached $12.05 billion.",
);
const s3 = source(
  "src-c",
  "A <script>window.__pwned=1</script> headline",
  "Tag Times",
  'Officials said <img src=x onerror="window.__pwned=1"> that 7% of the fleet is idle.',
);

export const SOURCES: Source[] = [s1, s2, s3];

export const CLAIMS: Claim[] = [
  claimIn(s1, "c-dur-a", "The meeting of the two ministers lasted 2 hours and 10 minutes.", "2 hours and 10 minutes", 7800, "s", { subject: "meeting of the ministers" }),
  claimIn(s2, "c-dur-b", "Their talks ran for 3 hours, an aide said.", "3 hours", 10800, "s", { subject: "talks", attribution: "an aide" }),
  claimIn(s1, "c-grain-a", "Grain exports rose to $12 billion last year.", "$12 billion", 12e9, "USD", { subject: "grain exports" }),
  claimIn(s2, "c-grain-b", "Grain exports reached $12.05 billion.", "$12.05 billion", 12.05e9, "USD", { subject: "grain exports" }),
  claimIn(s2, "c-gas", "The port handled 41 bcm of gas.", "41 bcm", 41e9, "m3", { subject: "gas handled by the port" }),
  claimIn(s3, "c-fleet", 'Officials said <img src=x onerror="window.__pwned=1"> that 7% of the fleet is idle.', "7%", 7, "%", {
    subject: "idle fleet",
  }),
];

function figure(id: string, label: string, status: Figure["status"], claimIds: string[], unit: string, sources: string[]): Figure {
  const values = CLAIMS.filter((c) => claimIds.includes(c.id)).map((c) => c.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { id, label, unit, period: "", status, claimIds, min, max, spread: max === 0 ? 0 : (max - min) / max, sources, flags: [], reason: "same subject" };
}

export const FIGURES: Figure[] = [
  figure("f-grain", "Grain exports, USD", "corroborated", ["c-grain-a", "c-grain-b"], "USD", ["src-a", "src-b"]),
  figure("f-gas", "Gas handled by the port, m3", "single-source", ["c-gas"], "m3", ["src-b"]),
  {
    ...figure("f-dur", "Duration of the ministers' meeting", "conflicting", ["c-dur-a", "c-dur-b"], "s", ["src-a", "src-b"]),
    flags: [{ kind: "conflict", message: "2 h 10 min and 3 h cannot both be true", claimIds: ["c-dur-a", "c-dur-b"] }],
    sides: [
      { value: 7800, sourceIds: ["src-a"], claimIds: ["c-dur-a"] },
      { value: 10800, sourceIds: ["src-b"], claimIds: ["c-dur-b"] },
    ],
  },
  figure("f-fleet", "Idle share of the fleet, %", "single-source", ["c-fleet"], "%", ["src-c"]),
];

export const RESULT: AuditResult = { sources: SOURCES, claims: CLAIMS, figures: FIGURES };

/** A large audit: `figures` figures of `perFigure` claims each, over `sourceCount` sources. */
export function largeResult(figures: number, perFigure: number, sourceCount = 100): AuditResult {
  const sources: Source[] = [];
  for (let i = 0; i < sourceCount; i++) sources.push(source(`s${i}`, `Article ${i}`, `Outlet ${i}`, `Exports of item ${i} were 5 tonnes.`));
  const claims: Claim[] = [];
  const out: Figure[] = [];
  for (let f = 0; f < figures; f++) {
    const ids: string[] = [];
    const used = new Set<string>();
    for (let k = 0; k < perFigure; k++) {
      const src = sources[(f * perFigure + k) % sourceCount];
      used.add(src.id);
      const id = `c${f}-${k}`;
      ids.push(id);
      claims.push({ ...claimIn(src, id, src.text, "5 tonnes", 5 + (k % 2), "t"), subject: `item ${f}` });
    }
    out.push({ id: `f${f}`, label: `Exports of item ${f}`, unit: "t", period: "", status: f % 2 ? "corroborated" : "conflicting", claimIds: ids, min: 5, max: 6, spread: 1 / 6, sources: [...used], flags: [], reason: "" });
  }
  return { sources, claims, figures: out };
}
