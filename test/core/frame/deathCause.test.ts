/** What people died of, in a story that counts deaths by cause. Sentences of our own. */
import { deathCause, storyCauses } from "../../../src/core/frame/deathCause";

describe("deathCause", () => {
  test.each([
    ["Drug overdose deaths in Canada fell 17% to 7,100.", "overdose"],
    ["Deaths involving fentanyl dropped to 4,900.", "fentanyl"],
    ["Synthetic opioids such as fentanyl were involved in about 4,900 deaths.", "fentanyl"],
    ["Fentanyl-related deaths fell to 4,700.", "fentanyl"],
    ["Deaths from methamphetamine rose to 2,100.", "methamphetamine"],
    ["Some 7,146 people died of drug overdoses last year.", "overdose"],
    ["Fatal overdoses declined to 7,146.", "overdose"],
    ["Road deaths fell 5% to 1,624.", "road"],
  ])("%s → %s", (clause, expected) => {
    expect(deathCause(clause)).toBe(expected);
  });

  test.each([
    ["The quake killed 2,000 people."],
    ["Total deaths rose to 5,000."],
    ["Deaths rose to 80 in the US."],
  ])("no cause: %s", (clause) => {
    expect(deathCause(clause)).toBe("");
  });
});

describe("storyCauses: a story that names two causes or more, its first the main one", () => {
  test("overdoses, then fentanyl", () => {
    expect(storyCauses(["Overdose deaths fall", "Drug overdose deaths fell 17%.", "Deaths involving fentanyl dropped."])).toEqual({ main: "overdose" });
  });
  test("not: one cause only ('Deaths from the quake'), or none", () => {
    expect(storyCauses(["Deaths from the quake rose to 2,000.", "The quake killed 2,000 people."])).toBeUndefined();
    expect(storyCauses(["The storm killed 12 people."])).toBeUndefined();
  });
});
