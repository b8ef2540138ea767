import { parseHtml } from "./htmlToText";

const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const CLOSING_HASHES = /\s+#+\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const QUOTE = /^\s{0,3}(>\s?)+/;
const BULLET = /^(\s*)[-*+]\s+/;
const NUMBERED = /^(\s*)\d{1,9}[.)]\s+/;
const HTML_BLOCK = /<\s*(script|style|iframe|noscript|template)\b/i;

/** Inline markup: images and links keep their text, emphasis and code marks go. */
function inline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
    .replace(/`+([^`]+?)`+/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, "$1$2")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1");
}

/**
 * Reads Markdown as plain text, lightly: heading, quote and list markers, emphasis, code marks, link targets,
 * table dividers, rules and fences go; the words stay on their lines. Embedded HTML that carries scripts or
 * styles goes through the HTML reader so that their content is dropped too. List numbers ("1. ") are markers,
 * not figures, so they are removed.
 */
export function markdownToText(markdown: string): string {
  const source = HTML_BLOCK.test(markdown) ? parseHtml(markdown.replace(/\r\n?/g, "\n").replace(/\n/g, "<br>")).text : markdown;
  const out: string[] = [];
  for (const raw of source.split(/\r?\n/)) {
    if (FENCE.test(raw) || RULE.test(raw) || TABLE_DIVIDER.test(raw) || REFERENCE_DEFINITION.test(raw)) {
      out.push("");
      continue;
    }
    if (SETEXT_UNDERLINE.test(raw) && out.length && out[out.length - 1].trim()) {
      out.push("");
      continue;
    }
    let line = raw.replace(QUOTE, "").replace(HEADING, "").replace(CLOSING_HASHES, "");
    line = line.replace(BULLET, "$1").replace(NUMBERED, "$1");
    if (/^\s*\|.*\|\s*$/.test(line)) line = line.trim().slice(1, -1).split("|").map((c) => c.trim()).join("  ");
    out.push(inline(line).replace(/\s+$/, ""));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").replace(/^\n+|\n+$/g, "");
}
