/**
 * One entry of the unit tables: a sticky regular expression tried right after a number (and its scale word), the
 * canonical unit it maps to (see types.ts) and the factor into it. The families live in their own files
 * (currencyNames.ts, physicalUnits.ts, flowUnits.ts, and units.ts for percentages, energy-trade volumes, durations
 * and multipliers); units.ts tries them in order.
 */
export type UnitKind = "percent" | "currency" | "measure" | "duration" | "multiplier" | "frequency";

export interface UnitRule {
  re: RegExp;
  unit: string;
  factor: number;
  kind: UnitKind;
  /** Allowed directly after the digits with no space ("20%", "38.8bcm", "5km"). */
  attached: boolean;
  /** Allowed after a hyphen ("30-day", "10-km", "3-fold"). */
  hyphen: boolean;
  /** Characters the unit text can start with: rules are only tried when the next character is one of them. */
  first: string;
}

/** A rule whose text is `source` (a regular expression without anchors), not followed by a letter or digit. */
export function rule(source: string, flags: string, unit: string, factor: number, kind: UnitKind, attached = true, hyphen = true): UnitRule {
  return { re: new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, `y${flags}u`), unit, factor, kind, attached, hyphen, first: firstChars(source, flags) };
}

/** The characters a rule's text can start with (lower- and upper-cased for a case-insensitive rule). */
export function firstChars(source: string, flags: string): string {
  const out = new Set<string>();
  let depth = 0;
  let atStart = true;
  // was the outermost open group at the start of an alternative? (an optional one leaves the start open: "(?:x)?y")
  let groupAtStart = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      if (atStart && depth === 0) out.add(source[i + 1] === "u" ? String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)) : source[i + 1]);
      atStart = false;
      i += source[i + 1] === "u" ? 5 : 1;
      continue;
    }
    if (ch === "(") {
      if (depth === 0) groupAtStart = atStart;
      depth++;
      if (source[i + 1] === "?") i += 2;
      continue;
    }
    if (ch === ")") {
      depth--;
      if (depth === 0) {
        const optional = source[i + 1] === "?" || source[i + 1] === "*";
        if (optional) i++;
        atStart = optional && groupAtStart;
      }
      continue;
    }
    if (ch === "|") {
      if (depth === 0) atStart = true;
      continue;
    }
    if (ch === "[" && atStart) {
      // a character class at the start: each of its (literal) characters
      const close = source.indexOf("]", i);
      for (const c of source.slice(i + 1, close)) if (c !== "\\") out.add(c);
      i = close;
      if (depth === 0) atStart = false;
      continue;
    }
    if (atStart) out.add(ch);
    if (depth === 0) atStart = false;
  }
  const all = [...out].join("");
  return flags.includes("i") ? all.toLowerCase() + all.toUpperCase() : all;
}
