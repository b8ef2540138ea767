/**
 * Checks inside one source, each a flag with one readable line:
 *  - a stated ratio ("nearly three times lower", unit x) against the two values it compares, found in the same
 *    sentence or the one before or after (not when the ratio says where its value went: "doubled to $10.6 billion"): €11.43 / €4.23 = 2.70 agrees with "nearly three times" → "ratio-check";
 *    a ratio outside what the words allow → "ratio-mismatch"; a multiple that compares nothing ("four times a year",
 *    "ten times oversubscribed") is not checked;
 *  - a stated total against its parts in the same sentence ("a total of 100, of which 60 and 50") →
 *    "total-mismatch" when the parts exceed the total, or (when the wording says the parts are all of it) do not
 *    add up to it.
 */
import type { Flag } from "../types";
import { compareClaims, type ClaimContext } from "./context";
import { formatNumber, formatValue } from "./format";
import { claimInterval, contains, describeInterval, intersects } from "./interval";

const TOTAL_BEFORE = /\b(?:total(?:l?ed|l?ing|s)?|totalling|in all|altogether|combined|overall|aggregate|sum of)\b[^0-9]{0,25}$/i;
const TOTAL_AFTER = /^\s*(?:in total|in all|altogether|combined|overall)\b/i;
const EXHAUSTIVE = /\b(?:of which|split (?:between|into)|divided (?:between|into)|made up of|consisting of|comprising|broken down into)\b/i;

/** "doubled to $10.6 billion", "tripled, to": the value the ratio reached follows it. */
const RATIO_TO = /^\s*,?\s*(?:to|at)\s/i;
/**
 * A multiple that compares no two values of the text: how often ("four times a year", "three times per week"), or
 * how many times over an offering was wanted ("ten times oversubscribed", "covered 10 times over").
 */
const NO_COMPARISON_AFTER = /^\s*(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|season|quarter|decade)\b|(?:over\s*)?(?:oversubscribed|covered|subscribed)\b|over\b)/i;

function comparableValue(c: ClaimContext): boolean {
  return c.info.group !== "multiplier" && c.info.group !== "ordinal" && c.claim.value > 0 && c.claim.qualifier !== "range";
}

/** A flag and the claim whose figure carries it (the ratio, or the total). */
export interface PlacedFlag {
  flag: Flag;
  on: ClaimContext;
}

/**
 * `contexts` must be in claim order (by source, then place): the claims of one sentence then stand together, and
 * the sentences before and after are the neighbouring runs. Linear, no global comparison.
 */
export function checkConsistency(contexts: readonly ClaimContext[], tolerance: number): PlacedFlag[] {
  const flags: PlacedFlag[] = [];
  const n = contexts.length;
  // Run r (the claims of one sentence) is contexts[starts[r] … starts[r + 1]): boundaries in a flat array, and a
  // run's own array only for the few runs a check reads (a million one-claim arrays cost more than the checks).
  const starts = new Int32Array(n + 1);
  let runs = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0 || contexts[i - 1].claim.sourceId !== contexts[i].claim.sourceId || contexts[i - 1].claim.sentenceStart !== contexts[i].claim.sentenceStart) starts[runs++] = i;
  }
  starts[runs] = n;
  const run = (r: number) => contexts.slice(starts[r], starts[r + 1]);
  for (let r = 0; r < runs; r++) {
    const from = starts[r];
    const to = starts[r + 1];
    let own: ClaimContext[] | undefined;
    for (let i = from; i < to; i++) {
      const c = contexts[i];
      if (c.info.group === "multiplier") {
        const near = [r, r + 1, r - 1].filter((k) => k >= 0 && k < runs && contexts[starts[k]].claim.sourceId === c.claim.sourceId).map(run);
        const flag = checkRatio(c, near, tolerance);
        if (flag) flags.push({ flag, on: c });
      } else if (to - from >= 3 && comparableValue(c)) {
        const flag = checkTotal(c, (own ??= run(r)), tolerance);
        if (flag) flags.push({ flag, on: c });
      }
    }
  }
  return flags;
}

/** `sentences`: the ratio's own sentence, the next and the previous one (of the same source), in that order. */
function checkRatio(ratio: ClaimContext, sentences: readonly ClaimContext[][], tolerance: number): Flag | undefined {
  // The two values a ratio compares stand together: in its own sentence, else in the next, else the previous one.
  // A ratio that says where its value went ("more than doubled to $10.6 billion") compares that value with one the
  // text may not give: two values of a neighbouring sentence are another comparison.
  let pair: [ClaimContext, ClaimContext] | undefined;
  const relEnd = ratio.claim.end - ratio.claim.sentenceStart;
  const ownOnly = RATIO_TO.test(ratio.claim.sentence.slice(relEnd, relEnd + 12));
  if (NO_COMPARISON_AFTER.test(ratio.claim.sentence.slice(relEnd, relEnd + 24))) return undefined;
  for (const sentence of ownOnly ? sentences.slice(0, 1) : sentences) {
    pair = pickPair(ratio, sentence.filter(comparableValue));
    if (pair) break;
  }
  if (!pair) return undefined;
  const [a, b] = pair;
  const hi = Math.max(a.claim.value, b.claim.value);
  const lo = Math.min(a.claim.value, b.claim.value);
  const actual = hi / lo;
  const iv = claimInterval(ratio.claim, tolerance);
  const big = a.claim.value >= b.claim.value ? a : b;
  const small = big === a ? b : a;
  const computed = `${amountText(big)} / ${amountText(small)} = ${actual.toFixed(2)}`;
  const ids = [ratio.claim.id, a.claim.id, b.claim.id];
  const words = ratioWords(ratio);
  if (contains(iv, actual) || intersects(iv, { lo: actual, hi: actual, loOpen: false, hiOpen: false })) {
    return { kind: "ratio-check", message: `"${words}" agrees with ${computed}.`, claimIds: ids };
  }
  return {
    kind: "ratio-mismatch",
    message: `"${words}" does not match the values it compares: ${computed}, outside ${describeInterval(iv, (n) => formatNumber(n, 3))}.`,
    claimIds: ids,
  };
}

