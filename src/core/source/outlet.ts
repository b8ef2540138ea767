/** The outlet when the text names it: "Source: Reuters", "(Reuters) -", "Published by TASS", "published by the National Statistics Office", "© 2026 Xinhua". */

const PATTERNS = [
  /^[ \t]*(?:[Ss]ource|[Oo]utlet|[Pp]ublication|[Pp]ublisher|[Vv]ia)[ \t]*:[ \t]*([A-Z][\w&.' -]{1,60}?)[ \t]*$/m,
  /^\s*[A-Z][A-Za-z .]+,\s+\w+\.?\s+\d{1,2}\s+\(([A-Z][\w&. ]{1,40})\)\s+[-–—]/m,
  // (a line that starts with it: "data published by Statistics Portugal" in a sentence names a source of data)
  /^[ \t]*[Pp]ublished[ \t]+by[ \t]+(?:the[ \t]+)?([A-Z][\w&.' ]{1,60}?)(?:[.,;]|$)/m,
  /©[ \t]*(?:(?:19|20)\d\d[ \t]+)?([A-Z][\w&.' ]{1,60}?)(?:[.,;]|$)/m,
];

export function findOutlet(text: string): string {
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (m && !/^https?:/i.test(m[1])) return m[1].trim();
  }
  return "";
}
