/**
 * Grouping claims into figures:
 *  1. an override puts a claim into the figure key the user named;
 *  2. else the metric catalogue: a metric catches the claim (split by unit dimension and period);
 *  3. else the claim frame: claims whose frames match — measure, product, places (with roles where both sides of a
 *     flow are named), period, kind, basis — and whose units share a dimension are one figure.
 * A claim whose frame has no measure stays on its own. A frame with no period is "partial": its claims are grouped
 * with other claims that lack the period too, and such a group may show agreement but never a conflict (see
 * evaluate.ts); they join the figure of their frame that states a period when it is the only one and their values
 * agree with it (joinUndated). Linear: one map from key to members.
 */
import { asOfLabel } from "../frame/asOf";
import { monthsIn, spanKey } from "../frame/period";
import type { FigureOverride, Metric } from "../types";
import { UnionFind } from "../unionFind";
import type { ClaimContext } from "./context";

export type GroupKind = "override" | "metric" | "frame" | "single";

export interface ClaimGroup {
  /** Stable key; the figure id is derived from it. */
  key: string;
  kind: GroupKind;
  members: ClaimContext[];
  metric?: Metric;
  /** Metric keywords that caught the members (for the reason). */
  keywords?: string[];
  /** Readable period of the group ("FY2024-25"), "" when none. */
  period: string;
  /** A frame without a period: the claims may agree, never conflict. */
  partial: boolean;
  /** Why the group was split off a larger one (for the reason). */
  splitNote?: string;
  /** Claims without a period that joined this dated figure because their values agree with it (see joinUndated). */
  undatedJoined?: number;
  /** Claims that say nowhere whose figure they are, joined because their values agree with it (see joinUnplaced). */
  unplacedJoined?: number;
  /** Claims of an organisation's figure that name no place, joined to the one of its frame that names one. */
  placelessJoined?: number;
  /** Changes that say nothing of their basis, joined because their values agree with it (see joinUnbased). */
  unbasedJoined?: number;
  /** An organisation's claims of a quarter told by its number alone, joined to its quarter told by its end (see joinFiscalQuarter). */
  quarterJoined?: number;
}

/** A part of the frame key a join leaves out (see joinUndated, joinUnplaced, joinPlaceless, joinUnbased). */
export type KeyPart = "period" | "whose" | "places" | "basis";

/** What a frame key is made of: the frame, the unit, and the key read with the article when it was. */
export type KeyedClaim = Pick<ClaimContext, "frame" | "info" | "key">;

/**
 * The frame key of a claim (undefined when its frame has no measure). `currency`: the currency it is grouped under
 * when amounts in different currencies are kept apart (see groupClaims), else "".
 */
