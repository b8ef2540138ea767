import { MAX_DAYS, nearestDate, withBatchDates } from "../../../src/core/source/batchDates";
import { createSource } from "../../../src/core/source/createSource";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("nearestDate: a month and day in the year nearest a stated date", () => {
  test("the same days, the year around a new year, and leap days", () => {
    expect(nearestDate(11, 30, [day("2026-11-30")])).toBe("2026-11-30");
    expect(nearestDate(12, 31, [day("2027-01-02")])).toBe("2026-12-31");
    expect(nearestDate(1, 2, [day("2026-12-30")])).toBe("2027-01-02");
    expect(nearestDate(2, 29, [day("2028-03-01")])).toBe("2028-02-29");
  });

  test("no date: a day too far from every stated date, a day that does not exist", () => {
    expect(nearestDate(6, 1, [day("2026-11-30")])).toBe("");
    expect(MAX_DAYS).toBeLessThan(100);
    expect(nearestDate(2, 30, [day("2026-02-20")])).toBe("");
  });
});

describe("withBatchDates", () => {
  const wire = createSource("Copper output falls\n\nSANTIAGO, Nov 30 (Wire) - Output fell 4% in October, the institute said.", { file: "a.txt" });
  const paper = createSource("Copper output slides\n1 December 2026\n\nOutput fell 4% in October.", { file: "b.txt" });

  test("an undated wire takes its day in the year of the batch's dated articles; the others are left as they are", () => {
    expect(wire.published).toBe("");
    const [a, b] = withBatchDates([wire, paper]);
    expect(a.published).toBe("2026-11-30");
    expect(a).not.toBe(wire);
    expect(wire.published).toBe("");
    expect(b).toBe(paper);
  });

  test("a batch that states no date, or a wire without a date line, stays undated", () => {
    expect(withBatchDates([wire])[0].published).toBe("");
    const plain = createSource("Copper output fell 4% in October.", { file: "c.txt" });
    expect(withBatchDates([plain, paper])[0].published).toBe("");
  });
});
