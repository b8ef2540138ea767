import { flagMeaning } from "../../../src/taskpane/audit/flagMeaning";

const flag = (kind: string, message = "the engine's sentence") => ({ kind, message, claimIds: [] });

describe("what a flag means", () => {
  it("calls a check that confirms good news, never an error", () => {
    expect(flagMeaning(flag("ratio-check"))).toMatchObject({ tone: "confirm", detail: "the engine's sentence" });
  });

  it("marks mismatches as needing a look and a conflict as an error, without repeating the conflict's values", () => {
    expect(flagMeaning(flag("ratio-mismatch")).tone).toBe("warning");
    expect(flagMeaning(flag("total-mismatch")).tone).toBe("warning");
    expect(flagMeaning(flag("conflict"))).toMatchObject({ tone: "error", detail: null });
  });

  it("treats a missing rate, an echo and an unknown kind as information, showing the engine's words", () => {
    expect(flagMeaning(flag("fx-missing")).tone).toBe("info");
    expect(flagMeaning(flag("single-origin")).tone).toBe("info");
    expect(flagMeaning(flag("something-new", "as said"))).toEqual({ tone: "info", title: "Note", detail: "as said" });
  });
});
