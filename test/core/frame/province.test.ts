/** Provinces and states: a number's site inside its country, read whole, and no country they contain. Our own sentences. */
import { findHolders } from "../../../src/core/frame/holder";
import { wordsOf } from "../../../src/core/frame/phrases";
import { scanPlaces } from "../../../src/core/frame/places";
import { findProvinces, isProvinceName, provinceReferredTo } from "../../../src/core/frame/province";

const provinces = (sentence: string) => findProvinces(sentence, wordsOf(sentence)).map((p) => p.key);
const places = (sentence: string) => scanPlaces(sentence).map((p) => p.code);

describe("findProvinces", () => {
  test.each([
    ["Alberta issued 41,200 permits, and Quebec 30,100.", ["alberta", "quebec"]],
    ["In Bavaria, output fell 3%.", ["bavaria"]],
    ["Clearing in Pará rose to 2,100 sq km.", ["para"]],
    ["Sales in New South Wales rose 4%.", ["new south wales"]],
    ["KwaZulu-Natal lost 241 rhinos, Limpopo 34 and the Free State 12.", ["kwazulu-natal", "limpopo", "free state"]],
    ["Exports from Nuevo León and Jalisco rose; Sindh's output fell.", ["nuevo leon", "jalisco", "sindh"]],
    ["By province, Drenthe culled 900,000 hens, Zeeland 310,000 and North Brabant 95,000.", ["drenthe", "zeeland", "north brabant"]],
    ["Harvests in Mendoza and Salta fell, while Antioquia and Piura exported more.", ["mendoza", "salta", "antioquia", "piura"]],
    ["Styria and Vaud lost snow; Canterbury and Otago had floods; Gyeonggi and Kharkiv did not.", ["styria", "vaud", "canterbury", "otago", "gyeonggi", "kharkiv"]],
  ])("%s", (sentence, expected) => {
    expect(provinces(sentence)).toEqual(expected);
  });

  test.each([
    ["Victoria Beckham opened a shop.", "a name that goes on"],
    ["The Bank of Victoria raised rates.", "an institution named after it"],
    ["the texas of it", "not written as a name"],
    ["The Limpopo River flooded.", "a river named after it"],
    ["The Canterbury Tales sold 3,000 copies.", "a title named after it"],
  ])("not: %s (%s)", (sentence) => {
    expect(provinces(sentence)).toEqual([]);
  });
});

describe("a province is read whole: no country it contains, no organisation", () => {
  test("'British Columbia' is not the UK, 'New South Wales' not Wales, 'New Mexico' not Mexico, 'Inner Mongolia' not Mongolia", () => {
    expect(places("British Columbia issued 61,300 permits.")).toEqual([]);
    expect(places("Sales in New South Wales rose.")).toEqual([]);
    expect(places("Output in New Mexico rose.")).toEqual([]);
    expect(places("Coal from Inner Mongolia rose.")).toEqual([]);
    // (the countries themselves still are)
    expect(places("British exports and Mexico's rose; Wales grew.")).toEqual(["gb", "mx", "gb-wls"]);
  });

  test("no organisation", () => {
    expect(findHolders("Permits in British Columbia rose.", scanPlaces("Permits in British Columbia rose."), new Set()).filter((h) => !h.initial).map((h) => h.key)).toEqual([]);
    expect(isProvinceName("Ontario")).toBe(true);
    expect(isProvinceName("Ontario Teachers")).toBe(false);
  });
});

describe("provinceReferredTo", () => {
  const before = (sentence: string) => () => findProvinces(sentence, wordsOf(sentence));
  test("'in the region', 'across the state', 'the province's' after a sentence naming one province", () => {
    const named = before("Lower Saxony is home to a fifth of the country's farms.");
    expect(provinceReferredTo("The state office counted 2,100 insolvencies in the region", named)?.key).toBe("lower saxony");
    expect(provinceReferredTo("Across the state, output fell 4%", named)?.key).toBe("lower saxony");
    expect(provinceReferredTo("The province's exports rose to $3 billion", before("Exports from Alberta climbed."))?.key).toBe("alberta");
  });
  test("not: no province before, two of them, or no word that refers to one", () => {
    expect(provinceReferredTo("Sales rose 3% in the region", before("Germany's sales rose."))).toBeUndefined();
    expect(provinceReferredTo("Sales rose 3% in the region", before("Bavaria and Hesse led the gains."))).toBeUndefined();
    expect(provinceReferredTo("The state statistics office counted 2,100 insolvencies", before("Bavaria led the gains."))).toBeUndefined();
  });
});
