/** Word tables without a prototype, so that "constructor" or "__proto__" in an article is never a hit. */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  const table = Object.create(null) as Record<string, T>;
  for (const key of Object.keys(entries)) table[key] = entries[key];
  return table;
}