export function frameKey(ctx: KeyedClaim, currency = "", without?: KeyPart): string | undefined {
  // read with the article (readArticle): the currency, when it counts, is the key's last part
  if (!without && ctx.key !== undefined) return !ctx.key ? undefined : ctx.key.endsWith("|") ? ctx.key + currency : ctx.key;
  const withPeriod = without !== "period";
  const withWhose = without !== "whose";
  const withBasis = without !== "basis";
  const f = ctx.frame;
  if (!f.measure) return undefined;
  // How long an event lasted ("a one-year extension", "the talks lasted two hours") is a property of the event:
  // matched by the event word and the peoples it concerns ("Russians may stay 30 days" vs "Chinese may stay 30 days");
  // when the event took place is told by the date lines (see eventsApart).
  // ... and by whose event it is where that was read ("a five-year contract" at one club, "a four-year contract" at another)
  if (isEventDuration(ctx)) return ["frame", f.measure.key, f.holder ? `${peopleOf(f.scopeKey)}@${f.holder}` : peopleOf(f.scopeKey), f.kind, ctx.info.group].join("|");
  // "fivefold", "nine times": a growth multiple spans the years it compares, which news rarely pins down (a partial
  // frame: matched without its period, never a conflict)
  if (ctx.info.group === "multiplier") return ["frame", f.measure.key, f.product ?? "", f.scopeKey, f.kind, f.basis ?? "", ctx.info.group].join("|");
  // (a running toll with no period is the count of the day it was told: see frame/asOf.ts)
  // (a forecast for a year is the same told "by 2100" or "in 2100": "fall to 633 million by 2100")
  const role = f.kind === "target" && f.periodRole === "by" ? "" : (f.periodRole ?? "");
  const period = !withPeriod ? "" : f.period ? `${role}${spanKey(f.period)}` : f.asOf ? `as-of:${f.asOf}` : "?";
  const measure = keyMeasure(f);
  // whose figure (see holder.ts) and at which site (site.ts), written after the places only when read, so that
  // figure ids stay as they were
  // (without its places: the organisation alone, for joinPlaceless)
  const places = without === "places" ? "" : f.scopeKey;
  let scope = !withWhose ? "" : f.holder ? `${places}@${f.holder}` : places;
  if (f.site && withWhose) scope += `#${f.site}`;
  // joined, not a template literal: the engine keeps a template's result as a tree of a dozen pieces, and a key is
  // kept for every claim read (a fifth of the memory held before a large audit; see scripts/bench-audit.ts)
  // (a change on the month, the quarter or the year: see frame/changeBasis.ts)
  let kind = withBasis && f.changeBasis ? `${f.kind}/${f.changeBasis}` : f.kind;
  // (an earlier estimate, replaced since: see frame/revision.ts)
  if (f.superseded) kind += "~earlier";
  return ["frame", measure, f.product ?? "", scope, period, kind, f.basis ?? "", ctx.info.group, currency].join("|");
}

/**
 * The measure as a frame key tells it ("" for none). A share is known by what it is a share of ("78% of peak
 * capacity"), whichever word its clause led with, and by the part it tells, when that was read ("Men accounted for
 * 78% of those killed"; see frame/sharePart.ts), keeping the part of the measure after "@", an age band or a sector
 * ("11.2% of residents" are the under-15s, "31.4% of residents" the over-65s).
 */
function keyMeasure(f: ClaimContext["frame"]): string {
  if (!f.measure) return "";
  const at = f.measure.key.indexOf("@");
  const shareMeasure = f.kind === "share" && f.shareOf ? `share-of:${f.shareOf}${at >= 0 ? f.measure.key.slice(at) : ""}` : f.measure.key;
  return f.kind === "share" && f.sharePart ? `${shareMeasure}@part:${f.sharePart}` : shareMeasure;
}

function peopleOf(scopeKey: string): string {
  return scopeKey.split(",").filter((k) => k.endsWith(":people")).join(",");
}

/**
 * A company's figure whose company could not be read, or a figure of no place, site or organisation (an event's
 * duration aside: it is matched by its event): whose it is was not read, so it may agree, never conflict.
 */
export function whoseUnknown(ctx: ClaimContext): boolean {
  const f = ctx.frame;
  return f.holder === "?" || (!isEventDuration(ctx) && !f.scopeKey && !f.holder && !f.site);
}

/** The measures of a share of a market, whose part is what the share is of ("the share of electric cars"). */
const MARKET_SHARES = new Set(["market-share", "n:share"]);

/**
 * A market's share whose part was not read: no product, organisation or site says whose share it is ("the share of
 * fully electric cars rose to 17.2%" where no product was read, beside "petrol cars' share fell to 26.5%"): it may
 * agree, never conflict.
 */
export function partUnknown(ctx: Pick<ClaimContext, "frame">): boolean {
  const f = ctx.frame;
  return f.kind === "share" && MARKET_SHARES.has(f.measure?.key ?? "") && !f.product && !f.holder && !f.site;
}

function isEventDuration(ctx: Pick<ClaimContext, "frame" | "info">): boolean {
  return ctx.info.group === "duration" && !!ctx.frame.measure?.key.startsWith("n:");
}

/**
 * `byCurrency`: amounts in different currencies are different figures (no exchange rates were given, so they could
 * not be compared; an amount stated in rupees is a fact of its own, converted at its own year's rate). A conversion
 * in parentheses stays with the amount it restates.
 */
