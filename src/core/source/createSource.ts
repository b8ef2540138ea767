/**
 * createSource(text, overrides): a Source read from what the text says — a URL line, a "written by" / "By" byline,
 * a dateline or "Published ..." date, the outlet (stated, or from the URL's host), the first line as title.
 * Overrides win. The id is stable: "s-" + stableHash(file name + "\n" + text).
 */
import type { Source, SourceOverrides } from "../types";
import { stableHashOf } from "../hash";
import { findUrl, outletFromUrl } from "./url";
import { findAuthor } from "./author";
import { findPublished } from "./published";
import { findTitle } from "./title";
import { findOutlet } from "./outlet";

/** Only the head and tail of very long texts are searched for metadata (keeps it cheap on 50 MB inputs). */
const HEAD = 4000;
const TAIL = 3000;

export function createSource(text: string, overrides: SourceOverrides = {}): Source {
  const body = typeof text === "string" ? text : "";
  const head = body.slice(0, HEAD);
  const tail = body.length > HEAD ? body.slice(Math.max(HEAD, body.length - TAIL)) : "";
  const zone = tail ? `${head}\n${tail}` : head;
  const url = findUrl(zone);
  const file = overrides.file;
  const read: Source = {
    id: "s-" + stableHashOf(file ?? "", "\n", body),
    title: findTitle(head),
    outlet: findOutlet(zone) || outletFromUrl(url),
    url,
    published: findPublished(zone),
    author: findAuthor(zone),
    text: body,
  };
  const out: Source = { ...read };
  for (const key of Object.keys(overrides) as (keyof SourceOverrides)[]) {
    const v = overrides[key];
    if (v !== undefined) (out as unknown as Record<string, unknown>)[key] = v;
  }
  if (file !== undefined) out.file = file;
  return out;
}
