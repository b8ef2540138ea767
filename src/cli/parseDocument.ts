import { parseHTML } from "linkedom";

/** HTML → a DOM document for the reader-mode extractor, with linkedom (a small DOM for Node; no scripts run). */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
