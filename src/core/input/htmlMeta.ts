import { decodeEntities } from "./entities";

/** What a page's head says about the article; "" when it does not say. */
export interface HtmlMeta {
  title: string;
  url: string;
  author: string;
  outlet: string;
  /** YYYY-MM-DD when the page states a machine-readable date. */
  published: string;
}

export function emptyMeta(): HtmlMeta {
  return { title: "", url: "", author: "", outlet: "", published: "" };
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** Parses the attributes of one start tag (the text between the tag name and ">"). */
export function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? "").trim());
  }
  return attrs;
}

export function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : "";
}

function setOnce(meta: HtmlMeta, key: keyof HtmlMeta, value: string): void {
  if (!meta[key] && value) meta[key] = value;
}

/** Reads <meta name|property=… content=…> and <link rel=canonical href=…>. */
export function readMetaTag(tag: string, attrs: Map<string, string>, meta: HtmlMeta): void {
  if (tag === "link") {
    if ((attrs.get("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical")) setOnce(meta, "url", attrs.get("href") ?? "");
    return;
  }
  const key = (attrs.get("property") ?? attrs.get("name") ?? attrs.get("itemprop") ?? "").toLowerCase();
  const content = attrs.get("content") ?? "";
  if (!key || !content) return;
  if (key === "og:title" || key === "twitter:title") setOnce(meta, "title", content);
  else if (key === "og:url") setOnce(meta, "url", content);
  else if (key === "og:site_name" || key === "application-name") setOnce(meta, "outlet", content);
  else if ((key === "author" || key === "article:author" || key === "byl") && !/^https?:/i.test(content))
    setOnce(meta, "author", content.replace(/^by\s+/i, ""));
  else if (["article:published_time", "datepublished", "date", "pubdate", "dc.date", "citation_publication_date"].includes(key))
    setOnce(meta, "published", isoDate(content));
}

function firstName(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return firstName(value[0]);
  if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string")
    return (value as { name: string }).name;
  return "";
}

/** Reads schema.org JSON-LD (NewsArticle and the like): headline, url, author, publisher, datePublished. */
export function readJsonLd(json: string, meta: HtmlMeta): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  const nodes: unknown[] = Array.isArray(data) ? data : [data];
  const graph = (data as { "@graph"?: unknown })?.["@graph"];
  if (Array.isArray(graph)) nodes.push(...graph);
  for (const node of nodes) {
    if (!node || typeof node !== "object") continue;
    const o = node as Record<string, unknown>;
    if (typeof o.headline === "string") setOnce(meta, "title", o.headline);
    if (typeof o.datePublished === "string") setOnce(meta, "published", isoDate(o.datePublished));
    if (typeof o.headline === "string" && typeof o.url === "string") setOnce(meta, "url", o.url);
    setOnce(meta, "author", firstName(o.author));
    setOnce(meta, "outlet", firstName(o.publisher));
  }
}
