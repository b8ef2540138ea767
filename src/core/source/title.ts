/**
 * The title: the first non-empty line when it is a title line; page chrome lines ("Listen to the article") are
 * skipped. A line that is a sentence of the body is no title: one longer than a headline, one that ends with a
 * full stop, or one whose sentence goes on on the next line. Then the title is "" and the source is named by its
 * file name or its page's title (see workbook/sourceName.ts), never by its first sentence.
 */

const CHROME = /^(?:listen to (?:the|this) article|share|advertisement|skip to (?:main )?content|menu|home|subscribe|sign in|log in|print|comments?|\d+ min(?:ute)? read)\b/i;
const MAX = 160;
/** The last word of a line ending with a full stop (quotes and brackets after it allowed). */
const LAST_WORD = /(\S+)\.["'”’)]?$/;
/** "Inc", "Co", "St", "U.S", "U.K": a full stop after them is an abbreviation's. */
const ABBREVIATION = /^(?:[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z])$/;

function endsWithSentence(line: string): boolean {
  const m = LAST_WORD.exec(line);
  return m !== null && !ABBREVIATION.test(m[1]);
}

export function findTitle(text: string): string {
  const lines = text.split(/\r?\n/, 40);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^[#>*\s]+/, "").trim();
    if (!line || CHROME.test(line)) continue;
    if (line.length > MAX || endsWithSentence(line)) return "";
    const next = (lines[i + 1] ?? "").trim();
    if (/^[a-z]/.test(next)) return ""; // a hard-wrapped paragraph goes on
    return line;
  }
  return "";
}
