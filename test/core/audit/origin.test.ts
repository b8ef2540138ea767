import { originKey } from "../../../src/core/audit/origin";
import { outletKey } from "../../../src/core/audit/independence";

describe("origin of an attribution", () => {
  test("surname and transliteration variants are one origin", () => {
    const k = originKey("Ushakov");
    expect(k).not.toBe("");
    expect(originKey("Yury Ushakov")).toBe(k);
    expect(originKey("Kremlin aide Yuri Ushakov")).toBe(k);
    expect(originKey("Russian presidential aide Yuri Ushakov's")).toBe(k);
  });
  test("different people and institutions are different origins", () => {
    expect(originKey("Dmitry Peskov")).not.toBe(originKey("Yuri Ushakov"));
    expect(originKey("Chinese Foreign Ministry")).not.toBe(originKey("Russian Foreign Ministry"));
    expect(originKey("Gazprom")).toBe(originKey("gazprom said".replace("gazprom", "Gazprom").replace(" said", "")));
  });
  test("generic attributions name no origin", () => {
    expect(originKey("state media")).toBe("");
    expect(originKey("officials")).toBe("");
    expect(originKey("")).toBe("");
  });
});

describe("outlets", () => {
  test("the same outlet written differently is one source", () => {
    expect(outletKey("The Moscow Times")).toBe(outletKey("moscow times"));
    expect(outletKey("https://www.example.com/news")).toBe(outletKey("example.com"));
  });
});
