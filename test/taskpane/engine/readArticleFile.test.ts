import { readArticleFile, type FileLike } from "../../../src/taskpane/engine/readArticleFile";

function file(name: string, text: string, size?: number): FileLike & { reads: number } {
  const bytes = new TextEncoder().encode(text);
  const f = {
    name,
    size: size ?? bytes.length,
    reads: 0,
    arrayBuffer: async () => {
      f.reads++;
      return bytes.slice().buffer as ArrayBuffer;
    },
  };
  return f;
}

describe("readArticleFile", () => {
  it("refuses a file over the limit from its size, without reading it", async () => {
    const big = file("dump.txt", "x", 2 * 1024 * 1024 * 1024);
    expect(await readArticleFile(big)).toEqual({ ok: false, name: "dump.txt", error: "too large (2048 MB, limit 16 MB)" });
    expect(big.reads).toBe(0);
  });

  it("reads a file within the limit", async () => {
    const ok = file("a.txt", "Exports rose 4% in May.");
    expect(await readArticleFile(ok)).toMatchObject({ ok: true, text: "Exports rose 4% in May.", overrides: { file: "a.txt" } });
    expect(ok.reads).toBe(1);
  });
});
