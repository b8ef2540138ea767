/**
 * What looks like a number but is not a claim: parts of links and e-mail addresses, numbers inside names
 * ("G20", "COVID-19", "Power of Siberia-2"), dates and years used as time references, times of day, page
 * furniture ("16 Comments", "Share 12", "5 min read"), list numbering, phone numbers and long ids.
 */
import * as chars from "../text/chars";
import * as monthsModule from "../text/months";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { monthEndingAt, monthFollows } = monthsModule;
const { isInlineSpace, isLetter, isDigit, isHyphen, lowerWord } = chars;

const TOKEN_LIMIT = 300;

function isBreak(c: number): boolean {
  return isInlineSpace(c) || c === 10 || c === 13 || c === 12 || c === 11 || c === 40 || c === 41 ||
    c === 60 || c === 62 || c === 34 || c === 0x201c || c === 0x201d || c === 91 || c === 93;
}

/** The whitespace-delimited token around pos (bounded: very long tokens are cut at TOKEN_LIMIT each side). */
export function tokenAround(text: string, pos: number): { start: number; end: number } {
  let s = pos;
  const sMin = Math.max(0, pos - TOKEN_LIMIT);
  while (s > sMin && !isBreak(text.charCodeAt(s - 1))) s--;
  let e = pos;
  const eMax = Math.min(text.length, pos + TOKEN_LIMIT);
  while (e < eMax && !isBreak(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

const LINKISH = /:\/\/|^www\.|@[\w-]+\.|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|io|ru|cn|uk|de|fr|info|co|news|tv|me|ly)(?:\/|$|[?#])|\/[\w-]+\/|\.(?:html?|php|aspx?|pdf|jpe?g|png)\b/i;

/** Is the token a URL, a domain path or an e-mail address? */
export function isLinkToken(token: string): boolean {
  if (token.length < 4) return false;
  return LINKISH.test(token);
}

/** A letter (or a letter and a hyphen) glued before the digits: G20, COVID-19, F-35, Siberia-2, A4. */
export function isGluedToName(text: string, start: number): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  if (isLetter(c)) return true;
  if ((isHyphen(c) || c === 0x2013) && start >= 2 && isLetter(text.charCodeAt(start - 2))) return true;
  // "#3", "No. 5", "Nos. 3"
  if (c === 35) return true;
  // "No. 5": only when a period ends the word before the space
  if ((c === 32 || c === 0xa0) && start >= 4 && text.charCodeAt(start - 2) === 46) {
    const before = text.slice(Math.max(0, start - 5), start - 1);
    if (/(?:^|[^A-Za-z])Nos?\.$/.test(before)) return true;
  }
  return false;
}

const FUNCTION_WORDS = new Set([
  "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "over", "about",
  "some", "nearly", "almost", "around", "roughly", "approximately", "than", "only", "just", "up", "at", "least",
  "more", "less", "fewer", "under", "below", "above", "another", "all", "these", "those", "its", "their", "his",
  "her", "our", "this", "that", "every", "each", "top", "no", "as", "were", "was", "is", "are", "be", "been",
]);

const CAPITALS_ONLY = /^[A-Z]+$/;

/**
 * A capitalised word right before a bare number, in mid-sentence, names the thing the number belongs to:
 * "Boeing 737", "Windows 11", "Article 5", "Resolution 2231". Sentence-initial words and function words
 * ("Over 300", "About 5,000") do not count.
 */
export function isNamedNumber(text: string, start: number): boolean {
  // (a number grouped by thousands names no model, law or index: "India 12,400" is a list's entry)
  if (/^\d{1,3},\d{3}(?![\d])/.test(text.slice(start, start + 12))) return false;
  let p = start;
  if (p === 0 || !(text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 0xa0)) return false;
  p--;
  const e = p;
  while (p > 0 && p > e - 20 && isLetter(text.charCodeAt(p - 1))) p--;
  if (p === e) return false;
  const c0 = text.charCodeAt(p);
  if (!(c0 >= 65 && c0 <= 90)) return false;
  const word = text.slice(p, e);
  if (FUNCTION_WORDS.has(lowerWord(word))) return false;
  // what precedes the capitalised word: a sentence start means it may be an ordinary word ("Exports 5")
  let q = p - 1;
  while (q >= 0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0xa0)) q--;
  if (q < 0) return false;
  const b = text.charCodeAt(q);
  if (b === 46 || b === 33 || b === 63 || b === 10 || b === 13 || b === 58 || b === 34 || b === 0x201c || b === 45 || b === 0x2022) return false;
  if (CAPITALS_ONLY.test(word) && word.length <= 4) {
    // "US 5%", "EU 12" read as figures of the place; "Arctic LNG 2", "Nord Stream AG 2" are names
    let r = q + 1;
    while (r > 0 && isLetter(text.charCodeAt(r - 1))) r--;
    const c = text.charCodeAt(r);
    return r <= q && c >= 65 && c <= 90 && !FUNCTION_WORDS.has(lowerWord(text.slice(r, q + 1)));
  }
  return true;
}

const FURNITURE_AFTER = /[ \u00a0]*(?:comments?|shares?|likes?|views?|replies|reactions|retweets|reposts|followers|min(?:ute)?s?[ \u00a0]+read|photos?)[ \u00a0]*$/iy;
const FURNITURE_BEFORE = /(?:^|\n)[ \u00a0]*(?:comments?|shares?|likes?|views?|replies|reactions)[ \u00a0:]*$/i;

/**
 * Page furniture: a short line that is only a count and a furniture word ("16 Comments", "Share 12"), or
 * "N min read" anywhere.
 */
const FURNITURE_WORD = /[ \u00a0]*(?:comments?|shares?|likes?|views?|replies|reactions|retweets|reposts|followers|min(?:ute)?s?[ \u00a0]+read|photos?)\b/iy;
const FURNITURE_LABEL = /(?:comments?|shares?|likes?|views?|replies|reactions|share this (?:article|story|page))[ \u00a0:]*$/i;
const GALLERY = /(?:^|[^\p{L}])(?:photo|image|picture|slide|page|part|item|step)[ \u00a0]+$/iu;
/** The gallery words' last letter → the letters that can come before it. */
const GALLERY_ENDINGS: Record<number, string> = { 111: "t", 101: "grd", 116: "r", 109: "e", 112: "e" };
const OF_TOTAL = /[ \u00a0]+of[ \u00a0]+\d+(?![\d.,])/y;

/** "Photo 1 of 12", "Page 3 of 10": where the count sits in a gallery or a pager. Returns the end to skip to, or -1. */
export function galleryEnd(text: string, start: number, end: number): number {
  // cheap gate: one space, then the last letter of one of the gallery words
  if (start < 5 || text.charCodeAt(start - 1) !== 32) return -1;
  const last = text.charCodeAt(start - 2) | 32;
  if (last !== 111 && last !== 101 && last !== 116 && last !== 109 && last !== 112) return -1;
  // and the letter before it: phoTO, imaGE, pictuRE, sliDE, paGE, paRT, itEM, stEP
  const prev = text.charCodeAt(start - 3) | 32;
  if (!(GALLERY_ENDINGS[last] ?? "").includes(String.fromCharCode(prev))) return -1;
  if (!GALLERY.test(text.slice(Math.max(0, start - 10), start))) return -1;
  OF_TOTAL.lastIndex = end;
  return OF_TOTAL.test(text) ? OF_TOTAL.lastIndex : end;
}

export function isPageFurniture(text: string, start: number, end: number): boolean {
  // cheap gate: a furniture word right after, or a furniture label right before
  FURNITURE_WORD.lastIndex = end;
  const wordAfter = FURNITURE_WORD.test(text);
  if (!wordAfter) {
    const c = text.charCodeAt(start - 1);
    if (!(c === 32 || c === 58 || c === 0xa0)) return false;
    // a label before the count only counts when the count ends its line ("Share 12")
    let e = end;
    while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 0xa0)) e++;
    if (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) return false;
    if (!FURNITURE_LABEL.test(text.slice(Math.max(0, start - 22), start))) return false;
  }
  const lineEnd = lineEndFrom(text, end, 40);
  const after = text.slice(end, lineEnd);
  if (/^[ \u00a0]*min(?:ute)?s?[ \u00a0]+read\b/i.test(after)) return true;
  const lineStart = lineStartFrom(text, start, 40);
  const before = text.slice(lineStart, start);
  if (!wordAfter && FURNITURE_LABEL.test(before) && /^[ \u00a0]*$/.test(after)) return true;
  FURNITURE_AFTER.lastIndex = 0;
  if (/^[ \u00a0]*$/.test(before) && FURNITURE_AFTER.test(after)) return true;
  if (/^[ \u00a0]*$/.test(after) && FURNITURE_BEFORE.test(before)) return true;
  return false;
}

