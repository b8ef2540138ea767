/**
 * Flows: oil in barrels per day (bbl/d) and gas in cubic metres per day (m3/d), as the trade press writes them —
 * "bpd", "b/d", "Mbd", "mb/d", "kb/d", "Bcf/d", "MMcf/d", "mcm/d", "MMSCMD" — and the daily rate after any volume
 * ("billion cubic feet per day", "5 mcm a day"). Annual rates ("bcm/y", "mtpa") stay amounts in m3 or t: a yearly
 * amount is how annual volumes are stated and compared, and the sentence's period says "a year".
 */
import { rule } from "./unitRule";
import type { UnitRule } from "./unitRule";

const SP = "[ \\u00a0]";
const CUBIC_FOOT = 0.028316846592;
const PER_DAY = `(?:/d(?:ay)?|${SP}?per${SP}day|${SP}a${SP}day)`;

export const FLOW_UNITS: UnitRule[] = [
  // oil
  rule(`barrels?${SP}(?:of${SP}oil${SP})?(?:per|a)${SP}day|barrels${SP}daily|b/d|bpd|bbls?/d|bopd`, "i", "bbl/d", 1, "measure"),
  rule("kb/d|kbd|kbpd|kbbls?/d", "i", "bbl/d", 1e3, "measure"),
  rule("Mbbls?/d", "", "bbl/d", 1e3, "measure"),
  rule("mb/d|mbd|mmb/d|mmbd|mmbpd|mbpd|mmbbls?/d", "i", "bbl/d", 1e6, "measure"),
  // gas
  rule(`bcf${PER_DAY}|bcfd`, "i", "m3/d", 1e9 * CUBIC_FOOT, "measure"),
  rule(`mmcf${PER_DAY}|mmcfd|mmscfd`, "i", "m3/d", 1e6 * CUBIC_FOOT, "measure"),
  rule(`bcm${PER_DAY}`, "i", "m3/d", 1e9, "measure"),
  rule(`(?:mcm|mmcm|mmscm)${PER_DAY}|mcmd|mmscmd|mmcmd`, "i", "m3/d", 1e6, "measure"),
];

const PER_DAY_AFTER = new RegExp(`${PER_DAY}(?![\\p{L}\\p{N}])|${SP}daily(?![\\p{L}\\p{N}])`, "iuy");

/** The end of a daily rate ("per day", "a day", "/d", " daily") right after a volume, or -1. */
export function perDayAfter(text: string, pos: number): number {
  PER_DAY_AFTER.lastIndex = pos;
  return PER_DAY_AFTER.test(text) ? PER_DAY_AFTER.lastIndex : -1;
}
