import { parseQuantity } from "../../../src/core/extract/quantity";
import { claimsOf } from "./helpers";

/**
 * Unbroken runs of digits and separators (issue 13, item 2): each candidate inside a run must cost a bounded
 * amount. Before the fix a 4 MB run of "1234567890" took 38 s: every skip (300 characters at most) was followed by
 * a candidate that re-read the rest of the run. The work is counted, not timed: the scan below steps through the
 * run as extractClaims does (every digit is a candidate; resume where parseQuantity says) on a String object that
 * counts the characters read by charCodeAt (reads made by regular expressions are not counted: the grouped forms
 * are read by sticky expressions, which the 4 MB cases exercise; before the fix the spaced groups took 24 s at 80 kB).
 */
function charactersRead(text: string): number {
  let reads = 0;
  const counting = Object.assign(new String(text), {
    charCodeAt(i: number): number {
      reads++;
      return text.charCodeAt(i);
    },
  }) as unknown as string;
  let pos = 0;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (!(c >= 48 && c <= 57) && c !== 36) {
      pos++;
      continue;
    }
    const outcome = parseQuantity(counting, pos);
    pos = typeof outcome === "number" ? Math.max(outcome, pos + 1) : Math.max(outcome.end, pos + 1);
  }
  return reads;
}

const RUNS: [string, string][] = [
  ["digits", "1234567890"],
  ["English groups", "123,456,"],
  ["Indian groups", "12,34,"],
  ["decimals", "1.2345678"],
  ["a currency before digits", "$1234567890"],
  ["spaced groups", "123\u00a0456\u00a0"],
];

describe("extraction over long unbroken runs", () => {
  it.each(RUNS)("%s: the characters read grow linearly with the run", (_, unit) => {
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const large = unit.repeat(Math.ceil(80_000 / unit.length));
    const a = charactersRead(small);
    const b = charactersRead(large);
    // 4x the run, at most 4.5x the reading (re-reading the rest of the run after each skip gave ~16x)
    expect(b / a).toBeLessThan(4.5);
  });

  it.each(RUNS)("%s: a 4 MB run gives at most one figure", (_, unit) => {
    const text = unit.repeat(Math.ceil((4 * 1024 * 1024) / unit.length));
    // at most a reading of the run's first characters ("12" of "12,34,12,...", "$1234567890")
    expect(claimsOf(text).length).toBeLessThanOrEqual(1);
  });
});
