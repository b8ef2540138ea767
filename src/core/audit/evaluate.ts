/**
 * Status of one group of claims, and what it shows: common unit (FX only through the user's table), intervals,
 * conflicts across independent sources, sides, spread, echoes of one origin.
 *   conflicting   – two claims of different independent sources cannot both be true (disjoint intervals)
 *   single-source – one independent source only (or no two independent sources are comparable)
 *   single-origin – several independent sources agree, but all attribute the number to one origin (an echo)
 *   corroborated  – two or more independent sources with different origins agree
 * Two claims of the SAME source that disagree do not make a conflict (they are more often two facts than a
 * contradiction); they get a "source-inconsistent" flag. Everything here is order-independent: only minima,
 * maxima, sets and sorted lists are used.
 */
import type { FigureStatus, Flag, Unit } from "../types";
import { UnionFind } from "../unionFind";
import type { ClaimContext } from "./context";
import { formatNumber, formatValue } from "./format";
import type { FxTable } from "./fx";
import { claimInterval, contains, describeInterval, entirelyBelow, justInside, type Interval } from "./interval";
import { baseUnitOf } from "./units";

export interface Member {
  ctx: ClaimContext;
  interval: Interval;
  /** Stated value in the island's unit. */
  value: number;
}

export interface Side {
  value: number;
  sourceIds: string[];
  claimIds: string[];
}

export interface Evaluation {
  unit: Unit;
  status: FigureStatus;
  min: number;
  max: number;
  spread: number;
  sides?: Side[];
  flags: Flag[];
  independentSources: number;
}

export interface EvaluateOptions {
  tolerance: number;
  fx: FxTable;
  fxGiven: boolean;
  sourceName: (sourceId: string) => string;
}

interface Island {
  unit: Unit;
  members: Member[];
}

/** Picks the figure's unit and converts what can be converted; the rest stays in islands of its own unit. */
function buildIslands(ctxs: readonly ClaimContext[], opts: EvaluateOptions): { main: Island; others: Island[] } {
  let oneUnit = true;
  for (const c of ctxs) if (c.claim.unit !== ctxs[0].claim.unit) oneUnit = false;
  if (oneUnit) {
    const unit = ctxs[0].claim.unit;
    return { main: { unit, members: ctxs.map((ctx) => member(ctx, opts.tolerance, 1)) }, others: [] };
  }
  // The most frequent dimension group + currency decides the figure's unit (ties: group, then currency,
  // alphabetical). A group holds few distinct pairs: a list, not a Map of joined strings.
  const tally: { group: string; currency: string; count: number; first: ClaimContext }[] = [];
  for (const c of ctxs) {
    const entry = tally.find((t) => t.group === c.info.group && t.currency === c.info.currency);
    if (entry) entry.count++;
    else tally.push({ group: c.info.group, currency: c.info.currency, count: 1, first: c });
  }
  let best = tally[0];
  for (const t of tally) {
    if (t.count > best.count || (t.count === best.count && (t.group < best.group || (t.group === best.group && t.currency < best.currency)))) best = t;
  }
  const { group, currency, first: ref } = best;
  const unit = baseUnitOf(ref.info, currency);
  const main: Island = { unit, members: [] };
  const rest = new Map<string, Island>();
  for (const c of ctxs) {
    let factor: number | undefined;
    if (c.info.group === group) {
      const fx = c.info.currency ? opts.fx.rate(c.info.currency, currency) : 1;
      if (fx !== undefined) factor = c.info.scale * fx;
    }
    if (factor !== undefined) main.members.push(member(c, opts.tolerance, factor));
    else {
      const ownUnit = baseUnitOf(c.info, c.info.currency);
      let island = rest.get(ownUnit);
      if (!island) rest.set(ownUnit, (island = { unit: ownUnit, members: [] }));
      island.members.push(member(c, opts.tolerance, c.info.scale));
    }
  }
  const others = [...rest.values()].sort((a, b) => (a.unit < b.unit ? -1 : 1));
  return { main, others };
}

function member(ctx: ClaimContext, tolerance: number, factor: number): Member {
  return { ctx, interval: claimInterval(ctx.claim, tolerance, factor), value: ctx.claim.value * factor };
}

