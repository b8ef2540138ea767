/**
 * The whole chain (extraction, frame, audit) on four short articles of our own about a topic the frame was not
 * written for: a wire story and its reprint, an independent report with its own figures, and an unrelated story.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../../src/core/analyse";
import { createSource } from "../../../src/core/source/createSource";
import type { AuditResult, Figure } from "../../../src/core/types";

const DIR = join(__dirname, "../../fixtures/frame-news");

function audit(): AuditResult {
  const sources = readdirSync(DIR)
    .sort()
    .map((file) => createSource(readFileSync(join(DIR, file), "utf8"), { file }));
  return analyse(sources);
}

describe("the audit on articles it was not written for", () => {
  const result = audit();
  const fileOf = (sourceId: string) => result.sources.find((s) => s.id === sourceId)?.file ?? "";
  const claimOf = (file: string, surface: string) => {
    const c = result.claims.find((x) => fileOf(x.sourceId) === file && x.surface === surface);
    if (!c) throw new Error(`no claim "${surface}" in ${file}`);
    return c;
  };
  const figureOf = (file: string, surface: string): Figure => result.figures.find((f) => f.claimIds.includes(claimOf(file, surface).id)) as Figure;

  test("a wire story and its reprint are one origin: an echo, not a confirmation", () => {
    const share = figureOf("a-wire.txt", "38%");
    expect(share.claimIds).toContain(claimOf("b-reprint.txt", "38%").id);
    expect(share.status).toBe("single-origin");
    expect(share.label).toMatch(/share/);
  });

  test("an independent report agreeing within rounding corroborates", () => {
    const volume = figureOf("a-wire.txt", "590 million kilograms");
    expect(volume.claimIds).toContain(claimOf("c-independent.txt", "594 million kilograms").id);
    expect(volume.status).toBe("corroborated");
    expect(volume.label).toMatch(/^Kenya .*exports · 2024 · t$/);
  });

  test("a 2030 target never joins a 2024 level, and another country's figures stay apart", () => {
    for (const f of result.figures) {
      const files = new Set(f.claimIds.map((id) => fileOf(result.claims.find((c) => c.id === id)?.sourceId ?? "")));
      if (files.has("d-other.txt")) expect(files.size).toBe(1);
      expect(f.label.includes("2030") && f.label.includes("2024")).toBe(false);
    }
    const target = result.claims.find((c) => fileOf(c.sourceId) === "a-wire.txt" && c.value === 250e9);
    expect(result.figures.find((f) => f.claimIds.includes(target?.id ?? ""))?.label).toMatch(/target · 2030/);
  });

  test("'last year' in an article dated March 2025 is 2024", () => {
    expect(figureOf("c-independent.txt", "594 million kilograms").label).toMatch(/2024/);
  });

  test("a headline, its body and another outlet's sentence on one sale are one figure, echoing one council", () => {
    const proceeds = figureOf("e-salmon-lede.txt", "€5.2 billion");
    expect(proceeds.claimIds).toEqual(expect.arrayContaining([claimOf("e-salmon-lede.txt", "€5 billion").id, claimOf("f-salmon-second.txt", "€5.2 billion").id]));
    expect(proceeds.label).toMatch(/^Norway → EU .*Jan–Nov 2024/);
    expect(proceeds.status).toBe("single-origin");
    expect(proceeds.reason).toMatch(/headline number/);
  });

  test("a year inside an aside about another subject does not date what follows", () => {
    expect(figureOf("e-salmon-lede.txt", "18%").label).toMatch(/2024/);
    expect(figureOf("e-salmon-lede.txt", "1.1 million tonnes").claimIds).toContain(claimOf("f-salmon-second.txt", "1.1 million tonnes").id);
  });
});

