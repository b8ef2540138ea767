/**
 * A rate on a route: "rates on the Shanghai to Rotterdam route climbed 12% to $4,406", "spot rates from Shanghai to
 * Rotterdam were up 12%", "Shanghai-Rotterdam rates rose 12%", "fares on the London–Edinburgh line". Each route is a
 * site of its own (Shanghai to Rotterdam and Shanghai to Los Angeles are two figures, and neither is the index or the
 * market they belong to), whichever way the outlet writes it; its rate is a market's, no country's, of the day told.
 *
 * A route is two names (capitalised words) joined by "to", a hyphen or a dash, before a noun of routes or of their
 * prices ("route", "lane", "rates", "fares"; not "prices": "Coca-Cola prices" are no route), or after "rates on",
 * "rates from", "fares for". Its key is the two
 * names in order ("shanghai>rotterdam"): the way back is another route.
 */
import type { FrameMeasure } from "./types";

export interface RouteMention {
  start: number;
  end: number;
  key: string;
  name: string;
}

const NAME = "([A-Z][\\p{L}.]+(?:[ \\t]+[A-Z][\\p{L}.]+){0,2})";
const JOIN = "(?:[ \\t]+to[ \\t]+|[ \\t]*[-–—][ \\t]*)";
const ROUTE_NOUN = "(?:routes?|lanes?|lines?|corridors?|rates?|fares?|freight\\s+rates?|spot\\s+rates?)";
/** "the Shanghai to Rotterdam route", "Shanghai-Rotterdam rates". */
const BEFORE_NOUN = new RegExp(`\\b${NAME}${JOIN}${NAME}[ \\t]+${ROUTE_NOUN}\\b`, "gu");
/** "rates on the Shanghai to Rotterdam", "rates from Shanghai to Rotterdam", "fares for London-Paris". */
const AFTER_NOUN = new RegExp(`\\b(?:[Rr]ates?|[Ff]ares?)[ \\t]+(?:on|from|for)[ \\t]+(?:the[ \\t]+)?${NAME}${JOIN}${NAME}\\b`, "gu");
/** Words that start a name only as the sentence's first word. */
const LEADING = /^(?:The|Spot|Freight|Container|Average|Its|Their)[ \t]+/;

function clean(name: string): string {
  return name.replace(LEADING, "").trim();
}

/** The routes a sentence names, in order. */
export function findRoutes(sentence: string): RouteMention[] {
  const out: RouteMention[] = [];
  for (const re of [BEFORE_NOUN, AFTER_NOUN]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const a = clean(m[1]);
      const b = clean(m[2]);
      if (!a || !b || out.some((o) => o.start < m!.index + m![0].length && m!.index < o.end)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, key: `${a.toLowerCase()}>${b.toLowerCase()}`, name: `${a}–${b}` });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

export const ROUTE_RATE: FrameMeasure = { key: "route-rate", name: "rate", how: "clause" };

/** The route a percentage or an amount at `start` of its clause (from `from`) is the rate of: the last one before it. */
export function routeOf(routes: readonly RouteMention[], from: number, start: number, unit: string): RouteMention | undefined {
  if (unit !== "%" && !/^[A-Z]{3}(?:\/|$)/.test(unit)) return undefined;
  const before = routes.filter((r) => r.start >= from && r.end <= start);
  return before[before.length - 1];
}

/** A cheap test before findRoutes. */
export const ROUTE_WORD = /\b(?:routes?|lanes?|lines?|corridors?|[Rr]ates?|[Ff]ares?)\b/;
