/**
 * A headline sums up a number its article states in full: "Imports of Russian LNG into the EU surpass €6 billion"
 * over a body that says "between January and November Moscow took in at least €6.3 billion from selling LNG to
 * Europe". Headlines drop the period, the places and the credit that the body gives, so a number of the title takes
 * the frame of the body number it restates: the body number in the same unit whose value it matches best —
 * the same value; else the same value at the headline's precision ("$25 billion" for "$25.1 billion"); else a
 * headline bound the body value meets ("surpass €6 billion" for "€6.3 billion"). A headline number that restates
 * nothing in the body keeps its own frame, and so does one whose own period the body number's does not fall in.
 */
import type { Claim } from "../types";
import type { ClaimFrame } from "./types";

/** Where the title line of `text` ends (0: the text has no title line, or no title). */
export function titleEnd(text: string, title: string): number {
  const t = title.trim();
  if (!t) return 0;
  const at = text.slice(0, 400).indexOf(t);
  // the title must be the text's first line, not a phrase the body happens to repeat
  if (at < 0 || text.slice(0, at).trim()) return 0;
  return at + t.length;
}

/** Decimal places of a headline's number as written ("$6.3 billion": 1; "$25 Billion": 0). */
function decimalsOf(surface: string): number {
  const m = /\d(?:[\d,]*)\.(\d+)/.exec(surface);
  return m ? m[1].length : 0;
}

/** The scale a headline's number was written at: its value over the number as written ("$6.3 billion": 1e9). */
function scaleOf(claim: Claim): number {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(claim.surface);
  const written = m ? Number(m[0].replace(/,/g, "")) : NaN;
  return written > 0 && Number.isFinite(written) ? claim.value / written : 1;
}

/** How well a body number matches a headline number: 0 the same value, 1 the same at its precision, 2 a bound met. */
export function matchRank(headline: Claim, body: Claim): number | undefined {
  if (headline.unit !== body.unit || !(headline.value > 0) || !(body.value > 0)) return undefined;
  const h = headline.value;
  const b = body.value;
  if (Math.abs(h - b) <= 1e-9 * h) return 0;
  // a bound holds in its direction only ("more than €6 billion" is not €5.8 billion)
  const over = headline.qualifier === "over" || headline.qualifier === "at-least";
  const under = headline.qualifier === "under" || headline.qualifier === "up-to";
  if ((over && b < h) || (under && b > h)) return undefined;
  const step = scaleOf(headline) * 10 ** -decimalsOf(headline.surface);
  if (Math.abs(b - h) <= step / 2 + 1e-9 * h) return 1;
  // a headline bound ("surpass €6 billion", "more than $5bn") that the body's value meets, close to it
  if (over && b <= h * 1.25) return 2;
  if (under && b >= h * 0.8) return 2;
  return undefined;
}

function spanWithin(inner: ClaimFrame["period"], outer: ClaimFrame["period"]): boolean {
  if (!outer) return true;
  if (!inner) return false;
  return inner.from >= outer.from && inner.to <= outer.to;
}

/**
 * The body claim each title claim restates, by title claim id. `frames` holds the frames already read; a body
 * claim that is itself not a figure or a conversion is never the one restated.
 */
export function headlineTwins(titleClaims: readonly Claim[], bodyClaims: readonly Claim[], frames: ReadonlyMap<string, ClaimFrame>): Map<string, Claim> {
  const out = new Map<string, Claim>();
  for (const t of titleClaims) {
    const own = frames.get(t.id);
    let best: Claim | undefined;
    let bestRank = Infinity;
    let bestSameMeasure = false;
    for (const b of bodyClaims) {
      const rank = matchRank(t, b);
      if (rank === undefined) continue;
      const frame = frames.get(b.id);
      if (!frame || frame.notFigure || frame.conversionOf) continue;
      if (own?.period && !spanWithin(frame.period, own.period)) continue;
      const sameMeasure = !!own?.measure && own.measure.key === frame.measure?.key;
      // the closest value first; between equals, the same measure; then the first in the text
      if (rank < bestRank || (rank === bestRank && sameMeasure && !bestSameMeasure)) {
        best = b;
        bestRank = rank;
        bestSameMeasure = sameMeasure;
      }
    }
    if (best) out.set(t.id, best);
  }
  return out;
}
