import fc from "fast-check";
import type { ClaimContext } from "../../../src/core/audit/context";
import { representativeSubject } from "../../../src/core/audit/label";

/** The rule as first written: the most used subject; ties to the shortest, then the first alphabetically. */
function reference(subjects: string[]): string {
  const tally = new Map<string, number>();
  for (const s of subjects.map((x) => x.replace(/\s+/g, " ").trim())) if (s) tally.set(s, (tally.get(s) ?? 0) + 1);
  const best = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : "";
}

const members = (subjects: string[]) => subjects.map((subjectText) => ({ subjectText }) as ClaimContext);

describe("representativeSubject", () => {
  it("picks the most used subject, ties to the shortest, then alphabetical", () => {
    expect(representativeSubject(members(["gas deliveries", "gas  supplies", "gas supplies"]))).toBe("gas supplies");
    expect(representativeSubject(members(["talks", "call", "conversation"]))).toBe("call");
    expect(representativeSubject(members(["", " "]))).toBe("");
  });

  it("agrees with the sort-based rule on any members", () => {
    const word = fc.constantFrom("gas", "trade", "call", "talks", "deliveries", "", " ", "bilateral");
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 3 }).map((w) => w.join(" ")), { minLength: 2, maxLength: 12 }), (subjects) => {
        expect(representativeSubject(members(subjects))).toBe(reference(subjects));
      }),
      { numRuns: 2000 },
    );
  });
});