export function groupClaims(contexts: readonly ClaimContext[], overrides: readonly FigureOverride[], emit?: (group: ClaimGroup) => void, byCurrency = false, agree?: Agreement): ClaimGroup[] {
  const currencyOf = new Map<string, string>();
  if (byCurrency) for (const c of contexts) currencyOf.set(c.claim.id, c.info.currency);
  const currency = (ctx: ClaimContext) => (byCurrency ? (currencyOf.get(ctx.frame.conversionOf ?? "") ?? ctx.info.currency) : "");
  const overrideOf = new Map<string, string>();
  // Deterministic when one claim is overridden twice: the greatest key wins, whatever the order.
  for (const o of overrides ?? []) {
    if (!o || !o.claimId || !o.figureKey) continue;
    const prev = overrideOf.get(o.claimId);
    if (prev === undefined || o.figureKey > prev) overrideOf.set(o.claimId, o.figureKey);
  }

  const groups = new Map<string, ClaimGroup>();
  const order: ClaimGroup[] = [];
  // the group of the key, made the first time (its kind, period and partiality are its first claim's)
  const add = (key: string, ctx: ClaimContext, kind: GroupKind, period: string, partial: boolean) => {
    let g = groups.get(key);
    if (!g) {
      g = { key, kind, members: [], period, partial };
      groups.set(key, g);
      order.push(g);
    }
    g.members.push(ctx);
    return g;
  };

  for (const ctx of contexts) {
    // the numbering of an event, a count of the text's own points: a claim, never a figure (unless set by hand)
    if (ctx.frame.notFigure && !overrideOf.has(ctx.claim.id)) continue;
    const period = ctx.frame.period?.label ?? (ctx.frame.asOf ? asOfLabel(ctx.frame.asOf) : "");
    const override = overrideOf.get(ctx.claim.id);
    if (override !== undefined) {
      const key = `override:${override}`;
      add(key, ctx, "override", period, false);
      continue;
    }
    if (ctx.metric) {
      const key = `metric:${ctx.metric.metric.key}|${ctx.info.group}|${ctx.frame.period ? spanKey(ctx.frame.period) : ""}`;
      const g = add(key, ctx, "metric", period, !ctx.frame.period);
      g.metric ??= ctx.metric.metric;
      if (!g.keywords?.includes(ctx.metric.keyword)) g.keywords = [...(g.keywords ?? []), ctx.metric.keyword].sort();
      continue;
    }
    const key = frameKey(ctx, currency(ctx));
    if (!key) {
      const own = `claim:${ctx.claim.id}`;
      add(own, ctx, "single", period, true);
      continue;
    }
    const event = isEventDuration(ctx);
    const multiple = ctx.info.group === "multiplier";
    // a company's figure whose company could not be read may agree with others, never contradict them
    // (nor may a market's share whose part could not be read)
    add(key, ctx, "frame", event || multiple ? "" : period, multiple || (!event && !ctx.frame.period) || whoseUnknown(ctx) || partUnknown(ctx));
  }
  const events = splitEvents(order);
  const keyWithout = (part: KeyPart) => (ctx: ClaimContext) => frameKey(ctx, currency(ctx), part);
  const withoutPeriod = keyWithout("period");
  const kept = agree ? joinUnbased(joinPlaceless(joinUnplaced(joinFiscalQuarter(joinUndated(events, withoutPeriod, agree), withoutPeriod, agree), keyWithout("whose"), agree), keyWithout("places"), agree), keyWithout("basis"), agree) : events;
  if (emit) {
    for (const g of kept) emit(g);
    return [];
  }
  return kept;
}

/** Do two claims' values agree (their intervals meet)? */
export type Agreement = (a: ClaimContext, b: ClaimContext) => boolean;

/**
 * A claim that states no period ("a trade deficit approaching $59bn", a lede that leaves the year to a later
 * paragraph) joins the figure of its frame that does state one when that figure is the only dated one of the frame
 * and the claim's value agrees with at least half the claims in it: the same fact, told without its date. It never
 * joins where two dated figures (2023 and 2024) agree with it, and it never makes a conflict (the values it meets
 * agree with it). Returns the groups left.
 */
