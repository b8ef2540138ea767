/**
 * A source's id comes from what the article is, never from where it was stored: renaming or moving a file keeps
 * its id, so the claim and figure ids made from it, and the reviews, notes and overrides keyed on those, survive.
 *
 * - An article with a stated address (the page's canonical URL, a URL the user typed, or a line of the text that
 *   gives the article's address) is identified by that address, normalised so that the same page saved twice,
 *   with or without "www.", tracking parameters or a fragment, gives one id: "s-" + stableHash("url\n" + address).
 * - Any other article by its text, surrounding white space left out: "s-" + stableHash("\n" + text), the id such a
 *   source always had when it came from no file (a pasted article keeps its id).
 */
import { feedString, hashHex, initialHashState } from "../hash";

const TRACKING_PARAMETER = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|src)$/i;

/**
 * The address that identifies an article: scheme https, host lower-cased without "www." / "m." / "amp.", no
 * fragment, no tracking parameters, no trailing slash. "" when `url` is not an http(s) address of a page (a
 * site's home page, "https://reuters.com/", names an outlet, not an article).
 */
export function articleAddress(url: string): string {
  const m = /^\s*https?:\/\/([^/?#\s]+)([^?#\s]*)(\?[^#\s]*)?/i.exec(url);
  if (!m) return "";
  const host = m[1].toLowerCase().replace(/^(?:www|m|amp|mobile)\./, "").replace(/:(?:80|443)$/, "");
  const path = m[2].replace(/\/+$/, "");
  const query = (m[3] ?? "")
    .slice(1)
    .split("&")
    .filter((p) => p !== "" && !TRACKING_PARAMETER.test(p.split("=")[0]))
    .join("&");
  if (!host || (path === "" && query === "")) return "";
  return `https://${host}${path}${query ? `?${query}` : ""}`;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** The id of an article with this text and (maybe) this stated address. Linear in the text; no copy of it. */
export function sourceIdOf(text: string, statedUrl = ""): string {
  const address = articleAddress(statedUrl);
  const s = initialHashState();
  if (address) {
    feedString(s, "url\n");
    feedString(s, address);
    return hashHex(s, "s-");
  }
  let from = 0;
  let to = text.length;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  feedString(s, "\n");
  feedString(s, text, from, to);
  return hashHex(s, "s-");
}
