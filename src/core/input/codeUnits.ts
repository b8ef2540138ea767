/**
 * Builds a string from UTF-16 code units in chunks, so very long texts never hit the argument-count limit of
 * String.fromCharCode and never build the string one character at a time.
 */
export class CodeUnitBuilder {
  private readonly chunks: string[] = [];
  private buffer: Uint16Array;
  private length = 0;

  constructor(chunkSize = 8192) {
    this.buffer = new Uint16Array(chunkSize);
  }

  push(unit: number): void {
    if (this.length === this.buffer.length) this.flush();
    this.buffer[this.length++] = unit;
  }

  /** Appends a code point, as a surrogate pair when it is above U+FFFF. */
  pushCodePoint(cp: number): void {
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      this.push(0xd800 + (v >> 10));
      this.push(0xdc00 + (v & 0x3ff));
    } else {
      this.push(cp);
    }
  }

  toString(): string {
    this.flush();
    return this.chunks.join("");
  }

  private flush(): void {
    if (this.length === 0) return;
    this.chunks.push(String.fromCharCode.apply(null, this.buffer.subarray(0, this.length) as unknown as number[]));
    this.length = 0;
  }
}

export const REPLACEMENT_CHARACTER = 0xfffd;
