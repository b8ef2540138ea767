/**
 * The first `max` UTF-16 code units of `text`, one fewer when the cut would fall between the two halves of a
 * surrogate pair (an emoji, a CJK extension character): a lone half is not text, and JSON then holds "\ud83d".
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
