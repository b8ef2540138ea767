/** The title: the first non-empty line, trimmed and kept short; page chrome lines ("Listen to the article") are skipped. */

import { cutText } from "./cutText";

const CHROME = /^(?:listen to (?:the|this) article|share|advertisement|skip to (?:main )?content|menu|home|subscribe|sign in|log in|print|comments?|\d+ min(?:ute)? read)\b/i;
const MAX = 160;

export function findTitle(text: string): string {
  const lines = text.split(/\r?\n/, 40);
  for (const raw of lines) {
    const line = raw.replace(/^[#>*\s]+/, "").trim();
    if (!line || CHROME.test(line)) continue;
    if (line.length <= MAX) return line;
    // a long first paragraph: take its first sentence, or cut at a word boundary
    const first = /^(.{20,}?[.!?])\s/.exec(line.slice(0, MAX + 1));
    if (first) return first[1];
    const cut = cutText(line, MAX);
    const sp = cut.lastIndexOf(" ");
    return (sp > 40 ? cut.slice(0, sp) : cut) + "…";
  }
  return "";
}
