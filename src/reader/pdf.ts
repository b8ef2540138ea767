import { findPublished } from "../core/source/published";
import { pageText, type PdfRun } from "./pdfLines";

export type PdfResult =
  | { ok: true; text: string; pageStarts: number[]; meta: { title?: string; author?: string; published?: string } }
  | { ok: false; error: string };

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function runsOf(items: readonly unknown[]): PdfRun[] {
  const runs: PdfRun[] = [];
  for (const item of items as TextItem[]) {
    if (typeof item.str !== "string" || !item.transform) continue;
    const [a, b, , d, x, y] = item.transform;
    runs.push({ text: item.str, x, y, width: item.width ?? 0, height: item.height || Math.hypot(a, b) || Math.abs(d) || 1 });
  }
  return runs;
}

/** "D:20260410090000Z" (a PDF date) → "2026-04-10". */
function pdfDate(value: unknown): string {
  const m = typeof value === "string" ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : "";
}

function describe(error: unknown): string {
  const name = (error as { name?: string })?.name ?? "";
  if (name === "PasswordException") return "password-protected PDF; remove the password and try again";
  if (name === "InvalidPDFException") return "not a valid PDF file";
  return `could not read the PDF (${(error as Error)?.message ?? String(error)})`;
}

/**
 * Reads a PDF's text with PDF.js (through unpdf, which bundles a build that runs in Node and in browsers without
 * a worker): each page's text in reading order (see pdfLines.ts), pages separated by a blank line, where each
 * page starts kept so a claim can name its page. Title and author come from the document's information
 * dictionary, and its creation date when the text states no date. A PDF whose pages hold no text (a scan) is refused with a message saying so.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfResult> {
  const { getDocumentProxy } = await import("unpdf");
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of the buffer it is given: a copy keeps the caller's bytes intact.
    document = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(runsOf(content.items)));
      page.cleanup();
    }
    if (pages.every((p) => p.trim() === "")) {
      return { ok: false, error: `no text in this PDF (${document.numPages} page(s) of images: a scan needs OCR first)` };
    }
    const pageStarts: number[] = [];
    let text = "";
    for (const page of pages) {
      if (text) text += "\n\n";
      pageStarts.push(text.length);
      text += page;
    }
    const meta: { title?: string; author?: string; published?: string } = {};
    const info = ((await document.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    if (typeof info.Title === "string" && info.Title.trim()) meta.title = info.Title.trim();
    if (typeof info.Author === "string" && info.Author.trim()) meta.author = info.Author.trim();
    // The file's creation date stands in for the publication date only when the text states none.
    const published = pdfDate(info.CreationDate);
    if (published && !findPublished(text.slice(0, 4000))) meta.published = published;
    return { ok: true, text, pageStarts, meta };
  } catch (error) {
    return { ok: false, error: describe(error) };
  } finally {
    await document.destroy();
  }
}