/** How many independent sources the members come from (a list for the few of a usual group, else a Set). */
function independentCount(members: readonly Member[]): number {
  if (members.length > 8) {
    const seen = new Set<string>();
    for (const m of members) seen.add(m.ctx.independent);
    return seen.size;
  }
  let n = 0;
  for (let i = 0; i < members.length; i++) {
    const key = members[i].ctx.independent;
    let j = 0;
    while (j < i && members[j].ctx.independent !== key) j++;
    if (j === i) n++;
  }
  return n;
}

/** Ends ordered so that "a entirely below b" is hiKey(a) < loKey(b). */
function cmpEnd(x: number, xo: number, y: number, yo: number): number {
  return x < y ? -1 : x > y ? 1 : xo - yo;
}

interface PerSource {
  minHi: Member;
  maxLo: Member;
}

function hiBefore(a: Member, b: Member): boolean {
  return cmpEnd(a.interval.hi, a.interval.hiOpen ? -1 : 0, b.interval.hi, b.interval.hiOpen ? -1 : 0) < 0;
}
function loAfter(a: Member, b: Member): boolean {
  return cmpEnd(a.interval.lo, a.interval.loOpen ? 1 : 0, b.interval.lo, b.interval.loOpen ? 1 : 0) > 0;
}

/** A pair of members of different independent sources that cannot both be true, or undefined. Linear time. */
export function findConflict(members: readonly Member[]): [Member, Member] | undefined {
  const per = new Map<string, PerSource>();
  for (const m of members) {
    const p = per.get(m.ctx.independent);
    if (!p) per.set(m.ctx.independent, { minHi: m, maxLo: m });
    else {
      if (hiBefore(m, p.minHi) || (!hiBefore(p.minHi, m) && tieBreak(m, p.minHi) < 0)) p.minHi = m;
      if (loAfter(m, p.maxLo) || (!loAfter(p.maxLo, m) && tieBreak(m, p.maxLo) < 0)) p.maxLo = m;
    }
  }
  if (per.size < 2) return undefined;
  // The two sources with the lowest right ends and the two with the highest left ends (ties: source key).
  let hi1: [string, PerSource] | undefined;
  let hi2: [string, PerSource] | undefined;
  let lo1: [string, PerSource] | undefined;
  let lo2: [string, PerSource] | undefined;
  const lowerHi = (a: [string, PerSource], b: [string, PerSource]) =>
    hiBefore(a[1].minHi, b[1].minHi) || (!hiBefore(b[1].minHi, a[1].minHi) && a[0] < b[0]);
  const higherLo = (a: [string, PerSource], b: [string, PerSource]) =>
    loAfter(a[1].maxLo, b[1].maxLo) || (!loAfter(b[1].maxLo, a[1].maxLo) && a[0] < b[0]);
  for (const e of per) {
    if (!hi1 || lowerHi(e, hi1)) [hi1, hi2] = [e, hi1];
    else if (!hi2 || lowerHi(e, hi2)) hi2 = e;
    if (!lo1 || higherLo(e, lo1)) [lo1, lo2] = [e, lo1];
    else if (!lo2 || higherLo(e, lo2)) lo2 = e;
  }
  for (const h of [hi1, hi2]) {
    for (const l of [lo1, lo2]) {
      if (h && l && h[0] !== l[0] && entirelyBelow(h[1].minHi.interval, l[1].maxLo.interval)) return [h[1].minHi, l[1].maxLo];
    }
  }
  return undefined;
}

