/**
 * Pasted text that carries HTML markup (copied from a page's source, an e-mail, a CMS) is read as an HTML page is
 * read from a file: tags dropped, script, style and comment contents dropped, entities decoded, title and outlet
 * taken from the page's head. So markup never makes a claim ("<script>alert(1)</script>" is not a figure 1).
 * Plain text, including a lone "<" or "a < b", is kept verbatim.
 */
import { parseHtml } from "../../core/input/htmlToText";
import type { SourceOverrides } from "../../core/types";

/** An opening or closing tag of an HTML element, or a comment: `<p>`, `</div>`, `<img src=x>`, `<!-- -->`. */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;

export function looksLikeHtml(text: string): boolean {
  return TAG.test(text);
}

export interface PastedArticle {
  text: string;
  overrides: SourceOverrides;
  /** True when markup was found and removed. */
  fromHtml: boolean;
}

export function readPastedText(text: string): PastedArticle {
  if (!looksLikeHtml(text)) return { text, overrides: {}, fromHtml: false };
  const page = parseHtml(text);
  const overrides: SourceOverrides = {};
  for (const [key, value] of Object.entries(page.meta)) if (value) (overrides as Record<string, string>)[key] = value;
  return { text: page.text, overrides, fromHtml: true };
}
