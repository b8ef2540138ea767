/** Money a budget, a request or a plan sets aside for a purpose: positive and negative examples. */
import { allocationOf } from "../../../src/core/frame/allocation";

/** The measure key of the money `amount` in `sentence` (its clause taken as the whole sentence). */
function purpose(sentence: string, amount: string): string | undefined {
  const start = sentence.indexOf(amount);
  return allocationOf(sentence, 0, start, start + amount.length)?.key;
}

describe("allocationOf", () => {
  test("'X for <purpose>' in a sentence that shares money out", () => {
    expect(purpose("The plan includes 40 million euros for flood barriers and 12 million euros for pumps.", "40 million euros")).toBe("spending:barrier");
    expect(purpose("The plan includes 40 million euros for flood barriers and 12 million euros for pumps.", "12 million euros")).toBe("spending:pump");
    expect(purpose("The council's budget sets $3.2 million ($2.1 million in grants) for new school buses.", "$3.2 million")).toBe("spending:bus");
  });

  test("an amount set aside, earmarked or going to a purpose, and spending on it", () => {
    expect(purpose("About 900 million rand is earmarked for rural clinics.", "900 million rand")).toBe("spending:clinic");
    expect(purpose("Some $4 billion would go to grid upgrades, officials said.", "$4 billion")).toBe("spending:upgrade");
    expect(purpose("The county has set aside €1.2m for road repairs.", "€1.2m")).toBe("spending:repair");
    expect(purpose("€1.2m has been set aside for road repairs.", "€1.2m")).toBe("spending:repair");
    expect(purpose("Spending on school meals will reach £640 million next year.", "£640 million")).toBe("spending:meal");
    expect(purpose("Hospitals account for $2.3 billion, while clinics account for $700 million.", "$700 million")).toBe("spending:clinic");
  });

  test("the purpose's last word, singular, keys it; its words name it", () => {
    const s = "Of the total, 5 billion crowns will go to coastal defence vessels and radar.";
    const start = s.indexOf("5 billion crowns");
    expect(allocationOf(s, 0, start, start + 16)).toEqual({ key: "spending:vessel", name: "spending on coastal defence vessels", how: "clause" });
  });

  test("not: a price paid for a thing, a time, a count, a name, a clause", () => {
    // (no sentence that shares money out: a price)
    expect(purpose("Halvard paid $2 billion for the stake.", "$2 billion")).toBe(undefined);
    expect(purpose("The firm was fined $5 million for misleading investors.", "$5 million")).toBe(undefined);
    // (time, a place, a count, a gerund)
    expect(purpose("The budget includes $60 billion for the year.", "$60 billion")).toBe(undefined);
    expect(purpose("The budget includes 8.8 trillion yen for fiscal 2026.", "8.8 trillion yen")).toBe(undefined);
    expect(purpose("The package includes $6 billion for Ukraine.", "$6 billion")).toBe(undefined);
    expect(purpose("The request includes $2 for each passenger.", "$2")).toBe(undefined);
    expect(purpose("The budget includes $5 million for hiring.", "$5 million")).toBe(undefined);
    expect(purpose("Wages account for the rest, and the rest account for $2 billion.", "$2 billion")).toBe(undefined);
  });
});
