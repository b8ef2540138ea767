/** The orchestrator: what a sentence's stages decide together for one claim. */
import { extractClaims } from "../../../src/core/extract/extractClaims";
import { frameClaims } from "../../../src/core/frame/frameClaims";
import type { ClaimFrame } from "../../../src/core/frame/types";
import { createSource } from "../../../src/core/source/createSource";

describe("frameClaims: a target's horizon", () => {
  test("a target takes no period from the sentences before it; an actual does", () => {
    const text = "Tin exports\nDate: 2025-03-02\n\nBolivia shipped 20,000 tonnes of tin in 2024.\nOfficials said raising shipments to 30,000 tonnes was realistic, while stocks held 5,000 tonnes.\n";
    const source = createSource(text, { file: "tin.txt" });
    const claims = extractClaims(source);
    const frames = frameClaims(claims, new Map([[source.id, source]]));
    const of = (s: string) => frames.get(claims.find((c) => c.surface === s)?.id ?? "") as ClaimFrame;
    expect(of("30,000 tonnes").kind).toBe("target");
    expect(of("30,000 tonnes").period).toBeUndefined();
    expect(of("5,000 tonnes").period?.label).toBe("2024");
  });
});

describe("frameClaims: which Europe", () => {
  const scopeOf = (title: string) => {
    const text = `${title}\nDate: 2025-02-01\n\nNorway shipped 40 million tonnes of coal to Europe in 2024.\n`;
    const source = createSource(text, { file: "coal.txt" });
    const claims = extractClaims(source);
    const frames = frameClaims(claims, new Map([[source.id, source]]));
    return frames.get(claims.find((c) => c.surface === "40 million tonnes")?.id ?? "")?.scopeKey;
  };
  test("a story whose title names the EU, and not Europe, means the EU by 'Europe'", () => {
    expect(scopeOf("EU coal imports from Norway hit a record")).toBe("no>eu");
    expect(scopeOf("European Union buys more Norwegian coal")).toBe("no>eu");
  });
  test("a title that names Europe, both, or neither keeps Europe", () => {
    expect(scopeOf("Europe's coal imports hit a record")).toBe("no>europe");
    expect(scopeOf("EU and wider Europe buy more coal")).toBe("no>europe");
    expect(scopeOf("Coal imports hit a record")).toBe("no>europe");
  });
});

describe("frameClaims: proceeds of a sale", () => {
  test("the money paid for 'these supplies' is a flow between the sides the sentence before named", () => {
    const text = "Cocoa trade\nDate: 2025-02-01\n\nGhana's cocoa exports to Malaysia rose 9% in 2024.\nAccra was paid $1.2 billion for these supplies.\n";
    const source = createSource(text, { file: "cocoa.txt" });
    const claims = extractClaims(source);
    const frames = frameClaims(claims, new Map([[source.id, source]]));
    const frame = frames.get(claims.find((c) => c.surface === "$1.2 billion")?.id ?? "");
    expect(frame?.measure?.key).toBe("flow");
    expect(frame?.scopeKey).toBe("gh>my");
  });
});

describe("frameClaims: a rank stated as a standing fact", () => {
  test("takes no period from the sentences before; a rank with its own year keeps it", () => {
    const text = "Tin ranks\nDate: 2025-03-02\n\nBolivia shipped 20,000 tonnes of tin in 2024.\nPeru ranks third among the region's tin exporters.\nIn 2023 Brazil was the second-largest exporter.\n";
    const source = createSource(text, { file: "tin.txt" });
    const claims = extractClaims(source);
    const frames = frameClaims(claims, new Map([[source.id, source]]));
    const of = (s: string) => frames.get(claims.find((c) => c.surface === s)?.id ?? "") as ClaimFrame;
    expect(of("third").kind).toBe("rank");
    expect(of("third").period).toBeUndefined();
    expect(of("second").period?.label).toBe("2023");
  });
});

describe("frameClaims: physical quantities", () => {
  test("a temperature or a length takes no economic measure word; its own noun names it", () => {
    const text = "Heat\nDate: 2025-03-02\n\nEurope's economy grew 1% in 2024 even as summer heat topped 41C.\nThe firm laid a 410 km cable and its exports rose.\n";
    const source = createSource(text, { file: "heat.txt" });
    const claims = extractClaims(source);
    const frames = frameClaims(claims, new Map([[source.id, source]]));
    const of = (s: string) => frames.get(claims.find((c) => c.surface === s)?.id ?? "") as ClaimFrame;
    expect(of("1%").measure?.key).toBe("gdp");
    expect(of("41C").measure?.key).not.toBe("gdp");
    expect(of("410 km").measure?.key).toBe("n:cable");
  });
});
