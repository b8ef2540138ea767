import { splitSentences, sentenceAround, MAX_SENTENCE } from "../../../src/core/text/sentences";

function pieces(text: string): string[] {
  const b = splitSentences(text);
  return b.starts.map((s, i) => text.slice(s, b.ends[i]));
}

describe("sentences", () => {
  it("splits at terminators followed by a capital and at line breaks", () => {
    expect(pieces("Exports rose 5%. Imports fell.\nNew line here")).toEqual(["Exports rose 5%.", "Imports fell.", "New line here"]);
  });

  it("does not split after abbreviations or inside decimals", () => {
    const text = "The U.S. economy grew 2.5% in Sept. and Dr. Lee said so. Next one.";
    expect(pieces(text)).toEqual(["The U.S. economy grew 2.5% in Sept. and Dr. Lee said so.", "Next one."]);
  });

  it("keeps closing quotes with the sentence", () => {
    expect(pieces("He said “it works.” Then he left.")).toEqual(["He said “it works.”", "Then he left."]);
  });

  it("cuts very long runs so no sentence exceeds the limit", () => {
    const text = "word ".repeat(2000);
    const b = splitSentences(text);
    for (let i = 0; i < b.starts.length; i++) expect(b.ends[i] - b.starts[i]).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(b.starts.length).toBeGreaterThan(1);
  });

  it("finds the same sentence locally as the full split", () => {
    const text = "Gas flows reached 38.8 bcm. Prices stood at €4.23 per 100 kWh in China.\nTrade grew 20%.";
    const b = splitSentences(text);
    for (let i = 0; i < b.starts.length; i++) {
      const mid = Math.floor((b.starts[i] + b.ends[i]) / 2);
      expect(sentenceAround(text, mid)).toEqual({ start: b.starts[i], end: b.ends[i] });
    }
  });
});
