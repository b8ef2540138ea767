import { electionPeriod, isEarlierElection, isElectionStory, isSeatTotal, turnoutAfter, wonShareBefore } from "../../../src/core/frame/election";

const at = (sentence: string, n: string) => sentence.indexOf(n);

describe("election: a story of an election", () => {
  test("its title or a sentence says so", () => {
    expect(isElectionStory("Alliance wins the vote", [])).toBe(true);
    expect(isElectionStory("Results", ["Turnout was high in Sunday's parliamentary election."])).toBe(true);
    expect(isElectionStory("Copper output falls", ["Output fell 4%."])).toBe(false);
  });
});

describe("election: a share won", () => {
  test.each([
    ["The Alliance won 38.6% of the vote.", "38.6%"],
    ["The Social Democrats came second with 27.9%.", "27.9%"],
    ["The Alliance is the clear winner with 38.6% and 142 seats.", "38.6%"],
  ])("%s", (s, n) => expect(wonShareBefore(s, 0, at(s, n))).toBe(true));
  test.each([
    ["Turnout was 64.2%.", "64.2%"],
    ["The party's support rose 3%.", "3%"],
  ])("not: %s", (s, n) => expect(wonShareBefore(s, 0, at(s, n))).toBe(false));
});

describe("election: the assembly's size is no party's seats", () => {
  const total = (s: string, n: string) => isSeatTotal(s, at(s, n), at(s, n) + n.length);
  test("'of the 300 seats', 'the 300-member assembly', 'a 300-seat parliament'", () => {
    expect(total("giving it 142 of the 300 seats in parliament", "300")).toBe(true);
    expect(total("142 seats in the 300-member assembly", "300")).toBe(true);
    expect(total("a 300-seat parliament", "300")).toBe(true);
  });
  test("not: a party's seats", () => {
    expect(total("giving it 142 of the 300 seats in parliament", "142")).toBe(false);
    expect(total("The Greens won 28 seats.", "28")).toBe(false);
  });
});

describe("election: turnout told by what follows a percent", () => {
  test("'of the eligible voters cast a ballot', 'of registered voters voted'", () => {
    const s = "Some 64.2 percent of the 4.1 million eligible voters cast a ballot.";
    expect(turnoutAfter(s, at(s, "64.2 percent") + "64.2 percent".length)?.key).toBe("turnout");
    const t = "Only 48% of registered voters turned out.";
    expect(turnoutAfter(t, at(t, "48%") + 3)?.key).toBe("turnout");
  });
  test("not: a share of voters who back someone", () => {
    const s = "Some 40% of voters back the Alliance.";
    expect(turnoutAfter(s, at(s, "40%") + 3)).toBeUndefined();
  });
});

describe("election: the story's election and an earlier one", () => {
  test("an earlier election is said so; the story's is the date line's month", () => {
    expect(isEarlierElection("They had won 34.1 percent in the previous election.")).toBe(true);
    expect(isEarlierElection("It won 22% at the last election")).toBe(true);
    expect(isEarlierElection("The Greens won 28 seats.")).toBe(false);
    expect(electionPeriod("2026-09")).toEqual({ from: "2026-09", to: "2026-09", label: "September 2026 election" });
    expect(electionPeriod("")).toBeUndefined();
  });
});
