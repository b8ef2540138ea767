/** Which dollar a bare "$" is: the local one in a story about a dollar country that never marks US dollars. */
import { brief } from "./helpers";
import { localDollar } from "../../../src/core/extract/localDollar";

describe("a bare dollar sign", () => {
  test("in a story about Australia or Canada that never marks US dollars, the local dollar", () => {
    expect(localDollar("Growers in Western Australia were offered $380 a tonne. Australian farmers sowed more.")).toBe("AUD");
    expect(localDollar("Ontario will spend $2 billion on transit, Canada's finance minister said.")).toBe("CAD");
    expect(brief("Growers near Perth, Australia, were offered $380 a tonne.")).toEqual([["$380 a tonne", 380, "AUD/t", "exact"]]);
  });
  test("not: a story that marks US dollars, a story about the US, a story naming no dollar country", () => {
    expect(localDollar("Australian wheat fetched US$262 a tonne, while local buyers paid $380.")).toBe("USD");
    expect(localDollar("Australia sold $5 billion of coal to the United States, the US and America's allies.")).toBe("USD");
    expect(localDollar("Kenya's tea fetched $3 a kilo.")).toBe("USD");
    // as often the US as Canada, the US written "U.S." before a space
    expect(localDollar("The film opened to $84.5 million in U.S. and Canadian theaters.")).toBe("USD");
    expect(localDollar("Toronto and Vancouver theaters sold $4 million, a U.S. studio said.")).toBe("CAD");
  });
});

describe("localDollar: the story must be about the dollar's country", () => {
  test("a country named only in passing further down leaves '$' the US dollar", () => {
    const text = `Chile's copper exports fell 8% to $40 billion last year, the central bank said. ${"Shipments to China held steady and prices eased through the year. ".repeat(12)}The comparison with Australia, where Australian miners cut output, is instructive.`;
    expect(localDollar(text)).toBe("USD");
  });
  test("a story that opens on the country counts in its dollar", () => {
    expect(localDollar("Australian iron ore exports rose to $124 billion, Canberra said. Australia shipped more to China.")).toBe("AUD");
  });
});
