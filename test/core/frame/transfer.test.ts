/** A player's transfer: the fee, the add-ons, the fee with them, the sell-on share; whose they are. Our own sentences. */
import { isPlayerMeasure, isTransferStory, playerOf, transferMeasure, transferPlayers } from "../../../src/core/frame/transfer";

function read(sentence: string, surface: string, money = true, current?: string): string {
  const start = sentence.indexOf(surface);
  return transferMeasure(sentence, 0, sentence.length, start, start + surface.length, current, money)?.key ?? "-";
}

describe("isTransferStory", () => {
  test.each([
    "Harbour City sign striker Tomas Reyes from Lisbon side",
    "Reyes completes club-record move",
    "The midfielder, who joined in 2021, cost 40 million euros.",
    "The club paid a transfer fee of £30m.",
    "Porto kept a 20% sell-on clause.",
  ])("'%s' is about a transfer", (s) => {
    expect(isTransferStory(s, [])).toBe(true);
  });
  test("a transfer told only deep in a story about something else (a club's accounts) does not make it a transfer story", () => {
    const accounts = ["Harbour City lost £27m in 2024-25.", "Revenue rose to £48m.", "Wages reached £61m.", "Net debt stands at £96m.", "Attendance rose 8%.", "The club spent a club-record £6.5m on striker Tomas Reyes."];
    expect(isTransferStory("Harbour City losses narrow", accounts)).toBe(false);
    expect(isTransferStory("Harbour City losses narrow", [accounts[5], ...accounts.slice(0, 5)])).toBe(true);
  });
  test.each(["The bank signed a deal with Lisbon lenders.", "Shares rose 4% after the signing of the merger.", "Exports moved 3% higher.", "The company will sell its stake to Fenwick."])("'%s' is not", (s) => {
    expect(isTransferStory(s, [])).toBe(false);
  });
});

describe("transferPlayers and playerOf", () => {
  const texts = ["Harbour City sign Reyes from Lisbon", "The club signed striker Tomas Reyes for a fee of 40 million euros.", "Reyes replaces the 30 million euros paid for Ivan Petrov in 2022."];
  test("the player a story moves is named after his position or as what a club signs; one paid for is a player too", () => {
    expect(transferPlayers(texts)).toEqual(["reyes", "petrov"]);
  });
  test("a number's player is the one its clause names before it, else the story's", () => {
    const players = transferPlayers(texts);
    const s = texts[2];
    expect(playerOf(s, 0, s.length, s.indexOf("30 million"), players)?.key).toBe("player:reyes");
    const t = "The fee of 30 million euros paid for Ivan Petrov was a record.";
    expect(playerOf(t, 0, t.length, t.indexOf("30 million"), players)?.key).toBe("player:petrov");
    expect(playerOf("It cost 5 million euros.", 0, 24, 8, players)?.key).toBe("player:reyes");
    expect(playerOf("It cost 5 million euros.", 0, 24, 8, [])).toBeUndefined();
  });
});

describe("transferMeasure", () => {
  test("the fee, however it is worded; what may be added; what the fee may reach", () => {
    expect(read("City signed Reyes for a fee of 40 million euros.", "40 million euros", true, "n:fee")).toBe("transfer-fee");
    expect(read("City will pay Lisbon an initial £35m.", "£35m", true, "spending")).toBe("transfer-fee");
    expect(read("Lisbon agreed to sell Reyes to City for €40m.", "€40m", true, "exports")).toBe("transfer-fee");
    expect(read("The fee is 40 million euros plus up to 5 million euros in add-ons.", "5 million euros")).toBe("transfer-add-ons");
    expect(read("City agreed 40 million euros and 6 million in bonuses.", "6 million")).toBe("transfer-add-ons");
    expect(read("The fee could rise to £41m with add-ons.", "£41m")).toBe("transfer-fee-max");
    expect(read("Lisbon keep a 20% sell-on clause.", "20%", false)).toBe("transfer-sell-on");
  });
  test("not: wages, a club's revenue, a rise with no add-ons told, a plain percentage", () => {
    expect(read("Reyes will earn £200,000 a week.", "£200,000", true, "pay")).toBe("-");
    expect(read("Reyes will earn £200,000 a week.", "£200,000")).toBe("-");
    expect(read("City's revenue rose to £700m.", "£700m", true, "revenue")).toBe("-");
    expect(read("Reyes scored in 60% of his games.", "60%", false)).toBe("-");
    expect(read("Ticket prices could rise to £60.", "£60", true, "price")).toBe("-");
  });
  test("a player's measures: the transfer's and his own counts", () => {
    expect(isPlayerMeasure("transfer-fee")).toBe(true);
    expect(isPlayerMeasure("n:goal")).toBe(true);
    expect(isPlayerMeasure("n:fan")).toBe(false);
    expect(isPlayerMeasure("revenue")).toBe(false);
  });
});