function tieBreak(a: Member, b: Member): number {
  const x = a.ctx.claim.id;
  const y = b.ctx.claim.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Claims of one independent source that disagree with each other (within the source). */
function findInnerInconsistencies(members: readonly Member[]): [Member, Member][] {
  const bySource = new Map<string, Member[]>();
  for (const m of members) {
    const list = bySource.get(m.ctx.independent);
    if (list) list.push(m);
    else bySource.set(m.ctx.independent, [m]);
  }
  const out: [Member, Member][] = [];
  for (const key of [...bySource.keys()].sort()) {
    const list = bySource.get(key) as Member[];
    if (list.length < 2) continue;
    let minHi = list[0];
    let maxLo = list[0];
    for (const m of list) {
      if (hiBefore(m, minHi) || (!hiBefore(minHi, m) && tieBreak(m, minHi) < 0)) minHi = m;
      if (loAfter(m, maxLo) || (!loAfter(maxLo, m) && tieBreak(m, maxLo) < 0)) maxLo = m;
    }
    if (entirelyBelow(minHi.interval, maxLo.interval)) out.push([minHi, maxLo]);
  }
  return out;
}

/**
 * Sides of a conflict: the fewest sets of claims whose intervals share a point (greedy interval stabbing, one pass
 * over the intervals sorted by their right end: O(k log k) however many sides there are).
 */
export function computeSides(members: readonly Member[]): Side[] {
  const sorted = [...members].sort(
    (a, b) =>
      cmpEnd(a.interval.hi, a.interval.hiOpen ? -1 : 0, b.interval.hi, b.interval.hiOpen ? -1 : 0) ||
      cmpEnd(a.interval.lo, a.interval.loOpen ? 1 : 0, b.interval.lo, b.interval.loOpen ? 1 : 0) ||
      tieBreak(a, b),
  );
  const groups: Member[][] = [];
  let point = NaN;
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    const current = groups[groups.length - 1];
    if (current && contains(m.interval, point)) {
      current.push(m);
      continue;
    }
    if (m.interval.hi === Infinity) {
      // Every interval from here on is unbounded above: one point past their greatest lower end holds them all.
      const rest = sorted.slice(i);
      let lo = -Infinity;
      for (const r of rest) lo = Math.max(lo, r.interval.lo);
      point = lo === -Infinity ? 0 : lo + Math.max(Math.abs(lo) * 1e-9, 1e-9);
      groups.push(rest);
      break;
    }
    point = justInside(m.interval);
    groups.push([m]);
  }
  const sides = groups.map((taken) => {
    const values = taken.map((m) => m.value).sort((a, b) => a - b);
    const mid = values.length % 2 ? values[(values.length - 1) / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    return {
      value: mid,
      sourceIds: [...new Set(taken.map((m) => m.ctx.claim.sourceId))].sort(),
      claimIds: taken.map((m) => m.ctx.claim.id).sort(),
    };
  });
  return sides.sort((a, b) => a.value - b.value || (a.claimIds[0] < b.claimIds[0] ? -1 : 1));
}

/**
 * The independent origins behind the members: two outlets are one origin when any of their claims credit the same
 * body or person, or when their articles are copies of one story (reprints, see frame/reprints.ts). An outlet whose
 * claims credit nobody and copy nobody is an origin of its own. Union–find over the outlets.
 */
export function originCount(members: readonly Member[]): { count: number; names: string[] } {
  const outlets = new UnionFind();
  const byOrigin = new Map<string, string>();
  const byStory = new Map<string, string>();
  // one name per origin key (the first written): "Institute of International Education" and "… (IIE)" are one
  const names = new Map<string, string>();
  for (const m of members) outlets.add(m.ctx.independent);
  for (const m of members) {
    const f = m.ctx.frame;
    const outlet = m.ctx.independent;
    if (f.origin) {
      if (!names.has(f.origin)) names.set(f.origin, f.originName);
      for (const key of f.originAlias ? [f.origin, f.originAlias] : [f.origin]) {
        const other = byOrigin.get(key);
        if (other === undefined) byOrigin.set(key, outlet);
        else outlets.union(other, outlet);
      }
    }
    const story = m.ctx.story;
    const copy = byStory.get(story);
    if (copy === undefined) byStory.set(story, outlet);
    else outlets.union(copy, outlet);
  }
  const roots = new Set<string>();
  for (const k of outlets.keys()) roots.add(outlets.find(k));
  return { count: roots.size, names: [...new Set(names.values())].sort() };
}

function conflictFlag(a: Member, b: Member, unit: Unit, opts: EvaluateOptions): Flag {
  const f = (n: number) => formatValue(n, unit);
  return {
    kind: "conflict",
    message: `${f(a.value)} (${opts.sourceName(a.ctx.claim.sourceId)}) and ${f(b.value)} (${opts.sourceName(b.ctx.claim.sourceId)}) cannot both be true: ${describeInterval(a.interval, f)} and ${describeInterval(b.interval, f)} do not overlap.`,
    claimIds: [a.ctx.claim.id, b.ctx.claim.id].sort(),
  };
}

function inconsistencyFlag(a: Member, b: Member, unit: Unit, opts: EvaluateOptions): Flag {
  return {
    kind: "source-inconsistent",
    message: `${opts.sourceName(a.ctx.claim.sourceId)} states both ${formatValue(a.value, unit)} and ${formatValue(b.value, unit)} here; they cannot both hold (two different facts, or a contradiction).`,
    claimIds: [a.ctx.claim.id, b.ctx.claim.id].sort(),
  };
}

/**
 * The flags of a figure that has none: one frozen array shared by all of them (most figures have no flag, and an
 * empty array each is a few hundred thousand objects on a large corpus). reconcile gives a figure its own array when
 * it adds a flag; pushing onto this one throws.
 */
export const NO_FLAGS: Flag[] = Object.freeze([]) as unknown as Flag[];

export function evaluateGroup(all: readonly ClaimContext[], opts: EvaluateOptions): Evaluation {
  // A conversion in parentheses restates its primary claim: shown with the figure, never compared.
  const primaries = all.length === 1 ? all : all.filter((c) => !c.frame.conversionOf);
  const ctxs = primaries.length ? primaries : all;
  if (ctxs.length === 1) {
    // One claim: nothing to compare (the common case, kept cheap).
    const c = ctxs[0].claim;
    return { unit: c.unit, status: "single-source", min: c.value, max: c.value, spread: 0, flags: NO_FLAGS, independentSources: 1 };
  }
  const { main, others } = buildIslands(ctxs, opts);
  const islands = [main, ...others].filter((i) => i.members.length);
  const flags: Flag[] = [];

  const counts = new Map<Island, number>(islands.map((i) => [i, independentCount(i.members)]));
  let conflictIsland: Island | undefined;
  for (const island of islands) {
    const pair = findConflict(island.members);
    if (pair && !conflictIsland) {
      conflictIsland = island;
      flags.push(conflictFlag(pair[0], pair[1], island.unit, opts));
    }
    // Only a source with two claims here can disagree with itself.
    if ((counts.get(island) as number) < island.members.length) {
      for (const [a, b] of findInnerInconsistencies(island.members)) flags.push(inconsistencyFlag(a, b, island.unit, opts));
    }
  }

  if (others.length) {
    const money = [main, ...others].filter((i) => i.members.length);
    const list = money.map((i) => `${i.unit} (${i.members.length} claim${i.members.length === 1 ? "" : "s"})`).join(", ");
    const currencies = money.map((i) => i.unit.split("/")[0]).filter((u) => /^[A-Z]{3}$/.test(u));
    const isFx = currencies.length >= 2;
    flags.push({
      kind: isFx ? "fx-missing" : "unit-mismatch",
      message: isFx
        ? `Not compared across currencies: ${list}. ${opts.fxGiven ? "The FX table has no rate for" : "No FX table given; add a rate for"} ${others.map((o) => `${o.unit.split("/")[0]}→${main.unit.split("/")[0]}`).join(", ")} to compare them.`
        : `Not compared: claims in different dimensions were put together (${list}).`,
      claimIds: others.flatMap((o) => o.members.map((m) => m.ctx.claim.id)).sort(),
    });
  }

  const comparable = islands.filter((i) => (counts.get(i) as number) >= 2);
  let status: FigureStatus | undefined;
  let sides: Side[] | undefined;
  if (conflictIsland) {
    status = "conflicting";
    sides = computeSides(conflictIsland.members);
  } else if (!comparable.length) status = "single-source";
  const origins = !status && comparable.length ? originCount(comparable.flatMap((i) => i.members)) : undefined;
  if (origins) status = origins.count >= 2 ? "corroborated" : "single-origin";

  if (status === "single-origin" && origins) {
    const who = origins.names.length ? `${origins.names.join(" / ")}` : "one story reprinted";
    flags.push({
      kind: "single-origin",
      message: `${independentCount(comparable.flatMap((i) => i.members))} outlets agree, but they all go back to ${who}: an echo, not a confirmation.`,
      claimIds: comparable.flatMap((i) => i.members.map((m) => m.ctx.claim.id)).sort(),
    });
  }

  const values = (main.members.length ? main.members : islands[0].members).map((m) => m.value);
  const unit = main.members.length ? main.unit : islands[0].unit;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const denom = Math.max(Math.abs(min), Math.abs(max));
  const spread = status === "conflicting" && denom > 0 ? (max - min) / denom : 0;
  const finalStatus: FigureStatus = status ?? "single-source";
  const conflictNote = flags.find((f) => f.kind === "conflict");
  if (status === "conflicting" && conflictNote) conflictNote.message += ` Spread ${formatNumber(spread * 100, 3)}%.`;
  return { unit, status: finalStatus, min, max, spread, sides, flags: flags.length ? flags : NO_FLAGS, independentSources: islands.length === 1 ? (counts.get(islands[0]) as number) : independentCount(islands.flatMap((i) => i.members)) };
}

/** The sides of a conflict among forecasts, when each forecaster stands on one side only; else undefined. */
function forecasterSides(parts: ClaimContext[][]): ClaimContext[][] | undefined {
  const sideOf = new Map<string, number>();
  for (let i = 0; i < parts.length; i++) {
    for (const c of parts[i]) {
      if (!c.frame.origin) return undefined;
      const seen = sideOf.get(c.frame.origin);
      if (seen !== undefined && seen !== i) return undefined;
      sideOf.set(c.frame.origin, i);
    }
  }
  return parts;
}

/**
 * The parts of a group that states several facts rather than one, one part per value (the sides), or undefined when
 * there is nothing to split: a group in which one independent source states values that cannot all hold (a 25th
 * and a 30th anniversary; "86% of nominal and 104% of peak capacity"), and a partial group (its frame lacks the period) whose values disagree: without the
 * period the audit cannot tell a contradiction from two facts, so it never calls it a conflict.
 */
/** Why a group was split: one source's two values, undated claims that disagree, or forecasts by different forecasters. */
export type SplitReason = "source" | "undated" | "forecaster";

export function splitGroup(all: readonly ClaimContext[], partial: boolean, opts: EvaluateOptions): { parts: ClaimContext[][]; reason: SplitReason } | undefined {
  const ctxs = all.filter((c) => !c.frame.conversionOf);
  if (ctxs.length < 2) return undefined;
  const { main, others } = buildIslands(ctxs, opts);
  if (others.length) return undefined;
  // One source stating two values that cannot both hold: the frame did not tell two facts apart (a writer does not
  // contradict herself in one article), so no value of this group can be trusted to contradict another source's.
  const selfContradicted = findInnerInconsistencies(main.members).length > 0;
  const conflict = !selfContradicted && findConflict(main.members);
  const byId = new Map(main.members.map((m) => [m.ctx.claim.id, m.ctx]));
  const sides = () => computeSides(main.members).map((side) => side.claimIds.map((id) => byId.get(id) as ClaimContext));
  // Forecasts of one frame by different forecasters ("the IMF expects 2.8%", "the World Bank sees 2.6%") are different
  // forecasts, not a contradiction: where every claim credits its forecaster and no forecaster stands on two sides,
  // each side is a figure of its own.
  const byForecaster = conflict && !partial && ctxs.every((c) => c.frame.kind === "target") ? forecasterSides(sides()) : undefined;
  if (!selfContradicted && !(partial && conflict) && !byForecaster) return undefined;
  const parts = byForecaster ?? sides();
  // conversions go with the part of the claim they restate
  for (const c of all) {
    if (!c.frame.conversionOf) continue;
    const part = parts.find((p) => p.some((m) => m.claim.id === c.frame.conversionOf)) ?? parts[0];
    part.push(c);
  }
  return { parts, reason: byForecaster ? "forecaster" : partial ? "undated" : "source" };
}
