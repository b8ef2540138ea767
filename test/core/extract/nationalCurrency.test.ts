import { nationalCurrency } from "../../../src/core/extract/nationalCurrency";
import { brief } from "./helpers";

describe("currency names several countries share", () => {
  it.each<[string, string]>([
    ["Filipino lawmakers in Manila approved a 4.5 billion pesos budget.", "PHP"],
    ["Argentina's central bank sold 900 million pesos.", "ARS"],
    ["The Mexican unit ended at 17 pesos to the dollar.", "MXN"],
    ["Karachi traders lost 30 billion rupees as Pakistan's index fell.", "PKR"],
    ["Mumbai firms raised 30 billion rupees.", "INR"],
    ["Tehran cut subsidies worth 500 trillion rials.", "IRR"],
    ["Doha's fund paid 2 billion riyals for the stake.", "QAR"],
    ["Danish retailers saved 12 billion kroner.", "DKK"],
    ["Kampala collected 300 billion shillings in tax.", "UGX"],
  ])("%s → %s", (text, code) => {
    expect(brief(text).map(([, , unit]) => unit)).toEqual([code]);
  });

  it("takes the country named most, and the most traded currency when none is named", () => {
    expect(nationalCurrency("Chile and Chile again, then Mexico once.", "peso")).toBe("CLP");
    expect(nationalCurrency("A fund lost money.", "peso")).toBe("MXN");
    expect(nationalCurrency("A fund lost money.", "dinar")).toBe("KWD");
  });

  it("leaves names that one country uses alone", () => {
    expect(brief("Mexico paid 5 million euros.").map(([, , unit]) => unit)).toEqual(["EUR"]);
  });
});

describe("crowns: the currency of the country named, and no money where none of its countries is", () => {
  test("Swedish, Czech; none named", () => {
    expect(nationalCurrency("Swedish truckmaker Hallvik will book a charge of 2.2 billion crowns.", "crown")).toBe("SEK");
    expect(nationalCurrency("The Prague utility paid 40 million crowns.", "crown")).toBe("CZK");
    expect(nationalCurrency("The club has won three crowns in a row.", "crown")).toBe("");
  });
});
