/** Short forms of terms written in lower case: no organisation's initials. */
import { termAcronyms } from "../../../src/core/frame/termAcronym";

describe("termAcronyms", () => {
  test("a term in lower case with its initials in brackets", () => {
    expect([...termAcronyms(["Shipments of lithium carbonate equivalent (LCE) jumped.", "Prices of liquefied natural gas (LNG) fell; value-added tax (VAT) rose."])].sort()).toEqual(["lce", "lng", "vat"]);
  });
  test("not an organisation's name in capitals, nor brackets that are not the words' initials", () => {
    expect([...termAcronyms(["The Central Bank of Chile (CBC) said.", "Output of copper (tonnes) rose.", "the price of gas (TTF) fell"])]).toEqual([]);
  });
});
