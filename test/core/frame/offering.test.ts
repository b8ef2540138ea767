/** An offering's numbers: money raised, offer price, price range, valuation, demand. Sentences of our own. */
import { dealPeriod, isOfferingStory, offeringMeasure } from "../../../src/core/frame/offering";

/** The key of the measure read for `surface` in `sentence`, or "-". */
function read(sentence: string, surface: string, unit: string): string {
  const start = sentence.indexOf(surface);
  return offeringMeasure(sentence, 0, sentence.length, start, start + surface.length, /^[A-Z]{3}$/.test(unit), unit === "x")?.key ?? "-";
}
const key = read;

describe("isOfferingStory", () => {
  test.each([
    "Marlow Dairies shares jump 9% in market debut",
    "The initial public offering drew strong demand.",
    "Fintech Pelora raises $40 million in Series B round",
    "The bank sold bonds in a 2 billion euro bond sale.",
    "Velden plans to go public next year.",
  ])("'%s' is about an offering", (s) => {
    expect(isOfferingStory(s, [])).toBe(true);
  });
  test.each(["Velden shares rose 4% on Monday.", "Kenya raised its wheat import tariff.", "The central bank raised rates to 5%.", "Film makes its debut at festival"])("'%s' is not", (s) => {
    expect(isOfferingStory(s, [])).toBe(false);
  });
});

describe("offeringMeasure", () => {
  test("the money raised, however it is worded", () => {
    expect(key("The listing raised 3.1 billion Norwegian crowns.", "3.1 billion Norwegian crowns", "NOK")).toBe("amount-raised");
    expect(key("Pelora is raising up to $40 million from investors.", "$40 million", "USD")).toBe("amount-raised");
    expect(key("Marlow's $310 million IPO was the year's largest.", "$310 million", "USD")).toBe("amount-raised");
    expect(key("It closed a $40 million Series B round.", "$40 million", "USD")).toBe("amount-raised");
    expect(key("Gross proceeds of about €900 million go to the company.", "€900 million", "EUR")).toBe("amount-raised");
  });
  test("the price a share was sold at, and the range it was marketed in", () => {
    expect(key("The shares were priced at 88 crowns each.", "88 crowns", "NOK")).toBe("offer-price-per-share");
    expect(key("Marlow priced its shares at $17, the top of the range.", "$17", "USD")).toBe("offer-price-per-share");
    expect(key("An offer price of 88 crowns per share valued the dairy highly.", "88 crowns", "NOK")).toBe("offer-price-per-share");
    expect(key("They were marketed in a range of 80 to 88 crowns.", "80 to 88 crowns", "NOK")).toBe("offer-price-range");
  });
  test("the value the price puts on the company", () => {
    expect(key("The price values the company at 12 billion crowns.", "12 billion crowns", "NOK")).toBe("valuation");
    expect(key("The round valued Pelora at $600 million.", "$600 million", "USD")).toBe("valuation");
    expect(key("That gives Marlow a market value of about $2.3 billion.", "$2.3 billion", "USD")).toBe("valuation");
    expect(key("A valuation of $2.3 billion makes it a unicorn.", "$2.3 billion", "USD")).toBe("valuation");
  });
  test("how many times over the shares were wanted", () => {
    expect(key("The offering was seven times oversubscribed.", "seven times", "x")).toBe("oversubscription");
    expect(key("The books were covered more than 7 times.", "7 times", "x")).toBe("oversubscription");
    expect(key("Orders exceeded the shares on sale seven times over.", "seven times", "x")).toBe("oversubscription");
  });
  test("not these: where the shares traded, other money, a multiple that compares, a plain percentage", () => {
    expect(read("The stock opened at 95 crowns per share.", "95 crowns", "NOK")).toBe("-");
    expect(read("Shares closed at $19.40 each on Friday.", "$19.40", "USD")).toBe("-");
    expect(read("Marlow had sales of 9 billion crowns last year.", "9 billion crowns", "NOK")).toBe("-");
    expect(read("The bank raised its forecast to $3 billion.", "$3 billion", "USD")).toBe("-");
    expect(read("Demand is three times higher than last year.", "three times", "x")).toBe("-");
    expect(read("The shares rose 12% on their first day.", "12%", "%")).toBe("-");
  });
});

describe("dealPeriod", () => {
  test("the month of the date line", () => {
    expect(dealPeriod("2025-11")).toMatchObject({ from: "2025-11", to: "2025-11" });
    expect(dealPeriod("")).toBeUndefined();
  });
});
