/** A story about the world as a whole, told by its title or its lead. Sentences of our own. */
import { articleContext } from "../../../src/core/frame/article";
import { scanPlaces } from "../../../src/core/frame/places";
import { isWorldStory } from "../../../src/core/frame/worldStory";

describe("isWorldStory", () => {
  test.each([
    ["Global tablet shipments fall 5% in second quarter", ""],
    ["World copper output edges up in May", ""],
    ["Tablets lose ground", "PARIS, May 3 (Wirepress) - Global tablet shipments fell 5% to 31 million units in the second quarter, a tracker said."],
    ["Reserve managers keep buying", "Central banks added 96 tonnes of silver to their reserves in the first quarter, an industry group said."],
    ["Worldwide arrivals recover", ""],
  ])("yes: %s / %s", (title, lead) => expect(isWorldStory(title, lead)).toBe(true));

  test.each([
    ["World Bank cuts Kenya forecast to 4.1%", "The World Bank cut its growth forecast for Kenya on Tuesday."],
    ["Chile copper output edges up in May", "Chile's copper output rose 2% to 450,000 tonnes in May, the world's biggest producer said."],
    ["Copper stocks fall", "Central banks of Asia raised rates by 25 basis points on Thursday."],
    ["Trade body sees steady year", "The World Trade Organization expects goods trade to grow 3% this year."],
  ])("no: %s / %s", (title, lead) => expect(isWorldStory(title, lead)).toBe(false));
});

describe("a world story's main place", () => {
  test("is the world, however often it names the countries of its total", () => {
    const title = "Global tablet shipments fall 5% in second quarter";
    const sentences = [title, "Global tablet shipments fell 5% to 31 million units, a tracker said.", "China took 9 million units, China's makers said, and Chinese demand cooled.", "Average prices rose 3%."];
    const body = sentences.slice(1).flatMap((s) => scanPlaces(s));
    expect(articleContext({ title, text: sentences.join("\n"), published: "2025-07-10" }, sentences, body, []).mainPlaces).toEqual(["world"]);
    // (the same story with a lead about China is China's)
    const china = ["China tablet shipments fall 5%", "China's tablet shipments fell 5% to 31 million units, a tracker said.", ...sentences.slice(2)];
    expect(articleContext({ title: china[0], text: china.join("\n"), published: "2025-07-10" }, china, china.slice(1).flatMap((s) => scanPlaces(s)), []).mainPlaces).toEqual(["cn"]);
  });
});
