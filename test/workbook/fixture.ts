/** A small hand-made audit result (own sentences) used by the workbook, xlsx and excel tests. */
import type { AuditResult, Claim, Figure, Source } from "../../src/core/types";
import { claimRecord } from "../helpers/claim";

export const INJECTIONS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2", "@SUM(A1)", "\tTabbed", "\rCarriage"];

function source(id: string, title: string, outlet: string, url: string, published: string, text: string): Source {
  return { id, title, outlet, url, published, author: "Staff writer", text, file: `${id}.txt` };
}

const textA =
  "Trade between the two countries reached $245 billion in 2025, officials said. Gas deliveries hit 38.8 bcm. " +
  INJECTIONS[0];
const textB = "Harbour Daily reported trade of over $200 billion in 2025. The call lasted 1 hour and 25 minutes.";
const textC = "The call went on for an hour and a half, said an aide.";

export const SOURCES: Source[] = [
  source("src-a", "Trade hits record", "Northern Wire", "https://north.example/trade", "2025-05-08", textA),
  source("src-b", "=Harbour view", "Harbour Daily", "https://harbour.example/view", "", textB),
  source("src-c", "@Aide speaks", "+Plus Times", "javascript:alert(1)", "2025-13-01", textC),
];

function claim(
  id: string,
  s: Source,
  surface: string,
  value: number,
  unit: string,
  subject: string,
  extra: Partial<Claim> = {},
): Claim {
  const start = s.text.indexOf(surface);
  if (start < 0) throw new Error(`fixture: ${surface} not in ${s.id}`);
  const sentenceStart = s.text.lastIndexOf(". ", start) < 0 ? 0 : s.text.lastIndexOf(". ", start) + 2;
  const dot = s.text.indexOf(".", start + surface.length);
  const sentence = s.text.slice(sentenceStart, dot < 0 ? s.text.length : dot + 1);
  return claimRecord({ id, sourceId: s.id, start, surface, value, unit, sentence, sentenceStart }, { subject, ...extra });
}

export const CLAIMS: Claim[] = [
  claim("c-trade-a", SOURCES[0], "$245 billion", 245e9, "USD", "bilateral trade", { period: "2025", attribution: "officials" }),
  claim("c-gas-a", SOURCES[0], "38.8 bcm", 38.8e9, "m3", "gas deliveries"),
  claim("c-trade-b", SOURCES[1], "over $200 billion", 200e9, "USD", "trade", { qualifier: "over", period: "2025" }),
  claim("c-call-b", SOURCES[1], "1 hour and 25 minutes", 5100, "s", "call"),
  claim("c-call-c", SOURCES[2], "an hour and a half", 5400, "s", "call", { qualifier: "approx", attribution: "an aide" }),
];
// Injection-prone text in the quote/subject cells.
CLAIMS[1] = { ...CLAIMS[1], subject: INJECTIONS[3], sentence: INJECTIONS[0] };
CLAIMS[3] = { ...CLAIMS[3], attribution: INJECTIONS[1], period: INJECTIONS[2] };
CLAIMS[2] = { ...CLAIMS[2], subject: INJECTIONS[4] };
SOURCES[2].author = INJECTIONS[5];

export const FIGURES: Figure[] = [
  {
    id: "f-trade",
    label: "Bilateral trade, 2025, USD",
    unit: "USD",
    period: "2025",
    status: "corroborated",
    claimIds: ["c-trade-a", "c-trade-b"],
    min: 200e9,
    max: 245e9,
    spread: 0,
    sources: ["src-a", "src-b"],
    flags: [],
    reason: "same subject, period and unit",
  },
  {
    id: "f-call",
    label: "Call duration",
    unit: "s",
    period: "",
    status: "conflicting",
    claimIds: ["c-call-b", "c-call-c"],
    min: 5100,
    max: 5400,
    spread: 300 / 5400,
    sources: ["src-b", "src-c"],
    flags: [{ kind: "conflict", message: "1 h 25 min against 1 h 30 min", claimIds: ["c-call-b", "c-call-c"] }],
    reason: "same subject and unit",
  },
  {
    id: "f-gas",
    label: "=Gas deliveries",
    unit: "m3",
    period: "",
    status: "single-source",
    claimIds: ["c-gas-a"],
    min: 38.8e9,
    max: 38.8e9,
    spread: 0,
    sources: ["src-a"],
    flags: [],
    reason: "one claim",
  },
];

export const RESULT: AuditResult = { sources: SOURCES, claims: CLAIMS, figures: FIGURES };
