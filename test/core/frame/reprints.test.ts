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

  /** Made-up words from a seeded generator: text no two articles share by chance. */
  function words(seed: number, count: number): string[] {
    let x = seed >>> 0;
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      out.push(`w${(x >>> 8).toString(36)}`);
    }
    return out;
  }

  test("a corpus cut into many slices and bands of runs groups its copies as one slice does", () => {
    // 300 articles of their own words; every tenth is a copy of the one before, a new lead on the same body
    const sources = Array.from({ length: 300 }, (_, i) => {
      const body = words(i % 10 === 9 ? i - 1 : i, 120).join(" ");
      return { id: `s${String(i).padStart(3, "0")}`, text: i % 10 === 9 ? `A lead of its own, ${i}. ${body}` : body };
    });
    const whole = storyGroups(sources, { sliceTarget: 1e9, bandRuns: 1e9 });
    const cut = storyGroups(sources, { sliceTarget: 16, bandRuns: 300 });
    expect([...cut]).toEqual([...whole]);
    expect(cut.get("s009")).toBe("s008");
    expect(cut.get("s008")).toBe("s008");
    expect(new Set(cut.values()).size).toBe(270);
  });

  test("a chain of copies, each of the one before, is one story known by its smallest id", () => {
    // article i is words i × 20 … i × 20 + 100 of one long text: it shares 80 words with the next, none with the fifth
    const text = words(7, 40 * 20 + 100);
    const sources = Array.from({ length: 40 }, (_, i) => ({ id: `c${String(39 - i).padStart(2, "0")}`, text: text.slice(i * 20, i * 20 + 100).join(" ") }));
    const groups = storyGroups(sources, { sliceTarget: 8, bandRuns: 64 });
    expect(new Set(groups.values())).toEqual(new Set(["c00"]));
  });
});
