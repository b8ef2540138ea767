import { entryNoun } from "../../../src/core/frame/entryNoun";

const at = (sentence: string, number: string) => entryNoun(sentence, sentence.indexOf(number));

describe("entryNoun: the entries of a list of kinds of one thing", () => {
  test("each entry counts its own kind, the first one too", () => {
    const s = "Wheat exports totalled 4.1 million, barley exports 1.2 million and maize exports 880,000, the ministry said.";
    expect(at(s, "4.1 million")).toBe("wheat export");
    expect(at(s, "1.2 million")).toBe("barley export");
    expect(at(s, "880,000")).toBe("maize export");
    expect(at("Hip operations came to 2,310, knee operations to a record 1,940 and spine operations to 415.", "415")).toBe("spine operation");
    expect(at("Electric buses numbered 412 while diesel buses numbered 1,630.", "1,630")).toBe("diesel bus");
  });
  test("not: one kind alone, the thing as a whole, a determiner before the noun", () => {
    expect(at("Kidney transplants totalled 4,286, the agency said.", "4,286")).toBeUndefined();
    expect(at("Transplants climbed 4.1% to 6,714, and donors rose to 2,612.", "6,714")).toBeUndefined();
    expect(at("The transplants totalled 4,286, other transplants 1,402.", "4,286")).toBeUndefined();
    // (a plural noun after the number is the caller's: "586 lung transplants")
    expect(at("It carried out 586 lung transplants and 352 heart transplants.", "352")).toBeUndefined();
  });
});
