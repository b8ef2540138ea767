import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readInputs } from "../../src/cli/readInputs";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-read-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("readInputs on files whose stated size is not their size", () => {
  const proc = "/proc/self/status";
  const hasProc = fs.existsSync(proc) && fs.statSync(proc).size === 0;
  (hasProc ? it : it.skip)("reads a /proc file (size 0) up to the limit, and refuses it past the limit", async () => {
    const link = path.join(dir, "status.txt");
    fs.symlinkSync(proc, link);
    const small = await readInputs([link], { limit: 64 });
    expect(small.sources).toEqual([]);
    expect(small.problems).toEqual([{ path: link, message: "too large (more than the limit of 0.0 MB)" }]);
    const read = await readInputs([link]);
    expect(read.problems).toEqual([]);
    expect(read.sources[0].text).toMatch(/^Name:/);
  });

  it("refuses a file over the limit from its size, and reads one at the limit", async () => {
    const file = path.join(dir, "exact.txt");
    fs.writeFileSync(file, "Exports rose 4%. ".repeat(64));
    const size = fs.statSync(file).size;
    expect((await readInputs([file], { limit: size })).sources).toHaveLength(1);
    expect((await readInputs([file], { limit: size - 1 })).problems[0].message).toMatch(/^too large \(/);
  });
});
