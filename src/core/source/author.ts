/** The author: "By Jane Doe", "written by MD. Rana", "Author: ...". */

const WORD = "[\\p{Lu}](?:\\p{Lu}{0,2}\\.|[\\p{L}\\p{M}’'-]*)";
const NAME = `(${WORD}(?:[ \\t]+(?:${WORD}|de|van|von|al|bin))*)`;
const PATTERNS = [
  new RegExp(`^[ \\t]*(?:by|written[ \\t]+by|author|words)[ \\t]*:?[ \\t]+${NAME}[ \\t]*(?:[,|·•–—-]|$)`, "imu"),
  new RegExp(`\\b(?:was|is)[ \\t]+written[ \\t]+by[ \\t]+${NAME}`, "iu"),
  new RegExp(`\\bwritten[ \\t]+by[ \\t]+${NAME}`, "iu"),
];

export function findAuthor(text: string): string {
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (m) {
      const name = m[1].replace(/\.$/, "").trim();
      if (name && name.length <= 80) return name;
    }
  }
  return "";
}
