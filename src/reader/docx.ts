import { parseHtml } from "../core/input/htmlToText";

export type DocxResult = { ok: true; text: string; warnings: string[] } | { ok: false; error: string };

/**
 * Reads a Word document (.docx) with mammoth: paragraphs, headings, lists and tables become HTML, which the
 * engine's HTML reader turns into text (a paragraph a line, table cells side by side). Images are left out.
 */
export async function readDocx(bytes: Uint8Array): Promise<DocxResult> {
  const mammoth = await import("mammoth");
  const convert = mammoth.convertToHtml ?? (mammoth as unknown as { default: typeof mammoth }).default.convertToHtml;
  let html: string;
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`: both are given.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof convert>[0];
    const result = await convert(input, { convertImage: undefined, ignoreEmptyParagraphs: true });
    html = result.value;
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    if (/zip|central directory|end of data/i.test(message)) return { ok: false, error: "not a valid .docx file (not a zip archive)" };
    return { ok: false, error: `could not read the Word document (${message.split("\n")[0]})` };
  }
  // A table cell holding one paragraph is that paragraph's text: the cells of a row stay on one line.
  const cells = html.replace(/<(t[dh])([^>]*)>\s*<p>((?:(?!<\/?p>)[\s\S])*)<\/p>\s*<\/\1>/g, "<$1$2>$3</$1>");
  const text = parseHtml(cells.replace(/<img\b[^>]*>/gi, "")).text;
  if (!text.trim()) return { ok: false, error: "no text in this Word document" };
  return { ok: true, text, warnings: [] };
}
