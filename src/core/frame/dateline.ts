/**
 * The newsroom's own lines, which say where the story was filed, not what its numbers are about: a byline ("By Lena
 * Park", "Geneva Correspondent", "Brussels Bureau"), a header line ("Outlet: Business Ledger SA"), a wire's closing credits ("(Reporting by …; Editing by …)") and a dateline opening the first paragraph ("GENEVA (Reuters) -",
 * "WASHINGTON —", "Lisbon, Feb 10 (AFP) -"). The places and names they hold are no place or holder of any figure.
 */

/** A line that only credits the newsroom: "By …" without a digit, or a few words ending in a newsroom word. */
const BYLINE = /^\s*(?:by\s+[^\d.!?;:]{2,60}|(?:[\p{L}.'’&-]+\s+){0,4}(?:correspondents?|bureau|desk|staff|reporters?|writers?|editors?|newsroom|team))\s*$/iu;

/**
 * A wire's closing credits: "(Reporting by Lena Park in Seoul; Editing by the Asia desk)", "Writing by …",
 * "Additional reporting by …", "Compiled by …" (a few words, no digit).
 */
const CREDITS_LINE = /^\s*\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\s+[^\d]{2,240}\)?\s*$/iu;

/** A header line naming the outlet or the source: "Outlet: Business Ledger SA", "Source: Reuters", "Publisher: …". */
const HEADER = /^\s*(?:outlet|source|publication|publisher|via|section|category|tags?)\s*:/i;

/**
 * A dateline: a place in capitals, or any place followed by a wire's name in parentheses, then a dash or a colon
 * ("GENEVA (Reuters) -", "NEW DELHI:", "Geneva, June 12 (AFP) —").
 */
const DATELINE = /^\s*(?:[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([\p{L} .&-]{2,30}\)\s*)?|[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([\p{L} .&-]{2,30}\)\s*)(?:[-—–]{1,2}|:)\s+/u;

/**
 * Where the newsroom's words of a sentence end: the sentence's length for a byline, the end of a dateline opening
 * it, else 0. Places and organisations before that offset are the newsroom's.
 */
export function newsroomEnd(sentence: string): number {
  if ((sentence.length <= 80 && (BYLINE.test(sentence) || HEADER.test(sentence))) || CREDITS_LINE.test(sentence)) return sentence.length;
  const m = DATELINE.exec(sentence);
  return m ? m[0].length : 0;
}

/** The mentions of a sentence after its newsroom's words (`at`: see newsroomEnd). */
export function afterNewsroom<T extends { start: number }>(mentions: T[], at: number): T[] {
  return at ? mentions.filter((m) => m.start >= at) : mentions;
}
