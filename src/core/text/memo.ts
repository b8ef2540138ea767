/**
 * A string function remembered in a bounded map (claims repeat units, periods, attributions): the map
 * starts afresh when full, so an endless stream of distinct inputs cannot grow it without end.
 */
export function memo<T>(fn: (s: string) => T, limit = 8192): (s: string) => T {
  let cache = new Map<string, T>();
  // The last answer first: neighbouring claims (one source, one sentence) mostly ask the same.
  let lastKey: string | undefined;
  let lastValue: T | undefined;
  return (s: string) => {
    if (s === lastKey) return lastValue as T;
    const v = lookup(s);
    lastKey = s;
    lastValue = v;
    return v;
  };
  function lookup(s: string): T {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const v = fn(s);
    if (cache.size >= limit) cache = new Map();
    cache.set(s, v);
    return v;
  }
}
