import { subjectFromSentence, subjectKey } from "../../../src/core/audit/subject";
import { claim } from "./builder";

describe("subject keys", () => {
  test("news synonyms fold onto one head", () => {
    expect(subjectKey("conversation").key).toBe("call");
    expect(subjectKey("the video call").key).toBe("call");
    expect(subjectKey("talks").key).toBe("call");
    expect(subjectKey("trade turnover").key).toBe(subjectKey("bilateral trade").key);
    expect(subjectKey("gas supplies").key).toBe(subjectKey("deliveries of gas").key);
    expect(subjectKey("prices").key).toBe(subjectKey("cost").key);
  });
  test("countries are not part of the key; they are entities", () => {
    const k = subjectKey("Chinese students in Russia");
    expect(k.key).toBe("student");
    expect(k.entities).toEqual(["people:cn", "place:ru"]);
  });
  test("vague subjects are marked", () => {
    expect(subjectKey("").vague).toBe(true);
    expect(subjectKey("the figure").vague).toBe(true);
    expect(subjectKey("it").vague).toBe(true);
    expect(subjectKey("wheat harvest").vague).toBe(false);
  });
});

describe("subject read from the sentence when the extractor gave none", () => {
  const from = (sentence: string, surface: string) => subjectFromSentence(claim({ source: "S", sentence, surface, value: 1, unit: "s" }));
  test("the noun right after the quantity", () => {
    expect(from("They spoke during the hour-and-a-half discussion on Friday.", "hour-and-a-half")).toBe("discussion");
    expect(from("Some 56,000 Chinese students study there.", "56,000")).toBe("Chinese students");
  });
  test("the noun phrase before the verb that leads to it", () => {
    expect(from("The conversation lasted 1 hour and 25 minutes, an aide said.", "1 hour and 25 minutes")).toBe("conversation");
    expect(subjectKey(from("Bilateral trade has exceeded $200 billion.", "$200 billion")).key).toBe("trade");
  });
  test("nothing when there is no verb to anchor it", () => {
    expect(from("Visa-free for up to 30 days.", "30 days")).toBe("");
  });
});

test("a relative pronoun before the verb points back to the subject", () => {
  const c = claim({ source: "S", sentence: "They signed after talks in Lisbon that lasted five hours, a diplomat said.", surface: "five hours", value: 18000, unit: "s" });
  expect(subjectKey(subjectFromSentence(c)).key).toBe(subjectKey("talks in Lisbon").key);
});
