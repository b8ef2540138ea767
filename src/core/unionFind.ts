/**
 * Groups of string keys joined pair by pair (union–find). A group is known by its smallest key, so the result never
 * depends on the order of the unions. Used for the copies of one story, the outlets of one origin and the places of
 * one event.
 */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  /** Adds `key` as a group of its own, unless it is known already. */
  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  has(key: string): boolean {
    return this.parent.has(key);
  }

  /** The smallest key of the group of `key` (which must have been added). */
  find(key: string): string {
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root) as string;
    return root;
  }

  /** Joins the groups of `a` and `b` (both added). */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  keys(): IterableIterator<string> {
    return this.parent.keys();
  }
}
