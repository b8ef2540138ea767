/**
 * Who a number comes from, normalised so that "Ushakov", "Yury Ushakov" and "Kremlin aide Yuri Ushakov" are one
 * origin: a person is known by the surname (the last capitalised word) with transliteration variants folded
 * (Yury/Yuri, -sky/-ski, kh/h); an institution ("Chinese Foreign Ministry") by all its capitalised words.
 * Generic attributions ("state media", "officials", "analysts") name no origin and return "".
 */
const GENERIC = /^(?:(?:the|some|several|many|other)\s+)?(?:state\s+media|media|officials?|sources?|analysts?|experts?|reports?|observers?|data|statistics|estimates?|figures?|diplomats?|insiders?|people familiar.*|official\s+(?:data|briefings?|sources?|statements?)|state\s+media\s+and\s+official\s+briefings?)$/i;

const INSTITUTION = new Set(
  (
    "ministry office service committee agency bank administration council department commission customs bureau " +
    "government embassy secretariat parliament duma senate media group corporation company authority authorities " +
    "board institute center centre fund organization organisation association union press"
  ).split(/\s+/),
);

/** Folds spelling variants of transliterated names onto one form. */
export function foldName(word: string): string {
  return word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/kh/g, "h")
    .replace(/ks/g, "x")
    .replace(/ts/g, "c")
    .replace(/j/g, "i")
    .replace(/y/g, "i")
    .replace(/ii/g, "i");
}

/** The origin key of an attribution (pure; the audit memoises it per claim, see context.ts). */
export function originKey(attribution: string): string {
  const text = attribution.replace(/[’‘]/g, "'").replace(/'s\b/g, "").trim();
  if (!text || GENERIC.test(text)) return "";
  const words = text.split(/[^A-Za-z\u00c0-\u024f'-]+/).filter(Boolean);
  const caps = words.filter((w) => /^[A-Z\u00c0-\u00de]/.test(w));
  if (!caps.length) {
    const content = words.map((w) => w.toLowerCase()).filter((w) => !/^(?:the|a|an|of|and|to|according)$/.test(w));
    return content.length ? "org:" + content.join(" ") : "";
  }
  const last = caps[caps.length - 1];
  const lastLower = last.toLowerCase();
  const nextAfterLast = words[words.indexOf(last) + 1]?.toLowerCase() ?? "";
  if (INSTITUTION.has(lastLower) || INSTITUTION.has(nextAfterLast)) {
    return "org:" + caps.map(foldName).join(" ") + (INSTITUTION.has(nextAfterLast) ? " " + nextAfterLast : "");
  }
  return "name:" + foldName(last);
}
