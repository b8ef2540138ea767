/** A rate on a route: positive and negative examples. */
import { findRoutes, routeOf } from "../../../src/core/frame/route";

const keys = (s: string) => findRoutes(s).map((r) => r.key);

describe("findRoutes", () => {
  test("two names joined by 'to' or a dash, before a noun of routes or rates, or after 'rates on/from'", () => {
    expect(keys("Rates on the Busan to Hamburg route climbed 12%.")).toEqual(["busan>hamburg"]);
    expect(keys("Spot rates from Busan to Hamburg were up 12%.")).toEqual(["busan>hamburg"]);
    expect(keys("Busan-Hamburg rates rose 12%, and the Busan–New York rate fell.")).toEqual(["busan>hamburg", "busan>new york"]);
    expect(keys("Fares on the London-Edinburgh line rose.")).toEqual(["london>edinburgh"]);
  });
  test("the way back is another route", () => {
    expect(keys("Hamburg-Busan rates fell.")).toEqual(["hamburg>busan"]);
  });
  test("not: a hyphenated name before 'prices', two names with no noun of routes, a lower-case pair", () => {
    expect(keys("Coca-Cola prices rose 3%.")).toEqual([]);
    expect(keys("Talks moved from Geneva to Vienna.")).toEqual([]);
    expect(keys("Rates on the east-west route rose.")).toEqual([]);
  });
});

describe("routeOf", () => {
  test("the last route before the number in its clause; percentages and money only", () => {
    const s = "Busan-Hamburg rates rose 12% to $4,406.";
    const routes = findRoutes(s);
    expect(routeOf(routes, 0, s.indexOf("12%"), "%")?.key).toBe("busan>hamburg");
    expect(routeOf(routes, 0, s.indexOf("$4,406"), "USD")?.key).toBe("busan>hamburg");
    expect(routeOf(routes, 0, s.indexOf("12%"), "count")).toBeUndefined();
    expect(routeOf(routes, s.indexOf("to $"), s.indexOf("$4,406"), "USD")).toBeUndefined();
  });
});
