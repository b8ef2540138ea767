/** The article's URL: a line like "Original article: toutiao.com/...", "Source: https://...", or a bare URL line. */

const LABELLED = /^[ \t]*(?:original(?:[ \t]+article)?|source|url|link|read[ \t]+more|originally[ \t]+published[ \t]+(?:at|on)|canonical)[ \t]*:?[ \t]*((?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/[^\s]*)?)[ \t]*$/im;
const BARE = /^[ \t]*((?:https?:\/\/|www\.)[^\s]+)[ \t]*$/im;
const ANY = /\bhttps?:\/\/[^\s<>"')]+/i;

export function findUrl(text: string): string {
  const m = LABELLED.exec(text) ?? BARE.exec(text) ?? ANY.exec(text);
  if (!m) return "";
  const raw = (m[1] ?? m[0]).replace(/[.,;:]+$/, "");
  return /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
}

/** "https://www.reuters.com/world/..." → "reuters.com". */
export function outletFromUrl(url: string): string {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  if (!m) return "";
  return m[1].toLowerCase().replace(/^(?:www|m|amp|mobile)\./, "");
}
