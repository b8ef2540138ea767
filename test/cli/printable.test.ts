import { escapeJsonControls, printable, printableLines } from "../../src/cli/printable";

describe("printable", () => {
  it("shows escape sequences, bell, carriage return and line breaks as visible escapes", () => {
    expect(printable("Daily\u001b]52;c;ZXZpbA==\u0007 News")).toBe("Daily\\x1b]52;c;ZXZpbA==\\x07 News");
    expect(printable("red\u001b[31m.txt")).toBe("red\\x1b[31m.txt");
    expect(printable("a\rb\nc\td")).toBe("a\\x0db\\x0ac\\x09d");
    expect(printable("del\u007f csi\u009b")).toBe("del\\x7f csi\\x9b");
  });

  it("shows bidi overrides and isolates, keeps direction marks and ordinary text", () => {
    expect(printable("invoice\u202efdp.txt")).toBe("invoice\\u202efdp.txt");
    expect(printable("\u2066x\u2069")).toBe("\\u2066x\\u2069");
    expect(printable("مرحبا\u200f 12% — €4 bn, naïve 😀")).toBe("مرحبا\u200f 12% — €4 bn, naïve 😀");
  });

  it("keeps the line breaks of a multi-line message", () => {
    expect(printableLines("Error: x\u001b[2J\n    at y")).toBe("Error: x\\x1b[2J\n    at y");
  });
});

describe("escapeJsonControls", () => {
  it("escapes what JSON.stringify leaves raw, and the JSON still reads back the same", () => {
    const value = { outlet: "A\u009b31mB\u202e", n: 1, ok: "€ 😀" };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
