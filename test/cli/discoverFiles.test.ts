import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { discoverFiles } from "../../src/cli/discoverFiles";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-discover-"));
  const put = (rel: string, text = "x"): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  put("b.txt");
  put("a.md");
  put("sub/c.HTML");
  put("sub/d.htm");
  put("sub/notes.pdf");
  put("sub/sheet.xlsx");
  put(".hidden/e.txt");
  put("node_modules/f.txt");
  put("empty-folder/readme");
  fs.symlinkSync(path.join(dir, "sub"), path.join(dir, "sub-link"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("discoverFiles", () => {
  it("walks folders for article files in name order, skipping hidden entries, node_modules and repeats", () => {
    const r = discoverFiles([dir]);
    const rel = r.files.map((f) => path.relative(dir, f));
    expect(rel).toEqual(["a.md", "b.txt", path.join("sub", "c.HTML"), path.join("sub", "d.htm"), path.join("sub", "notes.pdf")]);
    expect(r.problems).toEqual([]);
  });

  it("takes named files whatever their extension, once each, and reports missing paths and empty folders", () => {
    const missing = path.join(dir, "nope.txt");
    const r = discoverFiles([path.join(dir, "sub", "notes.pdf"), path.join(dir, "b.txt"), path.join(dir, "b.txt"), missing, path.join(dir, "empty-folder")]);
    expect(r.files).toEqual([path.join(dir, "sub", "notes.pdf"), path.join(dir, "b.txt")]);
    expect(r.problems).toEqual([
      { path: missing, message: "no such file or folder" },
      { path: path.join(dir, "empty-folder"), message: "no .txt, .md, .html, .htm, .pdf or .docx files in this folder" },
    ]);
  });
});
