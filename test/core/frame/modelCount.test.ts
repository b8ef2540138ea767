/** A count of a model named after it: the model's figure, measured by what the clause's verb did with the models. */
import { modelCounted } from "../../../src/core/frame/modelCount";

/** The model counted by the number `n` of `sentence`, read as frameClaims reads it. */
function countOf(sentence: string, n: string) {
  const at = sentence.indexOf(n);
  return modelCounted(sentence, at + n.length, sentence.slice(0, at));
}

describe("modelCounted", () => {
  test("a model's name in the plural after the number: its key, its name, and the verb's measure", () => {
    const s = "The planemaker handed over 41 B330s, 12 Q400s and 9 F-35s last year.";
    expect(countOf(s, "41")).toEqual({ key: "b330", name: "B330", measure: { key: "n:delivery", name: "deliveries", how: "noun" } });
    expect(countOf(s, "12")?.name).toBe("Q400");
    expect(countOf(s, "9")?.name).toBe("F-35");
    expect(countOf("Carriers ordered 75 A321neos in the quarter.", "75")).toMatchObject({ name: "A321neo", measure: { key: "n:order" } });
    // the last verb before the number says it
    expect(countOf("The lessor, which delivered 300 jets last year, booked 40 C919s in March.", "40")?.measure?.key).toBe("n:order");
  });
  test("a model with no verb of delivering or ordering is still what the number counts", () => {
    expect(countOf("Its fleet now includes 18 E190s.", "18")).toEqual({ key: "e190", name: "E190", measure: undefined });
  });
  test("not: a plain noun, a model before its noun, a possessive, a name with one digit, a word in lower case", () => {
    for (const [s, n] of [
      ["The company delivered 68 aircraft.", "68"],
      ["It delivered 68 A350 freighters.", "68"],
      ["It delivered 68 A350's worth of parts.", "68"],
      ["Retailers sold 40 PS5s a minute.", "40"],
      ["Shoppers bought 20 iPhones.", "20"],
      ["It shipped 5 MP3s.", "5"],
    ]) expect(countOf(s, n)).toBeUndefined();
  });
});
