/** A running toll is counted by the day it was told. Sentences of our own. */
import { asOfDay, asOfLabel, daySpan, isRunningToll, namesDay, monthDayIn } from "../../../src/core/frame/asOf";

describe("isRunningToll", () => {
  test("the dead, the hurt, the missing, the displaced, cases, arrests and aftershocks", () => {
    for (const key of ["deaths", "injuries", "casualties", "n:missing", "n:homeless", "v:evacuated", "n:case", "n:aftershock", "v:arrested"]) expect(isRunningToll(key)).toBe(true);
    // a fire's area and containment, homes lost, people evacuated
    for (const key of ["area-burned", "containment", "n:home", "n:people:evacuated"]) expect(isRunningToll(key)).toBe(true);
    // the incidents a fault is known to have caused so far
    for (const key of ["n:crash", "n:accident", "n:complaint", "n:incident"]) expect(isRunningToll(key)).toBe(true);
  });
  test("not: money, goods, people counted otherwise", () => {
    for (const key of ["revenue", "exports", "n:student", "n:tourist", "n:job", "n:homeowner", undefined]) expect(isRunningToll(key)).toBe(false);
  });
});

describe("asOfDay", () => {
  const s = "The toll rose to 917, up from 412 on Tuesday, while 12 died yesterday.";
  test("the date line's day, unless a day is told right after the number", () => {
    expect(asOfDay(s, s.indexOf("917") + 3, "2026-11-05")).toBe("2026-11-05");
    // Thursday 5 November 2026: the Tuesday before is the 3rd
    expect(asOfDay(s, s.indexOf("412") + 3, "2026-11-05")).toBe("2026-11-03");
    expect(asOfDay(s, s.indexOf("12 died") + 2, "2026-11-05")).toBe("2026-11-04");
    // a weekday that is the date line's own is that day
    expect(asOfDay("Deaths reached 40 on Thursday.", 17, "2026-11-05")).toBe("2026-11-05");
  });
  test("a day named before the number counts only when asked (a quote or a level: one sentence, one day)", () => {
    const q = "The won slid past 1,480 on Tuesday, touching a low of 1,483.5.";
    expect(asOfDay(q, q.indexOf("1,483.5") + 7, "2026-11-05")).toBe("2026-11-05");
    expect(asOfDay(q, q.indexOf("1,483.5") + 7, "2026-11-05", true)).toBe("2026-11-03");
    expect(namesDay(q)).toBe(true);
    expect(namesDay("It settled at 1,478.3.")).toBe(false);
  });
  test("no date line, no day", () => {
    expect(asOfDay(s, 20, "")).toBe("");
    expect(asOfDay(s, 20, "2026-11")).toBe("");
  });
  test("a day as a period of its own", () => {
    expect(daySpan("2026-11-03")).toEqual({ from: "2026-11-03", to: "2026-11-03", label: "3 November 2026" });
  });
  test("label", () => {
    expect(asOfLabel("2026-11-03")).toBe("as of 3 November 2026");
  });
});

describe("monthDayIn: a day named with its month", () => {
  test("'on Sept. 24', 'as of September 24', 'on 24 September', in the month given or the article's year", () => {
    expect(monthDayIn("Storage stood at 78% of capacity on Sept. 24.", 2026, "2026-09")).toBe("2026-09-24");
    expect(monthDayIn("Stocks were 80% full as of September 3, the agency said.", 2026)).toBe("2026-09-03");
    expect(monthDayIn("Dams held 61% of capacity on 24 September.", 2026)).toBe("2026-09-24");
  });
  test("not: another month than the period's, a day with its own year, no day", () => {
    expect(monthDayIn("Storage stood at 78% on Sept. 24.", 2026, "2026-10")).toBeUndefined();
    expect(monthDayIn("Storage stood at 78% on Sept. 24, 2024.", 2026)).toBeUndefined();
    expect(monthDayIn("Storage stood at 78% in September.", 2026)).toBeUndefined();
  });
});
