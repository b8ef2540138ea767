/** The article's URL: a line like "Original article: toutiao.com/...", "Source: https://...", or a bare URL line. */

const LABELLED = /^[ \t]*(?:original(?:[ \t]+article)?|source|url|link|read[ \t]+more|originally[ \t]+published[ \t]+(?:at|on)|canonical)[ \t]*:?[ \t]*((?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/[^\s]*)?)[ \t]*$/im;
const BARE = /^[ \t]*((?:https?:\/\/|www\.)[^\s]+)[ \t]*$/im;
const ANY = /\bhttps?:\/\/[^\s<>"')]+/i;

/**
 * Labels that give the article's own address (its identity): "URL:", "Link:", "Original article:", "Canonical:",
 * "Originally published at". "Source:" and "Read more:" are left out: they as often cite another page.
 */
const OWN_ADDRESS = /^[ \t]*(?:original(?:[ \t]+article)?|url|link|originally[ \t]+published[ \t]+(?:at|on)|canonical)[ \t]*:?[ \t]*((?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/[^\s]*)?)[ \t]*$/im;

function asUrl(m: RegExpExecArray | null): string {
  if (!m) return "";
  const raw = (m[1] ?? m[0]).replace(/[.,;:]+$/, "");
  return /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
}

export function findUrl(text: string): string {
  return asUrl(LABELLED.exec(text) ?? BARE.exec(text) ?? ANY.exec(text));
}

/**
 * The URL the text states as the article's own address (a labelled line, or a line that is only a URL), or "":
 * a URL merely mentioned in a sentence does not identify the article.
 */
export function findOwnUrl(text: string): string {
  return asUrl(OWN_ADDRESS.exec(text) ?? BARE.exec(text));
}

/** "https://www.reuters.com/world/..." → "reuters.com". */
export function outletFromUrl(url: string): string {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  if (!m) return "";
  return m[1].toLowerCase().replace(/^(?:www|m|amp|mobile)\./, "");
}
