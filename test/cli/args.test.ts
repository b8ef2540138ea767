import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads every option, in either --flag value or --flag=value form", () => {
    const r = parseArgs(["--json", "-", "--xlsx=out/a.xlsx", "--metrics", "m.csv", "--fx=fx.json", "--tolerance", "2%", "--no-color", "--with-text", "--quiet", "a.txt", "dir"]);
    expect(r).toEqual({
      ok: true,
      options: {
        json: "-", xlsx: "out/a.xlsx", metrics: "m.csv", fx: "fx.json", tolerance: 0.02, color: false,
        withText: true, quiet: true, help: false, version: false, paths: ["a.txt", "dir"], urlLists: [],
      },
    });
  });

  it("takes links among the paths, lists of links and a fetch time limit", () => {
    const r = parseArgs(["https://news.example/a", "--urls", "links.txt", "--urls=more.txt", "--timeout", "2.5"]);
    expect(r).toMatchObject({ ok: true, options: { paths: ["https://news.example/a"], urlLists: ["links.txt", "more.txt"], timeout: 2.5 } });
    expect(parseArgs(["--urls", "links.txt"])).toMatchObject({ ok: true, options: { paths: [], urlLists: ["links.txt"] } });
  });

  it("accepts a plain fraction as tolerance and paths after --", () => {
    const r = parseArgs(["--tolerance", "0.05", "--", "--odd-name.txt"]);
    expect(r.ok && r.options.tolerance).toBe(0.05);
    expect(r.ok && r.options.paths).toEqual(["--odd-name.txt"]);
  });

  it.each([
    [["--json"], "--json needs a value"],
    [["--bogus", "a"], "unknown option --bogus"],
    [["--tolerance", "abc", "a"], '--tolerance must be a number from 0 to 1 (or a percentage), got "abc"'],
    [["--tolerance", "150%", "a"], '--tolerance must be a number from 0 to 1 (or a percentage), got "150%"'],
    [["--no-color=1", "a"], "--no-color takes no value"],
    [[], "no files or folders given"],
    [["--json", "out.json"], "no files or folders given"],
    [["-"], "reading from stdin is not supported; name files or folders"],
    [["--timeout", "0", "a"], '--timeout must be a number of seconds from 0 to 3600, got "0"'],
    [["--timeout", "soon", "a"], '--timeout must be a number of seconds from 0 to 3600, got "soon"'],
  ])("refuses %j", (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });

  it("needs no paths for --help and --version", () => {
    expect(parseArgs(["--help"])).toMatchObject({ ok: true, options: { help: true } });
    expect(parseArgs(["--version"])).toMatchObject({ ok: true, options: { version: true } });
  });
});