function joinUndated(order: ClaimGroup[], keyWithoutPeriod: (ctx: ClaimContext) => string | undefined, agree: Agreement): ClaimGroup[] {
  const undated = (g: ClaimGroup) => g.kind === "frame" && g.partial && !g.members[0].frame.period && !isEventDuration(g.members[0]) && g.members[0].info.group !== "multiplier";
  const dated = (g: ClaimGroup) => g.kind === "frame" && !g.partial && !!g.members[0].frame.period;
  return joinAgreeing(order, undated, dated, keyWithoutPeriod, agree, "undatedJoined", WHOSE_PROBE);
}

/**
 * An organisation's quarter told by its number alone ("Orchard posted fourth-quarter revenue of $102.47 billion") is
 * read as the calendar's, but a company's quarters are often its fiscal ones: another outlet's "fiscal fourth quarter,
 * which ended Sept. 27" or "the three months to September" tells when it ran. Such a claim joins the figure of the
 * same organisation and frame that is a quarter told otherwise (by its end, or with its year) when that is the only
 * one whose values agree with it; it never makes a conflict. Not a country's quarter (no organisation: "GDP grew 0.4%
 * in the third quarter" is the calendar's), nor one whose year the text states ("the third quarter of 2024").
 */
function joinFiscalQuarter(order: ClaimGroup[], keyWithoutPeriod: (ctx: ClaimContext) => string | undefined, agree: Agreement): ClaimGroup[] {
  const quarter = (g: ClaimGroup) => {
    const f = g.members[0].frame;
    return g.kind === "frame" && !g.partial && !!f.holder && f.holder !== "?" && !!f.period && monthsIn(f.period) === 3;
  };
  // (every claim of the group told so: a group that holds one with its year stated is the calendar's)
  const byNumber = (g: ClaimGroup) => quarter(g) && g.members.every((m) => !!m.frame.period?.byNumber);
  const toldOtherwise = (g: ClaimGroup) => quarter(g) && !g.members[0].frame.period?.byNumber;
  return joinAgreeing(order, byNumber, toldOtherwise, keyWithoutPeriod, agree, "quarterJoined", WHOSE_PROBE);
}

/**
 * A claim whose frame says whose figure it is nowhere — no place, organisation or site ("Nonfarm payrolls increased
 * by 227,000", in an outlet that never names its own country) — joins the figure of its frame that does say it, when
 * that figure is the only one of the frame with a place and the claim's values agree with it (as joinUndated does for
 * a missing period). It never makes a conflict.
 */
function joinUnplaced(order: ClaimGroup[], keyWithoutWhose: (ctx: ClaimContext) => string | undefined, agree: Agreement): ClaimGroup[] {
  const unplaced = (g: ClaimGroup) => g.kind === "frame" && g.partial && !!g.members[0].frame.period && !isEventDuration(g.members[0]) && g.members[0].info.group !== "multiplier" && whoseUnknown(g.members[0]) && g.members[0].frame.holder !== "?";
  const placed = (g: ClaimGroup) => g.kind === "frame" && !g.partial && !!g.members[0].frame.period;
  return joinAgreeing(order, unplaced, placed, keyWithoutWhose, agree, "unplacedJoined", PRODUCT_PROBE);
}

/**
 * An organisation's or a site's figure told with no place ("Nordlicht Software must pay a fine of 1.84 billion euros",
 * "Kelby Airport served 9.1 million travellers") joins the figure of the same organisation or site and frame that
 * names one ("the European Commission fined Nordlicht Software 1.84 billion euros": the EU's) when that is the only
 * one whose values agree with it; it never makes a conflict.
 */
