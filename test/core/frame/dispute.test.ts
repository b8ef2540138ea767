/** A labour dispute's numbers: the pay rise demanded and offered, the offer's term, the working week, the strike. */
import { disputeEmployer, disputeMeasure, isDisputeMeasure, isDisputeStory } from "../../../src/core/frame/dispute";

function read(sentence: string, surface: string, unit: string): string {
  const start = sentence.indexOf(surface);
  const kind = { money: /^[A-Z]{3}$/.test(unit), percent: unit === "%", duration: unit === "s" };
  return disputeMeasure(sentence, 0, sentence.length, start, start + surface.length, kind)?.key ?? "-";
}

describe("isDisputeStory", () => {
  test.each([
    "Nurses walk out over pay",
    "A 24-hour strike by bus drivers began on Monday.",
    "The union said its members would strike next week.",
    "Pay talks between the airline and pilots collapsed.",
    "Dockers staged industrial action at three ports.",
  ])("'%s' is about a labour dispute", (s) => {
    expect(isDisputeStory(s, [])).toBe(true);
  });
  test.each(["A missile strike hit the port.", "The firms struck a deal worth $2 billion.", "Workers' pay rose 3% last year.", "Lightning strikes set the forest on fire."])("'%s' is not", (s) => {
    expect(isDisputeStory(s, [])).toBe(false);
  });
});

describe("disputeMeasure", () => {
  test("the pay rise demanded, and the one offered, by the nearest verb before it", () => {
    expect(read("The union is demanding a pay rise of 400 euros a month.", "400 euros", "EUR")).toBe("pay-demand");
    expect(read("Nurses want 12% more pay.", "12%", "%")).toBe("pay-demand");
    expect(read("The hospital has offered a 6% increase.", "6%", "%")).toBe("pay-offer");
    expect(read("The company's offer, a rise of 6% over two years, was rejected.", "6%", "%")).toBe("pay-offer");
    expect(read("The airline offered 6% while the union demands 10% more pay.", "10%", "%")).toBe("pay-demand");
  });
  test("the offer's term, the working week and the strike's length", () => {
    expect(read("The firm offered a 6% rise over 24 months.", "24 months", "s")).toBe("pay-offer-term");
    expect(read("They want a 35-hour week.", "35-hour", "s")).toBe("working-week");
    expect(read("It asks to cut the working week to 35 hours from 38 hours.", "38 hours", "s")).toBe("working-week");
    expect(read("Drivers will strike for 48 hours.", "48 hours", "s")).toBe("n:strike");
  });
  test("not: pay with no side, a number that is no pay, a term with no offer", () => {
    expect(read("Average pay rose 4% last year.", "4%", "%")).toBe("-");
    expect(read("The union demands that 300 jobs be saved.", "300", "count")).toBe("-");
    expect(read("Talks lasted 12 hours.", "12 hours", "s")).toBe("-");
    expect(read("The union wants talks over 24 months.", "24 months", "s")).toBe("-");
  });
  test("the dispute's own measures", () => {
    expect(isDisputeMeasure("pay-offer")).toBe(true);
    expect(isDisputeMeasure("pay")).toBe(false);
  });
});

describe("disputeEmployer", () => {
  const names = new Map([
    ["gfl", { n: 3, name: "GFL" }],
    ["nordbahn", { n: 2, name: "Nordbahn" }],
  ]);
  test("the organisation named most that the text never calls a union", () => {
    expect(disputeEmployer(["The GFL union struck.", "Nordbahn offered 11%."], names)?.key).toBe("nordbahn");
    expect(disputeEmployer(["The drivers' union, GFL, struck.", "Nordbahn offered 11%."], names)?.key).toBe("nordbahn");
    expect(disputeEmployer(["Talks between the union and Nordbahn failed."], new Map([["nordbahn", { n: 1, name: "Nordbahn" }]]))?.key).toBe("nordbahn");
    expect(disputeEmployer(["Members of the Rail Workers Union struck."], new Map([["rail", { n: 2, name: "Rail Workers Union" }]]))).toBeUndefined();
  });
});
