import { decodeEntities } from "./entities";
import { emptyMeta, isoDate, parseAttributes, readJsonLd, readMetaTag, type HtmlMeta } from "./htmlMeta";
import { CELL_ELEMENTS, DROPPED_ELEMENTS, LINE_ELEMENTS, PARAGRAPH_ELEMENTS } from "./htmlTags";

export interface HtmlArticle {
  text: string;
  meta: HtmlMeta;
}

const LINE = "\n";
const PARAGRAPH = "\n\n";

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}

function isHtmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** Index just after the ">" that ends the tag whose attributes start at `from` (quotes respected), or `n`. */
function tagEnd(html: string, from: number): number {
  const n = html.length;
  let afterEquals = false;
  for (let j = from; j < n; j++) {
    const c = html.charCodeAt(j);
    if (c === 62 /* > */) return j + 1;
    if ((c === 34 || c === 39) && afterEquals) {
      const close = html.indexOf(html[j], j + 1);
      if (close < 0) return n;
      j = close;
      afterEquals = false;
    } else if (c === 61 /* = */) {
      afterEquals = true;
    } else if (!isHtmlSpace(c)) {
      afterEquals = false;
    }
  }
  return n;
}

/** Start of the closing tag `</name` (any case) at or after `from`, or -1. Linear: the search only moves forward. */
function findClosingTag(html: string, name: string, from: number): number {
  let at = from;
  for (;;) {
    const k = html.indexOf("</", at);
    if (k < 0) return -1;
    const after = k + 2 + name.length;
    if (html.substring(k + 2, after).toLowerCase() === name) {
      const c = after < html.length ? html.charCodeAt(after) : 62;
      if (isHtmlSpace(c) || c === 47 || c === 62) return k;
    }
    at = k + 2;
  }
}

/** Collapses HTML white space in a text run to single spaces (no-break spaces are kept: they are content). */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, " ");
}

/**
 * Joins the pieces: consecutive breaks merge into the strongest one (a paragraph wins over a line), white space
 * next to a break disappears, at most one blank line in a row, nothing leading or trailing.
 */
function assemble(pieces: string[]): string {
  const out: string[] = [];
  let pendingBreak = "";
  let pendingSpace = false;
  for (const piece of pieces) {
    if (piece === LINE || piece === PARAGRAPH) {
      if (piece.length > pendingBreak.length) pendingBreak = piece;
      pendingSpace = false;
      continue;
    }
    if (piece.trim() === "" && piece.indexOf("\u00a0") < 0) {
      pendingSpace = pendingSpace || piece.length > 0;
      continue;
    }
    if (out.length && pendingBreak) out.push(pendingBreak);
    else if (out.length && pendingSpace) out.push(" ");
    pendingBreak = "";
    pendingSpace = false;
    out.push(piece);
  }
  return out
    .join("")
    .replace(/ {2,}/g, " ")
    .split("\n")
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ""))
    .join("\n");
}

/**
 * Reads an HTML page as plain text in one linear pass: the contents of script, style, noscript, template,
 * iframe, svg and similar elements and all comments are dropped, block elements become line breaks,
 * character references are decoded and white space is collapsed. The result is text, never markup:
 * an escaped "&lt;b&gt;" comes out as the characters "<b>". Also returns what the head says about the
 * article (title, canonical URL, author, outlet, date from meta tags and JSON-LD).
 */
export function parseHtml(html: string): HtmlArticle {
  const pieces: string[] = [];
  const meta = emptyMeta();
  let titleText = "";
  const n = html.length;
  let i = 0;
  let preDepth = 0;
  const text = (from: number, to: number): void => {
    if (to <= from) return;
    const raw = decodeEntities(html.slice(from, to));
    if (preDepth === 0) {
      pieces.push(collapse(raw));
      return;
    }
    // Inside <pre> the line breaks are content (tables of figures laid out by hand).
    raw.split(/\r\n?|\n/).forEach((line, i) => {
      if (i > 0) pieces.push(LINE);
      pieces.push(collapse(line));
    });
  };

  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      text(i, n);
      break;
    }
    text(i, lt);
    i = lt;
    const next = i + 1 < n ? html.charCodeAt(i + 1) : -1;

    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf(">", i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    if (nameStart >= n || !isAsciiLetter(html.charCodeAt(nameStart))) {
      pieces.push("<"); // a lone "<" is text
      i++;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < n && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);

    if (!closing && DROPPED_ELEMENTS.has(name)) {
      const attrs = name === "script" ? parseAttributes(html.slice(nameEnd, end - 1)) : null;
      const close = findClosingTag(html, name, end);
      const inner = html.slice(end, close < 0 ? n : close);
      if (name === "title" && !titleText) titleText = collapse(decodeEntities(inner)).trim();
      if (attrs && (attrs.get("type") ?? "").toLowerCase() === "application/ld+json") readJsonLd(inner, meta);
      i = close < 0 ? n : tagEnd(html, close + 2 + name.length);
      if (name !== "title") pieces.push(" ");
      continue;
    }
    if (!closing && (name === "meta" || name === "link")) readMetaTag(name, parseAttributes(html.slice(nameEnd, end - 1)), meta);
    if (!closing && name === "time" && !meta.published) meta.published = isoDate(parseAttributes(html.slice(nameEnd, end - 1)).get("datetime") ?? "");

    if (name === "pre") preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (PARAGRAPH_ELEMENTS.has(name)) pieces.push(PARAGRAPH);
    else if (LINE_ELEMENTS.has(name)) pieces.push(LINE);
    else if (CELL_ELEMENTS.has(name)) pieces.push(" ");
    i = end;
  }
  if (!meta.title) meta.title = withoutOutletSuffix(titleText, meta.outlet);
  return { text: assemble(pieces), meta };
}

/** "Headline | Outlet" → "Headline" when the part after the separator names the outlet. */
function withoutOutletSuffix(title: string, outlet: string): string {
  if (!outlet) return title;
  const m = /^(.+?)\s+[|\u2013\u2014-]\s+([^|\u2013\u2014]+)$/.exec(title);
  return m && m[2].trim().toLowerCase() === outlet.trim().toLowerCase() ? m[1].trim() : title;
}

/** Plain text of an HTML page (see parseHtml). */
export function htmlToText(html: string): string {
  return parseHtml(html).text;
}
