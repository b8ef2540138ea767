/** A market index and its readings: positive and negative examples. */
import { findIndices, indexCredited, indexOf, indexReferences, mayNameIndex } from "../../../src/core/frame/marketIndex";

const names = (s: string) => findIndices(s).map((x) => x.name);

describe("findIndices", () => {
  test("capitalised words before 'index', and a name with its number before a market's verb", () => {
    expect(names("Drewry's composite World Container Index rose 9% to $3,964.")).toEqual(["World Container Index"]);
    expect(names("The Baltic Dry Index, which tracks ship rates, rose 3%.")).toEqual(["Baltic Dry Index"]);
    expect(names("The FTSE 100 rose 0.4% to 8,540, while the S&P 500 index fell 1.2%.")).toEqual(["FTSE 100", "S&P 500 Index"]);
    expect(names("Japan's benchmark Nikkei 225 closed 2% higher.")).toEqual(["Nikkei 225"]);
  });

  test("the number in the name, and who compiles it", () => {
    const [sp] = findIndices("The S&P 500 fell 1.2%.");
    expect(sp.numberAt).toBe("The S&P ".length);
    expect(findIndices("Drewry's World Container Index rose.")[0].owner).toBe("Drewry");
    expect(findIndices("The World Container Index compiled by Drewry rose.")[0].owner).toBe("Drewry");
  });

  test("not: indices of prices, surveys or housing; a model and its number; a plain number", () => {
    expect(names("The Consumer Price Index rose 0.3%.")).toEqual([]);
    expect(names("The Purchasing Managers' Index fell to 48.2.")).toEqual([]);
    expect(names("The Human Development Index ranks Norway first.")).toEqual([]);
    expect(names("The Boeing 737 was grounded for 20 months.")).toEqual([]);
    expect(names("In 2024 the index was rebased.")).toEqual([]);
  });

  test("a cheap test lets through every sentence that may name one", () => {
    expect(mayNameIndex("The FTSE 100 rose 0.4%.")).toBe(true);
    expect(mayNameIndex("Drewry's World Container Index rose.")).toBe(true);
    expect(mayNameIndex("Exports rose 4% in May.")).toBe(false);
  });
});

describe("indexOf and indexCredited", () => {
  test("the index named before the number in its clause, or one referred to as 'the index'", () => {
    const s = "The FTSE 100 rose 0.4% to 8,540.";
    const found = findIndices(s);
    expect(indexOf(s, found, undefined, 0, s.indexOf("0.4%"), "%")?.key).toBe("ftse 100");
    expect(indexOf(s, found, undefined, 0, s.indexOf("8,540"), "count")?.key).toBe("ftse 100");
    const t = "The composite index is 72% higher than a year ago.";
    expect(indexReferences(t)).toHaveLength(1);
    expect(indexOf(t, [], found[0], 0, t.indexOf("72%"), "%")?.key).toBe("ftse 100");
  });

  test("an index credited after the number ('…, according to Drewry's World Container Index')", () => {
    const s = "Shipping a container rose 9% to $3,964, according to Drewry's World Container Index.";
    expect(indexCredited(s, findIndices(s), s.indexOf("$3,964") + 6, "USD")?.key).toBe("world container");
  });

  test("not: a length, a number with no index before it, an index in another clause", () => {
    const s = "Shipping a 40-foot box rose 9%, according to Drewry's World Container Index.";
    expect(indexCredited(s, findIndices(s), s.indexOf("40-foot") + 7, "m")).toBeUndefined();
    const t = "Exports rose 4%, and the FTSE 100 rose 0.4%.";
    expect(indexOf(t, findIndices(t), undefined, 0, t.indexOf("4%"), "%")).toBeUndefined();
    expect(indexOf("Exports rose 4%.", [], undefined, 0, 13, "%")).toBeUndefined();
  });
});
