/** A story about remittances: its money flowing to places is remittances, however named. Sentences of our own. */
import { findMeasures } from "../../../src/core/frame/measure";
import { isRemittanceStory, remittanceMeasures } from "../../../src/core/frame/remittanceStory";

const keys = (s: string, goods = false) => remittanceMeasures(s, findMeasures(s), goods).map((h) => `${s.slice(h.start, h.end)}=${h.concept.key}`);

describe("remittance stories", () => {
  test("a title or an opening that speaks of remittances", () => {
    expect(isRemittanceStory("Remittances to Nepal hit a record", [])).toBe(true);
    expect(isRemittanceStory("Nepal's trade gap widens", ["Imports rose 9%.", "Exports fell."])).toBe(false);
  });

  test("inflows, money received and bare flows are remittances", () => {
    expect(keys("Inflows to Nepal rose 6.1% on the year.")).toEqual(["Inflows=remittances"]);
    expect(keys("Bangladesh, which received $23 billion, came third.")).toEqual(["received=remittances"]);
    expect(keys("Overall flows to developing economies grew 3.8% to $656 billion.")).toEqual(["flows=remittances"]);
  });

  test("not: a sentence that names goods, nor exports", () => {
    expect(keys("Nepal received 1.2 million tonnes of rice.", true)).toEqual(["received=flow"]);
    expect(keys("Exports from Nepal fell 4%.")).toEqual(["Exports=flow"]);
  });
});
