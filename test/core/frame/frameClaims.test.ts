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
