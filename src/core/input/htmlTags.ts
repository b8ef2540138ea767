/**
 * Elements whose whole content is dropped: code, styling, embedded documents and graphics, form controls, and
 * site navigation (menus are page furniture, never the article).
 */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "select",
  "textarea", "button", "nav", "title",
]);

/** Elements that end a paragraph: a blank line before and after. */
export const PARAGRAPH_ELEMENTS: ReadonlySet<string> = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "section",
  "article", "header", "footer", "aside", "nav", "main", "hr", "address", "details", "summary", "body", "html",
]);

/** Elements that end a line. */
export const LINE_ELEMENTS: ReadonlySet<string> = new Set([
  "br", "div", "li", "tr", "dt", "dd", "figcaption", "caption", "form", "fieldset", "legend", "option", "label",
  "thead", "tbody", "tfoot", "center",
]);

/** Elements that separate words (table cells). */
export const CELL_ELEMENTS: ReadonlySet<string> = new Set(["td", "th"]);
