/**
 * The first `max` items of `items` in the order of `compare`, sorted, found in one pass with a heap of `max` items:
 * O(n log max) instead of sorting all n (the summary shows the top 200 figures of a status, however many there are).
 * Ties keep no particular order unless `compare` breaks them.
 */
export function selectTop<T>(items: readonly T[], max: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= max) return [...items].sort(compare);
  if (max <= 0) return [];
  // A heap whose root is the worst item kept: a newcomer better than the root replaces it.
  const heap: T[] = [];
  const worse = (i: number, j: number): boolean => compare(heap[i], heap[j]) > 0;
  const swap = (i: number, j: number): void => void ([heap[i], heap[j]] = [heap[j], heap[i]]);
  const siftUp = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(i, parent)) return;
      swap(i, parent);
      i = parent;
    }
  };
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(l, top)) top = l;
      if (r < heap.length && worse(r, top)) top = r;
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };
  for (const item of items) {
    if (heap.length < max) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}
