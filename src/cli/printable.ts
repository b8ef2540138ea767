/**
 * Text from articles, file names and page metadata is data: printed raw, an escape sequence in it would drive the
 * terminal (ESC ] 52 writes the clipboard, ESC [ 31m recolours, a carriage return overwrites the line, a bidi
 * override reverses what follows). Everything the CLI prints from data goes through `printable`, which shows such
 * characters as visible escapes instead: C0 controls (tab and line feed included: one message is one line),
 * DEL, the C1 controls (U+0080–U+009F: U+009B is a one-character CSI on some terminals) and the Unicode bidi
 * overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069: they reorder the text that follows; the
 * direction marks U+200E, U+200F, which cannot, are left in right-to-left text).
 */

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escapeOf(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** `text` with every control character shown as `\xNN` or `\uNNNN`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeOf);
}

/** Each line of `text` made printable, the line breaks kept (for multi-line messages such as a stack trace). */
export function printableLines(text: string): string {
  return text.split("\n").map(printable).join("\n");
}

/**
 * The characters JSON.stringify leaves raw that a terminal may still act on (DEL, C1 controls, bidi controls),
 * written as \uNNNN escapes. Applied to serialised JSON: these characters can only stand inside its strings, where
 * the escape means the same character, so the data is unchanged for any JSON reader.
 */
const JSON_RAW_CONTROLS = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW_CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
