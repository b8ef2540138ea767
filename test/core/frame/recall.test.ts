/** A recall's count of units called back. Sentences of our own. */
import { isRecallStory, recallMeasure } from "../../../src/core/frame/recall";

const key = (sentence: string, surface: string) => {
  const start = sentence.indexOf(surface);
  return recallMeasure(sentence, 0, start, start + surface.length)?.key ?? "-";
};

describe("isRecallStory", () => {
  test("a title or an opening that tells of a recall", () => {
    expect(isRecallStory("Velden recalls 80,000 e-bikes", [])).toBe(true);
    expect(isRecallStory("Battery fault", ["Velden is recalling 80,000 e-bikes."])).toBe(true);
  });
  test("not a story that never says so", () => {
    expect(isRecallStory("Velden sells 80,000 e-bikes", ["Sales rose 4%."])).toBe(false);
  });
});

describe("recallMeasure", () => {
  test("the units called back, however worded", () => {
    expect(key("Velden is recalling about 80,000 e-bikes in Europe.", "80,000")).toBe("units-recalled");
    expect(key("The recall covers 12,400 scooters.", "12,400")).toBe("units-recalled");
    expect(key("Some 80,000 bikes are being recalled.", "80,000")).toBe("units-recalled");
    expect(key("It recalled 3,100 ovens in May.", "3,100")).toBe("units-recalled");
  });
  test("not other counts of the story", () => {
    expect(key("Velden sold 80,000 e-bikes last year.", "80,000")).toBe("-");
    expect(key("It knew of 14 fires linked to the fault.", "14")).toBe("-");
  });
});
