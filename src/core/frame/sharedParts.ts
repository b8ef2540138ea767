/**
 * Equal parts of claim frames shared, not copied. Frames are kept for every claim read (see readArticle.ts), and a
 * million claims repeat a few thousand measures, place lists, periods and credited names: a frame that holds its
 * own copies of them held ~570 bytes per claim, and the memory held before an audit of a million claims is what
 * made it take more than 10× the time of 100,000 (audit benchmark, scripts/bench-audit.ts). A frame's parts are not
 * changed once it is made, so frames may share them.
 *
 * The tables are bounded (they start afresh when full), like memo: an endless stream of distinct parts cannot grow
 * them without end, and sharing is only ever a saving.
 */
import type { Span } from "./period";
import type { ScopedPlace } from "./scope";
import type { ClaimFrame, FrameMeasure } from "./types";

const LIMIT = 8192;

/** A bounded table of shared values: the first value seen for a key is the one returned for it after. */
function table<T>(): (key: string, value: T) => T {
  let seen = new Map<string, T>();
  return (key, value) => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    if (seen.size >= LIMIT) seen = new Map();
    seen.set(key, value);
    return value;
  };
}

const measures = table<FrameMeasure>();
const placeLists = table<ScopedPlace[]>();
const spans = table<Span>();
const strings = table<string>();

const NO_PLACES: ScopedPlace[] = [];

function placesKey(places: readonly ScopedPlace[]): string {
  let key = "";
  for (const p of places) key += `${p.code}\u0001${p.role}\u0001${p.explicit ? 1 : 0}\u0002`;
  return key;
}

function sharedString(s: string | undefined): string | undefined {
  return s ? strings(s, s) : s;
}

/** The frame with its parts replaced by shared equal ones (the same frame object, changed in place). */
export function shareParts(frame: ClaimFrame): ClaimFrame {
  const m = frame.measure;
  if (m) frame.measure = measures(`${m.key}\u0001${m.name}\u0001${m.how}`, m);
  frame.places = frame.places.length ? placeLists(placesKey(frame.places), frame.places) : NO_PLACES;
  const p = frame.period;
  if (p) frame.period = spans(`${p.from}\u0001${p.to}\u0001${p.label}${p.byNumber ? "\u0001#" : ""}`, p);
  frame.scopeKey = sharedString(frame.scopeKey) as string;
  frame.originName = sharedString(frame.originName) as string;
  frame.origin = sharedString(frame.origin) as string;
  frame.eventDate = sharedString(frame.eventDate) as string;
  if (frame.holderName) frame.holderName = sharedString(frame.holderName);
  if (frame.holder) frame.holder = sharedString(frame.holder);
  if (frame.site) frame.site = sharedString(frame.site);
  if (frame.siteName) frame.siteName = sharedString(frame.siteName);
  return frame;
}
