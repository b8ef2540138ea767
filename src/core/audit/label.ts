/**
 * Readable label and reason of a figure, built from its frame: "India crude oil imports · FY2024-25 · t",
 * "Russia → EU LNG flow, growth · 2024 · %", and a reason that names the frame parts that matched and the origins
 * behind the claims.
 */
import { asOfLabel } from "../frame/asOf";
import { monthsIn } from "../frame/period";
import { placeOf } from "../frame/places";
import { memo } from "../text/memo";
import type { ClaimFrame } from "../frame/types";
import type { ClaimContext } from "./context";
import { partUnknown, whoseUnknown, type ClaimGroup } from "./grouping";
import { unitInfo } from "./units";

const KIND_WORDS: Record<string, string> = { change: "change", share: "share", rank: "rank", target: "target", level: "" };

/** "India–Russia", "Russia → EU", "India". */
export function placesText(frame: ClaimFrame): string {
  return frame.scopeKey ? placesOfScope(frame.scopeKey) : "";
}

/** The places of a scope key, remembered: a corpus has few scopes and many figures. */
const placesOfScope = memo((scopeKey: string): string => {
  if (scopeKey.includes(">")) return scopeKey.split(">").map((c) => placeOf(c).name).join(" → ");
  const codes = scopeKey.split(",");
  const places = codes.filter((c) => !c.endsWith(":people")).map((c) => placeOf(c).name);
  const people = codes.filter((c) => c.endsWith(":people")).map((c) => placeOf(c.slice(0, -7)).name);
  return [places.join("–"), people.length ? `people of ${people.join(" and ")}` : ""].filter(Boolean).join(", ");
});

/** The places of a scope key that are places, and those that are peoples ("in:people"), as names. */
const scopeParts = memo((scopeKey: string): { places: string; people: string } => {
  if (!scopeKey || scopeKey.includes(">")) return { places: scopeKey ? placesOfScope(scopeKey) : "", people: "" };
  const codes = scopeKey.split(",");
  return {
    places: codes.filter((c) => !c.endsWith(":people")).map((c) => placeOf(c).name).join("–"),
    people: codes.filter((c) => c.endsWith(":people")).map((c) => placeOf(c.slice(0, -7)).name).join(" and "),
  };
});

/** Nouns for people: a count of them is of people "from" a place ("US students from India"). */
const PEOPLE_NOUN = /^n:(?:student|tourist|worker|migrant|refugee|traveller|patient|resident|citizen|national|voter|pilgrim|child|people|person|soldier|troop|applicant|graduate|expat|visitor)$/;

function measureText(frame: ClaimFrame): string {
  const m = frame.measure;
  if (!m) return "";
  if (m.key === "flow") return "deliveries";
  return m.name;
}

/** How the unit reads in a label: codes for money and units; durations, counts and ranks need none. */
function unitText(unit: string): string {
  switch (unitInfo(unit).group) {
    case "duration":
    case "ordinal":
      return "";
    case "count":
      return "count";
    case "multiplier":
      return "×";
    default:
      return unit;
  }
}

/** The words of a frame: "India crude oil imports, change". */
/** What a noun measure gives of its noun in a dimension other than a count: "cable length", "deal value". */
const NOUN_DIMENSION: Record<string, string> = { money: "value", length: "length", mass: "weight", volume: "volume", energy: "energy", area: "area" };

export function frameWords(frame: ClaimFrame, unit = ""): string {
  let measure = measureText(frame);
  const dimension = NOUN_DIMENSION[unitInfo(unit).group];
  if (frame.measure?.key.startsWith("n:") && dimension) measure += ` ${dimension}`;
  // a people is said after the measure: "US students from India", "Canada permits for people from India"
  const { places, people } = scopeParts(frame.scopeKey);
  let text = [places, frame.siteName, frame.holderName, frame.product, measure].filter(Boolean).join(" ");
  if (people) text += text ? ` ${PEOPLE_NOUN.test(frame.measure?.key ?? "") ? "from" : "for people from"} ${people}` : `people from ${people}`;
  // (the basis where it tells something: a year's change is on the year before)
  const basisWords = frame.kind === "change" && frame.changeBasis && !(frame.changeBasis === "year" && frame.period && monthsIn(frame.period) >= 12);
  const kind = basisWords ? (frame.changeBasis === "average" ? "change on the average of years" : `change on the ${frame.changeBasis}`) : KIND_WORDS[frame.kind];
  // (a vote share says it is a share)
  const voteShare = frame.measure?.key === "vote-share";
  if (frame.kind === "share" && frame.shareOf && !voteShare) text += `, share of ${frame.shareOf}`;
  else if (kind && !voteShare) text += `, ${kind}`;
  // (the part a share tells: "share of deaths: men")
  if (frame.kind === "share" && frame.sharePart) text += `: ${frame.sharePart.replace(/-/g, " ")}`;
  if (frame.basis) text += ` (in ${frame.basis} terms)`;
  if (frame.superseded) text += ", earlier estimate";
  return text;
}

