/** Union–find over string keys: a group is known by its smallest key, whatever the order of the unions. */
import { UnionFind } from "../../src/core/unionFind";

describe("UnionFind", () => {
  test("keys alone are their own groups; joined keys share the smallest key", () => {
    const u = new UnionFind();
    for (const k of ["d", "b", "c", "a", "e"]) u.add(k);
    expect(u.find("d")).toBe("d");
    u.union("d", "b");
    u.union("c", "d");
    expect(["b", "c", "d"].map((k) => u.find(k))).toEqual(["b", "b", "b"]);
    u.union("e", "a");
    u.union("c", "e");
    expect(["a", "b", "c", "d", "e"].map((k) => u.find(k))).toEqual(["a", "a", "a", "a", "a"]);
  });

  test("the groups do not depend on the order of the unions; adding a key twice keeps its group", () => {
    const pairs: [string, string][] = [["x", "y"], ["m", "n"], ["y", "m"], ["p", "q"]];
    const groups = (order: [string, string][]) => {
      const u = new UnionFind();
      for (const [a, b] of order) {
        u.add(a);
        u.add(b);
        u.union(a, b);
      }
      u.add("x");
      return [...u.keys()].sort().map((k) => `${k}:${u.find(k)}`);
    };
    expect(groups([...pairs].reverse())).toEqual(groups(pairs));
    expect(groups(pairs)).toEqual(["m:m", "n:m", "p:p", "q:p", "x:m", "y:m"]);
    const u = new UnionFind();
    expect(u.has("z")).toBe(false);
  });
});