function joinPlaceless(order: ClaimGroup[], keyWithoutPlaces: (ctx: ClaimContext) => string | undefined, agree: Agreement): ClaimGroup[] {
  const ownerOf = (f: ClaimContext["frame"]) => (f.holder && f.holder !== "?") || !!f.site;
  const owned = (g: ClaimGroup) => g.kind === "frame" && ownerOf(g.members[0].frame) && !isEventDuration(g.members[0]) && g.members[0].info.group !== "multiplier";
  const placeless = (g: ClaimGroup) => owned(g) && !g.members[0].frame.scopeKey;
  const placed = (g: ClaimGroup) => owned(g) && !!g.members[0].frame.scopeKey;
  return joinAgreeing(order, placeless, placed, keyWithoutPlaces, agree, "placelessJoined", OWNER_PROBE);
}

/**
 * A change whose text says nothing of what it is measured against ("retail sales fell 0.8% in October") joins the
 * figure of its frame that says it ("fell 0.8% from September") when that is the only one whose values agree with it;
 * it never makes a conflict (as joinUndated does for a missing period). A change whose article gives its measure's
 * changes one basis (frame/articleBasis.ts: "Japan's output slipped 4.2%" in a story whose changes of the month are
 * all "from a year earlier") is of that basis: it joins its frame's figure of that basis whatever its value, and a
 * different value there is a conflict.
 */
function joinUnbased(order: ClaimGroup[], keyWithoutBasis: (ctx: ClaimContext) => string | undefined, agree: Agreement): ClaimGroup[] {
  const change = (g: ClaimGroup) => g.kind === "frame" && g.members[0].frame.kind === "change";
  const unbased = (g: ClaimGroup) => change(g) && !g.members[0].frame.changeBasis;
  const based = (g: ClaimGroup) => change(g) && !!g.members[0].frame.changeBasis;
  const sameBasis: Agreement = (a, b) => (!!a.frame.articleBasis && a.frame.articleBasis === b.frame.changeBasis) || agree(a, b);
  // (a group joins by its article's basis whole, or its claims one by one by their values)
  return joinAgreeing(order, unbased, based, keyWithoutBasis, sameBasis, "unbasedJoined", WHOSE_PROBE, agree);
}

/**
 * Partial groups (`joins`) joining the one figure (`into`) of their frame that states what they leave out, the frame
 * compared by `key` without that part: the one figure with the key whose claims agree (each of the group's claims
 * agrees with at least half the figure's claims), where exactly one does — an undated $24.1 billion joins the
 * FY2024-25 figure of $24.14 billion, not FY2023-24's $15.57 billion. The figure counts the claims that joined it
 * (`counted`). The claims of a group that does not join whole may join one by one, by `agreeAlone`.
 */
