/** Copies of one story are one origin; articles on one topic in their own words are not. */
import { storyGroups } from "../../../src/core/frame/reprints";

const WIRE = "The port authority said container traffic rose sharply in the first half of the year as new cranes came into service and two shipping lines added weekly calls to the terminal, which handled a record number of boxes in June alone despite congestion on the approach roads and a strike by pilots in May.";

describe("storyGroups", () => {
  test("a reprint with a new lead and a dropped credit is the same story", () => {
    const copy = `Busy times at the docks. ${WIRE.replace("The port authority said container", "Container")}`;
    const groups = storyGroups([
      { id: "a", text: WIRE },
      { id: "b", text: copy },
      { id: "c", text: "Container volumes at the harbour climbed in the half-year, helped by extra cranes and more shipping services, officials said." },
    ]);
    expect(groups.get("a")).toBe(groups.get("b"));
    expect(groups.get("c")).toBe("c");
  });

  test("a shared stock phrase is not enough", () => {
    const phrase = "the world's largest exporter of liquefied natural gas in";
    const groups = storyGroups([
      { id: "a", text: `Qatar was ${phrase} 2021, a report said.` },
      { id: "b", text: `Analysts expect Australia to become ${phrase} a few years.` },
    ]);
    expect(groups.get("a")).not.toBe(groups.get("b"));
  });
});
