import { WINDOWS_1252_C1 } from "./windows1252C1";

/** Named character references common in news pages (the full HTML table has 2,000+; these cover real articles). */
const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003",
  thinsp: "\u2009", hairsp: "\u200a", zwsp: "\u200b", zwnj: "\u200c", zwj: "\u200d", shy: "\u00ad",
  ndash: "\u2013", mdash: "\u2014", minus: "\u2212", hyphen: "\u2010", lsquo: "\u2018", rsquo: "\u2019",
  sbquo: "\u201a", ldquo: "\u201c", rdquo: "\u201d", bdquo: "\u201e", laquo: "\u00ab", raquo: "\u00bb",
  lsaquo: "\u2039", rsaquo: "\u203a", hellip: "\u2026", bull: "\u2022", middot: "\u00b7", prime: "\u2032",
  Prime: "\u2033", dagger: "\u2020", Dagger: "\u2021", permil: "\u2030", deg: "\u00b0", plusmn: "\u00b1",
  times: "\u00d7", divide: "\u00f7", frac12: "\u00bd", frac14: "\u00bc", frac34: "\u00be", sup1: "\u00b9",
  sup2: "\u00b2", sup3: "\u00b3", micro: "\u00b5", para: "\u00b6", sect: "\u00a7", copy: "\u00a9",
  reg: "\u00ae", trade: "\u2122", euro: "\u20ac", pound: "\u00a3", yen: "\u00a5", cent: "\u00a2",
  curren: "\u00a4", iexcl: "\u00a1", iquest: "\u00bf", larr: "\u2190", rarr: "\u2192", uarr: "\u2191",
  darr: "\u2193", harr: "\u2194", le: "\u2264", ge: "\u2265", ne: "\u2260", asymp: "\u2248", infin: "\u221e",
  Agrave: "\u00c0", Aacute: "\u00c1", Acirc: "\u00c2", Atilde: "\u00c3", Auml: "\u00c4", Aring: "\u00c5",
  AElig: "\u00c6", Ccedil: "\u00c7", Egrave: "\u00c8", Eacute: "\u00c9", Ecirc: "\u00ca", Euml: "\u00cb",
  Igrave: "\u00cc", Iacute: "\u00cd", Icirc: "\u00ce", Iuml: "\u00cf", Ntilde: "\u00d1", Ograve: "\u00d2",
  Oacute: "\u00d3", Ocirc: "\u00d4", Otilde: "\u00d5", Ouml: "\u00d6", Oslash: "\u00d8", Ugrave: "\u00d9",
  Uacute: "\u00da", Ucirc: "\u00db", Uuml: "\u00dc", Yacute: "\u00dd", szlig: "\u00df", agrave: "\u00e0",
  aacute: "\u00e1", acirc: "\u00e2", atilde: "\u00e3", auml: "\u00e4", aring: "\u00e5", aelig: "\u00e6",
  ccedil: "\u00e7", egrave: "\u00e8", eacute: "\u00e9", ecirc: "\u00ea", euml: "\u00eb", igrave: "\u00ec",
  iacute: "\u00ed", icirc: "\u00ee", iuml: "\u00ef", ntilde: "\u00f1", ograve: "\u00f2", oacute: "\u00f3",
  ocirc: "\u00f4", otilde: "\u00f5", ouml: "\u00f6", oslash: "\u00f8", ugrave: "\u00f9", uacute: "\u00fa",
  ucirc: "\u00fb", uuml: "\u00fc", yacute: "\u00fd", yuml: "\u00ff", OElig: "\u0152", oelig: "\u0153",
  Scaron: "\u0160", scaron: "\u0161", Zcaron: "\u017d", zcaron: "\u017e",
};

/** References browsers accept without the closing semicolon (legacy), limited to the everyday ones. */
const WITHOUT_SEMICOLON = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]);

function fromNumeric(cp: number): string {
  if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(WINDOWS_1252_C1[cp] ?? cp);
}

// The digits of a numeric reference are read whole however many there are (as browsers do): a cut-off
// "&#99999999999;" must not leave "99;" behind as text. A value beyond U+10FFFF gives U+FFFD.
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]{1,31})(;?))/g;

/** Decodes named (common) and numeric character references; unknown references are left as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined, semi: string) => {
    if (hex !== undefined) return fromNumeric(parseInt(hex, 16));
    if (dec !== undefined) return fromNumeric(parseInt(dec, 10));
    if (name !== undefined) {
      const value = NAMED[name];
      if (value !== undefined && (semi === ";" || WITHOUT_SEMICOLON.has(name))) return value;
    }
    return whole;
  });
}
