import { Readability } from "@mozilla/readability";
import type { HtmlMeta } from "../core/input/htmlMeta";
import { isoDate } from "../core/input/htmlMeta";
import { parseHtml } from "../core/input/htmlToText";
import { removeLinkLists } from "./linkLists";

/** Builds a DOM document from HTML: linkedom in the CLI, the browser's DOMParser in the pane. */
export type ParseDocument = (html: string) => Document;

export interface SavedPage {
  text: string;
  /** What the page says about the article (title, canonical URL, byline, site name, date); only what it states. */
  meta: Partial<HtmlMeta>;
  /** True when the reader-mode extractor found the article; false when the page was only stripped of its tags. */
  readerMode: boolean;
}

/**
 * Pages with more elements than this, or elements nested deeper than MAX_READER_DEPTH, are not given to the
 * reader-mode extractor: its scoring walks each element's ancestors and descendants, so its time grows with
 * elements × depth (measured here: 5,000 elements 1.1 s; elements nested 500 deep 1.2 s, 1,000 deep 14 s,
 * 2,000 deep 111 s). Such pages are stripped of their tags instead, in linear time, as every page was before.
 * Real news pages hold 1,000–10,000 elements nested 15–40 deep.
 */
export const MAX_READER_ELEMENTS = 15_000;
export const MAX_READER_DEPTH = 100;

/** True when some element lies deeper than `limit` below the root (an explicit stack: no recursion to overflow). */
function nestedDeeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}

/** Start tags in the HTML (an upper bound on its elements), counted without building the DOM. */
function countStartTags(html: string): number {
  let n = 0;
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i + 1)) {
    const c = html.charCodeAt(i + 1) | 32;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

function present(meta: HtmlMeta): Partial<HtmlMeta> {
  const out: Partial<HtmlMeta> = {};
  for (const [key, value] of Object.entries(meta) as [keyof HtmlMeta, string][]) if (value) out[key] = value;
  return out;
}

function cleanByline(byline: string): string {
  const name = byline.replace(/^\s*by\s+/i, "").split(/[,|\n]/)[0].trim();
  return name.length <= 80 ? name : "";
}

/**
 * Reads a saved news page: the article body by reader mode (@mozilla/readability, which drops the navigation,
 * comment counts, share buttons, sidebars and footer), after lists of links ("most read", "related") are taken
 * out; the title, byline, date and site name from the page's JSON-LD and meta tags first, then from what the
 * extractor found. The text is the title, a blank line and the body. When the extractor finds no article, the
 * page is read as before: every tag stripped (scripts and navigation dropped).
 */
export function readSavedPage(html: string, parseDocument: ParseDocument): SavedPage {
  const whole = parseHtml(html);
  const meta = present(whole.meta);
  const stripped: SavedPage = { text: whole.text, meta, readerMode: false };
  if (countStartTags(html) > MAX_READER_ELEMENTS) return stripped;
  let article: ReturnType<Readability["parse"]>;
  try {
    const document = parseDocument(html);
    if (!document.documentElement || nestedDeeperThan(document.documentElement, MAX_READER_DEPTH)) return stripped;
    removeLinkLists(document);
    article = new Readability(document).parse();
  } catch {
    return stripped; // markup the extractor cannot walk
  }
  if (!article?.content) return stripped;
  const body = parseHtml(article.content).text.trim();
  if (!body) return stripped;
  const found: Partial<HtmlMeta> = { ...meta };
  if (!found.title && article.title) found.title = article.title.trim();
  if (!found.author && article.byline) found.author = cleanByline(article.byline) || undefined;
  if (!found.outlet && article.siteName) found.outlet = article.siteName.trim();
  if (!found.published && article.publishedTime) found.published = isoDate(article.publishedTime) || undefined;
  for (const key of Object.keys(found) as (keyof HtmlMeta)[]) if (!found[key]) delete found[key];
  const title = found.title ?? "";
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text, meta: found, readerMode: true };
}
