/**
 * `list.sort()` for lists of strings, in place: an insertion sort for the few strings of a figure (its sources, a
 * side's claims, a subject's entity keys), which needs no work array; the built-in sort for longer lists. A large
 * corpus sorts tens of thousands of such lists. Same order as `sort()`: by UTF-16 code units.
 */
const FEW = 16;

export function sortStrings(list: string[]): string[] {
  if (list.length > FEW) return list.sort();
  for (let i = 1; i < list.length; i++) {
    const v = list[i];
    let j = i;
    while (j > 0 && list[j - 1] > v) {
      list[j] = list[j - 1];
      j--;
    }
    list[j] = v;
  }
  return list;
}
