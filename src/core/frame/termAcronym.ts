/**
 * A term's short form, defined in brackets after the term in lower case: "lithium carbonate equivalent (LCE)",
 * "liquefied natural gas (LNG)", "value-added tax (VAT)". Written in capitals like an organisation's initials, it
 * names a unit or a thing, never whose a figure is. Only where the short form is the initials of the words before it.
 */
const DEFINED = /\b([a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,5})\s+\(([A-Z]{2,6})\)/g;

/** The short forms (lower case) the texts define for terms in lower case. */
export function termAcronyms(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    if (text.indexOf("(") < 0) continue;
    DEFINED.lastIndex = 0;
    for (let m = DEFINED.exec(text); m; m = DEFINED.exec(text)) {
      const short = m[2];
      const initials = m[1].split(/[\s-]+/).map((w) => w[0]).join("").toUpperCase();
      if (initials.endsWith(short)) out.add(short.toLowerCase());
    }
  }
  return out;
}
