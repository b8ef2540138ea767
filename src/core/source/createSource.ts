/**
 * createSource(text, overrides): a Source read from what the text says — a URL line, a "written by" / "By" byline,
 * a dateline or "Published ..." date, the outlet (stated, or from the URL's host), the first line as title.
 * Overrides win. The id comes from what the article is (its stated address, else its text; see sourceId.ts),
 * never from the file name: the same article under another name keeps its id.
 */
import type { Source, SourceOverrides } from "../types";
import { findOwnUrl, findUrl, outletFromUrl } from "./url";
import { sourceIdOf } from "./sourceId";
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
    id: "",
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
  // The address that identifies the article: one the caller states from outside the text (a page's canonical
  // URL, a URL the user typed), else one the text gives as its own. A URL only mentioned in the text does not
  // count, also when it comes back as an override (the pane pre-fills its URL field with what the text gave).
  const stated = overrides.url && overrides.url !== url ? overrides.url : findOwnUrl(zone);
  if (!overrides.id) out.id = sourceIdOf(body, stated);
  return out;
}
