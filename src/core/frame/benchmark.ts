/**
 * The price benchmark a number is quoted on: "Brent crude rose to $74.23 a barrel", "TTF gas fell to €35 per MWh".
 * A benchmark is a market's price, not a country's (so is a cryptocurrency's: "Bitcoin rose to $126,198"): its price takes no place from the article (a story about
 * strikes on Iran quotes Brent, not an Iranian price), and two benchmarks of one product (Brent and WTI) are two
 * figures. Read in the clause before the number, else right after it.
 */

export interface Benchmark {
  /** Comparable key ("brent", "henry hub"). */
  key: string;
  /** As written ("Brent", "West Texas Intermediate"). */
  name: string;
}

/** Each benchmark's key, with how news writes it. */
const BENCHMARKS: [string, string][] = [
  ["brent", "Brent"],
  ["wti", "WTI|West\\s+Texas\\s+Intermediate"],
  ["urals", "Urals"],
  ["dubai", "(?:Dubai|Oman)\\s+crude"],
  ["henry hub", "Henry\\s+Hub"],
  ["ttf", "(?:Dutch\\s+)?TTF"],
  ["jkm", "JKM"],
  ["nbp", "NBP"],
  // the largest cryptocurrencies: quoted, like a benchmark, on a market, no country's
  ["bitcoin", "[Bb]itcoin|BTC"],
  ["ether", "[Ee]ther(?:eum)?|ETH"],
];
/** All of them in one pattern, a group each: one pass over the stretch finds the last one named. */
const NAMED = new RegExp(`\\b(?:${BENCHMARKS.map(([, written]) => `(${written})`).join("|")})\\b`, "g");

/** The benchmark named in `text` between `from` and `to`, the one nearest `to` when several are. */
export function benchmarkIn(text: string, from: number, to: number): Benchmark | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.slice(from, to).matchAll(NAMED)) last = m;
  if (!last) return undefined;
  const group = last.findIndex((g, i) => i > 0 && g !== undefined);
  return { key: BENCHMARKS[group - 1][0], name: last[0] };
}

/**
 * The benchmark a number at [start, end) of `text` is quoted on: the one named last before it in its clause
 * ([from, start)), else the first one right after it ("$74 for Brent"), never one a later clause names ("up 1.2%,
 * and WTI closed at $59.35").
 */
export function benchmarkOf(text: string, from: number, to: number, start: number, end: number): Benchmark | undefined {
  const before = benchmarkIn(text, Math.max(from, start - 120), start);
  if (before) return before;
  const after = text.slice(end, Math.min(to, end + 30));
  const m = /^[^,;]*/.exec(after)?.[0] ?? "";
  return benchmarkIn(m, 0, m.length);
}