/** A compared value as the text wrote it, without its denominator ("€11.43" of "€11.43 per 100 kWh"). */
function amountText(c: ClaimContext): string {
  const head = c.claim.surface.split(/\s+per\s+|\//i)[0].trim();
  return head || formatValue(c.claim.value, c.claim.unit);
}

/** The ratio's words as written, with the hedge before it ("nearly three times"). */
function ratioWords(ratio: ClaimContext): string {
  const rel = ratio.claim.start - ratio.claim.sentenceStart;
  const before = ratio.claim.sentence.slice(Math.max(0, rel - 24), Math.max(0, rel));
  const hedge = /\b(?:nearly|almost|about|around|roughly|some|more than|over|less than|under|up to|at least)\s*$/i.exec(before);
  return (hedge ? hedge[0] : "") + ratio.claim.surface;
}

/** The two values nearest to the ratio that share one dimension (same unit), or undefined when there are none. */
function pickPair(ratio: ClaimContext, candidates: readonly ClaimContext[]): [ClaimContext, ClaimContext] | undefined {
  const dist = (c: ClaimContext) => {
    const sameSentence = c.claim.sentenceStart === ratio.claim.sentenceStart ? 0 : 1e6;
    return sameSentence + Math.abs(c.claim.start - ratio.claim.start);
  };
  // (an organisation's ratio compares its own values: "Tesla's fell to 6,964 cars, while BYD more than tripled its
  // sales to 17,470" compares nothing of Tesla's)
  const whose = ratio.frame.holder;
  const sorted = [...new Set(candidates)].filter((c) => c.claim.id !== ratio.claim.id && (!whose || !c.frame.holder || c.frame.holder === whose)).sort((a, b) => dist(a) - dist(b) || compareClaims(a.claim, b.claim));
  for (const first of sorted) {
    const second = sorted.find((c) => c !== first && c.info.dimension === first.info.dimension && c.claim.unit === first.claim.unit && c.claim.value !== first.claim.value);
    if (second) return [first, second].sort((x, y) => compareClaims(x.claim, y.claim)) as [ClaimContext, ClaimContext];
  }
  return undefined;
}

function checkTotal(total: ClaimContext, sentence: readonly ClaimContext[], tolerance: number): Flag | undefined {
  const rel = total.claim.start - total.claim.sentenceStart;
  const relEnd = total.claim.end - total.claim.sentenceStart;
  const s = total.claim.sentence;
  const isTotal = TOTAL_BEFORE.test(s.slice(Math.max(0, rel - 40), Math.max(0, rel))) || TOTAL_AFTER.test(s.slice(relEnd, relEnd + 20));
  if (!isTotal) return undefined;
  const parts = sentence.filter(
    (c) =>
      c !== total &&
      comparableValue(c) &&
      c.claim.unit === total.claim.unit &&
      c.claim.start > total.claim.start &&
      (!c.frame.period || !total.frame.period || c.frame.period.label === total.frame.period.label),
  );
  if (parts.length < 2) return undefined;
  let lo = 0;
  let hi = 0;
  let sum = 0;
  for (const p of parts) {
    const iv = claimInterval(p.claim, tolerance);
    lo += iv.lo;
    hi += iv.hi;
    sum += p.claim.value;
  }
  const t = claimInterval(total.claim, tolerance);
  const exhaustive = EXHAUSTIVE.test(s.slice(relEnd));
  const fmt = (n: number) => formatValue(n, total.claim.unit);
  const ids = [total.claim.id, ...parts.map((p) => p.claim.id)];
  const partsText = parts.map((p) => fmt(p.claim.value)).join(" + ");
  if (lo > t.hi || (lo === t.hi && t.hiOpen)) {
    return { kind: "total-mismatch", message: `The parts ${partsText} = ${fmt(sum)} exceed the stated total ${fmt(total.claim.value)}.`, claimIds: ids };
  }
  if (exhaustive && hi < t.lo) {
    return { kind: "total-mismatch", message: `The parts ${partsText} = ${fmt(sum)} fall short of the stated total ${fmt(total.claim.value)}.`, claimIds: ids };
  }
  return undefined;
}
