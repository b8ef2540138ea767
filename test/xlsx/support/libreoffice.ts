/**
 * What the LibreOffice checks share: whether `soffice` is installed, and opening an .xlsx in it.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync } from "fs";
import path from "path";

export const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

/** RFC 4180 CSV (quotes, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      if (ch === "\r") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface OpenedInLibreOffice {
  /** Each sheet as LibreOffice exports it to CSV (computed values), by sheet name. */
  csv: Record<string, string[][]>;
  /** The whole file as flat ODS, to see any formula (`table:formula=`). */
  fods: string;
}

/** Opens `dir/<name>.xlsx` in LibreOffice headless (profile and outputs in `dir`). */
export function openInLibreOffice(dir: string, file: string): OpenedInLibreOffice {
  const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
  const run = (...args: string[]): void => {
    execFileSync("soffice", [profile, "--headless", ...args, "--outdir", dir, file], { stdio: "pipe", timeout: 120_000 });
  };
  // 44=comma, 34=quote, 76=UTF-8, 1=first line; token 12 = -1 exports every sheet to its own file.
  run("--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
  run("--convert-to", "fods");
  const base = path.basename(file, ".xlsx");
  const csv: Record<string, string[][]> = {};
  for (const f of readdirSync(dir)) {
    if (f.startsWith(`${base}-`) && f.endsWith(".csv")) {
      csv[f.slice(base.length + 1, -".csv".length)] = parseCsv(readFileSync(path.join(dir, f), "utf8"));
    }
  }
  return { csv, fods: readFileSync(path.join(dir, `${base}.fods`), "utf8") };
}

/** Every sheet as LibreOffice shows it (number formats applied: "2", "85", "2.4 bn"), by sheet name. */
export function shownInLibreOffice(dir: string, file: string): Record<string, string[][]> {
  const out = mkdtempSync(path.join(dir, "shown-"));
  const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
  // Token 9 = true: save cell contents as shown.
  execFileSync("soffice", [profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", out, file], {
    stdio: "pipe",
    timeout: 120_000,
  });
  const base = path.basename(file, ".xlsx");
  const csv: Record<string, string[][]> = {};
  for (const f of readdirSync(out)) {
    if (f.startsWith(`${base}-`) && f.endsWith(".csv")) csv[f.slice(base.length + 1, -".csv".length)] = parseCsv(readFileSync(path.join(out, f), "utf8"));
  }
  return csv;
}

/** The workbook printed to PDF by LibreOffice (its print areas and page setup); returns the PDF's path. */
export function printInLibreOffice(dir: string, file: string): string {
  const out = mkdtempSync(path.join(dir, "pdf-"));
  const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
  execFileSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", out, file], { stdio: "pipe", timeout: 120_000 });
  return path.join(out, `${path.basename(file, ".xlsx")}.pdf`);
}

export const hasPdftotext = spawnSync("sh", ["-c", "command -v pdftotext && command -v pdfinfo"]).status === 0;

/** Each page's size (points) and its text laid out (poppler's pdfinfo and pdftotext). */
export function pdfPages(pdf: string): { width: number; height: number; text: string }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "100000", pdf], { encoding: "utf8" });
  const pages: { width: number; height: number; text: string }[] = [];
  for (const m of info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    const n = m[1];
    const text = execFileSync("pdftotext", ["-f", n, "-l", n, "-layout", pdf, "-"], { encoding: "utf8" });
    pages.push({ width: Number(m[2]), height: Number(m[3]), text });
  }
  return pages;
}
