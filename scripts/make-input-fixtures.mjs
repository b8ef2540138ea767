// Writes the PDF and DOCX fixtures of test/fixtures/inputs (run: node scripts/make-input-fixtures.mjs).
// Both are written by hand, byte by byte, so that what they hold is known exactly: a two-page PDF report with a
// table (cells written column by column, as some generators do, so the reader must put them back in reading
// order), a PDF with no text at all (what a scanned page looks like to a reader), and a Word document.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "inputs");

/** A PDF string literal: backslash and parentheses escaped; the text is plain ASCII. */
const lit = (s) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

function text(x, y, s, size = 11, font = "F1") {
  return `BT /${font} ${size} Tf ${x} ${y} Td ${lit(s)} Tj ET`;
}

function pdf(pages, info) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add(null);
  const pagesId = add(null);
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const bold = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  const kids = [];
  for (const content of pages) {
    const stream = add(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R /F2 ${bold} 0 R >> >> /Contents ${stream} 0 R >>`),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const infoId = info
    ? add(`<< ${Object.entries(info).map(([k, v]) => `/${k} ${lit(v)}`).join(" ")} >>`)
    : 0;
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${infoId ? ` /Info ${infoId} 0 R` : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

function paragraph(lines, x, top, leading = 15) {
  return lines.map((l, i) => text(x, top - i * leading, l)).join("\n");
}

const page1 = [
  text(56, 780, "Coastal Rail Freight Review 2025", 18, "F2"),
  text(56, 756, "Published by the National Transport Statistics Office, 10 April 2026"),
  paragraph(
    [
      "Rail freight on the coastal network carried 18.4 million tonnes in 2025, up 7% from the",
      "previous year. Container traffic accounted for 42% of the total, while bulk minerals",
      "fell to 5.1 million tonnes.",
      "",
      "The network ran 61,300 freight trains during the year. Average train length grew to",
      "512 metres as operators moved to longer formations.",
    ],
    56,
    720,
  ),
  text(300, 40, "Page 1 of 2", 9),
].join("\n");

// Table: header and three rows, written column by column (first column top to bottom, then the next).
const rows = [
  ["Commodity", "2024 (Mt)", "2025 (Mt)"],
  ["Containers", "7.0", "7.7"],
  ["Bulk minerals", "5.6", "5.1"],
  ["Steel and metals", "2.3", "2.9"],
];
const columns = [56, 250, 380];
const tableTop = 700;
const cells = [];
for (let c = 0; c < columns.length; c++)
  for (let r = 0; r < rows.length; r++) cells.push(text(columns[c], tableTop - r * 20, rows[r][c], 11, r === 0 ? "F2" : "F1"));
const grid = [0, 1, 2, 3, 4].map((r) => `50 ${tableTop + 15 - r * 20} m 480 ${tableTop + 15 - r * 20} l S`).join("\n");

const page2 = [
  text(56, 780, "Table 1: Freight carried by commodity", 12, "F2"),
  cells.join("\n"),
  grid,
  paragraph(
    [
      "Steel and metals traffic rose 26% as two new rolling mills opened. Freight revenue reached",
      "$730 million, and the office expects volumes to pass 20 million tonnes by 2027.",
    ],
    56,
    590,
  ),
  text(300, 40, "Page 2 of 2", 9),
].join("\n");

writeFileSync(
  join(out, "rail-freight-review.pdf"),
  pdf([page1, page2], {
    Title: "Coastal Rail Freight Review 2025",
    Author: "National Transport Statistics Office",
    CreationDate: "D:20260410090000Z",
  }),
);

// A page with a picture's worth of drawing and no text: what a scanned report gives a text reader.
writeFileSync(join(out, "scanned-no-text.pdf"), pdf(["0.5 g 56 400 480 300 re f\n0 g 56 380 m 536 380 l S"], null));

// Word: the parts a .docx needs, one heading, a dateline, paragraphs and a small table.
const para = (t, style) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const cell = (t) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
const tableXml = `<w:tbl>${[
  ["District", "Clinics", "Visits in 2025"],
  ["North", "14", "212,000"],
  ["South", "9", "143,500"],
]
  .map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`)
  .join("")}</w:tbl>`;
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
${para("Regional health board opens 23 clinics", "Heading1")}
${para("Published: 2 June 2026")}
${para("Source: Lakeland Health Board")}
${para("The Lakeland Health Board opened 23 community clinics last year, bringing the total to 118. The clinics recorded 355,500 visits in 2025, up 14% from 2024.")}
${tableXml}
${para("Waiting times for a first appointment fell to 11 days from 19 days. The board will spend €48 million on clinics in 2026, it said.")}
</w:body></w:document>`;
const zip = new JSZip();
// A fixed date on every entry so that the file is the same each time it is made.
const stamp = { date: new Date("2026-06-02T00:00:00Z"), createFolders: false };
zip.file(
  "[Content_Types].xml",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
  stamp,
);
zip.file(
  "_rels/.rels",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  stamp,
);
zip.file(
  "word/_rels/document.xml.rels",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  stamp,
);
zip.file(
  "word/styles.xml",
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
  stamp,
);
zip.file("word/document.xml", documentXml, stamp);
const written = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
writeFileSync(join(out, "health-board-clinics.docx"), written);
console.log("wrote rail-freight-review.pdf, scanned-no-text.pdf, health-board-clinics.docx");
