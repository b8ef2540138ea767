/** Equal parts of frames are shared between claims, and sharing changes no frame. Articles of our own. */
import { frameArticle } from "../../../src/core/frame/frameClaims";
import { shareParts } from "../../../src/core/frame/sharedParts";
import type { ClaimFrame } from "../../../src/core/frame/types";
import { extractClaims } from "../../../src/core/extract/extractClaims";
import { createSource } from "../../../src/core/source/createSource";

function framesOf(text: string, id: string): ClaimFrame[] {
  const source = createSource(text, { id, outlet: id, published: "2025-03-10" });
  const claims = extractClaims(source);
  const frames = frameArticle(source, claims);
  return claims.map((c) => frames.get(c.id) as ClaimFrame);
}

describe("shareParts", () => {
  test("two articles that state the same kind of figure share its measure, places and period", () => {
    const [a] = framesOf("Norway's gas exports to Germany rose to 48 bcm in 2024, the ministry said.", "a");
    const [b] = framesOf("Norway's gas exports to Germany reached 47.9 bcm in 2024, officials said.", "b");
    expect(a.measure).toBeDefined();
    expect(a.places.length).toBeGreaterThan(0);
    expect(a.period?.label).toBe("2024");
    expect(a.measure).toBe(b.measure);
    expect(a.places).toBe(b.places);
    expect(a.period).toBe(b.period);
  });

  test("different parts stay apart", () => {
    const [a] = framesOf("Norway's gas exports to Germany rose to 48 bcm in 2024.", "a");
    const [b] = framesOf("Qatar's gas exports to Japan rose to 12 bcm in 2023.", "b");
    expect(a.places).not.toBe(b.places);
    expect(a.places).not.toEqual(b.places);
    expect(a.period).not.toEqual(b.period);
  });

  test("a frame is the same, part for part, with its parts shared or not", () => {
    const frame: ClaimFrame = {
      measure: { key: "exports", name: "exports", how: "clause" },
      places: [{ code: "no", role: "exporter", explicit: true }],
      scopeKey: "no",
      period: { from: "2024-01", to: "2024-12", label: "2024" },
      periodHow: "sentence",
      kind: "level",
      origin: "org:ministry",
      originName: "the ministry",
      originHow: "sentence",
      eventDate: "2025-03",
      site: "troll",
      siteName: "Troll field",
    };
    const copy = structuredClone(frame);
    const twin = shareParts(structuredClone(frame));
    expect(shareParts(frame)).toEqual(copy);
    expect(twin.measure).toBe(frame.measure);
    expect(twin.places).toBe(frame.places);
    expect(twin.period).toBe(frame.period);
  });

  test("a frame with no places keeps an empty list", () => {
    const frame = shareParts({ places: [], scopeKey: "", periodHow: "none", kind: "level", origin: "", originName: "", originHow: "none", eventDate: "" });
    expect(frame.places).toEqual([]);
    expect(frame.measure).toBeUndefined();
  });
});
