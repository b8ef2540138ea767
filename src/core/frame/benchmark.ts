/**
 * The price benchmark a number is quoted on: "Brent crude rose to $74.23 a barrel", "TTF gas fell to €35 per MWh".
 * A benchmark is a market's price, not a country's: its price takes no place from the article (a story about
 * strikes on Iran quotes Brent, not an Iranian price), and two benchmarks of one product (Brent and WTI) are two
 * figures. Read in the clause before the number and right after it.
 */

export interface Benchmark {
  /** Comparable key ("brent", "henry hub"). */
  key: string;
  /** As written ("Brent", "West Texas Intermediate"). */
  name: string;
}

const BENCHMARKS: [RegExp, string][] = [
  [/\bBrent\b/, "brent"],
  [/\b(?:WTI|West\s+Texas\s+Intermediate)\b/, "wti"],
  [/\bUrals\b/, "urals"],
  [/\b(?:Dubai|Oman)\s+crude\b/, "dubai"],
  [/\bHenry\s+Hub\b/, "henry hub"],
  [/\b(?:Dutch\s+)?TTF\b/, "ttf"],
  [/\bJKM\b/, "jkm"],
  [/\bNBP\b/, "nbp"],
];

/** The benchmark named in `text` between `from` and `to`, the one nearest `to` when several are. */
export function benchmarkIn(text: string, from: number, to: number): Benchmark | undefined {
  const stretch = text.slice(from, to);
  let best: { at: number; key: string; name: string } | undefined;
  for (const [re, key] of BENCHMARKS) {
    const m = re.exec(stretch);
    if (!m) continue;
    // the last mention in the stretch
    let at = m.index;
    let name = m[0];
    const global = new RegExp(re.source, "g");
    for (let g = global.exec(stretch); g; g = global.exec(stretch)) {
      at = g.index;
      name = g[0];
    }
    if (!best || at > best.at) best = { at, key, name };
  }
  return best && { key: best.key, name: best.name };
}