function joinAgreeing(order: ClaimGroup[], joins: (g: ClaimGroup) => boolean, into: (g: ClaimGroup) => boolean, key: (ctx: ClaimContext) => string | undefined, agree: Agreement, counted: "undatedJoined" | "unplacedJoined" | "placelessJoined" | "unbasedJoined" | "quarterJoined", probe: Probe, agreeAlone: Agreement = agree): ClaimGroup[] {
  // Only the groups that some group on the other side shares a measure and a probe with are keyed: a key is a new
  // string per group, and most groups have nothing to join (measured on the audit benchmark: without it, ~130,000
  // keys were built per 100,000 claims, ~0.5 KB each, most of them for figures no claim could join). The probes of
  // the smaller side filter the larger, whose probes left filter the smaller (a set of the larger side's probes was
  // itself most of the audit's time in the joins at 1M claims).
  let joiners: ClaimGroup[] = [];
  let targetGroups: ClaimGroup[] = [];
  for (const g of order) {
    if (joins(g)) joiners.push(g);
    if (into(g)) targetGroups.push(g);
  }
  if (joiners.length <= targetGroups.length) {
    targetGroups = sharingProbes(targetGroups, joiners, probe);
    joiners = sharingProbes(joiners, targetGroups, probe);
  } else {
    joiners = sharingProbes(joiners, targetGroups, probe);
    targetGroups = sharingProbes(targetGroups, joiners, probe);
  }
  if (!joiners.length || !targetGroups.length) return order;
  const targets = new Map<string, ClaimGroup[]>();
  for (const g of targetGroups) {
    const k = key(g.members[0]);
    if (k === undefined) continue;
    const list = targets.get(k);
    if (list) list.push(g);
    else targets.set(k, [g]);
  }
  if (!targets.size) return order;
  const joined = new Set<ClaimGroup>();
  // agreeing with at least half the figure's claims: a dated figure may still hold another fact of the same frame
  // that its split will set apart ("widened from $6.6 billion to $58.9 billion"), or a conflict the claim takes no
  // part in making
  // (a conversion in parentheses restates its primary claim: it is compared through it, never itself)
  // (and the figure's own conversions are not among the claims it is compared with)
  const memberAgrees = (m: ClaimContext, target: ClaimGroup, agrees = agree) => {
    const primaries = target.members.filter((t) => !t.frame.conversionOf);
    return 2 * primaries.filter((t) => agrees(m, t)).length >= primaries.length;
  };
  const agreesWith = (g: ClaimGroup, target: ClaimGroup) => g.members.every((m) => !!m.frame.conversionOf || memberAgrees(m, target));
  const move = (members: ClaimContext[], target: ClaimGroup) => {
    target.members.push(...members);
    target[counted] = (target[counted] ?? 0) + members.length;
  };
  for (const g of joiners) {
    const k = key(g.members[0]);
    const candidates = k === undefined ? undefined : targets.get(k);
    if (!candidates) continue;
    const agreeing = candidates.length === 1 ? (agreesWith(g, candidates[0]) ? candidates : []) : candidates.filter((t) => agreesWith(g, t));
    if (agreeing.length === 1) {
      move(g.members, agreeing[0]);
      joined.add(g);
      continue;
    }
    // claims of several facts told without their period ("$24.1 billion … up from $15.6 billion"): each joins the one
    // figure it agrees with, if one does (the others stay apart: "risen from $6.6 billion" is an earlier level of
    // the frame, whose time the text does not say); a conversion goes with its primary
    if (g.members.length < 2) continue;
    const placedIn = new Map<string, ClaimGroup>();
    for (const m of g.members) {
      if (m.frame.conversionOf) continue;
      const own = candidates.filter((t) => memberAgrees(m, t, agreeAlone));
      if (own.length === 1) placedIn.set(m.claim.id, own[0]);
    }
    if (!placedIn.size) continue;
    const left: ClaimContext[] = [];
    for (const m of g.members) {
      const target = placedIn.get(m.frame.conversionOf ?? m.claim.id);
      if (target) move([m], target);
      else left.push(m);
    }
    if (left.length) g.members = left;
    else joined.add(g);
  }
  return joined.size ? order.filter((g) => !joined.has(g)) : order;
}

/**
 * A part of a frame that its key without the part a join leaves out always holds (claims whose keys are equal have
 * equal measures and equal probes), read without building anything: two groups whose measures or probes differ
 * cannot join.
 */
type Probe = (f: ClaimContext["frame"]) => string;

/** Whose figure it is where the key holds it: its site, else its organisation, else its places. */
const WHOSE_PROBE: Probe = (f) => f.site ?? f.holder ?? f.scopeKey;
/** Whose figure it is without its places: its site, else its organisation. */
const OWNER_PROBE: Probe = (f) => f.site ?? f.holder ?? "";
/** The product (for a key without whose figure it is). */
const PRODUCT_PROBE: Probe = (f) => f.product ?? "";

/**
 * The probe of a group's first member ("" for an event's duration and a growth multiple, whose keys have shapes of
 * their own that leave some of the parts out: equal to no other shape's).
 */
function probeOf(g: ClaimGroup, probe: Probe): string {
  const first = g.members[0];
  return isEventDuration(first) || first.info.group === "multiplier" ? "" : probe(first.frame);
}

/**
 * The groups that share a measure (as their keys tell it: a share by what it is a share of) and a probe with one of
 * `others`. (A share's measure is a new string: only for shares, a small part of the groups.)
 */