/**
 * The claim a figure is told by: no conversion; one that says whose figure it is (place-less claims may have joined:
 * joinUnplaced), with a period when `dated` (the reason's), and of those one that names its places (an organisation's
 * claims that name none may have joined: joinPlaceless), then one that states its change's basis; the first such in
 * order.
 */
function representative(members: readonly ClaimContext[], dated: boolean): ClaimContext {
  let best: ClaimContext | undefined;
  let bestScore = -1;
  for (const m of members) {
    if (m.frame.conversionOf) continue;
    // (a quarter told by its number alone may be read wrong: see joinFiscalQuarter)
    // (and of those one that says what its change is measured against: changes that say nothing may have joined,
    // see joinUnbased)
    const score = (dated && m.frame.period ? (m.frame.period.byNumber ? 3.5 : 4) : 0) + (whoseUnknown(m) ? 0 : 2) + (m.frame.scopeKey ? 1 : 0) + (m.frame.changeBasis ? 0.5 : 0);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best ?? members[0];
}

export function figureLabel(group: ClaimGroup, members: readonly ClaimContext[], unit: string): string {
  const unitWords = unitText(unit);
  // joined into one flat string, as the reason is (see reasonText)
  const tail = (head: string, period: string) => [head, period ? ` · ${period}` : "", unitWords ? ` · ${unitWords}` : ""].join("");
  if (group.kind === "metric" && group.metric) return tail(group.metric.label || group.metric.key, group.period);
  // known by a claim that says whose figure it is, where one does (place-less claims may have joined: joinUnplaced)
  const first = representative(members, false);
  const event = unitInfo(unit).group === "duration" && first.frame.measure?.key.startsWith("n:");
  let head = event ? `${first.frame.measure?.name ?? ""} duration` : first.frame.measure ? frameWords(first.frame, unit) : "";
  if (!head) head = `"${first.claim.surface}" (measure not stated)`;
  return tail(head, group.period);
}

function originNames(members: readonly ClaimContext[]): string {
  if (members.length === 1) return members[0].frame.origin ? members[0].frame.originName : "";
  const names = new Map<string, string>();
  for (const m of members) {
    const f = m.frame;
    if (f.origin && !names.has(f.origin)) names.set(f.origin, f.originName);
  }
  return [...names.values()].sort().join(", ");
}

/** Why the claims of a group form one figure, in one line. */
export function figureReason(group: ClaimGroup, members: readonly ClaimContext[]): string {
  const text = reasonText(group, members);
  return group.splitNote ? [text, "; ", group.splitNote].join("") : text;
}

/**
 * "; 2 claims that state no period joined: their values agree with this figure, the only one of the frame with a
 * period": the claims a join brought in (`verb` takes an s for one claim), "" for none.
 */
function joinedNote(n: number | undefined, verb: string, what: string, only: string): string {
  if (!n) return "";
  const one = n === 1;
  return `; ${n} claim${one ? "" : "s"} ${verb}${one ? "s" : ""}${what} joined: ${one ? "its value agrees" : "their values agree"} with this figure, the only one of the frame ${only}`;
}

/** The calendar quarter the joined claims of a quarter told by its number were read as ("Q4 2024"). */
function quarterToldByNumber(members: readonly ClaimContext[]): string {
  return members.find((m) => m.frame.period?.byNumber)?.frame.period?.label ?? "";
}

/**
 * "; 1 change that states no basis joined: its article measures the other changes of its measure and period on the
 * year" (see frame/articleBasis.ts), "" for none.
 */
function articleBasisNote(members: readonly ClaimContext[], basis: string | undefined): string {
  if (!basis) return "";
  let n = 0;
  for (const m of members) if (!m.frame.changeBasis && m.frame.articleBasis === basis) n++;
  if (!n) return "";
  const one = n === 1;
  return `; ${n} change${one ? "" : "s"} that state${one ? "s" : ""} no basis joined: ${one ? "its article measures" : "their articles measure"} the other changes of ${one ? "its" : "their"} measure and period on the ${basis}`;
}

function reasonText(group: ClaimGroup, members: readonly ClaimContext[]): string {
  const n = members.length;
  const claims = `${n} claim${n === 1 ? "" : "s"}`;
  const origins = originNames(members);
  const credit = origins ? `; credited to ${origins}` : "; no origin credited";
  switch (group.kind) {
    case "override":
      return `set by hand: ${claims} assigned to figure key '${group.key.slice("override:".length)}'`;
    case "metric":
      return `metric '${group.metric?.key ?? ""}' (keyword ${(group.keywords ?? []).map((k) => `'${k}'`).join(", ")}), ${group.period ? `period ${group.period}` : "no period"}${credit}`;
    case "single":
      return `on its own: no measure could be read for "${members[0].claim.surface}", so it is matched with nothing`;
    default: {
      // the frame the figure is known by: a claim with a period where one has it (undated claims may have joined)
      const first = representative(members, true);
      const f = first.frame;
      // the frame parts that matched, joined into one flat string: a figure's reason is kept with it, and built by
      // concatenation it was kept as a tree of string pieces (a heap snapshot of the figures: ~15 string objects per
      // figure for its label and reason, now two; the heap the figures hold, 7% less)
      const parts: string[] = [n > 1 ? `${claims} with the same ` : "one claim: ", "measure ", f.measure?.name ?? "?"];
      if (f.product) parts.push(", product ", f.product);
      parts.push(f.scopeKey ? `, places ${placesText(f)}` : ", no places");
      if (f.siteName) parts.push(", site ", f.siteName);
      if (f.holderName) parts.push(", of ", f.holderName);
      else if (whoseUnknown(first)) parts.push(", whose figure not stated (never a conflict)");
      if (partUnknown(first)) parts.push(", a share of what not stated (never a conflict)");
      parts.push(f.period ? `, period ${f.period.label}` : f.asOf ? `, no period stated: a running toll, counted ${asOfLabel(f.asOf)}, the day it was told (never a conflict)` : group.partial ? ", no period stated (grouped only with claims that state none; never a conflict)" : ", no period stated");
      if (f.kind !== "level") parts.push(", kind ", f.kind, f.kind === "change" && f.changeBasis ? ` on the ${f.changeBasis}` : "");
      if (f.basis) parts.push(", basis ", f.basis);
      parts.push(", dimension ", members[0].info.name);
      const conversions = n === 1 ? 0 : members.filter((m) => m.frame.conversionOf).length;
      const conv = conversions ? `; ${conversions} conversion${conversions === 1 ? "" : "s"} in parentheses (not counted as sources)` : "";
      const headlines = n === 1 ? (f.restates ? 1 : 0) : members.filter((m) => m.frame.restates).length;
      const head = headlines ? `; ${headlines} headline number${headlines === 1 ? "" : "s"} read with the frame of the body number ${headlines === 1 ? "it restates" : "they restate"}` : "";
      const undated = joinedNote(group.undatedJoined, "that state", " no period", "with a period");
      const unplaced = joinedNote(group.unplacedJoined, "that name", " no place or organisation", "that names one");
      const placeless = joinedNote(group.placelessJoined, "of the organisation or site that name", " no place", "that names one");
      const quarter = group.quarterJoined ? `; ${group.quarterJoined} claim${group.quarterJoined === 1 ? "" : "s"} of a quarter told by its number alone joined (read as the calendar's ${quarterToldByNumber(members)}, it is the organisation's fiscal quarter): ${group.quarterJoined === 1 ? "its value agrees" : "their values agree"} with this figure, the only one of the frame that tells its quarter otherwise` : "";
      parts.push(conv, head, undated, unplaced, placeless, quarter, articleBasisNote(members, f.changeBasis), credit);
      return parts.join("");
    }
  }
}
