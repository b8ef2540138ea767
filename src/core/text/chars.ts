/** Character classes used by the tokenisers. All work on UTF-16 code units. */

/** Space-like separators inside a line: space, tab, NBSP, thin space, narrow NBSP, figure space. */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007 || c === 0x200a;
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