function sharingProbes(groups: ClaimGroup[], others: readonly ClaimGroup[], probe: Probe): ClaimGroup[] {
  if (!groups.length || !others.length) return [];
  const byMeasure = new Map<string, Set<string>>();
  for (const g of others) {
    const measure = keyMeasure(g.members[0].frame);
    const set = byMeasure.get(measure);
    if (set) set.add(probeOf(g, probe));
    else byMeasure.set(measure, new Set([probeOf(g, probe)]));
  }
  return groups.filter((g) => !!byMeasure.get(keyMeasure(g.members[0].frame))?.has(probeOf(g, probe)));
}

/**
 * The durations of events of one word ("talks") split by the places they are in: events in places that have nothing
 * in common ("talks" between Russia and China, "talks" in Lisbon between Portugal and Morocco) are different events,
 * each a figure of its own (the two Lisbon accounts may still contradict each other). A pair of places is one event
 * with the pairs it shares a place with; a lone place joins the pair it is half of, and lone places that meet no
 * pair are one event (they may be the two sides of one pair). A claim with no place fits any: it stays with the
 * group when there is one event, else it is a group of its own. A part whose articles are dated more than a month
 * apart is partial (two summits of one kind: they may agree, never conflict). Other groups pass unchanged.
 */
function splitEvents(order: readonly ClaimGroup[]): ClaimGroup[] {
  const out: ClaimGroup[] = [];
  for (const g of order) {
    if (g.kind !== "frame" || !isEventDuration(g.members[0])) {
      out.push(g);
      continue;
    }
    const parts = eventsByPlaces(g.members);
    if (parts.length === 1) {
      if (eventsApart(g.members)) g.partial = true;
      out.push(g);
      continue;
    }
    for (const { codes, members } of parts) out.push({ ...g, key: `${g.key}|places:${codes}`, members, partial: g.partial || !codes || eventsApart(members) });
  }
  return out;
}

/** The places of an event claim: its own, else its article's (see ClaimFrame.eventPlaces). */
function eventCodes(m: ClaimContext): string[] {
  return [...new Set(m.frame.eventPlaces ?? m.frame.places.map((p) => p.code))].sort();
}

/** The members by event (see splitEvents), each part with its places ("cn,ru"; "" for the claims with none). */
function eventsByPlaces(members: readonly ClaimContext[]): { codes: string; members: ClaimContext[] }[] {
  const places = new UnionFind();
  const codesOf = members.map(eventCodes);
  // pairs join the pairs they share a place with
  for (const codes of codesOf) if (codes.length >= 2) for (const c of codes) places.add(c);
  for (const codes of codesOf) if (codes.length >= 2) for (const c of codes.slice(1)) places.union(codes[0], c);
  // lone places that are half of no pair are one event together
  const lone = [...new Set(codesOf.filter((codes) => codes.length === 1 && !places.has(codes[0])).map((codes) => codes[0]))];
  for (const c of lone) {
    places.add(c);
    places.union(lone[0], c);
  }
  const byRoot = new Map<string, ClaimContext[]>();
  const unplaced: ClaimContext[] = [];
  members.forEach((m, i) => {
    const codes = codesOf[i];
    if (!codes.length) unplaced.push(m);
    else {
      const root = places.find(codes[0]);
      const list = byRoot.get(root);
      if (list) list.push(m);
      else byRoot.set(root, [m]);
    }
  });
  if (byRoot.size <= 1) return [{ codes: "", members: [...members] }];
  const parts = [...byRoot.keys()].map((root) => ({ codes: [...places.keys()].filter((c) => places.find(c) === root).sort().join(","), members: byRoot.get(root) as ClaimContext[] }));
  if (unplaced.length) parts.push({ codes: "", members: unplaced });
  return parts;
}

/**
 * Articles dated more than a month apart report different events of one kind (two summits, two calls): their
 * durations may agree, never conflict. Undated articles fit any date.
 */
function eventsApart(members: readonly ClaimContext[]): boolean {
  const months = members
    .map((m) => m.frame.eventDate)
    .filter(Boolean)
    .map((d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)));
  return months.length > 1 && Math.max(...months) - Math.min(...months) > 1;
}
