/**
 * HTML → an inert DOM document for the reader-mode extractor: the browser's DOMParser runs no script and loads no
 * image or style of the page. The document is only read; nothing of it is ever put into the pane.
 */
export function parseDocument(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}
