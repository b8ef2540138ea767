import { arrowTarget } from "../../../src/taskpane/audit/useListArrowKeys";

// Rows as the controls' row elements: a figure toggle alone, a claim with three buttons, a figure toggle.
const figureA = {} as HTMLElement;
const claim = {} as HTMLElement;
const figureB = {} as HTMLElement;
const rows = [figureA, claim, claim, claim, figureB];

describe("arrowTarget", () => {
  it("moves Right and Left one control along the row and on to the next, stopping at the ends", () => {
    expect(arrowTarget("ArrowRight", 0, rows)).toBe(1);
    expect(arrowTarget("ArrowRight", 3, rows)).toBe(4);
    expect(arrowTarget("ArrowRight", 4, rows)).toBe(-1);
    expect(arrowTarget("ArrowLeft", 1, rows)).toBe(0);
    expect(arrowTarget("ArrowLeft", 0, rows)).toBe(-1);
  });

  it("moves Down to the first control of the next row and Up to the first control of the row above", () => {
    expect(arrowTarget("ArrowDown", 0, rows)).toBe(1);
    expect(arrowTarget("ArrowDown", 2, rows)).toBe(4);
    expect(arrowTarget("ArrowDown", 4, rows)).toBe(-1);
    expect(arrowTarget("ArrowUp", 4, rows)).toBe(1);
    expect(arrowTarget("ArrowUp", 3, rows)).toBe(0);
    expect(arrowTarget("ArrowUp", 0, rows)).toBe(-1);
  });

  it("goes Home to the first control and End to the last; other keys do nothing", () => {
    expect(arrowTarget("Home", 3, rows)).toBe(0);
    expect(arrowTarget("End", 0, rows)).toBe(4);
    expect(arrowTarget("End", 0, [])).toBe(-1);
    expect(arrowTarget("PageDown", 0, rows)).toBe(-1);
    expect(arrowTarget("a", 0, rows)).toBe(-1);
  });
});
