/**
 * The period a figure refers to, as the sentence states it: "in 2025" → "2025", "By 2025" → "2025",
 * "since 2022" → "since 2022", "annually", "for three consecutive years", "in the first half of 2026" → "H1 2026",
 * "in November 2026" → "2026-11", "this year". "" when the sentence says none.
 */
import { monthNumber } from "../text/months";

const PATTERNS: { re: RegExp; build: (m: RegExpExecArray) => string }[] = [
  { re: /\bsince[ \u00a0]+((?:19|20)\d\d)\b/gi, build: (m) => `since ${m[1]}` },
  { re: /\bsince[ \u00a0]+the[ \u00a0]+(?:start|beginning|outbreak|launch)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?((?:[\p{Lu}][\p{L}-]*[ \u00a0]+){0,3}[\p{L}-]+)/giu, build: (m) => `since the start of the ${m[1]}` },
  { re: /\bfor[ \u00a0]+(\w+)[ \u00a0]+(?:consecutive|straight|successive|running)[ \u00a0]+(years|months|quarters|weeks|days)\b/gi, build: (m) => `for ${m[1]} consecutive ${m[2]}` },
  { re: /\b(?:in|during|over|for)[ \u00a0]+the[ \u00a0]+(first|second)[ \u00a0]+half[ \u00a0]+of[ \u00a0]+((?:19|20)\d\d)\b/gi, build: (m) => `H${m[1].toLowerCase() === "first" ? 1 : 2} ${m[2]}` },
  { re: /\b(?:in|during|for)[ \u00a0]+the[ \u00a0]+(first|second|third|fourth)[ \u00a0]+quarter[ \u00a0]+of[ \u00a0]+((?:19|20)\d\d)\b/gi, build: (m) => `Q${["first", "second", "third", "fourth"].indexOf(m[1].toLowerCase()) + 1} ${m[2]}` },
  { re: /\b(?:in|by|during|for|throughout|as[ \u00a0]+of|until|through|in[ \u00a0]+fiscal|of)[ \u00a0]+(January|February|March|April|May|June|July|August|September|October|November|December)[ \u00a0]+((?:19|20)\d\d)\b/g, build: (m) => `${m[2]}-${String(monthNumber(m[1])).padStart(2, "0")}` },
  { re: /\b(?:in|by|during|for|throughout|as[ \u00a0]+of|until|through|in[ \u00a0]+fiscal|last|this)[ \u00a0]+((?:19|20)\d\d)\b(?![ \u00a0]*[-–])/gi, build: (m) => m[1] },
  { re: /\b(?:in|by|during)[ \u00a0]+((?:19|20)\d\d)[ \u00a0]*[-–/][ \u00a0]*((?:19|20)?\d\d)\b/gi, build: (m) => `${m[1]}–${m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2]}` },
  { re: /\b(?:annually|a[ \u00a0]+year|per[ \u00a0]+year|each[ \u00a0]+year|every[ \u00a0]+year|per[ \u00a0]+annum|a[ \u00a0]+yearly|yearly|annual|per[ \u00a0]+year)\b/gi, build: () => "annually" },
  { re: /\b(?:a[ \u00a0]+month|per[ \u00a0]+month|each[ \u00a0]+month|monthly)\b/gi, build: () => "monthly" },
  { re: /\b(?:a[ \u00a0]+day|per[ \u00a0]+day|each[ \u00a0]+day|daily)\b/gi, build: () => "daily" },
  { re: /\b(this|last|next)[ \u00a0]+(year|month|week|quarter)\b/gi, build: (m) => `${m[1].toLowerCase()} ${m[2].toLowerCase()}` },
];

interface Found {
  start: number;
  end: number;
  label: string;
}

/** All period expressions in a sentence (computed once per sentence). */
export function findPeriods(sentence: string): Found[] {
  const out: Found[] = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = m.index + m[0].length;
      if (out.some((f) => f.start < end && start < f.end)) continue;
      out.push({ start, end, label: build(m) });
    }
  }
  return out;
}

/**
 * The period for a claim at [start, end) (offsets relative to the sentence): the nearest period expression,
 * preferring one in the same clause.
 */
export function choosePeriod(periods: Found[], start: number, end: number): string {
  let best = "";
  let bestDist = Infinity;
  for (const p of periods) {
    if (p.start < end && start < p.end) continue; // overlapping the claim itself
    const dist = p.start >= end ? p.start - end : start - p.end;
    if (dist < bestDist) {
      bestDist = dist;
      best = p.label;
    }
  }
  return best;
}
