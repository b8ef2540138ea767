/** Character classes used by the tokenisers. All work on UTF-16 code units. */

/** Space-like separators inside a line: space, tab, NBSP, thin space, narrow NBSP, figure space. */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007 || c === 0x200a;
}

/** White space as a regular expression's \s and String.prototype.trim read it (line ends included). */
export function isWhiteSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

const NON_ASCII_LETTER = /\p{L}/u;

/** Does the character at `at` of `text` start a word with a capital letter (any script; ASCII fast path)? */
export function isCapitalAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return isUpper(c);
  const ch = text[at];
  return ch !== ch.toLowerCase();
}

/** Letter in any script (ASCII fast path). */
export function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}

/** Letter or digit. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** Hyphen-like: hyphen-minus, hyphen, non-breaking hyphen. Dashes (en/em) are not hyphens. */
export function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Skip inline spaces forward from pos; returns the first non-space position. */
export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && isInlineSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Skip inline spaces backward: returns the position just after the last non-space before pos. */
export function skipSpacesBack(text: string, pos: number): number {
  while (pos > 0 && isInlineSpace(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

/** "a".."z" by the code of "A".."Z" (and of themselves), so lower-casing one letter needs no conversion call. */
const LOWER_LETTER: string[] = [];
for (let c = 65; c <= 90; c++) LOWER_LETTER[c] = String.fromCharCode(c + 32);

/**
 * Exactly text.slice(start, end).toLowerCase(), faster for the common cases: an ASCII word with no capital is
 * sliced as it is, and a Title-case ASCII word is its first letter lower-cased plus the rest (no case-conversion
 * call, which is slow on two-byte strings). Anything else goes through toLowerCase.
 */
export function lowerSlice(text: string, start: number, end: number): string {
  let capitals = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return text.slice(start, end).toLowerCase();
    if (c >= 65 && c <= 90) {
      if (i !== start) return text.slice(start, end).toLowerCase();
      capitals++;
    }
  }
  if (capitals === 0) return text.slice(start, end);
  return LOWER_LETTER[text.charCodeAt(start)] + text.slice(start + 1, end);
}

/** Exactly word.toLowerCase() (see lowerSlice). */
export function lowerWord(word: string): string {
  return lowerSlice(word, 0, word.length);
}