/**
 * A number that labels a part of the document ("Table 1: Freight by commodity", "see Figure 3", "Annex 2"): the
 * capitalised word right before it names a table, figure, chart, exhibit, annex, appendix or graph (a lower-case
 * "a table 3 metres long" is a measurement).
 */
const DOCUMENT_PART = /(?:^|[^\p{L}])(?:Table|Figure|Fig\.|Chart|Exhibit|Annex|Appendix|Graph|TABLE|FIGURE|CHART|ANNEX|APPENDIX)[ \u00a0]$/u;
export function isDocumentPartLabel(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (!(c === 32 || c === 0xa0)) return false;
  const last = text.charCodeAt(start - 2) | 32;
  // cheap gate on the last letter of the words: tablE, figurE, fig., charT, exhibiT, anneX, appendiX, grapH
  if (last !== 101 && last !== 46 && last !== 116 && last !== 120 && last !== 104) return false;
  return DOCUMENT_PART.test(text.slice(Math.max(0, start - 10), start));
}

function lineEndFrom(text: string, pos: number, limit: number): number {
  const max = Math.min(text.length, pos + limit);
  let e = pos;
  while (e < max && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return e;
}

function lineStartFrom(text: string, pos: number, limit: number): number {
  const min = Math.max(0, pos - limit);
  let s = pos;
  while (s > min && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s--;
  return s;
}

/** "1. ", "2) " at the start of a line: list numbering. */
export function isListNumber(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 46 && c !== 41) return false;
  const next = text.charCodeAt(end + 1);
  if (!(isInlineSpace(next) || next === 10)) return false;
  let s = start;
  while (s > 0 && isInlineSpace(text.charCodeAt(s - 1))) s--;
  return s === 0 || text.charCodeAt(s - 1) === 10 || text.charCodeAt(s - 1) === 13;
}

/** A day number next to a month name ("February 4", "Sept. 15", "4 February", "4th of May") or a year after one. */
export function isDatePart(text: string, start: number, end: number): boolean {
  let p = start - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p--;
  const before = p >= 0 ? text.charCodeAt(p) : 0;
  if ((before === 46 || isLetter(before)) && monthEndingAt(text, start) >= 0) return true;
  let q = end;
  while (q < text.length && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 0xa0)) q++;
  const next = q < text.length ? text.charCodeAt(q) : 0;
  // "4 February", "4th of May": a capital or "of" must follow (ordinal suffixes are skipped by the caller's check)
  if (!((next >= 65 && next <= 90) || next === 111 || next === 115 || next === 110 || next === 114 || next === 116)) return false;
  return monthFollows(text, end) || monthFollows(text, end + 2);
}

