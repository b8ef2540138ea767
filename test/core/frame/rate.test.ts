/** A count per a number of something is a rate. Our own sentences. */
import { rateAfter, rateBefore } from "../../../src/core/frame/rate";

const rate = (sentence: string, surface: string) => rateAfter(sentence, sentence.indexOf(surface) + surface.length);

describe("rateAfter", () => {
  test.each([
    ["The toll came to 38 deaths per million inhabitants.", "38", "1000000:people", "per million inhabitants"],
    ["Latvia lost 51 people per million residents on its roads.", "51", "1000000:people", "per million residents"],
    ["There were 71 failed firms for every 10,000 enterprises.", "71", "10000:firm", "per 10,000 enterprises"],
    ["Logistics had 129 cases per 10,000 companies.", "129", "10000:firm", "per 10,000 companies"],
    ["Measles reached 12.4 cases per 100,000 people.", "12.4", "100000:people", "per 100,000 people"],
    ["The infant mortality rate was 3.2 per 1,000 live births.", "3.2", "1000:live", "per 1,000 live"],
    ["The average was 41 per million.", "41", "1000000:people", "per million"],
  ])("%s (%s)", (sentence, surface, key, name) => {
    expect(rate(sentence, surface)).toEqual({ key, name });
  });

  test.each([
    ["Sales rose 12 per cent.", "12", "per cent"],
    ["The port handled 4,100 containers per day.", "4,100", "a rate per unit of time, no number in the denominator"],
    ["Deaths fell to 3,120, the observatory said, up from 15 per 100,000 a decade ago.", "3,120", "the denominator of another number, four words on"],
    ["Tickets cost 45 euros per person.", "45", "per one person: an amount per person (see PER_PERSON)"],
  ])("not: %s (%s: %s)", (sentence, surface) => {
    expect(rate(sentence, surface)).toBeUndefined();
  });
});

describe("rateBefore: an amount per a unit told before it", () => {
  const before = (s: string, surface: string) => rateBefore(s, s.indexOf(surface))?.key;
  test.each([
    ["Each tonne of cane yielded an average of 141.6 kg of recoverable sugar.", "141.6 kg", "1:tonne"],
    ["Every hectare produced 3.1 tonnes of wheat.", "3.1 tonnes", "1:hectare"],
    ["The sugar extracted from each tonne of cane averaged 141.6 kilograms.", "141.6 kilograms", "1:tonne"],
    ["Each passenger flight emitted about 90 kg of CO2.", "90 kg", "1:passenger"],
  ])("%s", (s, surface, key) => expect(before(s, surface)).toBe(key));
  test.each([
    ["Mills crushed 448.3 million tonnes of cane.", "448.3 million tonnes"],
    ["Each year the mills produced 30 million tonnes.", "30 million tonnes"],
    ["The harvest yielded 141.6 million tonnes.", "141.6 million tonnes"],
  ])("none in: %s", (s, surface) => expect(before(s, surface)).toBeUndefined());
});
