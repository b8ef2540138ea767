/** Who a sentence says spoke: the name before or after a speech verb. */
import { findAttributions } from "../../../src/core/extract/attribution";

const names = (sentence: string) => findAttributions(sentence).map((a) => a.name);

describe("findAttributions", () => {
  test("a name before or after the verb, its title left out", () => {
    expect(names("Sales rose 4%, the Kestrel Port Authority said on Monday.")).toEqual(["Kestrel Port Authority"]);
    expect(names("Output fell, said Energy Minister Maria Sousa.")).toEqual(["Maria Sousa"]);
  });
  test("a body's name with 'of the' or 'for the' inside it ('the Ministry for the Ecological Transition')", () => {
    expect(names("Reservoirs held 47.1% of capacity, the Ministry for the Ecological Transition said on Tuesday.")).toEqual(["Ministry for the Ecological Transition"]);
    expect(names("Spending rose 4%, the Office of the Prime Minister said.")).toEqual(["Office of the Prime Minister"]);
  });
  test("not: 'the' that opens another phrase ('for the year, Halvard said' is Halvard)", () => {
    expect(names("Profit doubled for the year, Halvard said.")).toEqual(["Halvard"]);
    expect(names("Costs rose in the Ebro basin, the ministry said.")).not.toContain("Ebro");
  });
});
