import { ContextBuilder } from "../../../src/core/audit/context";
import * as subject from "../../../src/core/audit/subject";
import type { Claim } from "../../../src/core/types";
import { claimRecord } from "../../helpers/claim";

function claimAbout(i: number, text: string): Claim {
  const sentence = `The ${text} reached 5 tonnes.`;
  const at = sentence.indexOf("5 tonnes");
  return claimRecord({ id: `c${i}`, sourceId: `s${i % 7}`, start: at, surface: "5 tonnes", value: 5000, unit: "kg", sentence, sentenceStart: 0 }, { subject: text });
}

describe("ContextBuilder", () => {
  afterEach(() => jest.restoreAllMocks());

  it("analyses each subject of an audit once, however many other subjects come between two of its claims", () => {
    const spy = jest.spyOn(subject, "computeSubjectKey");
    const builder = new ContextBuilder(new Map());
    const claims: Claim[] = [];
    // A recurring subject (a fresh string each time, as slices of articles are) between 20,000 subjects of their own.
    for (let i = 0; i < 20000; i++) {
      claims.push(claimAbout(2 * i, `grain harvest of the plant number ${i}`));
      if (i % 1000 === 0) claims.push(claimAbout(2 * i + 1, ["pipeline", "gas", "deliveries"].join(" ")));
    }
    const contexts = claims.map((c) => builder.build(c));
    const recurring = contexts.filter((c) => c.subjectText === "pipeline gas deliveries");
    expect(recurring).toHaveLength(20);
    expect(new Set(recurring.map((c) => c.subject)).size).toBe(1);
    expect(spy).toHaveBeenCalledTimes(20001);
  });

  it("gives two audits their own subjects", () => {
    const spy = jest.spyOn(subject, "computeSubjectKey");
    new ContextBuilder(new Map()).build(claimAbout(1, "coal shipments"));
    new ContextBuilder(new Map()).build(claimAbout(1, "coal shipments"));
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
