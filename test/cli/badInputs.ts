import * as fs from "node:fs";
import * as path from "node:path";

/** Bytes of a UTF-8 article with one invalid byte (a Latin-1 "ü"). */
export function slightlyInvalidUtf8(): Buffer {
  return Buffer.concat([
    Buffer.from("Munich gas report\nURL: https://munich.example/gas\n\nImports rose 7% in M"),
    Buffer.from([0xfc]),
    Buffer.from("nchen while exports fell 4% to 12 bcm.\n"),
  ]);
}

/** A text file of `megabytes` MB of ordinary prose, written in chunks (not held in memory whole). */
export function writeLargeText(file: string, megabytes: number): void {
  const chunk = Buffer.from("Gas deliveries reached 38.8 bcm in 2025, up 5% on the year before, the operator said.\n".repeat(10_000));
  const fd = fs.openSync(file, "w");
  try {
    let written = 0;
    while (written < megabytes * 1024 * 1024) written += fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A folder with one good article of each format and every kind of bad input next to them.
 * Returns the folder; the caller removes it.
 */
export function makeMixedFolder(dir: string): void {
  const put = (name: string, data: string | Buffer): void => fs.writeFileSync(path.join(dir, name), data);
  put("good.txt", "Wheat exports hit record\nURL: https://grain.example/wheat\nBy Jane Roe\n\nWheat exports reached 52 million tonnes in 2025, the ministry said.\n");
  put("page.html", "<html><head><script>var leaked = 'SCRIPT_SECRET_4242';</script><style>.x{width:31337px}</style></head><body><h1>Port traffic</h1><p>Container traffic rose 9% last year.</p></body></html>");
  put("notes.md", "# Freight\n\nRail freight grew **3%** in 2025.\n");
  put("empty.txt", "");
  put("binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  put("latin1.txt", slightlyInvalidUtf8());
  put("garbage.md", Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xe9 : 0x61))));
  fs.symlinkSync(path.join(dir, "does-not-exist.txt"), path.join(dir, "broken-link.txt"));
  writeLargeText(path.join(dir, "huge.txt"), 50);
}