/** A footnote marker: "[1]", "[12]" (a number alone in square brackets). */
export function isFootnote(text: string, start: number, end: number): boolean {
  return start > 0 && text.charCodeAt(start - 1) === 91 && text.charCodeAt(end) === 93;
}

const PERIOD_LABEL = /(?:^|[^\p{L}])(?:FY|CY|FYs|Q[1-4]|H[12])[ \u00a0]?['\u2019]?$/u;

/** The year of a fiscal or calendar period label: "FY 24", "FY '25", "CY 2024". */
export function isPeriodLabel(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (!(c === 32 || c === 0xa0 || c === 39 || c === 0x2019)) return false;
  return PERIOD_LABEL.test(text.slice(Math.max(0, start - 6), start));
}

const MARGIN_BEFORE = /(?:\bplus[ \u00a0]+or[ \u00a0]+minus|\bgive[ \u00a0]+or[ \u00a0]+take|\u00b1|\+\/-|\+\/\u2212)[ \u00a0]*$/i;

/**
 * A margin around another number, not a number of its own: "revenue of $37.5 billion, plus or minus 2%", "a margin
 * of error of ± 3 points", "give or take 5%" (read as a claim it was a negative figure: "minus 2%").
 */
export function isMargin(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0xa0)) p--;
  const c = text.charCodeAt(p);
  // cheap gate: "minus", "take", "±", "+/-"
  if (c !== 115 && c !== 83 && c !== 101 && c !== 69 && c !== 0xb1 && c !== 45 && c !== 0x2212) return false;
  return MARGIN_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** Four plain digits that read as a year (1800–2100), "1990s", "2025/26". */
export function isYearLike(value: number, plainDigits: boolean, digits: number): boolean {
  return plainDigits && digits === 4 && value >= 1800 && value <= 2100;
}

/** Times of day: "10:30", "9 a.m.", "7pm". */
const AM_PM = /[ \u00a0]*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|[ap]m\b)/iy;
export function isTimeOfDay(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 58) return isDigit(text.charCodeAt(end + 1));
  const d = c === 32 || c === 0xa0 ? text.charCodeAt(end + 1) : c;
  // a / p / G(MT) / U(TC) must come next
  if (d !== 97 && d !== 112 && d !== 65 && d !== 80 && d !== 71 && d !== 85) return false;
  AM_PM.lastIndex = end;
  return AM_PM.test(text);
}

const PHONE = /(?:\+\d{1,3}[ .\-\u00a0]?)?\(?\d{2,4}\)?(?:[ .\-\u00a0]\d{2,4}){2,4}(?!\d)/y;
/** A phone number starting at start ("+7 495 123-45-67", "(555) 123-4567"). */
export function phoneEnd(text: string, start: number): number {
  let s = start;
  if (s > 0 && text.charCodeAt(s - 1) === 43) s--; // "+"
  else if (s > 0 && text.charCodeAt(s - 1) === 40) s--; // "("
  PHONE.lastIndex = s;
  const m = PHONE.exec(text);
  if (!m) return -1;
  const raw = m[0];
  // require a phone-ish shape: a leading + or brackets, or two hyphens/dots
  if (raw.charCodeAt(0) === 43 || raw.charCodeAt(0) === 40 || /\d[.-]\d+[.-]\d/.test(raw)) return PHONE.lastIndex;
  return -1;
}
