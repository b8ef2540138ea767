/**
 * The basis an article gives its changes, for a change it leaves unsaid. A wire story of a month's output writes the
 * basis once or twice and then drops it: "Global crude steel production fell 2.8% in October from a year earlier",
 * "China … made 74.6 million tonnes, down 9.1% year on year", then "Japan's output slipped 4.2%". The 4.2% is on the
 * year too: every change of the article's measure and period that says what it is measured against says "a year
 * earlier".
 *
 * Read only where nothing says otherwise:
 * - every change of the same measure and period in the article that states a basis states the same one;
 * - none of them is of the change's own figure (same places, organisation, site and goods): "Retail sales fell 0.8%
 *   in October; from a year earlier they were up 2.1%" tells the 0.8% is on another basis (the month's);
 * - the change is compared with no time of its own that the basis readers do not know ("Sales fell 1.8% from the
 *   fourth quarter of 2025": changeBasis.ts comparesWithTime).
 *
 * The change keeps no basis in its key (two outlets that both leave it unsaid still meet); the audit lets it join its
 * frame's figure of that basis whatever its value, so that a different value there is a conflict (see
 * audit/grouping.ts joinUnbased), and says so in the figure's reason.
 */
import type { ChangeBasis } from "./changeBasis";
import { spanKey } from "./period";
import type { ClaimFrame } from "./types";

/** What makes two changes of an article one figure, the basis aside. */
function whose(f: ClaimFrame): string {
  return [f.scopeKey, f.holder ?? "", f.site ?? "", f.product ?? ""].join("|");
}

/** What makes two changes of an article changes of one series: their measure and period. */
function series(f: ClaimFrame): string | undefined {
  return f.kind === "change" && f.measure && f.period && !f.conversionOf ? `${f.measure.key}|${spanKey(f.period)}` : undefined;
}

/**
 * Sets `articleBasis` on the article's changes that state no basis where the article gives one (see above). `frames`:
 * the article's frames, in any order.
 */
export function withArticleBasis(frames: Iterable<ClaimFrame>, comparedOtherwise: ReadonlySet<ClaimFrame> = new Set()): void {
  const bases = new Map<string, Set<ChangeBasis>>();
  const basedFigures = new Set<string>();
  const unbased: { frame: ClaimFrame; series: string }[] = [];
  for (const f of frames) {
    const s = series(f);
    if (s === undefined) continue;
    if (!f.changeBasis) {
      if (!comparedOtherwise.has(f)) unbased.push({ frame: f, series: s });
      continue;
    }
    const set = bases.get(s);
    if (set) set.add(f.changeBasis);
    else bases.set(s, new Set([f.changeBasis]));
    basedFigures.add(`${s}|${whose(f)}`);
  }
  for (const { frame, series: s } of unbased) {
    const set = bases.get(s);
    if (!set || set.size !== 1 || basedFigures.has(`${s}|${whose(frame)}`)) continue;
    frame.articleBasis = [...set][0];
  }
}
