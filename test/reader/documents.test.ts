/**
 * Our own corpus (test/fixtures/inputs, made for these tests; the PDF and DOCX by scripts/make-input-fixtures.mjs):
 * three saved news pages with their navigation, "most read" lists, comment counts, tickers and footers, a two-page
 * PDF report with a table, and a Word file. The claims are exactly the article's figures, and the title, date and
 * outlet are read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseDocument } from "../../src/cli/parseDocument";
import { extractClaims } from "../../src/core/extract/extractClaims";
import { createSource } from "../../src/core/source/createSource";
import { pageOf } from "../../src/core/source/pageOf";
import type { Source } from "../../src/core/types";
import { readDocument } from "../../src/reader/readDocument";
import { MAX_READER_DEPTH, MAX_READER_ELEMENTS, readSavedPage } from "../../src/reader/savedPage";

const dir = path.join(__dirname, "..", "fixtures", "inputs");

async function source(file: string): Promise<Source> {
  const read = await readDocument(file, fs.readFileSync(path.join(dir, file)), { parseDocument });
  if (!read.ok) throw new Error(`${file}: ${read.error}`);
  return createSource(read.text, { ...read.overrides, file });
}

const surfaces = (s: Source): string[] => extractClaims(s).map((c) => c.surface);

describe("saved news pages", () => {
  it("a page with a section menu, a markets line, comment and share counts, related links, comments, 'most viewed' and a footer", async () => {
    const s = await source("harbour-gazette-port-volumes.html");
    expect(s).toMatchObject({
      title: "Port of Valmora handles record 4.2 million containers",
      outlet: "The Harbour Gazette",
      author: "Maria Santos",
      published: "2026-03-12",
      url: "https://www.harbourgazette.example/business/2026/mar/12/port-of-valmora-record-containers",
    });
    expect(surfaces(s)).toEqual([
      "4.2 million", // the headline
      "4.2 million", "11.5%", "€610 million", "6%", "31", "27", "14", "five million", "€1.3 billion", "900 metres", "nine days",
    ]);
    expect(s.text).not.toMatch(/FTSE|£2 a month|214|1,093|recommendations|House prices|Lottery|Registered|Freight rates fall/);
  });

  it("a wire page with a cookie banner, a price ticker, related coverage, a 'most read' rail and a newsletter box", async () => {
    const s = await source("meridian-wire-wheat-exports.html");
    expect(s).toMatchObject({
      title: "Kestria's wheat exports fall 18% after drought",
      outlet: "Meridian Wire",
      author: "Tomas Ferreira",
      published: "2026-02-04",
      url: "https://meridianwire.example/markets/commodities/kestria-wheat-exports-fall-2026-02-04/",
    });
    expect(surfaces(s)).toEqual([
      "18%", // the headline
      "9.6 million tonnes", "18%", "21.4 million tonnes", "26.8 million tonnes", "2.9 tonnes per hectare", "$248 a tonne", "9%",
      "400,000 hectares", "1.7 billion",
    ]);
    expect(s.text).not.toMatch(/cookies|5,712|Brent|Gold|22%|5-year|Oil slides|4\.25%|1,500|120,000|15 minutes|Comments 38|1\.2K/);
  });

  it("a Windows-1252 page whose 'most popular' list sits beside the story, with a weather bar and a breaking-news strip", async () => {
    const s = await source("civic-daily-transit-budget.html");
    expect(s).toMatchObject({
      title: "City council approves $2.4 billion transit budget",
      outlet: "The Civic Daily",
      author: "Priya Raman",
      published: "2026-05-21",
    });
    expect(surfaces(s)).toEqual([
      "$2.4 billion", // the headline
      "$2.4 billion", "$310 million", "$95 million", "38", "$2.50", "61 million", "12%", "240", "two years", "3%",
    ]);
    expect(s.text).toContain("the agency\u2019s history");
    expect(s.text).not.toMatch(/72|99¢|I-35|87 Comments|45 years|\$1\.1 million|200 teachers|555-0142|Suite 400/);
  });

  it("falls back to stripping the tags when the page has too many elements, or elements nested too deep, for the reader-mode extractor", () => {
    const rows = "<span>Imports rose 4%.</span>".repeat(MAX_READER_ELEMENTS);
    const page = readSavedPage(`<html><body><nav><a href="/">Home 24/7</a></nav><p>${rows}</p></body></html>`, parseDocument);
    expect(page.readerMode).toBe(false);
    expect(page.text.startsWith("Imports rose 4%.")).toBe(true);
    const deep = `<html><body>${"<div>".repeat(MAX_READER_DEPTH + 5)}<p>Imports rose 4% in May, the ministry said on Monday, after a weak spring.</p>${"</div>".repeat(MAX_READER_DEPTH + 5)}</body></html>`;
    expect(readSavedPage(deep, parseDocument)).toMatchObject({ readerMode: false, text: "Imports rose 4% in May, the ministry said on Monday, after a weak spring." });
    expect(readSavedPage("<html><body><article><p>Imports rose 4% in May, the ministry said on Monday, after a weak spring for the country's ports and rail lines.</p></article></body></html>", parseDocument).readerMode).toBe(true);
  });
});

describe("PDF", () => {
  it("a two-page report: text in reading order, the table row by row, page numbers kept for claims, running page numbers dropped", async () => {
    const s = await source("rail-freight-review.pdf");
    expect(s).toMatchObject({
      title: "Coastal Rail Freight Review 2025",
      outlet: "National Transport Statistics Office",
      published: "2026-04-10",
    });
    expect(s.text).toContain("Commodity 2024 (Mt) 2025 (Mt)\nContainers 7.0 7.7\nBulk minerals 5.6 5.1\nSteel and metals 2.3 2.9");
    expect(s.text).not.toMatch(/Page \d of 2/);
    const claims = extractClaims(s);
    expect(claims.map((c) => c.surface)).toEqual([
      "18.4 million tonnes", "7%", "42%", "5.1 million tonnes", "61,300", "512 metres",
      "7.0", "7.7", "5.6", "5.1", "2.3", "2.9", "26%", "two", "$730 million", "20 million tonnes",
    ]);
    const pages = claims.map((c) => `${c.surface}@${pageOf(s, c.start)}`);
    expect(pages).toContain("512 metres@1");
    expect(pages).toContain("7.0@2");
    expect(pages).toContain("$730 million@2");
  });

  it("says a PDF without text is a scan, and refuses a file that is not a PDF with one line", async () => {
    const scan = await readDocument("scan.pdf", fs.readFileSync(path.join(dir, "scanned-no-text.pdf")), { parseDocument });
    expect(scan).toEqual({ ok: false, error: "no text in this PDF (1 page(s) of images: a scan needs OCR first)" });
    const fake = await readDocument("report.pdf", new TextEncoder().encode("Exports rose 4% in May."), { parseDocument });
    expect(fake).toEqual({ ok: false, error: "not a valid PDF file" });
  });
});

describe("Word (.docx)", () => {
  it("reads headings, paragraphs and a table (cells of a row on one line)", async () => {
    const s = await source("health-board-clinics.docx");
    expect(s).toMatchObject({ title: "Regional health board opens 23 clinics", outlet: "Lakeland Health Board", published: "2026-06-02" });
    expect(s.text).toContain("District Clinics Visits in 2025\nNorth 14 212,000\nSouth 9 143,500");
    expect(surfaces(s)).toEqual([
      "23", // the heading
      "23", "118", "355,500", "14%", "14", "212,000", "9", "143,500", "11 days", "19 days", "€48 million",
    ]);
  });

  it("refuses a file that is not a Word document with one line", async () => {
    const read = await readDocument("memo.docx", new TextEncoder().encode("Exports rose 4% in May."), { parseDocument });
    expect(read).toEqual({ ok: false, error: "not a valid .docx file (not a zip archive)" });
  });
});

describe("limits and file types", () => {
  it("applies the size limit to PDF and Word files too, and names the types it reads", async () => {
    const pdf = fs.readFileSync(path.join(dir, "rail-freight-review.pdf"));
    expect(await readDocument("r.pdf", pdf, { parseDocument, limit: 1000 })).toEqual({ ok: false, error: expect.stringMatching(/^too large \(/) });
    expect(await readDocument("sheet.xlsx", pdf, { parseDocument })).toEqual({
      ok: false,
      error: "unsupported file type (.xlsx); expected .txt, .md, .html, .htm, .pdf or .docx",
    });
    expect(await readDocument("empty.pdf", new Uint8Array(0), { parseDocument })).toEqual({ ok: false, error: "empty file" });
  });
});
