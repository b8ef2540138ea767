import { isEmployedCount, isJobCut, isMaybeCut, isWorkforceShareOfCut } from "../../../src/core/frame/workforce";

const cut = (s: string, n: string) => isJobCut(s, s.indexOf(n), s.indexOf(n) + n.length);

describe("isJobCut: the jobs an organisation cuts, whatever the noun", () => {
  test.each([
    ["The group said it would cut about 4,000 jobs.", "4,000"],
    ["It will shed roughly 4,000 positions.", "4,000"],
    ["It plans to lay off 4,100 workers.", "4,100"],
    ["The bank axed 900 back-office roles.", "900"],
    ["The carmaker is cutting 2,000 factory jobs.", "2,000"],
  ])("%s", (s, n) => expect(cut(s, n)).toBe(true));
  test.each([
    ["The group employs 66,000 people.", "66,000"],
    ["It cut costs by 5 billion crowns.", "5 billion"],
    ["Employers added 227,000 jobs.", "227,000"],
    ["It cut 4,000 tonnes of output.", "4,000"],
  ])("not: %s", (s, n) => expect(cut(s, n)).toBe(false));
});

describe("isMaybeCut", () => {
  test("'could cut up to', 'may shed' are cuts that may not come; 'will cut' is the plan", () => {
    const s = "The group could cut up to 4,000 jobs.";
    expect(isMaybeCut(s, s.indexOf("4,000"))).toBe(true);
    const t = "The group will cut 4,000 jobs.";
    expect(isMaybeCut(t, t.indexOf("4,000"))).toBe(false);
  });
});

describe("isWorkforceShareOfCut: the share of the workforce a cut makes", () => {
  const share = (s: string, n: string) => isWorkforceShareOfCut(s, s.indexOf(n), s.indexOf(n) + n.length);
  test("'4,000 jobs, or 6% of its workforce', 'about 6 per cent of its 66,000 staff'", () => {
    expect(share("It would cut about 4,000 jobs, or 6% of its workforce.", "6%")).toBe(true);
    expect(share("It will shed roughly 4,000 positions, about 6 per cent of its 66,000 staff.", "6 per cent")).toBe(true);
  });
  test("not: a share of the workforce with no cut, or a cut's share of something else", () => {
    expect(share("Women make up 40% of its workforce.", "40%")).toBe(false);
    expect(share("It would cut about 4,000 jobs, or 6% of its costs.", "6%")).toBe(false);
  });
});

describe("isEmployedCount: the people an organisation employs", () => {
  const employed = (s: string, n: string) => isEmployedCount(s, 0, s.indexOf(n));
  test("'which employs 61,000', 'employing about 64,000', 'employed 12,000 at the end of 2024'", () => {
    expect(employed("Nordlicht, which employs 61,000 people, will appeal.", "61,000")).toBe(true);
    expect(employed("The group, employing about 64,000 staff, will appeal.", "64,000")).toBe(true);
    expect(employed("It employed 12,000 people at the end of 2024.", "12,000")).toBe(true);
  });
  test("not: people it hired or cut", () => {
    expect(employed("It hired 2,000 people.", "2,000")).toBe(false);
    expect(employed("It will cut 4,000 jobs.", "4,000")).toBe(false);
  });
});
