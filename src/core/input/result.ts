/** The outcome of reading or decoding one input: text with warnings, or one readable error. */
export type TextResult = { ok: true; text: string; warnings: string[] } | { ok: false; error: string };
