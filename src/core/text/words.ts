/**
 * Hand-rolled word tokens around a position: the few words before and after a figure, read without regular
 * expressions so that per-figure work stays a few microseconds. A token is a run of letters/digits (with inner
 * apostrophes and hyphens) or a single punctuation mark.
 */
import * as chars from "./chars";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { isDigit, isInlineSpace, lowerSlice } = chars;

function hasUpperOrWide(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** A token; its text and lower-case form are only sliced out of the source when asked for. */
export class Tok {
  private t: string | undefined;
  private l: string | undefined;
  constructor(
    public src: string,
    public start: number,
    public end: number,
    public punct: boolean,
  ) {}

  /** Re-point a pooled token (see TokenArena). */
  reset(src: string, start: number, end: number, punct: boolean): this {
    this.src = src;
    this.start = start;
    this.end = end;
    this.punct = punct;
    this.t = undefined;
    this.l = undefined;
    return this;
  }

  get text(): string {
    if (this.t === undefined) this.t = this.src.slice(this.start, this.end);
    return this.t;
  }

  get lower(): string {
    if (this.l === undefined) this.l = this.t !== undefined && !hasUpperOrWide(this.t) ? this.t : lowerSlice(this.src, this.start, this.end);
    return this.l;
  }

  /** Length in UTF-16 units, without slicing. */
  get length(): number {
    return this.end - this.start;
  }

  /** Code of the first character, without slicing. */
  get first(): number {
    return this.src.charCodeAt(this.start);
  }
}

/**
 * A pool of tokens reused from one figure to the next (per-figure work then allocates almost nothing). Tokens taken
 * from it are only valid until the arena is reset: use it only where the tokens do not outlive one figure.
 */
export class TokenArena {
  private readonly pool: Tok[] = [];
  private used = 0;

  reset(): void {
    this.used = 0;
  }

  take(src: string, start: number, end: number, punct: boolean): Tok {
    const t = this.pool[this.used];
    this.used++;
    if (t) return t.reset(src, start, end, punct);
    const fresh = new Tok(src, start, end, punct);
    this.pool.push(fresh);
    return fresh;
  }
}

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007 || c === 0x200a) return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: quotes, dashes, ellipsis
  if (c === 0xab || c === 0xbb || c === 0xa3 || c === 0xa5 || c === 0x20ac || c === 0xb7 || c === 0xa7) return false;
  return true;
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;
}

function isSkip(c: number): boolean {
  return isInlineSpace(c) || c === 10 || c === 13 || c === 42 || c === 95; // spaces, line breaks, * and _ (markdown)
}

function make(text: string, start: number, end: number, punct: boolean, arena?: TokenArena): Tok {
  return arena ? arena.take(text, start, end, punct) : new Tok(text, start, end, punct);
}

/** Up to `max` tokens before `pos`, not before `min`, in reading order. */
export function tokensBefore(text: string, pos: number, min: number, max: number, arena?: TokenArena): Tok[] {
  // a fresh (small) array: emptying a reused one (length = 0) costs more than allocating
  const out: Tok[] = [];
  let p = pos;
  while (p > min && out.length < max) {
    const c = text.charCodeAt(p - 1);
    if (isSkip(c)) {
      p--;
      continue;
    }
    if (isWordCode(c)) {
      const e = p;
      let s = p - 1;
      while (s > min) {
        const d = text.charCodeAt(s - 1);
        if (isWordCode(d)) s--;
        else if (isJoiner(d) && s - 2 >= min && isWordCode(text.charCodeAt(s - 2))) s--;
        else if ((d === 46 || d === 44) && s - 2 >= min && isDigit(text.charCodeAt(s - 2)) && isDigit(text.charCodeAt(s))) s--;
        else break;
      }
      out.push(make(text, s, e, false, arena));
      p = s;
      continue;
    }
    out.push(make(text, p - 1, p, true, arena));
    p--;
  }
  out.reverse();
  return out;
}

/** Up to `max` tokens from `pos`, not past `limit`. */
export function tokensAfter(text: string, pos: number, limit: number, max: number, arena?: TokenArena): Tok[] {
  const out: Tok[] = [];
  let p = pos;
  while (p < limit && out.length < max) {
    const c = text.charCodeAt(p);
    if (isSkip(c)) {
      p++;
      continue;
    }
    if (isWordCode(c)) {
      const s = p;
      let e = p + 1;
      while (e < limit) {
        const d = text.charCodeAt(e);
        if (isWordCode(d)) e++;
        else if (isJoiner(d) && e + 1 < limit && isWordCode(text.charCodeAt(e + 1))) e++;
        else if ((d === 46 || d === 44) && e + 1 < limit && isDigit(text.charCodeAt(e + 1)) && isDigit(text.charCodeAt(e - 1))) e++;
        else break;
      }
      out.push(make(text, s, e, false, arena));
      p = e;
      continue;
    }
    out.push(make(text, p, p + 1, true, arena));
    p++;
  }
  return out;
}
