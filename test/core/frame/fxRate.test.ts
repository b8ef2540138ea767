/** A currency's exchange rate: its quote, close, record low or high and change. Sentences of our own. */
import { fxReading, isFxStory, storyCurrency } from "../../../src/core/frame/fxRate";

function read(sentence: string, surface: string, unit = "count", story = "KRW"): string {
  const start = sentence.indexOf(surface);
  const r = fxReading(sentence, 0, sentence.length, start, start + surface.length, unit, story);
  return r ? `${r.measure.key} ${r.pair}` : "-";
}

describe("isFxStory and storyCurrency", () => {
  test("a number per a currency, or a currency's move against another", () => {
    expect(isFxStory("Won slides to 1,480 per dollar", [])).toBe(true);
    expect(isFxStory("", ["The lira has lost 20% against the dollar this year."])).toBe(true);
    expect(isFxStory("Exports rose 5% in May", ["Sales per store fell."])).toBe(false);
  });
  test("the story's currency is the first its title or opening names, the dollar aside", () => {
    expect(storyCurrency("Won slides as exporters sell dollars", [])).toBe("KRW");
    expect(storyCurrency("Currency markets", ["The Turkish lira fell to a record low."])).toBe("TRY");
    expect(storyCurrency("Dollar gains", ["Stocks fell."])).toBe("");
    expect(storyCurrency("Markets", ["The won fell to a low."])).toBe("KRW");
    expect(storyCurrency("Markets", ["The team won 3-1 in Seoul."])).toBe("");
  });
});

describe("fxReading", () => {
  test("a quote per a currency; the close; a record low or high", () => {
    expect(read("The won fell to 1,480.5 per U.S. dollar on Tuesday.", "1,480.5")).toBe("fx-rate KRW/USD");
    expect(read("The lira hit a record low of 42.1 against the dollar.", "42.1")).toBe("fx-low TRY/USD");
    expect(read("The rand touched an all-time high of 16.2 per dollar.", "16.2")).toBe("fx-high ZAR/USD");
    expect(read("The yen closed at 155.2 per dollar.", "155.2")).toBe("fx-close JPY/USD");
    expect(read("The zloty ended at 4.31 against the euro.", "4.31")).toBe("fx-close PLN/EUR");
  });
  test("a clause whose subject is the story's currency, a pronoun or 'the currency'", () => {
    expect(read("It settled at 1,478.3.", "1,478.3")).toBe("fx-close KRW/USD");
    expect(read("The currency has lost 8% against the dollar this year.", "8%", "%")).toBe("fx-change KRW/USD");
  });
  test("not: a count of something, a percent no currency moved, a number with no quote", () => {
    expect(read("Exporters sold 1,200 contracts per day.", "1,200", "count", "")).toBe("-");
    expect(read("Stocks fell 2% on Tuesday.", "2%", "%", "")).toBe("-");
    expect(read("The won's slide cost 40 firms.", "40", "count", "")).toBe("-");
  });
});
