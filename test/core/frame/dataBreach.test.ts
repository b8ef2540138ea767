/** A data breach's victims, by the kind of data taken: positive and negative examples. */
import { breachCountOf, isBreachStory } from "../../../src/core/frame/dataBreach";

/** The breach key of the count `surface` in `sentence`, the words between the numbers around it its own. */
function victims(sentence: string, surface: string, before = "", after = ""): string | undefined {
  const start = sentence.indexOf(surface);
  const from = before ? sentence.indexOf(before) + before.length : 0;
  const to = after ? sentence.indexOf(after) : sentence.length;
  return breachCountOf(sentence, from, to, start, start + surface.length)?.key;
}

describe("isBreachStory", () => {
  test("hackers, a breach, a cyberattack, a leak", () => {
    expect(isBreachStory("Retailer says hackers took card data", [])).toBe(true);
    expect(isBreachStory("Clinic chain hit", ["A ransomware attack shut its systems on Friday."])).toBe(true);
  });
  test("not: a breach of contract alone is still a breach; no breach words at all is none", () => {
    expect(isBreachStory("Retailer sales rise", ["Sales rose 4% in May."])).toBe(false);
  });
});

describe("breachCountOf", () => {
  test("the people whose data was taken, whatever they are called", () => {
    expect(victims("Hackers stole personal data of about 4.1 million current and former customers.", "4.1 million")).toBe("breach:any");
    expect(victims("Records of 310,000 patients were exposed in the attack.", "310,000")).toBe("breach:any");
    expect(victims("Data on 4.1m people had been accessed.", "4.1m")).toBe("breach:any");
  });

  test("by the kind of data: identity documents, payment details, passwords", () => {
    expect(victims("Identity document numbers of 900,000 people were also exposed.", "900,000")).toBe("breach:id");
    expect(victims("For around 900,000 customers, passport or driving licence numbers were taken.", "900,000")).toBe("breach:id");
    expect(victims("Card details of 52,000 shoppers were stolen.", "52,000")).toBe("breach:payment");
    expect(victims("Credit card numbers of 52,000 customers were stolen.", "52,000")).toBe("breach:payment");
    expect(victims("Passwords of 1.3 million users were leaked.", "1.3 million")).toBe("breach:password");
  });

  test("the kind is read up to the numbers beside the count", () => {
    const s = "Data on 4.1m people had been accessed, including 900,000 passport and licence numbers.";
    expect(victims(s, "4.1m", "", "900,000")).toBe("breach:any");
    expect(victims(s, "900,000", "4.1m")).toBe("breach:id");
  });

  test("not: a count in a sentence that tells no data taken, or that counts no people or records", () => {
    expect(victims("The company has 5.2 million mobile subscribers.", "5.2 million")).toBeUndefined();
    expect(victims("Hackers stole data from 40 servers.", "40")).toBeUndefined();
  });
});
